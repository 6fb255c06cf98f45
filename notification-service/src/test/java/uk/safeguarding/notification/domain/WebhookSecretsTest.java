package uk.safeguarding.notification.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSecretsTest {

    @Test
    void generated_secrets_are_whsec_and_32_random_bytes() {
        String a = WebhookSecrets.generate();
        assertThat(a).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(a.substring(6))).hasSize(32);
        assertThat(WebhookSecrets.problem(a)).isEmpty();
        assertThat(WebhookSecrets.generate()).isNotEqualTo(a);
    }

    @ParameterizedTest(name = "{0} bytes: valid={1}")
    @CsvSource({"23, false", "24, true", "32, true", "64, true", "65, false"})
    void key_length_is_24_to_64_bytes(int bytes, boolean valid) {
        String secret = "whsec_" + Base64.getEncoder().encodeToString(new byte[bytes]);
        assertThat(WebhookSecrets.problem(secret).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"sk_live_abc", "whsec_not*base64!", "whsec_", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"})
    void malformed_secrets_are_refused_without_echoing_them(String secret) {
        assertThat(WebhookSecrets.problem(secret)).isPresent().get().asString().doesNotContain(secret);
    }
}
