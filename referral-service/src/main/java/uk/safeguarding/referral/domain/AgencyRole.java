package uk.safeguarding.referral.domain;

/** Why an agency receives a referral (the {@code role} of {@code ReferralEvent}). */
public enum AgencyRole {
    SOCIAL_CARE, POLICE, OFSTED, PLACING_AUTHORITY, SPECIALIST
}
