package uk.safeguarding.concern.domain;

public enum Outcome { REFER, MONITOR, NO_FURTHER_ACTION }
