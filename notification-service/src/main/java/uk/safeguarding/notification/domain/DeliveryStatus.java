package uk.safeguarding.notification.domain;

/** Contract section 8. PENDING and RETRYING are due for an attempt; the others are final but for an ops retry or an ack. */
public enum DeliveryStatus {
    PENDING, DELIVERED, RETRYING, DEAD_LETTERED, ACKNOWLEDGED, CANCELLED;

    public boolean awaitingAttempt() {
        return this == PENDING || this == RETRYING;
    }
}
