package uk.safeguarding.notification.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.safeguarding.notification.domain.CheckpointSignature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signing key comes from the environment or a file; without a usable one the service does not start. */
class CheckpointKeysTest {

    private static final KeyPair KEYS = CheckpointSignature.generate();

    private static CheckpointConfig config(String key, Path file) {
        return new CheckpointConfig() {
            public Optional<String> signingKey() {
                return Optional.ofNullable(key);
            }

            public Optional<Path> signingKeyFile() {
                return Optional.ofNullable(file);
            }

            public Duration interval() {
                return Duration.ofSeconds(30);
            }

            public String recordKey() {
                return "disclosure-log";
            }

            public Witness witness() {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void without_a_key_the_service_refuses_to_start_and_says_what_to_set() {
        assertThatThrownBy(() -> new CheckpointKeys(config(null, null)).onStart(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CHECKPOINT_SIGNING_KEY");
        assertThatThrownBy(() -> new CheckpointKeys(config("  ", null)).onStart(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CHECKPOINT_SIGNING_KEY");
        assertThatThrownBy(() -> new CheckpointKeys(config("MC4CAQAw", null)).onStart(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("MC4CAQAw");
        assertThatThrownBy(() -> new CheckpointKeys(config(null, Path.of("/nonexistent/checkpoint.pem"))).onStart(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CHECKPOINT_SIGNING_KEY_FILE");
    }

    @Test
    void a_key_from_the_environment_or_a_file_gives_the_served_public_key(@TempDir Path dir) throws Exception {
        String expected = CheckpointSignature.publicKeyPem(KEYS.getPublic());
        CheckpointKeys fromEnv = new CheckpointKeys(config(Base64.getEncoder().encodeToString(KEYS.getPrivate().getEncoded()), null));
        assertThat(fromEnv.publicKeyPem()).isEqualTo(expected);

        Path file = dir.resolve("checkpoint.pem");
        Files.writeString(file, CheckpointSignature.privateKeyPem(KEYS.getPrivate()));
        CheckpointKeys fromFile = new CheckpointKeys(config(null, file));
        assertThat(fromFile.publicKeyPem()).isEqualTo(expected);
        assertThat(fromFile.privateKey().getEncoded()).isEqualTo(KEYS.getPrivate().getEncoded());
    }
}
