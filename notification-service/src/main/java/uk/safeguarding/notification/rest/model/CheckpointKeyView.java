package uk.safeguarding.notification.rest.model;

/** The Ed25519 public key that checkpoints verify with, as an X.509 SubjectPublicKeyInfo PEM. */
public record CheckpointKeyView(String publicKeyPem) {
}
