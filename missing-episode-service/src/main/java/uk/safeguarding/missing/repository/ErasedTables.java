package uk.safeguarding.missing.repository;

import java.util.List;

/**
 * What erasure ({@code child.erased}) removes in missing-episode-service, one statement per table:
 * episodes (with their returns and interviews) and pattern findings. A new table is one more line.
 */
public final class ErasedTables {

    public static final List<String> STATEMENTS = List.of(
            "delete from pattern_finding where child_id = :child",
            "delete from missing_episode where child_id = :child",
            "delete from child_projection where child_id = :child");

    private ErasedTables() {
    }
}
