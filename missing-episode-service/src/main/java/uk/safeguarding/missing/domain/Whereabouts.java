package uk.safeguarding.missing.domain;

/** Whether it is known where the child was while away. */
public enum Whereabouts {
    KNOWN, UNKNOWN
}
