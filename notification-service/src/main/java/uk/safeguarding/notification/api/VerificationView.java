package uk.safeguarding.notification.api;

/**
 * {@code GET /api/disclosures/verify}: whether the log holds, how long it is, the first broken seq,
 * the last seq present when the log is shorter than a checkpoint signed, the first stored
 * checkpoint whose signature fails, the newest valid checkpoint, and whether the topic was read.
 */
public record VerificationView(boolean valid, long entries, Long brokenAt, Long truncatedAfter, Long invalidCheckpointAt,
                               CheckpointView checkpoint, String witness) {
}
