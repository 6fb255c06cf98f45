package uk.safeguarding.referral.domain;

/** Why an agency receives a referral (the {@code role} of {@code ReferralEvent}). */
public enum AgencyRole {
    SOCIAL_CARE, POLICE, OFSTED, PLACING_AUTHORITY, SPECIALIST,
    /** Named by social care's NOT_IN_NEED response (procedure 3.3: "consider onward referral to relevant agencies"). */
    ONWARD
}
