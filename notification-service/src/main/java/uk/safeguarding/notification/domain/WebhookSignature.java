package uk.safeguarding.notification.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Standard Webhooks 1.0 signing: {@code v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>},
 * one per active secret, space-separated (two during a secret rotation).
 */
public final class WebhookSignature {

    public static final String HEADER_ID = "webhook-id";
    public static final String HEADER_TIMESTAMP = "webhook-timestamp";
    public static final String HEADER_SIGNATURE = "webhook-signature";

    private WebhookSignature() {
    }

    public static String sign(String secret, String msgId, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WebhookSecrets.key(secret), "HmacSHA256"));
            byte[] signed = mac.doFinal((msgId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** The {@code webhook-signature} header value for all the given secrets, current first. */
    public static String header(List<String> secrets, String msgId, long timestamp, String body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one secret is needed");
        }
        return secrets.stream().map(s -> sign(s, msgId, timestamp, body)).collect(Collectors.joining(" "));
    }
}
