package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.safeguarding.concern.domain.ConcernStatus;
import uk.safeguarding.concern.domain.RiskLevel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ConcernRepository implements PanacheRepositoryBase<Concern, UUID> {

    /** Filters of the concern list; null means any. */
    public record Filter(UUID childId, ConcernStatus status, RiskLevel riskLevel) {
    }

    public Optional<Concern> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public PanacheQuery<Concern> ofSetting(String settingOrgId, Filter filter) {
        return query("settingOrgId = :org", Parameters.with("org", settingOrgId), filter);
    }

    /** Concerns referred to this agency by a referral that is not revoked. */
    public PanacheQuery<Concern> referredTo(String agencyOrgId, Filter filter) {
        return query("id in (select r.concernId from ReferralProjection r where r.agencyOrgId = :org and r.status <> 'REVOKED')",
                Parameters.with("org", agencyOrgId), filter);
    }

    /** Every concern of one child, whatever the setting: the auditor's subject-access read (the filter names the child). */
    public PanacheQuery<Concern> ofChild(Filter filter) {
        if (filter.childId() == null) {
            throw new IllegalArgumentException("a child's concerns need the child");
        }
        return query("1 = 1", new Parameters(), filter);
    }

    private PanacheQuery<Concern> query(String base, Parameters params, Filter filter) {
        StringBuilder q = new StringBuilder(base);
        if (filter.childId() != null) {
            q.append(" and childId = :child");
            params.and("child", filter.childId());
        }
        if (filter.status() != null) {
            q.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.riskLevel() != null) {
            q.append(" and riskLevel = :risk");
            params.and("risk", filter.riskLevel());
        }
        return find(q.toString(), Sort.descending("createdAt").and("id"), params);
    }

    /** The child's newest open concern, locked for the change about to be made. */
    public Optional<Concern> openConcernOf(UUID childId) {
        return find("childId = ?1 and status <> ?2", Sort.descending("createdAt"), childId, ConcernStatus.CLOSED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** MONITORING concerns whose review date has come and that have not been announced yet. */
    public List<Concern> reviewsDue(LocalDate today, int limit) {
        return find("status = ?1 and reviewBy <= ?2 and reviewDueNotifiedAt is null", Sort.ascending("reviewBy"),
                ConcernStatus.MONITORING, today).withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }
}
