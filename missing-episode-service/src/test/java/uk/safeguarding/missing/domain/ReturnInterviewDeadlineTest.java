package uk.safeguarding.missing.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ReturnInterviewDeadlineTest {

    static final OffsetDateTime BACK = OffsetDateTime.of(2026, 11, 20, 18, 30, 0, 0, ZoneOffset.UTC);
    static final ReturnInterviewDeadline DEADLINE = new ReturnInterviewDeadline(Duration.ofHours(72));

    static Stream<Arguments> cases() {
        OffsetDateTime due = BACK.plusHours(72);
        return Stream.of(
                // description, offeredAt, now, offeredInTime, overdue
                arguments("not offered, 71 h after return", null, BACK.plusHours(71), false, false),
                arguments("not offered, exactly 72 h after return", null, due, false, false),
                arguments("not offered, 72 h and 1 s after return", null, due.plusSeconds(1), false, true),
                arguments("offered after 1 h", BACK.plusHours(1), due.plusDays(5), true, false),
                arguments("offered exactly at 72 h", due, due.plusDays(5), true, false),
                arguments("offered at 72 h and 1 s", due.plusSeconds(1), due.plusDays(5), false, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void deadline(String description, OffsetDateTime offeredAt, OffsetDateTime now, boolean inTime, boolean overdue) {
        assertThat(DEADLINE.dueBy(BACK)).isEqualTo(BACK.plusHours(72));
        assertThat(DEADLINE.offeredInTime(BACK, offeredAt)).isEqualTo(inTime);
        assertThat(DEADLINE.overdue(BACK, offeredAt, now)).isEqualTo(overdue);
    }

    @org.junit.jupiter.api.Test
    void notReturnedIsNeverOverdue() {
        assertThat(DEADLINE.overdue(null, null, BACK.plusDays(30))).isFalse();
        assertThat(DEADLINE.dueBy(null)).isNull();
    }
}
