package uk.safeguarding.platform.crypto;

import org.eclipse.microprofile.config.ConfigProvider;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * AES-256-GCM for values kept encrypted at rest (intelligence, webhook secrets). The key is
 * {@code safeguarding.crypto.key} (base64 of 32 bytes); each value gets a fresh 96-bit nonce.
 */
public final class FieldCipher {

    private static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile SecretKeySpec key;

    private FieldCipher() {
    }

    public static String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public static String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("value is not encrypted with a known scheme");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or tampered value", e);
        }
    }

    /** Fails fast (at start) when the key is missing or not 32 bytes, rather than at the first write. */
    public static void requireKey() {
        key();
    }

    private static SecretKeySpec key() {
        if (key == null) {
            String configured = ConfigProvider.getConfig().getOptionalValue("safeguarding.crypto.key", String.class)
                    .orElseThrow(() -> new IllegalStateException("set CRYPTO_KEY (safeguarding.crypto.key): base64 of 32 random bytes"));
            byte[] raw = Base64.getDecoder().decode(configured);
            if (raw.length != 32) {
                throw new IllegalStateException("safeguarding.crypto.key must be base64 of 32 bytes");
            }
            key = new SecretKeySpec(raw, "AES");
        }
        return key;
    }
}
