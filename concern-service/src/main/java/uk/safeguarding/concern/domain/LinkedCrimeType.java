package uk.safeguarding.concern.domain;

/** Crime types child sexual exploitation is often linked to (procedure 3.5); for police and social care. */
public enum LinkedCrimeType {
    CHILD_TRAFFICKING, DOMESTIC_VIOLENCE, INTIMATE_PARTNER_SEXUAL_VIOLENCE, GROOMING_ONLINE, GROOMING_OFFLINE,
    ABUSIVE_IMAGES, ORGANISED_SEXUAL_ABUSE, DRUGS_OFFENCES, GANG_ACTIVITY, IMMIGRATION_OFFENCES, DOMESTIC_SERVITUDE
}
