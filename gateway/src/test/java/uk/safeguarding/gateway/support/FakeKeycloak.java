package uk.safeguarding.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import uk.safeguarding.testing.TestTokens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Just enough of Keycloak's authorization code flow with PKCE for the console's login: the
 * authorization endpoint "logs in" an ops user at once and redirects back with a code; the
 * token endpoint gives a {@link TestTokens} ops token only for the right code_verifier.
 */
public final class FakeKeycloak {

    public static final String REALM_PATH = "/realms/safeguarding";
    private static FakeKeycloak instance;

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    private final List<String> events = new CopyOnWriteArrayList<>();

    public static synchronized FakeKeycloak get() {
        if (instance == null) {
            instance = new FakeKeycloak();
        }
        return instance;
    }

    private FakeKeycloak() {
        try {
            server = vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("fake Keycloak did not start", e);
        }
    }

    public String realmUrl() {
        return "http://127.0.0.1:" + server.actualPort() + REALM_PATH;
    }

    /** What happened, in order: "authorize client=... method=S256", "token ok", "token refused ...". */
    public List<String> events() {
        return List.copyOf(events);
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.equals(REALM_PATH + "/protocol/openid-connect/auth")) {
            String code = UUID.randomUUID().toString();
            codes.put(code, Map.of("challenge", String.valueOf(request.getParam("code_challenge")),
                    "redirect", String.valueOf(request.getParam("redirect_uri"))));
            events.add("authorize client=" + request.getParam("client_id") + " method=" + request.getParam("code_challenge_method")
                    + " type=" + request.getParam("response_type"));
            String location = request.getParam("redirect_uri") + "?state="
                    + URLEncoder.encode(String.valueOf(request.getParam("state")), StandardCharsets.UTF_8) + "&code=" + code;
            request.response().setStatusCode(302).putHeader("Location", location).end();
        } else if (path.equals(REALM_PATH + "/protocol/openid-connect/token") && request.method().name().equals("POST")) {
            request.setExpectMultipart(true);
            request.endHandler(v -> {
                var form = request.formAttributes();
                request.response().putHeader("Access-Control-Allow-Origin", "*").putHeader("Content-Type", "application/json");
                Map<String, String> issued = codes.remove(String.valueOf(form.get("code")));
                if (issued == null || !"authorization_code".equals(form.get("grant_type"))
                        || !issued.get("challenge").equals(s256(form.get("code_verifier")))
                        || !issued.get("redirect").equals(form.get("redirect_uri"))) {
                    events.add("token refused");
                    request.response().setStatusCode(400).end("{\"error\":\"invalid_grant\"}");
                    return;
                }
                events.add("token ok client=" + form.get("client_id"));
                request.response().end(new JsonObject().put("access_token", TestTokens.token("OPS-1", "ops"))
                        .put("refresh_token", "refresh-" + UUID.randomUUID()).put("expires_in", 300)
                        .put("token_type", "Bearer").encode());
            });
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    private static String s256(String verifier) {
        if (verifier == null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
