package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IntelligenceRepository implements PanacheRepositoryBase<Intelligence, Long> {

    public List<Intelligence> of(UUID concernId) {
        return list("concernId", Sort.ascending("id"), concernId);
    }

    public long countOf(UUID concernId) {
        return count("concernId", concernId);
    }
}
