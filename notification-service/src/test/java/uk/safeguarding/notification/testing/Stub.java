package uk.safeguarding.notification.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import uk.safeguarding.platform.redaction.DisclosureField;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.platform.redaction.RedactionPolicy;
import uk.safeguarding.testing.TestTokens;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The world outside notification-service in one local HTTP server: the notifier token
 * endpoint, the data owners' packet endpoints (redacting by the shared table, so what a
 * recipient type may see is what it gets) and agencies' webhook receivers with scripted answers.
 */
public final class Stub {

    private static Stub instance;

    private final HttpServer server;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, Deque<String>> scripts = new ConcurrentHashMap<>();
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final List<PacketCall> packetCalls = new CopyOnWriteArrayList<>();
    private final Set<UUID> inactive = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Deque<Integer>> packetFailures = new ConcurrentHashMap<>();
    private final Map<UUID, List<UUID>> matchChildren = new ConcurrentHashMap<>();
    private final Map<String, String> scriptedPackets = new ConcurrentHashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger tokenFailures = new AtomicInteger();
    private volatile String lastTokenAuthorization;

    /** A webhook as an agency received it. */
    public record Received(Map<String, String> headers, String body, Instant at) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    /** A packet request as an owner received it. */
    public record PacketCall(String owner, UUID id, Map<String, String> query, String authorization) {
    }

    public static synchronized Stub get() {
        if (instance == null) {
            instance = new Stub(Integer.getInteger(StubResource.PORT_PROPERTY));
        }
        return instance;
    }

