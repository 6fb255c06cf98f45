package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class AdviceRequestRepository implements PanacheRepositoryBase<AdviceRequest, UUID> {
}
