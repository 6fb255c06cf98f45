package uk.safeguarding.notification.repository;

import java.util.List;

/**
 * What erasure ({@code child.erased}) changes in notification-service, one statement per table.
 * The disclosure log keeps every entry (it holds ids only, and its chain must still verify);
 * deliveries keep their metadata, and one not yet sent is cancelled (its packet no longer exists).
 */
public final class ErasedTables {

    public static final List<String> STATEMENTS = List.of(
            "update delivery set status = 'CANCELLED', next_attempt_at = null where child_id = :child and status in ('PENDING', 'RETRYING')",
            "delete from child_projection where child_id = :child");

    private ErasedTables() {
    }
}