    private Stub(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new IllegalStateException("stub cannot bind " + port, e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stub");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String hookUrl(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + name;
    }

    /** The next answers of a receiver: "503", "200", "delay" (answers after the sender's timeout), "redirect". */
    public void script(String hook, String... answers) {
        scripts.computeIfAbsent(hook, k -> new ConcurrentLinkedDeque<>()).addAll(List.of(answers));
    }

    public List<Received> received(String hook) {
        return received.getOrDefault(hook, List.of());
    }

    public List<PacketCall> packetCalls(UUID id) {
        return packetCalls.stream().filter(c -> c.id().equals(id)).toList();
    }

    /** The children an intelligence match's packet names (concern-service lists their concerns). */
    public void matchOf(UUID matchId, UUID... children) {
        matchChildren.put(matchId, List.of(children));
    }

    public void withdraw(UUID id) {
        inactive.add(id);
    }

    /** The owner answers this packet (JSON) for the subject and recipient type instead of a generic one. */
    public void packet(UUID id, RecipientType recipient, String json) {
        scriptedPackets.put(id + "/" + recipient, json);
    }

    public void failPacket(UUID id, Integer... statuses) {
        packetFailures.computeIfAbsent(id, k -> new ConcurrentLinkedDeque<>()).addAll(List.of(statuses));
    }

    /** The next {@code count} token requests are answered 503 (the identity provider is down). */
    public void failTokens(int count) {
        tokenFailures.set(count);
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    public String lastTokenAuthorization() {
        return lastTokenAuthorization;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (path.endsWith("/protocol/openid-connect/token")) {
                token(exchange);
            } else if (path.startsWith("/hooks/")) {
                hook(exchange, path.substring("/hooks/".length()), new String(body, StandardCharsets.UTF_8));
            } else if (path.endsWith("/packet")) {
                packet(exchange, path);
            } else {
                respond(exchange, 404, "{}");
            }
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        lastTokenAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (tokenFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            respond(exchange, 503, "{\"error\":\"temporarily_unavailable\"}");
            return;
        }
        String token = TestTokens.builder(null, "notifier").client("notifier").subject("service-account-notifier").build();
        respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private void hook(HttpExchange exchange, String name, String body) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        received.computeIfAbsent(name, k -> new CopyOnWriteArrayList<>()).add(new Received(headers, body, Instant.now()));
        Deque<String> script = scripts.get(name);
        String answer = script == null || script.isEmpty() ? "200" : script.poll();
        switch (answer) {
            case "delay" -> {
                try {
                    Thread.sleep(2500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                respond(exchange, 200, "{}");
            }
            case "redirect" -> {
                exchange.getResponseHeaders().add("Location", hookUrl(name + "-redirected"));
                respond(exchange, 302, "");
            }
            default -> respond(exchange, Integer.parseInt(answer), "{}");
        }
    }

    private void packet(HttpExchange exchange, String path) throws IOException {
        // /{owner}/internal/{kind}/{id}/packet, or /{owner}/internal/intelligence/matches/{id}/packet
        String[] parts = path.split("/");
        boolean match = path.contains("/internal/intelligence/matches/");
        boolean plan = path.contains("/internal/support-plans/");
        String owner = parts[1];
        UUID id = UUID.fromString(parts[parts.length - 2]);
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        packetCalls.add(new PacketCall(owner, id, query, exchange.getRequestHeaders().getFirst("Authorization")));
        Deque<Integer> failures = packetFailures.get(id);
        Integer failure = failures == null ? null : failures.poll();
        if (failure != null) {
            respond(exchange, failure, "{}");
            return;
        }
        RecipientType recipient = RecipientType.valueOf(query.get("recipientType"));
        String scripted = scriptedPackets.get(id + "/" + recipient);
        if (scripted != null) {
            ObjectNode node = (ObjectNode) mapper.readTree(scripted);
            node.put("active", !inactive.contains(id));
            respond(exchange, 200, mapper.writeValueAsString(node));
            return;
        }
        PacketPurpose purpose = query.containsKey("purpose") ? PacketPurpose.valueOf(query.get("purpose"))
                : plan ? PacketPurpose.PROMPT : owner.equals("referral") ? PacketPurpose.REFERRAL : PacketPurpose.NOTIFICATION;
        String kind = match ? "match" : plan ? "plan" : owner;
        Set<DisclosureField> owned = switch (kind) {
            case "concern" -> EnumSet.of(DisclosureField.CHILD_IDENTITY, DisclosureField.UPN, DisclosureField.CONCERN,
                    DisclosureField.INDICATORS, DisclosureField.INTELLIGENCE, DisclosureField.SETTING,
                    DisclosureField.REG40_SUMMARY, DisclosureField.ANONYMISED_SUMMARY);
            case "referral" -> EnumSet.of(DisclosureField.REFERRAL);
            case "match" -> EnumSet.of(DisclosureField.INTELLIGENCE, DisclosureField.SETTING, DisclosureField.REFERRAL);
            case "plan" -> EnumSet.of(DisclosureField.SUPPORT_PLAN);
            default -> EnumSet.of(DisclosureField.MISSING_EPISODE, DisclosureField.CHILD_IDENTITY, DisclosureField.SETTING);
        };
        Set<DisclosureField> fields = EnumSet.noneOf(DisclosureField.class);
        fields.addAll(RedactionPolicy.fieldsFor(recipient, purpose));
        fields.retainAll(owned);
        String packetType = switch (kind) {
            case "concern" -> purpose == PacketPurpose.ADVICE ? "ADVICE_REQUEST"
                    : recipient == RecipientType.OFSTED ? "REG40_4A_SUSPECTED_CSE" : "CONCERN";
            case "referral" -> "REFERRAL";
            case "match" -> "INTELLIGENCE_MATCH";
            case "plan" -> "SUPPORT_PLAN";
            default -> "MISSING_EPISODE";
        };
        ObjectNode packet = mapper.createObjectNode();
        packet.put("packetType", packetType);
        packet.put("recipientType", recipient.name());
        packet.put("purpose", purpose.name());
        var list = packet.putArray("fieldsDisclosed");
        fields.forEach(f -> list.add(f.name()));
        packet.put("active", !inactive.contains(id));
        ObjectNode data = packet.putObject("data");
        data.put("id", id.toString());
        for (DisclosureField f : fields) {
            data.put(f.name(), "content of " + f.name());
        }
        if (match && fields.contains(DisclosureField.INTELLIGENCE)) {
            var concerns = data.putArray("concerns");
            matchChildren.getOrDefault(id, List.of()).forEach(child -> concerns.addObject().put("childId", child.toString()));
        }
        respond(exchange, 200, mapper.writeValueAsString(packet));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return Collections.unmodifiableMap(query);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    /** All webhooks received so far, by hook. */
    public Map<String, List<Received>> all() {
        return new LinkedHashMap<>(received);
    }

    public List<String> hooks() {
        return new ArrayList<>(received.keySet());
    }
}
