package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<Evidence, UUID> {

    /** Oldest first: the log in the order items were preserved. */
    public List<Evidence> of(UUID concernId) {
        return list("concernId", Sort.ascending("recordedAt").and("id"), concernId);
    }

    public List<EvidenceCustody> custodyOf(UUID evidenceId) {
        return EvidenceCustody.list("evidenceId", Sort.ascending("seq"), evidenceId);
    }
}
