package uk.safeguarding.gateway.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.safeguarding.gateway.config.GatewayConfig;
import uk.safeguarding.gateway.domain.Timeline;
import uk.safeguarding.gateway.domain.TimelineSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A child's timeline: the four sources asked in parallel, each with the caller's own token
 * (so each part holds only what the caller may see there), merged in time order. A source
 * that fails, refuses (401/403/404) or is too slow is named in {@code incomplete}.
 */
@ApplicationScoped
public class TimelineService {

    private static final Logger LOG = Logger.getLogger(TimelineService.class);
    private static final TypeReference<Map<String, Object>> PAGE = new TypeReference<>() {
    };

    @Inject
    Upstreams upstreams;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper mapper;

    public Uni<Timeline> timeline(String childId, Map<String, String> headers) {
        List<Uni<Timeline.Part>> parts = new ArrayList<>();
        for (TimelineSource source : TimelineSource.values()) {
            parts.add(fetch(source, childId, headers));
        }
        return Uni.join().all(parts).andCollectFailures()
                .map(answered -> Timeline.merge(childId, answered));
    }

    private Uni<Timeline.Part> fetch(TimelineSource source, String childId, Map<String, String> headers) {
        String path = source.listPath() + "?childId=" + childId + "&page=0&size=" + config.timeline().pageSize();
        return upstreams.source(source.upstream(), path, headers)
                .map(response -> part(source, response))
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("timeline source %s failed: %s", source.sourceName(), failure.getClass().getSimpleName());
                    return Timeline.Part.failed(source);
                });
    }

    @SuppressWarnings("unchecked")
    private Timeline.Part part(TimelineSource source, HttpResponse<Buffer> response) {
        if (response.statusCode() != 200) {
            LOG.debugf("timeline source %s answered %d", source.sourceName(), response.statusCode());
            return Timeline.Part.failed(source);
        }
        try {
            Object parsed = mapper.readValue(response.bodyAsString(), Object.class);
            Object items = parsed instanceof Map<?, ?> page ? page.get("items") : parsed;
            if (!(items instanceof List<?> list)) {
                return Timeline.Part.failed(source);
            }
            List<Map<String, Object>> records = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Map<?, ?> record) {
                    records.add((Map<String, Object>) record);
                }
            }
            return Timeline.Part.ok(source, records);
        } catch (Exception e) {
            LOG.debugf("timeline source %s sent an unreadable body", source.sourceName());
            return Timeline.Part.failed(source);
        }
    }
}
