package uk.safeguarding.platform.redaction;

/** The groups of facts a packet may disclose; a packet lists the ones it did in {@code fieldsDisclosed}. */
public enum DisclosureField {
    /** Name, date of birth, gender, NHS number. */
    CHILD_IDENTITY,
    /** The unique pupil number: schools only. */
    UPN,
    /** The concern: summary, observed time, status, risk, consent assessment, decision. */
    CONCERN,
    /** Indicator codes. */
    INDICATORS,
    /** Vehicles, persons and locations: police only. */
    INTELLIGENCE,
    /** The setting (and residence) the child attends or lives in. */
    SETTING,
    /** Reg. 40(4)(a) notice: the home (name, Ofsted URN), age, initials, indicator categories, risk level, actions taken. */
    REG40_SUMMARY,
    /** The anonymised summary for seeking advice: no identity, no setting. */
    ANONYMISED_SUMMARY,
    /** Facts of the referral itself: ids, agency, lawful basis, status, due time. */
    REFERRAL,
    /** Facts of a missing episode: times, risk grade, status; circumstances for identity-holders. */
    MISSING_EPISODE,
    /** Crime types the exploitation is linked to (procedure 3.5): police and local authority only. */
    LINKED_CRIME_TYPES,
    /** The evidence log with its chain of custody (procedure 3.5): police only. */
    EVIDENCE,
    /** A support plan's agreed services with their coordinating agencies, its dates and planned links to adult services (procedure 3.4): the DCPO and the local authority only. */
    SUPPORT_PLAN
}
