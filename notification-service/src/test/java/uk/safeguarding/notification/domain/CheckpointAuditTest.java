package uk.safeguarding.notification.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The log against its signed checkpoints: each way of tampering, and what verify and the signer make of it. */
class CheckpointAuditTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final String C = "c".repeat(64);
    private static final String X = "f".repeat(64);

    /** A checkpoint signed at {@code entries} with {@code signed}, and what the log holds there now (null: no entry). */
    record Signed(long entries, String signed, String nowInLog) {
    }

    static Signed cp(long entries, String signed, String nowInLog) {
        return new Signed(entries, signed, nowInLog);
    }

    static Stream<Arguments> cases() {
        // description, checkpoints, chain walk brokenAt, last seq in the table,
        //   expected valid, brokenAt, truncatedAfter, and whether a new checkpoint may be signed at the head
        return Stream.of(
                arguments("no checkpoint yet, sound chain", List.of(), null, 5L, true, null, null, true),
                arguments("no checkpoint yet, empty log", List.of(), null, 0L, true, null, null, true),
                arguments("log grown past the checkpoint", List.of(cp(5, A, A)), null, 9L, true, null, null, true),
                arguments("log exactly at the checkpoint", List.of(cp(5, A, A)), null, 5L, true, null, null, true),
                arguments("a row rewritten in place (hash left): the chain walk names it",
                        List.of(cp(5, A, A)), 3L, 9L, false, 3L, null, true),
                arguments("rewritten and rehashed from seq 3 on: the checkpoint's entry changed",
                        List.of(cp(2, B, B), cp(5, A, X)), null, 9L, false, 5L, null, false),
                arguments("rewritten and rehashed: the lowest checkpoint that no longer holds narrows it down",
                        List.of(cp(2, B, X), cp(5, A, X), cp(8, C, X)), null, 9L, false, 2L, null, false),
                arguments("cut short after the last checkpoint", List.of(cp(5, A, A), cp(8, C, null)), null, 6L, false, null, 6L, false),
                arguments("cut one short", List.of(cp(8, C, null)), null, 7L, false, null, 7L, false),
                arguments("emptied", List.of(cp(8, C, null)), null, 0L, false, null, 0L, false),
                arguments("cut and grown again: the entry signed is not the one there now",
                        List.of(cp(8, C, X)), null, 10L, false, 8L, null, false),
                arguments("cut and a row rewritten: both named", List.of(cp(8, C, null)), 4L, 6L, false, 4L, 6L, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void weighs_the_log_against_what_was_signed(String what, List<Signed> signed, Long chainBrokenAt, long lastSeq,
                                                boolean valid, Long brokenAt, Long truncatedAfter, boolean mayExtend) {
        CheckpointAudit audit = new CheckpointAudit();
        signed.forEach(s -> audit.compare(new Checkpoint(s.entries(), s.signed(), "2026-12-01T09:00:00Z"), s.nowInLog()));
        var chain = new DisclosureChain.Verification(chainBrokenAt == null, lastSeq, chainBrokenAt);

        CheckpointAudit.Outcome outcome = audit.result(chain, lastSeq);

        assertThat(outcome.valid()).as("valid").isEqualTo(valid);
        assertThat(outcome.brokenAt()).as("brokenAt").isEqualTo(brokenAt);
        assertThat(outcome.truncatedAfter()).as("truncatedAfter").isEqualTo(truncatedAfter);
        assertThat(audit.mayExtend(lastSeq)).as("a new checkpoint may be signed").isEqualTo(mayExtend);
    }
}
