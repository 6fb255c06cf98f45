package uk.safeguarding.referral.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.safeguarding.referral.domain.AgencyRole;
import uk.safeguarding.referral.domain.ReferralStatus;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /**
     * Which referrals a caller may see: those addressed to {@code agencyOrgId}, those of the
     * referring setting {@code settingOrgId}, all of them ({@code all}, metadata only) or the
     * unresolved ones ({@code unresolvedOnly}, for admin).
     */
    public record Scope(String agencyOrgId, String settingOrgId, boolean all, boolean unresolvedOnly) {

        public boolean includes(Referral referral) {
            return all
                    || (agencyOrgId != null && agencyOrgId.equals(referral.agencyOrgId))
                    || (settingOrgId != null && settingOrgId.equals(referral.settingOrgId))
                    || (unresolvedOnly && referral.unresolvedAgency);
        }
    }

    public record Filter(UUID concernId, UUID childId, ReferralStatus status, String agencyOrgId, Boolean unresolved,
                         Boolean overdue) {
    }

    public PanacheQuery<Referral> search(Filter filter, Scope scope, OffsetDateTime now) {
        List<String> visible = new ArrayList<>();
        Parameters params = new Parameters();
        if (scope.all()) {
            visible.add("true = true");
        }
        if (scope.agencyOrgId() != null) {
            visible.add("agencyOrgId = :scopeAgency");
            params.and("scopeAgency", scope.agencyOrgId());
        }
        if (scope.settingOrgId() != null) {
            visible.add("settingOrgId = :scopeSetting");
            params.and("scopeSetting", scope.settingOrgId());
        }
        if (scope.unresolvedOnly()) {
            visible.add("unresolvedAgency = true");
        }
        List<String> where = new ArrayList<>();
        where.add(visible.isEmpty() ? "false = true" : "(" + String.join(" or ", visible) + ")");
        if (filter.concernId() != null) {
            where.add("concernId = :concernId");
            params.and("concernId", filter.concernId());
        }
        if (filter.childId() != null) {
            where.add("childId = :childId");
            params.and("childId", filter.childId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.agencyOrgId() != null) {
            where.add("agencyOrgId = :agencyOrgId");
            params.and("agencyOrgId", filter.agencyOrgId());
        }
        if (filter.unresolved() != null) {
            where.add("unresolvedAgency = :unresolved");
            params.and("unresolved", filter.unresolved());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.add("dueBy < :now and status in :awaiting");
            params.and("now", now).and("awaiting", List.of(ReferralStatus.PENDING, ReferralStatus.SENT));
        }
        Map<String, Object> map = params.map();
        return find(String.join(" and ", where) + " order by createdAt desc, id", map);
    }

    /** The referral, its row locked for this transaction: concurrent changes of one referral queue up. */
    public Optional<Referral> findForUpdate(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Whether a live (not revoked) referral of this concern already reaches this agency, or role when unresolved. */
    public boolean liveReferralExists(UUID concernId, String agencyOrgId, AgencyRole role) {
        if (agencyOrgId != null) {
            return count("concernId = ?1 and agencyOrgId = ?2 and status <> ?3", concernId, agencyOrgId, ReferralStatus.REVOKED) > 0;
        }
        return count("concernId = ?1 and agencyOrgId is null and role = ?2 and status <> ?3", concernId, role, ReferralStatus.REVOKED) > 0;
    }

    /** Referrals past due without acknowledgement and not yet reported, locked so one instance reports each. */
    public List<Referral> overdueUnreported(OffsetDateTime now, int limit) {
        return find("dueBy < ?1 and overdueNotifiedAt is null and status in ?2 order by dueBy",
                now, List.of(ReferralStatus.PENDING, ReferralStatus.SENT))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .page(0, limit).list();
    }

    /** Unresolved referrals waiting for this organisation to appear in the directory. */
    public List<Referral> unresolvedFor(String agencyOrgId) {
        return list("unresolvedAgency = true and agencyOrgId = ?1 and status = ?2", agencyOrgId, ReferralStatus.PENDING);
    }

    /** Unresolved referrals whose agency could not be named because the setting was unknown. */
    /** Unresolved referrals whose area (the residence, else the setting) is this organisation. */
    public List<Referral> unresolvedOfArea(String orgId, List<AgencyRole> roles) {
        return list("unresolvedAgency = true and agencyOrgId is null and role in ?2 and status = ?3"
                        + " and (residenceOrgId = ?1 or (residenceOrgId is null and settingOrgId = ?1))",
                orgId, roles, ReferralStatus.PENDING);
    }

    /** The concern's referrals to this agency that are not revoked, whatever their status. */
    public List<Referral> liveOf(UUID concernId, String agencyOrgId) {
        return list("concernId = ?1 and agencyOrgId = ?2 and status <> ?3", concernId, agencyOrgId, ReferralStatus.REVOKED);
    }

    public List<Referral> unresolvedWithoutAgency(AgencyRole role) {
        return list("unresolvedAgency = true and agencyOrgId is null and role = ?1 and status = ?2", role, ReferralStatus.PENDING);
    }
}
