package uk.safeguarding.concern.domain;

public enum Gender { FEMALE, MALE, NON_BINARY, NOT_KNOWN, NOT_STATED }
