package uk.safeguarding.missing.repository;

import uk.safeguarding.platform.children.ChildProjection;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ChildProjectionRepository implements PanacheRepositoryBase<ChildProjection, UUID> {
}
