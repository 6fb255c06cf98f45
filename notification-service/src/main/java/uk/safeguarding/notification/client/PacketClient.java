package uk.safeguarding.notification.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.notification.config.NotificationConfig;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Fetches packets from the services that own the data ({@code GET /internal/.../packet}) with the
 * {@code notifier} token. Called at every send attempt and every inbox read, so a revocation or
 * a changed consent is honoured; the owner redacts for the recipient type.
 */
@ApplicationScoped
public class PacketClient {

    public enum Owner { CONCERN, REFERRAL, MISSING, INTELLIGENCE_MATCH, SUPPORT_PLAN }

    /**
     * One packet to fetch. {@code purpose}, {@code adviceRequestId} and {@code recipientOrgId} are
     * sent to concern-service only (it refuses an agency whose referral of the concern was revoked).
     */
    public record PacketRequest(Owner owner, UUID id, RecipientType recipientType, PacketPurpose purpose, UUID adviceRequestId,
                                String recipientOrgId) {
        public PacketRequest(Owner owner, UUID id, RecipientType recipientType, PacketPurpose purpose, UUID adviceRequestId) {
            this(owner, id, recipientType, purpose, adviceRequestId, null);
        }
    }

    /** An owner did not answer with a packet: {@code status} 0 when there was no HTTP answer. */
    public static class PacketUnavailable extends Exception {
        private final int status;

        public PacketUnavailable(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final NotificationConfig config;
    private final ServiceTokens tokens;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public PacketClient(NotificationConfig config, ServiceTokens tokens, ObjectMapper mapper) {
        this.config = config;
        this.tokens = tokens;
        // A tolerant reader: an owner may add fields to its packets.
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.services().packetTimeout())
                .build();
    }

    public List<Packet> fetchAll(List<PacketRequest> requests) throws PacketUnavailable {
        List<Packet> packets = new ArrayList<>(requests.size());
        for (PacketRequest request : requests) {
            packets.add(fetch(request));
        }
        return packets;
    }

    public Packet fetch(PacketRequest request) throws PacketUnavailable {
        URI uri = uri(request);
        HttpResponse<byte[]> response = send(uri, false);
        if (response.statusCode() == 401) {
            tokens.invalidate();
            response = send(uri, true);
        }
        if (response.statusCode() != 200) {
            throw new PacketUnavailable(response.statusCode(), "packet " + request.owner() + " HTTP " + response.statusCode());
        }
        try {
            Packet packet = mapper.readValue(response.body(), Packet.class);
            if (packet.fieldsDisclosed() == null) {
                throw new PacketUnavailable(502, "packet " + request.owner() + " without fieldsDisclosed");
            }
            return packet;
        } catch (IOException e) {
            throw new PacketUnavailable(502, "packet " + request.owner() + " unreadable");
        }
    }

    private HttpResponse<byte[]> send(URI uri, boolean retried) throws PacketUnavailable {
        String token;
        try {
            token = tokens.bearer();
        } catch (RuntimeException e) {
            throw new PacketUnavailable(0, "notifier token unavailable");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.services().packetTimeout())
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new PacketUnavailable(0, "packet owner unreachable" + (retried ? " (after a token refresh)" : ""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PacketUnavailable(0, "interrupted");
        }
    }

    URI uri(PacketRequest r) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("recipientType", r.recipientType().name());
        String base;
        String path;
        switch (r.owner()) {
            case CONCERN -> {
                base = config.services().concernServiceUrl();
                path = "/internal/concerns/" + r.id() + "/packet";
                if (r.purpose() != null) {
                    query.put("purpose", r.purpose().name());
                }
                if (r.adviceRequestId() != null) {
                    query.put("adviceRequestId", r.adviceRequestId().toString());
                }
                if (r.recipientOrgId() != null) {
                    query.put("recipientOrgId", r.recipientOrgId());
                }
            }
            case INTELLIGENCE_MATCH -> {
                base = config.services().concernServiceUrl();
                path = "/internal/intelligence/matches/" + r.id() + "/packet";
            }
            case REFERRAL -> {
                base = config.services().referralServiceUrl();
                path = "/internal/referrals/" + r.id() + "/packet";
            }
            case SUPPORT_PLAN -> {
                base = config.services().referralServiceUrl();
                path = "/internal/support-plans/" + r.id() + "/packet";
            }
            default -> {
                base = config.services().missingServiceUrl();
                path = "/internal/missing-episodes/" + r.id() + "/packet";
            }
        }
        String qs = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(stripSlash(base) + path + "?" + qs);
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
