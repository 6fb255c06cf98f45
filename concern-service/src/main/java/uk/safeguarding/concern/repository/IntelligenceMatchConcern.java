package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One concern of a match, through its referral to the match's force. */
@Entity
@Table(name = "intelligence_match_concern")
@IdClass(IntelligenceMatchConcern.Key.class)
public class IntelligenceMatchConcern extends PanacheEntityBase {

    @Id
    @Column(name = "match_id")
    public UUID matchId;
    @Id
    @Column(name = "concern_id")
    public UUID concernId;
    @Column(name = "child_id", nullable = false)
    public UUID childId;
    @Column(name = "setting_org_id", nullable = false)
    public String settingOrgId;
    @Column(name = "referral_id", nullable = false)
    public UUID referralId;
    /** When the item was first seen on this concern: the sighting when given, else when it was recorded. */
    @Column(name = "first_seen_at", nullable = false)
    public OffsetDateTime firstSeenAt;

    public static class Key implements Serializable {
        public UUID matchId;
        public UUID concernId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(matchId, k.matchId) && Objects.equals(concernId, k.concernId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(matchId, concernId);
        }
    }
}
