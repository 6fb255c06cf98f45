package uk.safeguarding.testing;

import io.smallrye.jwt.build.Jwt;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signed access tokens shaped like the realm's: issuer, audience, {@code azp},
 * {@code realm_access.roles} and {@code org_id}. The service under test verifies them with
 * the public key {@link ServiceTestResource} configures, through the same OIDC path as Keycloak's.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/safeguarding";
    public static final String AUDIENCE = "safeguarding-api";
    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    public static String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    /** A user of {@code orgId} holding {@code roles}; the subject is derived from both. */
    public static String token(String orgId, String... roles) {
        return builder(orgId, roles).subject("user-" + String.join("-", roles) + "-" + orgId).build();
    }

    public static Builder builder(String orgId, String... roles) {
        return new Builder(orgId, List.of(roles));
    }

    public static final class Builder {
        private final String orgId;
        private final List<String> roles;
        private String subject = UUID.randomUUID().toString();
        private String clientId = "safeguarding-web";
        private Duration lifetime = Duration.ofMinutes(5);
        private String issuer = ISSUER;
        private String audience = AUDIENCE;

        private Builder(String orgId, List<String> roles) {
            this.orgId = orgId;
            this.roles = roles;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder client(String clientId) {
            this.clientId = clientId;
            return this;
        }

        public Builder expiredAgo(Duration ago) {
            this.lifetime = ago.negated();
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        public String build() {
            Instant now = Instant.now();
            var claims = Jwt.issuer(issuer)
                    .subject(subject)
                    .audience(audience)
                    .claim("azp", clientId)
                    .claim("realm_access", Map.of("roles", roles))
                    .issuedAt(now.minusSeconds(lifetime.isNegative() ? 600 : 0))
                    .expiresAt(now.plus(lifetime));
            if (orgId != null) {
                claims.claim("org_id", orgId);
            }
            return claims.jws().keyId("test").sign(KEYS.getPrivate());
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
