package uk.safeguarding.e2e;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An agency's webhook endpoint on loopback: records every request, and can be told to fail
 * the first N requests whose body contains a marker (to prove retries keep one webhook-id).
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String path, Map<String, String> headers, String body, int answered, Instant at) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> rejections = new ConcurrentHashMap<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = 204;
            String path = exchange.getRequestURI().getPath();
            for (Map.Entry<String, AtomicInteger> failure : failures.entrySet()) {
                if (matches(failure.getKey(), path, body) && failure.getValue().getAndDecrement() > 0) {
                    status = 500;
                }
            }
            for (Map.Entry<String, AtomicInteger> rejection : rejections.entrySet()) {
                if (matches(rejection.getKey(), path, body) && rejection.getValue().getAndDecrement() > 0) {
                    status = 400;
                }
            }
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            received.add(new Received(exchange.getRequestURI().getPath(), headers, body, status, Instant.now()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers 500 (a transient failure: retried) to the first N requests at {@code path} whose body contains the marker. */
    void failFirst(String path, String marker, int times) {
        failures.put(path + "|" + marker, new AtomicInteger(times));
    }

    private static boolean matches(String key, String path, String body) {
        int bar = key.indexOf('|');
        return key.substring(0, bar).equals(path) && body.contains(key.substring(bar + 1));
    }

    /** Answers 400 (a permanent refusal: dead-lettered at once) to the first N requests at {@code path} containing the marker. */
    void rejectFirst(String path, String marker, int times) {
        rejections.put(path + "|" + marker, new AtomicInteger(times));
    }

    List<Received> at(String path, String marker) {
        List<Received> matches = new ArrayList<>();
        for (Received r : received) {
            if (r.path().equals(path) && r.body().contains(marker)) {
                matches.add(r);
            }
        }
        return matches;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * Standard Webhooks 1.0 verification, written here from the spec independently of the
     * sender: HMAC-SHA256 over "id.timestamp.body" with the base64-decoded secret after
     * "whsec_", any of the space-separated "v1," signatures matching, timestamp within 5 minutes.
     */
    static boolean verify(String secret, Received r, Instant now) {
        String id = r.header("webhook-id");
        String timestamp = r.header("webhook-timestamp");
        String signatures = r.header("webhook-signature");
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        long ts = Long.parseLong(timestamp);
        if (Math.abs(now.getEpochSecond() - ts) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + r.body()).getBytes(StandardCharsets.UTF_8));
            for (String signature : signatures.split(" ")) {
                if (signature.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
