package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReferralProjectionRepository implements PanacheRepositoryBase<ReferralProjection, UUID> {

    /** Whether an unrevoked referral of this concern is addressed to the agency (of the type, when given). */
    public boolean referredTo(UUID concernId, String agencyOrgId, String agencyType) {
        String q = "concernId = ?1 and agencyOrgId = ?2 and status <> 'REVOKED'";
        return agencyType == null ? count(q, concernId, agencyOrgId) > 0
                : count(q + " and agencyType = ?3", concernId, agencyOrgId, agencyType) > 0;
    }

    /**
     * Whether every referral of this concern to the agency was revoked: the agency was told of
     * the concern once and may be told nothing more. False when none is known (yet).
     */
    public boolean revokedFor(UUID concernId, String agencyOrgId) {
        long all = count("concernId = ?1 and agencyOrgId = ?2", concernId, agencyOrgId);
        return all > 0 && !referredTo(concernId, agencyOrgId, null);
    }

    public List<ReferralProjection> activeOf(UUID concernId) {
        return list("concernId = ?1 and status <> 'REVOKED'", Sort.ascending("updatedAt"), concernId);
    }
}
