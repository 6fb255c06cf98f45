package uk.safeguarding.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import uk.safeguarding.gateway.domain.Upstream;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Four stub services on random local ports, one per upstream. By default each answers 200
 * with what it received (method, uri, headers, body length); a test can script an answer
 * for a method and path, or make a service drop connections or hang.
 */
public final class StubUpstreams {

    public enum Mode { ANSWER, DROP, HANG }

    /** What a stub received. */
    public record Received(Upstream upstream, String method, String uri, Map<String, String> headers, int bodyLength,
                           long receivedAtNanos) {
    }

    /** A scripted answer. */
    public record Answer(int status, Map<String, String> headers, String body, long delayMillis) {
        public static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body, 0);
        }

        public Answer delayed(long millis) {
            return new Answer(status, headers, body, millis);
        }
    }

    private static StubUpstreams instance;

    private final Vertx vertx = Vertx.vertx();
    private final Map<Upstream, HttpServer> servers = new ConcurrentHashMap<>();
    private final Map<Upstream, Mode> modes = new ConcurrentHashMap<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Runnable> hooks = new ConcurrentHashMap<>();

    public static synchronized StubUpstreams get() {
        if (instance == null) {
            instance = new StubUpstreams();
        }
        return instance;
    }

    private StubUpstreams() {
        for (Upstream upstream : Upstream.values()) {
            modes.put(upstream, Mode.ANSWER);
            try {
                HttpServer server = vertx.createHttpServer()
                        .requestHandler(request -> handle(upstream, request))
                        .listen(0, "127.0.0.1")
                        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
                servers.put(upstream, server);
            } catch (Exception e) {
                throw new IllegalStateException("stub upstream did not start", e);
            }
        }
    }

    public String url(Upstream upstream) {
        return "http://127.0.0.1:" + servers.get(upstream).actualPort();
    }

    public void reset() {
        received.clear();
        answers.clear();
        hooks.clear();
        modes.replaceAll((u, m) -> Mode.ANSWER);
    }

    public void mode(Upstream upstream, Mode mode) {
        modes.put(upstream, mode);
    }

    /** Scripts the answer to {@code method} on the exact {@code uri} (path and query) of {@code upstream}. */
    public void answer(Upstream upstream, String method, String uri, Answer answer) {
        answers.put(key(upstream, method, uri), answer);
    }

    /** Runs {@code hook} when {@code method uri} reaches {@code upstream}, before it is answered. */
    public void whenReceived(Upstream upstream, String method, String uri, Runnable hook) {
        hooks.put(key(upstream, method, uri), hook);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(Upstream upstream) {
        return received.stream().filter(r -> r.upstream() == upstream).toList();
    }

    private void handle(Upstream upstream, HttpServerRequest request) {
        Mode mode = modes.get(upstream);
        long at = System.nanoTime();
        if (mode == Mode.DROP) {
            received.add(new Received(upstream, request.method().name(), request.uri(), Map.of(), 0, at));
            request.connection().close();
            return;
        }
        request.body().onSuccess(body -> {
            Map<String, String> headers = new ConcurrentHashMap<>();
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            received.add(new Received(upstream, request.method().name(), request.uri(), headers, body.length(), at));
            if (mode == Mode.HANG) {
                return;
            }
            Runnable hook = hooks.get(key(upstream, request.method().name(), request.uri()));
            if (hook != null) {
                hook.run();
            }
            Answer answer = answers.get(key(upstream, request.method().name(), request.uri()));
            if (answer == null) {
                JsonObject echo = new JsonObject()
                        .put("upstream", upstream.name())
                        .put("method", request.method().name())
                        .put("uri", request.uri())
                        .put("bodyLength", body.length())
                        .put("bodySha", sha(body));
                answer = Answer.json(200, echo.encode());
            }
            Answer reply = answer;
            Runnable send = () -> {
                var response = request.response().setStatusCode(reply.status());
                reply.headers().forEach(response::putHeader);
                response.end(reply.body() == null ? "" : reply.body());
            };
            if (reply.delayMillis() > 0) {
                vertx.setTimer(reply.delayMillis(), t -> send.run());
            } else {
                send.run();
            }
        });
    }

    private static String key(Upstream upstream, String method, String uri) {
        return upstream + " " + method + " " + uri;
    }

    public static String sha(Buffer body) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body.getBytes()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
