package uk.safeguarding.missing.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.safeguarding.platform.problem.Problem.FieldError;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class EpisodeTimelineTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 12, 0, 0, 0, ZoneOffset.UTC);
    static final EpisodeTimeline TIMELINE = new EpisodeTimeline(Duration.ofMinutes(1));

    static Stream<Arguments> reports() {
        return Stream.of(
                arguments("an hour ago", NOW.minusHours(1), List.of()),
                arguments("now", NOW, List.of()),
                arguments("within the clock allowance", NOW.plusSeconds(60), List.of()),
                arguments("past the clock allowance", NOW.plusSeconds(61), List.of("lastSeenAt")),
                arguments("tomorrow", NOW.plusDays(1), List.of("lastSeenAt")));
    }

    @ParameterizedTest(name = "last seen {0}")
    @MethodSource("reports")
    void report(String description, OffsetDateTime lastSeenAt, List<String> fields) {
        assertThat(TIMELINE.checkReport(lastSeenAt, NOW)).extracting(FieldError::field).containsExactlyElementsOf(fields);
    }

    static Stream<Arguments> returns() {
        OffsetDateTime seen = NOW.minusDays(2);
        return Stream.of(
                arguments("a day after last seen", seen, seen.plusDays(1), List.of()),
                arguments("the same instant as last seen", seen, seen, List.of()),
                arguments("a second before last seen", seen, seen.minusSeconds(1), List.of("returnedAt")),
                arguments("in the future", seen, NOW.plusHours(1), List.of("returnedAt")),
                arguments("just now", seen, NOW, List.of()));
    }

    @ParameterizedTest(name = "returned {0}")
    @MethodSource("returns")
    void returned(String description, OffsetDateTime lastSeenAt, OffsetDateTime returnedAt, List<String> fields) {
        assertThat(TIMELINE.checkReturn(lastSeenAt, returnedAt, NOW)).extracting(FieldError::field).containsExactlyElementsOf(fields);
    }

    static Stream<Arguments> interviews() {
        OffsetDateTime back = NOW.minusDays(3);
        return Stream.of(
                arguments("offered and conducted after the return", back, back.plusHours(5), back.plusHours(20), false, List.of()),
                arguments("offered at the return, conducted at once", back, back, back, false, List.of()),
                arguments("offered before the return", back, back.minusMinutes(1), back.plusHours(1), false, List.of("offeredAt")),
                arguments("offered in the future", back, NOW.plusHours(2), null, true, List.of("offeredAt")),
                arguments("conducted before the offer", back, back.plusHours(5), back.plusHours(4), false, List.of("conductedAt")),
                arguments("conducted in the future", back, back.plusHours(5), NOW.plusHours(3), false, List.of("conductedAt")),
                arguments("not declined, never conducted", back, back.plusHours(5), null, false, List.of("conductedAt")),
                arguments("declined", back, back.plusHours(5), null, true, List.of()),
                arguments("declined yet conducted", back, back.plusHours(5), back.plusHours(6), true, List.of("conductedAt")));
    }

    @ParameterizedTest(name = "interview {0}")
    @MethodSource("interviews")
    void interview(String description, OffsetDateTime returnedAt, OffsetDateTime offeredAt, OffsetDateTime conductedAt,
                   boolean declined, List<String> fields) {
        assertThat(TIMELINE.checkInterview(returnedAt, offeredAt, conductedAt, declined, NOW))
                .extracting(FieldError::field).containsExactlyElementsOf(fields);
    }
}
