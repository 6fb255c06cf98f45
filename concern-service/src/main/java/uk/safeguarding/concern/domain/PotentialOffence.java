package uk.safeguarding.concern.domain;

/** The offences the consent-in-law assessment may point to, in the contract's order. */
public enum PotentialOffence {
    UNDER_13_NO_CAPACITY, UNDER_16_SEXUAL_ACTIVITY, POSITION_OF_TRUST, RAPE_OR_SEXUAL_ASSAULT, NO_TRUE_CONSENT,
    PAYING_FOR_SEXUAL_SERVICES_OF_CHILD, INDECENT_IMAGES_OF_CHILD, FAMILIAL_OFFENCE, MENTAL_DISORDER_IMPEDING_CHOICE;

    /** Offences a DCPO may not monitor or close without an override rationale. */
    public boolean needsOverrideToHoldBack() {
        return this == UNDER_13_NO_CAPACITY || this == RAPE_OR_SEXUAL_ASSAULT || this == NO_TRUE_CONSENT;
    }
}
