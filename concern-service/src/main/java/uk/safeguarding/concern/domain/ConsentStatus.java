package uk.safeguarding.concern.domain;

public enum ConsentStatus { GIVEN, REFUSED, NOT_SOUGHT }
