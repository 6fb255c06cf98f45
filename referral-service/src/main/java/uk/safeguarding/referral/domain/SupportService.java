package uk.safeguarding.referral.domain;

/** Services a support plan can agree (procedure 3.4). */
public enum SupportService {
    SEXUAL_HEALTH, MENTAL_HEALTH, SPECIALIST_CSE, EDUCATION, HOUSING, SUBSTANCE_MISUSE, OTHER
}
