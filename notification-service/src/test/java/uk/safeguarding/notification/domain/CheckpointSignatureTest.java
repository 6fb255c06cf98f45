package uk.safeguarding.notification.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Checkpoints: the signed bytes are the RFC 8785 form without signature; Ed25519 over them; keys as PKCS#8 / X.509. */
class CheckpointSignatureTest {

    private static final String HEAD = "3f".repeat(32);
    private static final KeyPair KEYS = CheckpointSignature.generate();
    private static final Checkpoint CHECKPOINT = Checkpoint.of(42, HEAD, Instant.parse("2026-12-01T09:00:00.12Z"));

    /** RFC 8032 section 7.1, test 1: the secret key and the public key it gives. */
    private static final String RFC8032_SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String RFC8032_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    @Test
    void the_signed_form_is_the_canonical_json_of_entries_head_hash_and_at() {
        assertThat(CHECKPOINT.at()).isEqualTo("2026-12-01T09:00:00.120Z");
        assertThat(CHECKPOINT.canonicalForm())
                .isEqualTo("{\"at\":\"2026-12-01T09:00:00.120Z\",\"entries\":42,\"headHash\":\"" + HEAD + "\"}");
        // Sub-millisecond precision is not kept: what is stored and served is what was signed.
        assertThat(Checkpoint.of(1, HEAD, Instant.parse("2026-12-01T09:00:00.123456Z")).at()).isEqualTo("2026-12-01T09:00:00.123Z");
    }

    @Test
    void a_signature_verifies_with_the_public_key_and_is_64_bytes() {
        String signature = CheckpointSignature.sign(CHECKPOINT, KEYS.getPrivate());
        assertThat(Base64.getDecoder().decode(signature)).hasSize(64);
        assertThat(CheckpointSignature.verify(CHECKPOINT, signature, KEYS.getPublic())).isTrue();
        // Ed25519 is deterministic: the same checkpoint signs the same.
        assertThat(CheckpointSignature.sign(CHECKPOINT, KEYS.getPrivate())).isEqualTo(signature);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> tampering() {
        return Stream.of(
                arguments("one entry more", (UnaryOperator<Checkpoint>) c -> new Checkpoint(c.entries() + 1, c.headHash(), c.at())),
                arguments("one entry fewer", (UnaryOperator<Checkpoint>) c -> new Checkpoint(c.entries() - 1, c.headHash(), c.at())),
                arguments("another head hash", (UnaryOperator<Checkpoint>) c -> new Checkpoint(c.entries(), "40".repeat(32), c.at())),
                arguments("another time", (UnaryOperator<Checkpoint>) c -> new Checkpoint(c.entries(), c.headHash(), "2026-12-01T09:00:01.120Z")),
                arguments("the same time written otherwise", (UnaryOperator<Checkpoint>) c -> new Checkpoint(c.entries(), c.headHash(), "2026-12-01T09:00:00.12Z")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tampering")
    void a_changed_checkpoint_does_not_verify(String what, UnaryOperator<Checkpoint> change) {
        String signature = CheckpointSignature.sign(CHECKPOINT, KEYS.getPrivate());
        assertThat(CheckpointSignature.verify(change.apply(CHECKPOINT), signature, KEYS.getPublic())).isFalse();
    }

    @Test
    void a_changed_missing_or_foreign_signature_does_not_verify() {
        String signature = CheckpointSignature.sign(CHECKPOINT, KEYS.getPrivate());
        byte[] flipped = Base64.getDecoder().decode(signature);
        flipped[10] ^= 1;
        assertThat(CheckpointSignature.verify(CHECKPOINT, Base64.getEncoder().encodeToString(flipped), KEYS.getPublic())).isFalse();
        assertThat(CheckpointSignature.verify(CHECKPOINT, "not base64!", KEYS.getPublic())).isFalse();
        assertThat(CheckpointSignature.verify(CHECKPOINT, "", KEYS.getPublic())).isFalse();
        assertThat(CheckpointSignature.verify(CHECKPOINT, null, KEYS.getPublic())).isFalse();
        assertThat(CheckpointSignature.verify(new Checkpoint(42, null, CHECKPOINT.at()), signature, KEYS.getPublic())).isFalse();
        // Signed with another key: the served public key does not vouch for it.
        String foreign = CheckpointSignature.sign(CHECKPOINT, CheckpointSignature.generate().getPrivate());
        assertThat(CheckpointSignature.verify(CHECKPOINT, foreign, KEYS.getPublic())).isFalse();
    }

    @Test
    void the_public_key_derived_from_the_private_key_is_rfc_8032s() {
        byte[] pkcs8 = HexFormat.of().parseHex("302e020100300506032b657004220420" + RFC8032_SECRET);
        PublicKey derived = CheckpointSignature.publicKeyOf(CheckpointSignature.privateKey(Base64.getEncoder().encodeToString(pkcs8)));
        assertThat(HexFormat.of().formatHex(derived.getEncoded())).isEqualTo("302a300506032b6570032100" + RFC8032_PUBLIC);
        assertThat(CheckpointSignature.publicKeyOf(KEYS.getPrivate()).getEncoded()).isEqualTo(KEYS.getPublic().getEncoded());
    }

    @Test
    void keys_read_from_pem_and_from_bare_base64() {
        String privatePem = CheckpointSignature.privateKeyPem(KEYS.getPrivate());
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        String publicPem = CheckpointSignature.publicKeyPem(KEYS.getPublic());
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");

        String signature = CheckpointSignature.sign(CHECKPOINT, CheckpointSignature.privateKey(privatePem));
        assertThat(CheckpointSignature.verify(CHECKPOINT, signature, CheckpointSignature.publicKey(publicPem))).isTrue();
        String base64 = Base64.getEncoder().encodeToString(KEYS.getPrivate().getEncoded());
        assertThat(CheckpointSignature.sign(CHECKPOINT, CheckpointSignature.privateKey("  " + base64 + "\n"))).isEqualTo(signature);
        assertThat(CheckpointSignature.publicKey(Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded())).getEncoded())
                .isEqualTo(KEYS.getPublic().getEncoded());
    }

    @Test
    void what_is_not_an_ed25519_private_key_is_refused_without_echoing_it() {
        for (String bad : new String[] {"", "   ", "not-a-key", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA3jjwsIhnooy5NU1T1ji9FjJwbpARHJVxiA7ejYk5JSk=\n-----END PUBLIC KEY-----"}) {
            assertThatThrownBy(() -> CheckpointSignature.privateKey(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the checkpoint signing key must be a PKCS#8 Ed25519 private key (PEM or base64)");
        }
        assertThatThrownBy(() -> CheckpointSignature.privateKey(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
