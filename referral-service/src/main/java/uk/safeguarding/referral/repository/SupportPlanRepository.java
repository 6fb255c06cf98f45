package uk.safeguarding.referral.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SupportPlanRepository implements PanacheRepositoryBase<SupportPlan, UUID> {

    public PanacheQuery<SupportPlan> ofChild(UUID childId) {
        return find("childId = ?1 order by createdAt desc, id", childId);
    }

    /** The plan, its row locked: two writers with the same If-Match cannot both pass. */
    public SupportPlan findForUpdate(UUID id) {
        return find("id", id).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public void addVersion(SupportPlan plan) {
        SupportPlanVersion version = new SupportPlanVersion();
        version.key = new SupportPlanVersion.Key(plan.id, plan.version);
        version.content = plan.content;
        version.changedBy = plan.updatedBy;
        version.changedAt = plan.updatedAt;
        getEntityManager().persist(version);
    }

    /** Newest first. */
    public List<SupportPlanVersion> history(UUID planId) {
        return getEntityManager()
                .createQuery("from SupportPlanVersion v where v.key.planId = :plan order by v.key.version desc", SupportPlanVersion.class)
                .setParameter("plan", planId)
                .getResultList();
    }

    /** Each child's current plan (its latest), in id order after {@code afterId}: one page of the prompt scan. */
    public List<SupportPlan> currentAfter(UUID afterId, int limit) {
        return find("from SupportPlan p where p.id > ?1 and p.createdAt = "
                        + "(select max(q.createdAt) from SupportPlan q where q.childId = p.childId) order by p.id", afterId)
                .page(0, limit).list();
    }
}
