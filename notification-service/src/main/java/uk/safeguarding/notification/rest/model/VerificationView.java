package uk.safeguarding.notification.rest.model;

/** {@code GET /api/disclosures/verify}: whether the chain holds, how long it is, and the first broken seq. */
public record VerificationView(boolean valid, long entries, Long brokenAt) {
}
