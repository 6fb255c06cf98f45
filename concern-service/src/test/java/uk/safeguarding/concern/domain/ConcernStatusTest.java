package uk.safeguarding.concern.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConcernStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "RAISED, RAISED, false", "RAISED, REFERRED, true", "RAISED, MONITORING, true", "RAISED, CLOSED, true",
            "MONITORING, RAISED, false", "MONITORING, REFERRED, true", "MONITORING, MONITORING, true", "MONITORING, CLOSED, true",
            "REFERRED, RAISED, false", "REFERRED, REFERRED, false", "REFERRED, MONITORING, false", "REFERRED, CLOSED, true",
            "CLOSED, RAISED, false", "CLOSED, REFERRED, false", "CLOSED, MONITORING, false", "CLOSED, CLOSED, false",
    })
    void machine(ConcernStatus from, ConcernStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}: awaits decision {1}, open {2}")
    @CsvSource({"RAISED, true, true", "MONITORING, true, true", "REFERRED, false, true", "CLOSED, false, false"})
    void decisionsAndOpenness(ConcernStatus status, boolean awaits, boolean open) {
        assertThat(status.awaitsDecision()).isEqualTo(awaits);
        assertThat(status.isOpen()).isEqualTo(open);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"REFER, REFERRED", "MONITOR, MONITORING", "NO_FURTHER_ACTION, CLOSED"})
    void outcomes(Outcome outcome, ConcernStatus status) {
        assertThat(ConcernStatus.after(outcome)).isEqualTo(status);
        assertThat(ConcernStatus.RAISED.canMoveTo(status)).isTrue();
        assertThat(ConcernStatus.MONITORING.canMoveTo(status)).isTrue();
    }
}
