package uk.safeguarding.notification.api;

/** The Ed25519 public key that checkpoints verify with, as an X.509 SubjectPublicKeyInfo PEM. */
public record CheckpointKeyView(String publicKeyPem) {
}
