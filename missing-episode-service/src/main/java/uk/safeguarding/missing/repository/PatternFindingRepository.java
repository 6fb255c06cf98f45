package uk.safeguarding.missing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PatternFindingRepository implements PanacheRepositoryBase<PatternFinding, UUID> {

    public List<PatternFinding> forChild(UUID childId) {
        return list("childId", childId);
    }
}
