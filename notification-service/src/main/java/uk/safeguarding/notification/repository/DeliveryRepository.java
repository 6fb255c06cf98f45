package uk.safeguarding.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.safeguarding.notification.domain.DeliveryStatus;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /** Due deliveries, locked so that concurrent workers (or instances) never take the same one. */
    @SuppressWarnings("unchecked")
    public List<UUID> lockDue(OffsetDateTime now, int limit) {
        return getEntityManager().createNativeQuery("""
                        select id from delivery
                        where status in ('PENDING', 'RETRYING') and next_attempt_at <= ?1
                        order by next_attempt_at
                        limit ?2
                        for update skip locked""", UUID.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }

    public void lease(List<UUID> ids, OffsetDateTime until) {
        update("nextAttemptAt = ?1 where id in ?2", until, ids);
    }

    public Optional<Delivery> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The notice already recorded for this episode, event type and recipient, if any. */
    public Optional<Delivery> forEpisode(UUID episodeId, String eventType, String recipientKey) {
        return find("episodeId = ?1 and eventType = ?2 and recipientKey = ?3", episodeId, eventType, recipientKey).firstResultOptional();
    }

    /** The deliveries of a referral that have not gone out: pending, retrying or dead-lettered (an ops retry would send it). */
    public List<Delivery> unsentForReferral(UUID referralId) {
        return find("referralId = ?1 and status in ?2", referralId,
                List.of(DeliveryStatus.PENDING, DeliveryStatus.RETRYING, DeliveryStatus.DEAD_LETTERED))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public PanacheQuery<Delivery> search(DeliveryStatus status, String recipientOrgId) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (recipientOrgId != null) {
            where.add("recipientOrgId = :org");
            params.and("org", recipientOrgId);
        }
        Sort sort = Sort.descending("createdAt").and("id", Sort.Direction.Descending);
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }

    /** What an organisation's inbox shows: what has reached it. */
    public PanacheQuery<Delivery> inbox(String orgId, List<DeliveryStatus> statuses) {
        return find("recipientOrgId = ?1 and status in ?2", Sort.descending("createdAt").and("id", Sort.Direction.Descending), orgId, statuses);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        List<Object[]> rows = getEntityManager().createQuery("select d.status, count(d) from Delivery d group by d.status").getResultList();
        for (Object[] row : rows) {
            counts.put(row[0].toString(), (Long) row[1]);
        }
        return counts;
    }

    /** [recipientOrgId, status, count] rows; deliveries whose recipient is not yet resolved count under their key. */
    @SuppressWarnings("unchecked")
    public List<Object[]> countByRecipientAndStatus() {
        return getEntityManager().createQuery(
                "select coalesce(d.recipientOrgId, d.recipientKey), d.status, count(d) from Delivery d group by 1, 2 order by 1").getResultList();
    }
}
