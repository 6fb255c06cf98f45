package uk.safeguarding.gateway.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import org.jboss.logging.Logger;
import uk.safeguarding.gateway.domain.SubjectAccess;
import uk.safeguarding.gateway.domain.SubjectAccess.Part;
import uk.safeguarding.gateway.domain.SubjectAccess.Source;
import uk.safeguarding.gateway.domain.Upstream;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A subject access bundle (contract 12), composed like the timeline: the child from
 * concern-service, then every source's full list for the child, all asked with the caller's
 * own token, so each part holds only what the caller may see there (the setting's DCPO its own
 * setting's records; the auditor, who has no tenancy, the child's records of every setting). A child the caller may not
 * see (another setting's) answers 404; a source that fails is named in {@code incomplete}.
 */
@ApplicationScoped
public class SubjectAccessService {

    private static final Logger LOG = Logger.getLogger(SubjectAccessService.class);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    static final int PAGE_SIZE = 200;
    /** At most this many pages of one source: 10,000 records, far beyond any child's file. */
    static final int MAX_PAGES = 50;

    @Inject
    Upstreams upstreams;

    @Inject
    ObjectMapper mapper;

    Clock clock = Clock.systemUTC();

    /**
     * @param concernsInFull whether each concern is read on its own (the setting's DCPO, who sees its intelligence, so the
     *                       bundle can say what it withholds); the auditor's list already withholds it and says how much
     */
    public Uni<Map<String, Object>> bundle(String childId, Map<String, String> headers, boolean concernsInFull) {
        return upstreams.source(Upstream.CONCERN, "/api/children/" + childId, headers)
                .onFailure().transform(f -> new ServiceUnavailableException(5L))
                .flatMap(response -> {
                    if (response.statusCode() == 404 || response.statusCode() == 403) {
                        // Not the caller's child (or a role that never reads children): no hint it exists.
                        return Uni.createFrom().failure(new NotFoundException());
                    }
                    if (response.statusCode() != 200) {
                        LOG.debugf("subject access: the child's record answered %d", response.statusCode());
                        return Uni.createFrom().failure(new ServiceUnavailableException(5L));
                    }
                    Map<String, Object> child = parse(response);
                    if (child == null) {
                        return Uni.createFrom().failure(new ServiceUnavailableException(5L));
                    }
                    List<Uni<Part>> parts = new ArrayList<>();
                    for (Source source : Source.values()) {
                        parts.add(all(source, childId, headers, concernsInFull));
                    }
                    return Uni.join().all(parts).andCollectFailures()
                            .map(answered -> SubjectAccess.bundle(child, answered,
                                    OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)));
                });
    }

    /** Every page of one source for the child; each concern read in full when asked (lists leave intelligence out). */
    private Uni<Part> all(Source source, String childId, Map<String, String> headers, boolean concernsInFull) {
        Uni<Part> listed = page(source, childId, headers, 0, new ArrayList<>());
        if (source == Source.CONCERNS && concernsInFull) {
            listed = listed.flatMap(part -> part.ok() ? inFull(part, headers) : Uni.createFrom().item(part));
        }
        return listed
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("subject access source %s failed: %s", source.part(), failure.getClass().getSimpleName());
                    return Part.failed(source);
                });
    }

    private Uni<Part> page(Source source, String childId, Map<String, String> headers, int page, List<Map<String, Object>> so) {
        String path = source.listPath() + "?childId=" + childId + "&page=" + page + "&size=" + PAGE_SIZE;
        return upstreams.source(source.upstream(), path, headers)
                .flatMap(response -> {
                    Map<String, Object> body = response.statusCode() == 200 ? parse(response) : null;
                    if (body == null || !(body.get("items") instanceof List<?> items)) {
                        LOG.debugf("subject access source %s answered %d", source.part(), response.statusCode());
                        return Uni.createFrom().item(Part.failed(source));
                    }
                    for (Object item : items) {
                        if (item instanceof Map<?, ?> record) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> r = (Map<String, Object>) record;
                            so.add(r);
                        }
                    }
                    long total = body.get("total") instanceof Number n ? n.longValue() : so.size();
                    if (so.size() < total && !items.isEmpty() && page + 1 < MAX_PAGES) {
                        return page(source, childId, headers, page + 1, so);
                    }
                    return Uni.createFrom().item(new Part(source, so.size() >= total, so));
                });
    }

    /**
     * Each concern as {@code GET /api/concerns/{id}} gives it to the caller, so that what is withheld from it
     * (its intelligence) can be said to be; a concern that cannot be read so leaves the part incomplete.
     */
    private Uni<Part> inFull(Part listed, Map<String, String> headers) {
        if (listed.records().isEmpty()) {
            return Uni.createFrom().item(listed);
        }
        List<Uni<Map<String, Object>>> reads = new ArrayList<>();
        for (Map<String, Object> concern : listed.records()) {
            reads.add(upstreams.source(Upstream.CONCERN, "/api/concerns/" + concern.get("id"), headers)
                    .map(response -> response.statusCode() == 200 ? parse(response) : null)
                    .onFailure().recoverWithItem(f -> null));
        }
        return Uni.join().all(reads).andCollectFailures().map(full -> {
            List<Map<String, Object>> records = new ArrayList<>();
            boolean complete = true;
            for (int i = 0; i < full.size(); i++) {
                complete &= full.get(i) != null;
                records.add(full.get(i) != null ? full.get(i) : listed.records().get(i));
            }
            return new Part(listed.source(), complete, records);
        });
    }

    private Map<String, Object> parse(HttpResponse<Buffer> response) {
        try {
            return mapper.readValue(response.bodyAsString(), OBJECT);
        } catch (Exception e) {
            return null;
        }
    }
}
