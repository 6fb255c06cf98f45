package uk.safeguarding.notification.domain;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.safeguarding.notification.testing.FormPackets;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.RecipientType;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long laying out a referral form takes (police: the fullest form; Ofsted: the shortest). Prints
 * the figures; no timing is asserted. Run on demand (see README.md):
 * {@code ./mvnw -pl notification-service -am verify -Dtest=ReferralFormBenchmarkTest -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class ReferralFormBenchmarkTest {

    static final int WARM_UP = 50;
    static final int RUNS = 200;

    @Test
    void render_a_form() {
        StringBuilder report = new StringBuilder("referral form render (" + RUNS + " runs after " + WARM_UP + " warm-up)");
        for (RecipientType recipient : List.of(RecipientType.POLICE, RecipientType.LOCAL_AUTHORITY, RecipientType.OFSTED)) {
            List<Packet> packets = FormPackets.forRecipient(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "AG-1",
                    "Agency", recipient, true);
            long bytes = 0;
            for (int i = 0; i < WARM_UP; i++) {
                bytes = ReferralForm.render(packets, recipient, null, "2026-12-01T10:00:00Z").length;
            }
            long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                ReferralForm.render(packets, recipient, null, "2026-12-01T10:00:00Z");
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            report.append(String.format("%n  %-16s median %6.2f ms, p95 %6.2f ms, max %6.2f ms, %d bytes", recipient,
                    nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6, nanos[RUNS - 1] / 1e6, bytes));
            assertThat(bytes).isPositive();
        }
        System.out.println("\n" + report + "\n");
    }
}
