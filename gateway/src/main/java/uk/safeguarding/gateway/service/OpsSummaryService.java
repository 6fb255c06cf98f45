package uk.safeguarding.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.safeguarding.gateway.domain.FlowHistory;
import uk.safeguarding.gateway.domain.OpsView;
import uk.safeguarding.gateway.domain.Upstream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The operations console's one read: the Kafka flow from {@link KafkaFlowSampler} and five
 * sections from the services, asked in parallel with the caller's ops token. A section whose
 * service fails or lacks the endpoint is marked {@code unavailable}; the rest still show.
 */
@ApplicationScoped
public class OpsSummaryService {

    /** A section of the console and where its data comes from. */
    record Section(String name, Upstream upstream, String path, Function<Object, Map<String, Object>> view) {
    }

    static final List<Section> SECTIONS = List.of(
            new Section("deliveries", Upstream.NOTIFICATION, "/api/deliveries/summary", OpsView::counts),
            new Section("deadLetters", Upstream.NOTIFICATION, "/api/deliveries?status=DEAD_LETTERED&page=0&size=50", OpsView::rows),
            new Section("unlinkedMissingReports", Upstream.MISSING, "/api/missing-episodes/unlinked?page=0&size=50", OpsView::rows),
            new Section("overdueReferrals", Upstream.REFERRAL, "/api/referrals?overdue=true&page=0&size=50", OpsView::rows),
            new Section("overdueReturnInterviews", Upstream.MISSING,
                    "/api/missing-episodes?status=RETURNED&interviewOverdue=true&page=0&size=50", OpsView::rows));

    @Inject
    Upstreams upstreams;

    @Inject
    KafkaFlowSampler sampler;

    @Inject
    ObjectMapper mapper;

    public Uni<Map<String, Object>> summary(Map<String, String> headers) {
        List<Uni<Map<String, Object>>> parts = new ArrayList<>();
        for (Section section : SECTIONS) {
            parts.add(section(section, headers));
        }
        return Uni.join().all(parts).andCollectFailures().map(sections -> {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("generatedAt", Instant.now().toString());
            summary.put("flow", flow());
            for (int i = 0; i < SECTIONS.size(); i++) {
                summary.put(SECTIONS.get(i).name(), sections.get(i));
            }
            return summary;
        });
    }

    private Map<String, Object> flow() {
        Map<String, Object> flow = new LinkedHashMap<>();
        flow.put("status", sampler.available() ? "ok" : "unavailable");
        FlowHistory.Flow f = sampler.history().flow();
        flow.put("sampledAt", f.sampledAt() == null ? null : f.sampledAt().toString());
        flow.put("times", f.times().stream().map(Instant::toString).toList());
        flow.put("eventsPerMinute", f.eventsPerMinute());
        flow.put("lag", f.lag());
        flow.put("currentEventsPerMinute", f.currentEventsPerMinute());
        flow.put("currentLag", f.currentLag());
        return flow;
    }

    private Uni<Map<String, Object>> section(Section section, Map<String, String> headers) {
        return upstreams.section(section.upstream(), section.path(), headers)
                .map(response -> {
                    if (response.statusCode() != 200) {
                        return unavailable(section, "answered " + response.statusCode());
                    }
                    try {
                        Map<String, Object> result = new LinkedHashMap<>();
                        result.put("status", "ok");
                        result.putAll(section.view().apply(mapper.readValue(response.bodyAsString(), Object.class)));
                        return result;
                    } catch (Exception e) {
                        return unavailable(section, "sent an unreadable answer");
                    }
                })
                .onFailure().recoverWithItem(failure -> unavailable(section, "did not answer"));
    }

    private static Map<String, Object> unavailable(Section section, String why) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", "unavailable");
        result.put("reason", section.upstream().serviceName() + " " + why);
        return result;
    }
}
