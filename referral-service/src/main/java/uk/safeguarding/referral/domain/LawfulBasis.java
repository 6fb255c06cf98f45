package uk.safeguarding.referral.domain;

/** UK GDPR Article 6 bases a referral can rest on, strongest first (the order decides a merge). */
public enum LawfulBasis {
    LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, CONSENT
}
