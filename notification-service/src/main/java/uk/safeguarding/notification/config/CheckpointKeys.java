package uk.safeguarding.notification.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.safeguarding.notification.domain.CheckpointSignature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The checkpoint signing key, read from the environment or a file at start. Without a usable
 * key the service does not start (like the encryption key): a log that cannot be checkpointed
 * is not tamper-evident beyond its database.
 */
@ApplicationScoped
public class CheckpointKeys {

    private final CheckpointConfig config;
    private volatile PrivateKey privateKey;
    private volatile PublicKey publicKey;
    private volatile String publicKeyPem;

    public CheckpointKeys(CheckpointConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent ignored) {
        load();
    }

    public PrivateKey privateKey() {
        load();
        return privateKey;
    }

    public PublicKey publicKey() {
        load();
        return publicKey;
    }

    public String publicKeyPem() {
        load();
        return publicKeyPem;
    }

    private synchronized void load() {
        if (privateKey != null) {
            return;
        }
        String text = config.signingKey().filter(s -> !s.isBlank()).orElseGet(this::fromFile);
        PrivateKey key = CheckpointSignature.privateKey(text);
        PublicKey pub = CheckpointSignature.publicKeyOf(key);
        publicKeyPem = CheckpointSignature.publicKeyPem(pub);
        publicKey = pub;
        privateKey = key;
    }

    private String fromFile() {
        var file = config.signingKeyFile().orElseThrow(() -> new IllegalStateException(
                "set CHECKPOINT_SIGNING_KEY (PKCS#8 Ed25519 private key, PEM or base64) or CHECKPOINT_SIGNING_KEY_FILE"));
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("CHECKPOINT_SIGNING_KEY_FILE cannot be read");
        }
    }
}
