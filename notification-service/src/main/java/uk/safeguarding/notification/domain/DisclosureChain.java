package uk.safeguarding.notification.domain;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The hash chain of the disclosure log (contract section 8): {@code hash} = hex SHA-256 of the
 * RFC 8785 canonical JSON of the entry without {@code hash}; absent (null) members are left
 * out, as the API shows them; the first entry's {@code prevHash} is 64 zeros.
 */
public final class DisclosureChain {

    public static final String GENESIS = "0".repeat(64);

    private DisclosureChain() {
    }

    /** An entry as hashed and as shown. */
    public record Entry(long seq, Instant at, UUID childId, String recipientOrgId, String eventId, UUID deliveryId,
                        String action, String packetType, List<String> fieldsDisclosed, String lawfulBasis,
                        String consentStatus, String prevHash) {
    }

    public static String hash(Entry entry) {
        return sha256Hex(Jcs.canonicalize(toJson(entry)));
    }

    public static ObjectNode toJson(Entry e) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("seq", e.seq());
        node.put("at", formatTime(e.at()));
        if (e.childId() != null) {
            node.put("childId", e.childId().toString());
        }
        node.put("recipientOrgId", e.recipientOrgId());
        node.put("eventId", e.eventId());
        if (e.deliveryId() != null) {
            node.put("deliveryId", e.deliveryId().toString());
        }
        node.put("action", e.action());
        node.put("packetType", e.packetType());
        var fields = node.putArray("fieldsDisclosed");
        e.fieldsDisclosed().forEach(fields::add);
        if (e.lawfulBasis() != null) {
            node.put("lawfulBasis", e.lawfulBasis());
        }
        if (e.consentStatus() != null) {
            node.put("consentStatus", e.consentStatus());
        }
        node.put("prevHash", e.prevHash());
        return node;
    }

    /** RFC 3339 in UTC, as the API writes {@code at}; entries keep millisecond precision. */
    public static String formatTime(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }

    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outcome of walking the chain: the first sequence number that does not hold, if any. */
    public record Verification(boolean valid, long entries, Long brokenAt) {
    }

    /** Checks entries given in seq order, continuing from {@code expectedSeq} and {@code prevHash}. */
    public static final class Verifier {
        private long expectedSeq;
        private String prevHash;
        private long count;
        private Long brokenAt;

        public Verifier() {
            this(0, GENESIS);
        }

        /** Continues a chain already known to hold up to {@code afterSeq}, whose hash is {@code afterHash}. */
        public Verifier(long afterSeq, String afterHash) {
            this.expectedSeq = afterSeq + 1;
            this.prevHash = afterHash;
        }

        /** @return false once the chain is broken (further entries are not needed) */
        public boolean accept(Entry entry, String storedHash) {
            count++;
            if (brokenAt != null) {
                return false;
            }
            if (entry.seq() != expectedSeq || !prevHash.equals(entry.prevHash()) || !hash(entry).equals(storedHash)) {
                brokenAt = entry.seq() != expectedSeq ? Math.min(entry.seq(), expectedSeq) : entry.seq();
                return false;
            }
            expectedSeq++;
            prevHash = storedHash;
            return true;
        }

        public Verification result() {
            return new Verification(brokenAt == null, count, brokenAt);
        }
    }
}
