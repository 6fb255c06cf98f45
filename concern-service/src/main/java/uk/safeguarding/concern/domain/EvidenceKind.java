package uk.safeguarding.concern.domain;

/** What was preserved for a possible prosecution (procedure 3.5). */
public enum EvidenceKind { CLOTHING, PHONE_OR_DEVICE, MESSAGES_OR_IMAGES, DOCUMENT, OTHER }
