package uk.safeguarding.notification.domain;

/**
 * How {@code verify} weighs the log against its signed checkpoints (contract section 8). The
 * hash chain alone cannot see a rewrite whose hashes were recomputed, nor entries cut off the
 * end; a checkpoint signed outside the database can:
 * <ul>
 *   <li>an entry whose stored hash does not recompute, or does not chain → {@code brokenAt} that seq
 *       (found by the chain walk);</li>
 *   <li>the entry a checkpoint signed now has another hash (the chain was rewritten and rehashed, or
 *       cut and grown again) → {@code brokenAt} that checkpoint's seq: it, or an entry before it, is
 *       not what was signed (the lowest such checkpoint narrows it down);</li>
 *   <li>fewer entries than a checkpoint signed → {@code truncatedAfter} the last seq present (0 for none).</li>
 * </ul>
 * Only checkpoints whose signatures hold may be given to it.
 */
public final class CheckpointAudit {

    private long highestSigned;
    private Long mismatchAt;

    /**
     * @param signed     a checkpoint whose signature holds
     * @param storedHash the hash the log holds at {@code signed.entries()}; null when there is no such entry
     */
    public void compare(Checkpoint signed, String storedHash) {
        highestSigned = Math.max(highestSigned, signed.entries());
        if (storedHash != null && !storedHash.equals(signed.headHash())) {
            mismatchAt = min(mismatchAt, signed.entries());
        }
    }

    /**
     * @param chain   the walk of the hash chain
     * @param lastSeq the highest seq in the table (0 when empty)
     */
    public Outcome result(DisclosureChain.Verification chain, long lastSeq) {
        Long brokenAt = min(chain.brokenAt(), mismatchAt);
        Long truncatedAfter = lastSeq < highestSigned ? lastSeq : null;
        return new Outcome(brokenAt == null && truncatedAfter == null, brokenAt, truncatedAfter);
    }

    /**
     * Whether a new checkpoint may be signed over a log whose head is {@code headSeq}: every
     * prior checkpoint compared still holds and none lies beyond the head. A log that fails this
     * is never signed, so a cut or rewritten log cannot be blessed by a later checkpoint.
     */
    public boolean mayExtend(long headSeq) {
        return mismatchAt == null && highestSigned <= headSeq;
    }

    private static Long min(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.min(a, b);
    }

    public record Outcome(boolean valid, Long brokenAt, Long truncatedAfter) {
    }
}
