package uk.safeguarding.notification.api;

/**
 * A signed checkpoint of the disclosure log: {@code signature} = base64 Ed25519 signature over
 * the RFC 8785 canonical JSON of this object without {@code signature}, checked with
 * {@code GET /api/disclosures/checkpoint-key}.
 */
public record CheckpointView(long entries, String headHash, String at, String signature) {
}
