package uk.safeguarding.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureChainTest {

    private static final UUID CHILD = UUID.fromString("6f1c2a34-2b1f-4f0e-9f8c-7d3c1e2a9b10");

    private static DisclosureChain.Entry entry(long seq, String prevHash, String recipient) {
        return new DisclosureChain.Entry(seq, Instant.parse("2026-11-28T09:30:00.123Z"), CHILD, recipient, "evt-" + seq, null,
                "WEBHOOK_DELIVERED", "REFERRAL", List.of("REFERRAL", "CHILD_IDENTITY"), "PUBLIC_TASK", null, prevHash);
    }

    @Test
    void hash_is_sha256_of_the_canonical_entry_without_hash_and_without_absent_members() {
        DisclosureChain.Entry e = entry(1, DisclosureChain.GENESIS, "LA-801");
        String canonical = "{\"action\":\"WEBHOOK_DELIVERED\",\"at\":\"2026-11-28T09:30:00.123Z\",\"childId\":\"" + CHILD + "\","
                + "\"eventId\":\"evt-1\",\"fieldsDisclosed\":[\"REFERRAL\",\"CHILD_IDENTITY\"],\"lawfulBasis\":\"PUBLIC_TASK\","
                + "\"packetType\":\"REFERRAL\",\"prevHash\":\"" + "0".repeat(64) + "\",\"recipientOrgId\":\"LA-801\",\"seq\":1}";
        assertThat(Jcs.canonicalize(DisclosureChain.toJson(e))).isEqualTo(canonical);
        assertThat(DisclosureChain.hash(e)).isEqualTo(DisclosureChain.sha256Hex(canonical)).hasSize(64);
    }

    @Test
    void a_known_digest() {
        assertThat(DisclosureChain.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void verifier_accepts_a_sound_chain_and_names_the_first_broken_entry() {
        List<DisclosureChain.Entry> entries = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        String prev = DisclosureChain.GENESIS;
        for (int seq = 1; seq <= 5; seq++) {
            DisclosureChain.Entry e = entry(seq, prev, "ORG-" + seq);
            entries.add(e);
            prev = DisclosureChain.hash(e);
            hashes.add(prev);
        }
        DisclosureChain.Verifier sound = new DisclosureChain.Verifier();
        for (int i = 0; i < entries.size(); i++) {
            assertThat(sound.accept(entries.get(i), hashes.get(i))).isTrue();
        }
        assertThat(sound.result().valid()).isTrue();
        assertThat(sound.result().brokenAt()).isNull();

        // Entry 3's recipient altered after the fact: its stored hash no longer matches.
        DisclosureChain.Verifier tampered = new DisclosureChain.Verifier();
        for (int i = 0; i < entries.size(); i++) {
            DisclosureChain.Entry e = i == 2 ? entry(3, entries.get(2).prevHash(), "SOMEONE-ELSE") : entries.get(i);
            if (!tampered.accept(e, hashes.get(i))) {
                break;
            }
        }
        assertThat(tampered.result().valid()).isFalse();
        assertThat(tampered.result().brokenAt()).isEqualTo(3L);

        // Entry 4 removed: entry 5 follows 3, and its sequence number gives it away.
        DisclosureChain.Verifier gap = new DisclosureChain.Verifier();
        for (int i : new int[] {0, 1, 2, 4}) {
            if (!gap.accept(entries.get(i), hashes.get(i))) {
                break;
            }
        }
        assertThat(gap.result().brokenAt()).isEqualTo(4L);
    }

    @Test
    void a_verifier_continues_from_a_known_entry_as_from_the_start() {
        String prev = DisclosureChain.GENESIS;
        List<DisclosureChain.Entry> entries = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int seq = 1; seq <= 4; seq++) {
            DisclosureChain.Entry e = entry(seq, prev, "ORG-" + seq);
            entries.add(e);
            prev = DisclosureChain.hash(e);
            hashes.add(prev);
        }
        DisclosureChain.Verifier fromTwo = new DisclosureChain.Verifier(2, hashes.get(1));
        assertThat(fromTwo.accept(entries.get(2), hashes.get(2))).isTrue();
        assertThat(fromTwo.accept(entries.get(3), hashes.get(3))).isTrue();
        assertThat(fromTwo.result().valid()).isTrue();

        // Continuing from another hash than entry 2's (a rewrite before it): entry 3 does not chain.
        DisclosureChain.Verifier rewritten = new DisclosureChain.Verifier(2, "f".repeat(64));
        assertThat(rewritten.accept(entries.get(2), hashes.get(2))).isFalse();
        assertThat(rewritten.result().brokenAt()).isEqualTo(3L);

        // Continuing after seq 1 but handed seq 3 first: entry 2 is missing.
        DisclosureChain.Verifier gap = new DisclosureChain.Verifier(1, hashes.get(0));
        assertThat(gap.accept(entries.get(2), hashes.get(2))).isFalse();
        assertThat(gap.result().brokenAt()).isEqualTo(2L);
    }
}
