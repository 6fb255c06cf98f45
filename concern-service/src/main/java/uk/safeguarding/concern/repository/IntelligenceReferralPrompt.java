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

/** A DCPO prompted to consider a police referral because a value of the concern is held by its area's force: once per value. */
@Entity
@Table(name = "intelligence_referral_prompt")
@IdClass(IntelligenceReferralPrompt.Key.class)
public class IntelligenceReferralPrompt extends PanacheEntityBase {

    @Id
    @Column(name = "concern_id")
    public UUID concernId;
    @Id
    @Column(name = "match_key")
    public String matchKey;
    @Column(name = "force_org_id", nullable = false)
    public String forceOrgId;
    @Column(name = "prompted_at", nullable = false)
    public OffsetDateTime promptedAt;

    public static class Key implements Serializable {
        public UUID concernId;
        public String matchKey;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(concernId, k.concernId) && Objects.equals(matchKey, k.matchKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(concernId, matchKey);
        }
    }
}
