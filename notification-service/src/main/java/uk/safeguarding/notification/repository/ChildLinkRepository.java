package uk.safeguarding.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ChildLinkRepository implements PanacheRepositoryBase<ChildLink, UUID> {
}
