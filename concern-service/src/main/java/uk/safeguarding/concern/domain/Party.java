package uk.safeguarding.concern.domain;

/** Who gave (or refused) consent, or agreed to a specialist referral. */
public enum Party { CHILD, PARENT, CARER }
