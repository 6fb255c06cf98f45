package uk.safeguarding.notification.domain;

/** What made a disclosure-log entry. */
public enum DisclosureAction {
    /** A webhook carrying the packet was answered 2xx. */
    WEBHOOK_DELIVERED,
    /** The packet was put in the recipient's inbox. */
    INBOX_PLACED,
    /** The recipient read the packet from its inbox (fetched afresh at read time). */
    INBOX_READ,
    /** The addressed agency downloaded the referral form (a PDF of the packets, fetched afresh). */
    FORM_DOWNLOADED
}
