package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ConcernDecisionRepository implements PanacheRepositoryBase<ConcernDecision, UUID> {

    /** Oldest first. */
    public List<ConcernDecision> of(UUID concernId) {
        return list("concernId", Sort.ascending("decidedAt").and("id"), concernId);
    }

    public Optional<ConcernDecision> latest(UUID concernId) {
        List<ConcernDecision> all = of(concernId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
