package uk.safeguarding.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Ed25519 signatures of checkpoints (contract section 8): {@code signature} = base64 of the
 * Ed25519 signature over the RFC 8785 form of the checkpoint without {@code signature}. Keys
 * travel as PKCS#8 (private) and X.509 SubjectPublicKeyInfo (public), PEM or bare base64.
 */
public final class CheckpointSignature {

    public static final String ALGORITHM = "Ed25519";
    private static final String PRIVATE_PEM = "PRIVATE KEY";
    private static final String PUBLIC_PEM = "PUBLIC KEY";

    private CheckpointSignature() {
    }

    public static String sign(Checkpoint checkpoint, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(checkpoint.canonicalForm().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** False for a signature that is not base64, not 64 bytes, or not this key's over this checkpoint. */
    public static boolean verify(Checkpoint checkpoint, String signature, PublicKey key) {
        if (checkpoint == null || signature == null || checkpoint.headHash() == null || checkpoint.at() == null) {
            return false;
        }
        try {
            byte[] raw = Base64.getDecoder().decode(signature);
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(checkpoint.canonicalForm().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(raw);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** A PKCS#8 Ed25519 private key, PEM ({@code -----BEGIN PRIVATE KEY-----}) or base64 of the DER. */
    public static PrivateKey privateKey(String pemOrBase64) {
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(pemOrBase64, PRIVATE_PEM)));
            if (!(key instanceof EdECPrivateKey)) {
                throw new IllegalArgumentException("not an Ed25519 private key");
            }
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the checkpoint signing key must be a PKCS#8 Ed25519 private key (PEM or base64)");
        }
    }

    /**
     * The public half of a private key. The JDK derives an Ed25519 public key only while
     * generating a pair, from a 32-byte seed; feeding it the private key as that seed gives the
     * pair back. The result is checked by a signature round trip, so a wrong derivation cannot pass.
     */
    public static PublicKey publicKeyOf(PrivateKey privateKey) {
        byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
                .orElseThrow(() -> new IllegalArgumentException("the private key's bytes are not available"));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            PublicKey derived = generator.generateKeyPair().getPublic();
            Checkpoint probe = new Checkpoint(0, "0".repeat(64), "1970-01-01T00:00:00Z");
            if (!verify(probe, sign(probe, privateKey), derived)) {
                throw new IllegalStateException("could not derive the Ed25519 public key");
            }
            return derived;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    public static PublicKey publicKey(String pemOrBase64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(pemOrBase64, PUBLIC_PEM)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (X.509 SubjectPublicKeyInfo, PEM or base64)");
        }
    }

    public static String publicKeyPem(PublicKey key) {
        return pem(PUBLIC_PEM, key.getEncoded());
    }

    public static String privateKeyPem(PrivateKey key) {
        return pem(PRIVATE_PEM, key.getEncoded());
    }

    /** A fresh key pair (tests, and a local stack that makes one per run). */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String text, String label) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty key");
        }
        String body = text.strip();
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        if (body.startsWith("-----")) {
            int from = body.indexOf(begin);
            int to = body.indexOf(end);
            if (from != 0 || to < 0) {
                throw new IllegalArgumentException("expected a PEM block " + begin);
            }
            body = body.substring(begin.length(), to);
        }
        return Base64.getMimeDecoder().decode(body.replaceAll("\\s", ""));
    }

    /** Hands out exactly the given seed: only for deriving the public key of a known private key. */
    private static final class SeedRandom extends SecureRandom {
        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("unexpected seed request of " + bytes.length + " bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
