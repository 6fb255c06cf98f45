package uk.safeguarding.concern.domain;

/** A step of an item's chain of custody: preserved at the setting, then handed over to police. */
public enum CustodyAction { PRESERVED, HANDED_OVER_TO_POLICE }
