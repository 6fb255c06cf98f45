package uk.safeguarding.notification.testing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * A receiver's verification, written from the Standard Webhooks 1.0 specification and
 * independent of the service's signing code: signed content "{msg_id}.{timestamp}.{payload}",
 * HMAC-SHA256 keyed with the base64-decoded secret after "whsec_", base64 signatures prefixed
 * "v1,", space-delimited, compared in constant time; timestamps more than 5 minutes from now
 * are rejected.
 */
public final class StandardWebhooksVerifier {

    public static final long TOLERANCE_SECONDS = 5 * 60;

    private final byte[] key;

    public StandardWebhooksVerifier(String secret) {
        String encoded = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        this.key = Base64.getDecoder().decode(encoded);
    }

    /** Throws when the message does not verify. Header names are case-insensitive. */
    public void verify(String payload, Map<String, String> headers, Instant now) {
        String msgId = header(headers, "webhook-id");
        String timestamp = header(headers, "webhook-timestamp");
        String signatures = header(headers, "webhook-signature");
        if (msgId == null || timestamp == null || signatures == null) {
            throw new IllegalArgumentException("missing required headers");
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid signature headers");
        }
        if (now.getEpochSecond() - ts > TOLERANCE_SECONDS) {
            throw new IllegalArgumentException("message timestamp too old");
        }
        if (ts - now.getEpochSecond() > TOLERANCE_SECONDS) {
            throw new IllegalArgumentException("message timestamp too new");
        }
        byte[] expected = hmac(msgId + "." + timestamp + "." + payload);
        for (String versioned : signatures.split(" ")) {
            int comma = versioned.indexOf(',');
            if (comma < 0 || !versioned.substring(0, comma).equals("v1")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(versioned.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return;
            }
        }
        throw new IllegalArgumentException("no matching signature found");
    }

    private byte[] hmac(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(Map<String, String> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
