package uk.safeguarding.platform.event.data;

/**
 * {@code disclosure.checkpoint} (topic {@code safeguarding.disclosure-checkpoints}, one fixed key
 * so the topic keeps order): notification-service's signed statement that its disclosure log
 * held {@code entries} entries ending in {@code headHash} at {@code at}.
 *
 * @param at        RFC 3339 text exactly as signed
 * @param signature base64 of the Ed25519 signature over the RFC 8785 form of {entries, headHash, at}
 */
public record DisclosureCheckpointEvent(long entries, String headHash, String at, String signature) {
}
