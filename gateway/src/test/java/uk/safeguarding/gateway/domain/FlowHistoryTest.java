package uk.safeguarding.gateway.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FlowHistoryTest {

    static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

    @ParameterizedTest(name = "{0} → {1} in {2} s = {3}/min")
    @CsvSource({
            "100, 160, 30, 120.0",
            "100, 100, 30, 0.0",
            "100, 130, 60, 30.0",
            "100, 90, 30, 0.0",
            "0, 1, 90, 0.7"})
    void eventsPerMinuteBetweenSamples(long before, long after, long seconds, double perMinute) {
        FlowHistory history = new FlowHistory(Duration.ofHours(1));
        history.add(new FlowHistory.Sample(T0, Map.of("safeguarding.concerns", before), Map.of()));
        history.add(new FlowHistory.Sample(T0.plusSeconds(seconds), Map.of("safeguarding.concerns", after), Map.of()));
        FlowHistory.Flow flow = history.flow();
        assertThat(flow.eventsPerMinute().get("safeguarding.concerns")).containsExactly(perMinute);
        assertThat(flow.currentEventsPerMinute()).containsEntry("safeguarding.concerns", perMinute);
    }

    @Test
    void keepsTheLastHourAsARingBufferAndTheLatestLag() {
        FlowHistory history = new FlowHistory(Duration.ofHours(1));
        for (int i = 0; i <= 240; i++) { // two hours of 30 s samples
            history.add(new FlowHistory.Sample(T0.plusSeconds(30L * i), Map.of("t", (long) i), Map.of("g", (long) (i % 7))));
        }
        assertThat(history.size()).isBetween(120, 122);
        FlowHistory.Flow flow = history.flow();
        assertThat(flow.times().get(0)).isAfterOrEqualTo(T0.plusSeconds(30L * 240).minus(Duration.ofHours(1)));
        assertThat(flow.eventsPerMinute().get("t")).allMatch(rate -> rate == 2.0);
        assertThat(flow.currentLag()).containsEntry("g", (long) (240 % 7));
        assertThat(flow.sampledAt()).isEqualTo(T0.plusSeconds(30L * 240));
    }

    @Test
    void ignoresASampleThatIsNotNewerAndCopesWithAppearingTopics() {
        FlowHistory history = new FlowHistory(Duration.ofHours(1));
        history.add(new FlowHistory.Sample(T0, Map.of("a", 5L), Map.of()));
        history.add(new FlowHistory.Sample(T0, Map.of("a", 9L), Map.of()));
        history.add(new FlowHistory.Sample(T0.plusSeconds(60), Map.of("a", 6L, "b", 3L), Map.of("g", 2L)));
        FlowHistory.Flow flow = history.flow();
        assertThat(history.size()).isEqualTo(2);
        assertThat(flow.eventsPerMinute()).containsEntry("a", java.util.List.of(1.0)).containsEntry("b", java.util.List.of(0.0));
        assertThat(flow.lag()).containsEntry("g", java.util.List.of(2L));
    }
}
