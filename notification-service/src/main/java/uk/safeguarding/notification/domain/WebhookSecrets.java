package uk.safeguarding.notification.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** Standard Webhooks signing secrets: {@code whsec_} + base64 of 24 to 64 random bytes. */
public final class WebhookSecrets {

    public static final String PREFIX = "whsec_";
    public static final int MIN_BYTES = 24;
    public static final int MAX_BYTES = 64;
    private static final int GENERATED_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {
    }

    public static String generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Why the secret is not acceptable, or empty when it is. The message never echoes the secret. */
    public static Optional<String> problem(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.of("must start with " + PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.of("must be " + PREFIX + " followed by standard base64");
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            return Optional.of("must encode " + MIN_BYTES + " to " + MAX_BYTES + " bytes");
        }
        return Optional.empty();
    }

    /** The HMAC key: the base64-decoded part after the prefix. */
    public static byte[] key(String secret) {
        problem(secret).ifPresent(p -> {
            throw new IllegalArgumentException("invalid signing secret: " + p);
        });
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
