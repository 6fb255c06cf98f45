package uk.safeguarding.notification.domain;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A checkpoint of the disclosure log (contract section 8): {@code entries} = the last seq,
 * {@code headHash} = that entry's hash, {@code at} = when it was signed, as RFC 3339 text in
 * exactly the form that was signed (so anyone can rebuild the signed bytes from what they read).
 */
public record Checkpoint(long entries, String headHash, String at) {

    public static Checkpoint of(long entries, String headHash, Instant at) {
        return new Checkpoint(entries, headHash, DisclosureChain.formatTime(at.truncatedTo(ChronoUnit.MILLIS)));
    }

    /** The object that is signed: the checkpoint without {@code signature}. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("entries", entries);
        node.put("headHash", headHash);
        node.put("at", at);
        return node;
    }

    /** The bytes the signature covers: RFC 8785 canonical JSON of {@link #toJson()}. */
    public String canonicalForm() {
        return Jcs.canonicalize(toJson());
    }

    /** A checkpoint with its signature, as stored, published and served. */
    public record Signed(Checkpoint checkpoint, String signature) {
        public long entries() {
            return checkpoint.entries();
        }
    }
}
