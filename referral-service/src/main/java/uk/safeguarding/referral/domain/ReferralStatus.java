package uk.safeguarding.referral.domain;

/** Where a referral is: {@code PENDING → SENT → ACKNOWLEDGED → RESPONDED}, or {@code REVOKED}. */
public enum ReferralStatus {
    PENDING, SENT, ACKNOWLEDGED, RESPONDED, REVOKED
}
