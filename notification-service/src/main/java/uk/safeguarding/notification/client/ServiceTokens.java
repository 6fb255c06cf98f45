package uk.safeguarding.notification.client;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;

/**
 * The {@code notifier} service account's access token (client credentials), kept until shortly
 * before it expires. Data owners answer {@code /internal/**} only to this role.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final Duration UNKNOWN_LIFETIME = Duration.ofSeconds(60);

    private final OidcClient client;
    private Tokens tokens;
    private Instant renewAt = Instant.MIN;

    public ServiceTokens(OidcClient client) {
        this.client = client;
    }

    public synchronized String bearer() {
        Instant now = Instant.now();
        if (tokens == null || !now.isBefore(renewAt)) {
            tokens = client.getTokens().await().atMost(Duration.ofSeconds(15));
            Long expiresAt = tokens.getAccessTokenExpiresAt();
            renewAt = expiresAt == null ? now.plus(UNKNOWN_LIFETIME) : Instant.ofEpochSecond(expiresAt).minus(SKEW);
        }
        return tokens.getAccessToken();
    }

    /** After a 401 from an owner: the next call gets a fresh token. */
    public synchronized void invalidate() {
        tokens = null;
    }
}
