package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.concern.domain.ConcernStatus;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Matches, their concerns, and the indexed lookups matching runs on (never a scan of a force's intelligence). */
@ApplicationScoped
public class IntelligenceMatchRepository implements PanacheRepositoryBase<IntelligenceMatch, UUID> {

    /** An item holding a value, with what matching needs of its concern. */
    public record HeldItem(Long itemId, UUID concernId, UUID childId, String settingOrgId, ConcernStatus status, OffsetDateTime addedAt) {
    }

    /** Every item with this keyed hash, by the index on {@code match_key}. */
    public List<HeldItem> itemsWithKey(String matchKey) {
        return getEntityManager().createQuery("select new " + HeldItem.class.getName()
                        + "(i.id, i.concernId, c.childId, c.settingOrgId, c.status, i.addedAt) "
                        + "from Intelligence i, Concern c where c.id = i.concernId and i.matchKey = ?1 order by i.id", HeldItem.class)
                .setParameter(1, matchKey).getResultList();
    }

    public List<String> keysOf(UUID concernId) {
        return getEntityManager().createQuery("select distinct i.matchKey from Intelligence i where i.concernId = ?1 and i.matchKey is not null",
                String.class).setParameter(1, concernId).getResultList();
    }

    /** Unrevoked referrals of these concerns to police forces. */
    public List<ReferralProjection> policeReferralsOf(Collection<UUID> concernIds) {
        if (concernIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("from ReferralProjection r where r.concernId in ?1 and r.agencyType = 'POLICE_FORCE' "
                + "and r.status <> 'REVOKED' order by r.updatedAt, r.referralId", ReferralProjection.class)
                .setParameter(1, concernIds).getResultList();
    }

    /**
     * Serialises matching of one value (a transaction-scoped advisory lock): whichever of two concurrent
     * writers of the same value runs second sees the first's item.
     */
    public void lock(String matchKey) {
        long id = Long.parseUnsignedLong(matchKey.substring(0, 15), 16);
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l").setParameter(1, id).getSingleResult();
    }

    public Optional<IntelligenceMatch> of(String forceOrgId, String matchKey) {
        return find("forceOrgId = ?1 and matchKey = ?2", forceOrgId, matchKey).firstResultOptional();
    }

    /** A force's matches (two or more children), most recently found or grown first. */
    public PanacheQuery<IntelligenceMatch> ofForce(String forceOrgId) {
        return find("forceOrgId = ?1 and children >= 2", Sort.descending("updatedAt").and("id", Sort.Direction.Descending), forceOrgId);
    }

    public List<IntelligenceMatchConcern> concernsOf(Collection<UUID> matchIds) {
        if (matchIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("from IntelligenceMatchConcern m where m.matchId in ?1 order by m.firstSeenAt, m.concernId",
                IntelligenceMatchConcern.class).setParameter(1, matchIds).getResultList();
    }

    public List<IntelligenceMatchConcern> concernsThrough(UUID referralId) {
        return getEntityManager().createQuery("from IntelligenceMatchConcern m where m.referralId = ?1", IntelligenceMatchConcern.class)
                .setParameter(1, referralId).getResultList();
    }

    public List<IntelligenceMatchConcern> concernsOfChild(UUID childId) {
        return getEntityManager().createQuery("from IntelligenceMatchConcern m where m.childId = ?1", IntelligenceMatchConcern.class)
                .setParameter(1, childId).getResultList();
    }

    public void persistConcern(IntelligenceMatchConcern row) {
        getEntityManager().persist(row);
    }

    public void removeConcern(IntelligenceMatchConcern row) {
        getEntityManager().remove(row);
    }

    public boolean prompted(UUID concernId, String matchKey) {
        IntelligenceReferralPrompt.Key key = new IntelligenceReferralPrompt.Key();
        key.concernId = concernId;
        key.matchKey = matchKey;
        return getEntityManager().find(IntelligenceReferralPrompt.class, key) != null;
    }

    public void persistPrompt(IntelligenceReferralPrompt prompt) {
        getEntityManager().persist(prompt);
    }
}
