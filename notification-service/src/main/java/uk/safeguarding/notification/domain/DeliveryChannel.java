package uk.safeguarding.notification.domain;

/** How a delivery reached its recipient: a signed webhook, or the recipient's inbox. */
public enum DeliveryChannel {
    WEBHOOK, INBOX
}
