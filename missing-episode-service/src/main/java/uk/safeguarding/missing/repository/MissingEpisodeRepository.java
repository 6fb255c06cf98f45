package uk.safeguarding.missing.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.safeguarding.missing.domain.EpisodeStatus;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MissingEpisodeRepository implements PanacheRepositoryBase<MissingEpisode, UUID> {

    /** Serialises the writers of one child's episodes (a second open episode, pattern windows) until commit. */
    public void lockChild(UUID childId) {
        getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 7))) l")
                .setParameter(1, childId.toString())
                .getSingleResult();
    }

    public Optional<MissingEpisode> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean hasOpenEpisode(UUID childId) {
        return count("childId = ?1 and status = ?2", childId, EpisodeStatus.MISSING) > 0;
    }

    /** An earlier episode of the child during which {@code at} falls: the child cannot go missing twice at once. */
    public boolean absentAt(UUID childId, OffsetDateTime at) {
        return count("childId = ?1 and lastSeenAt < ?2 and returnDetails.returnedAt > ?2", childId, at) > 0;
    }

    public List<MissingEpisode> forChild(UUID childId) {
        return list("childId", Sort.by("lastSeenAt"), childId);
    }

    public List<MissingEpisode> linkedForChild(UUID childId) {
        return list("childId = ?1 and pendingLink = false", Sort.by("lastSeenAt"), childId);
    }

    public List<MissingEpisode> pendingForChild(UUID childId) {
        return list("childId = ?1 and pendingLink = true", Sort.by("createdAt"), childId);
    }

    /** Episodes whose facts of the child may still change (not yet closed by an interview). */
    public List<MissingEpisode> unfinishedForChild(UUID childId) {
        return list("childId = ?1 and pendingLink = false and status in ?2", childId,
                List.of(EpisodeStatus.MISSING, EpisodeStatus.RETURNED));
    }

    public PanacheQuery<MissingEpisode> search(String visibleHql, Map<String, Object> visibleParams, UUID childId, EpisodeStatus status) {
        StringBuilder hql = new StringBuilder("from MissingEpisode e where ").append(visibleHql);
        Map<String, Object> params = new HashMap<>(visibleParams);
        if (childId != null) {
            hql.append(" and e.childId = :childId");
            params.put("childId", childId);
        }
        if (status != null) {
            hql.append(" and e.status = :status");
            params.put("status", status);
        }
        hql.append(" order by e.lastSeenAt desc, e.createdAt desc, e.id");
        return find(hql.toString(), params);
    }

    public List<MissingEpisode> pending() {
        return list("pendingLink = true", Sort.by("createdAt"));
    }

    /** Pending reports past the alert threshold not yet alerted, locked for this run (others skip them). */
    @SuppressWarnings("unchecked")
    public List<MissingEpisode> unalertedPendingSince(OffsetDateTime reportedBefore, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        select id from missing_episode
                        where pending_link and unlinked_alerted_at is null and created_at < ?1
                        order by created_at limit ?2 for update skip locked""", UUID.class)
                .setParameter(1, reportedBefore).setParameter(2, limit).getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1", Sort.by("createdAt"), ids);
    }

    public long countPendingSince(OffsetDateTime reportedBefore) {
        return count("pendingLink = true and createdAt < ?1", reportedBefore);
    }

    /** Returned episodes whose interview was not offered by the deadline and not yet announced overdue, locked. */
    @SuppressWarnings("unchecked")
    public List<MissingEpisode> overdueInterviewsUnannounced(OffsetDateTime returnedBefore, int limit) {
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        select id from missing_episode
                        where status = 'RETURNED' and interview_offered_at is null and interview_overdue_at is null
                          and returned_at < ?1
                        order by returned_at limit ?2 for update skip locked""", UUID.class)
                .setParameter(1, returnedBefore).setParameter(2, limit).getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1", Sort.by("returnDetails.returnedAt"), ids);
    }
}
