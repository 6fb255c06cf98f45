package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class HistoryRepository implements PanacheRepositoryBase<HistoryEntry, Long> {

    /** The chronology, oldest first. */
    public List<HistoryEntry> of(UUID concernId) {
        return list("concernId", Sort.ascending("seq"), concernId);
    }
}
