package uk.safeguarding.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Signed checkpoints of the disclosure log (contract section 8). */
@ConfigMapping(prefix = "safeguarding.notification.checkpoint")
public interface CheckpointConfig {

    /**
     * The Ed25519 signing key, PKCS#8, as PEM or base64 of the DER ({@code CHECKPOINT_SIGNING_KEY}).
     * It is held outside the database: whoever can rewrite the database must not also be able to sign.
     */
    Optional<String> signingKey();

    /** Or a file holding it, e.g. a mounted secret ({@code CHECKPOINT_SIGNING_KEY_FILE}). */
    Optional<Path> signingKeyFile();

    /** How often the log is looked at; a checkpoint is signed only when it grew (so at most this long after growth). */
    @WithDefault("30s")
    Duration interval();

    /** The record key of every checkpoint: one key, one partition, so the topic keeps their order. */
    @WithDefault("disclosure-log")
    String recordKey();

    Witness witness();

    interface Witness {
        /** How long reading the topic's tail may take before the witness counts as unavailable. */
        @WithDefault("10s")
        Duration timeout();

        /** Records read per step back from the topic's end while looking for the newest valid checkpoint. */
        @WithDefault("100")
        int window();
    }
}
