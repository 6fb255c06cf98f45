package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConcernIndicatorRepository implements PanacheRepositoryBase<ConcernIndicator, Long> {

    public List<ConcernIndicator> of(UUID concernId) {
        return list("concernId", Sort.ascending("addedAt").and("id"), concernId);
    }

    public List<String> codesOf(UUID concernId) {
        return of(concernId).stream().map(i -> i.code).toList();
    }
}
