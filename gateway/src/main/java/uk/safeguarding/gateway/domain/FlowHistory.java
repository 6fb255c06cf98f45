package uk.safeguarding.gateway.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The last hour of Kafka samples (topic end offsets, consumer-group lag), kept in memory as a
 * ring buffer, and what the operations console draws from it: events per topic per minute
 * between consecutive samples, and lag per group over time. Only topic and group names and
 * counts: nothing personal.
 */
public final class FlowHistory {

    /** One sample: the sum of end offsets per topic and the total lag per consumer group. */
    public record Sample(Instant at, Map<String, Long> topicEndOffsets, Map<String, Long> groupLag) {
    }

    /** What the console shows: {@code times[i]} is when the i-th rate and lag were measured. */
    public record Flow(List<Instant> times, Map<String, List<Double>> eventsPerMinute, Map<String, List<Long>> lag,
                       Map<String, Double> currentEventsPerMinute, Map<String, Long> currentLag, Instant sampledAt) {
    }

    private final Duration window;
    private final Deque<Sample> samples = new ArrayDeque<>();

    public FlowHistory(Duration window) {
        this.window = window;
    }

    public synchronized void add(Sample sample) {
        if (!samples.isEmpty() && !sample.at().isAfter(samples.peekLast().at())) {
            return;
        }
        samples.addLast(sample);
        // Keep one sample older than the window so the first rate inside it can be computed.
        while (samples.size() > 2 && samples.stream().skip(1).findFirst().orElseThrow().at()
                .isBefore(sample.at().minus(window))) {
            samples.removeFirst();
        }
    }

    public synchronized int size() {
        return samples.size();
    }

    public synchronized Flow flow() {
        List<Sample> list = new ArrayList<>(samples);
        List<Instant> times = new ArrayList<>();
        TreeSet<String> topics = new TreeSet<>();
        TreeSet<String> groups = new TreeSet<>();
        list.forEach(s -> {
            topics.addAll(s.topicEndOffsets().keySet());
            groups.addAll(s.groupLag().keySet());
        });
        Map<String, List<Double>> rates = new TreeMap<>();
        Map<String, List<Long>> lags = new TreeMap<>();
        topics.forEach(t -> rates.put(t, new ArrayList<>()));
        groups.forEach(g -> lags.put(g, new ArrayList<>()));
        for (int i = 1; i < list.size(); i++) {
            Sample before = list.get(i - 1);
            Sample now = list.get(i);
            double minutes = Duration.between(before.at(), now.at()).toMillis() / 60_000.0;
            times.add(now.at());
            for (String topic : topics) {
                Long a = before.topicEndOffsets().get(topic);
                Long b = now.topicEndOffsets().get(topic);
                double rate = a == null || b == null || minutes <= 0 ? 0 : Math.max(0, b - a) / minutes;
                rates.get(topic).add(Math.round(rate * 10) / 10.0);
            }
            for (String group : groups) {
                lags.get(group).add(now.groupLag().get(group));
            }
        }
        Map<String, Double> currentRate = new TreeMap<>();
        rates.forEach((t, series) -> currentRate.put(t, series.isEmpty() ? 0.0 : series.get(series.size() - 1)));
        Map<String, Long> currentLag = new TreeMap<>();
        if (!list.isEmpty()) {
            currentLag.putAll(list.get(list.size() - 1).groupLag());
        }
        Instant sampledAt = list.isEmpty() ? null : list.get(list.size() - 1).at();
        return new Flow(times, rates, lags, currentRate, currentLag, sampledAt);
    }
}
