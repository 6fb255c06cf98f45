package uk.safeguarding.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AgencyChannelRepository implements PanacheRepositoryBase<AgencyChannel, String> {
}
