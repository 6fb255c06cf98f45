package uk.safeguarding.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReferralLinkRepository implements PanacheRepositoryBase<ReferralLink, UUID> {

    public List<ReferralLink> activeForConcern(UUID concernId) {
        return list("concernId = ?1 and revoked = false order by referralId", concernId);
    }
}
