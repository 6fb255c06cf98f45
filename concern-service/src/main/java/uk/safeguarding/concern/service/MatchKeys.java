package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.safeguarding.concern.domain.IntelligenceMatching;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The keyed hash intelligence is matched on: HMAC-SHA256 of the normalised value under a key
 * derived from the crypto key (so the database never holds the key). A plain hash would not do:
 * every UK registration can be hashed in minutes, so a reader of the table would read the plates.
 */
@ApplicationScoped
public class MatchKeys {

    private static final String LABEL = "safeguarding-exchange intelligence match key v1";
    private volatile SecretKeySpec key;

    public String of(IntelligenceMatching.MatchValue value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(value.keyInput().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("match key unavailable");
        }
    }

    private SecretKeySpec key() throws GeneralSecurityException {
        if (key == null) {
            String configured = ConfigProvider.getConfig().getOptionalValue("safeguarding.crypto.key", String.class)
                    .orElseThrow(() -> new IllegalStateException("set CRYPTO_KEY (safeguarding.crypto.key)"));
            // A key of its own, derived from the crypto key (HKDF-style expand with a label): never the AES key itself.
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(configured), "HmacSHA256"));
            key = new SecretKeySpec(mac.doFinal(LABEL.getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        }
        return key;
    }
}
