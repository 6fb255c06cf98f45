package uk.safeguarding.missing.domain;

/** How the child presented on return. */
public enum Presentation {
    WELL_CARED_FOR, INJURED, INTOXICATED, NEW_POSSESSIONS, UNUSUAL_CLOTHING
}
