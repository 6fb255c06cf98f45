package uk.safeguarding.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.safeguarding.mis.client.ApiClient;
import uk.safeguarding.mis.client.ApiException;
import uk.safeguarding.mis.client.ApiResponse;
import uk.safeguarding.mis.client.api.ChildrenApi;
import uk.safeguarding.mis.client.model.ChildRequest;
import uk.safeguarding.mis.client.model.ChildResponse;
import uk.safeguarding.mis.client.model.Gender;
import uk.safeguarding.mis.client.model.Vulnerability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A school MIS's roster sync through the client generated from the gateway's OpenAPI document
 * ({@code mis-client/}): the worked example of {@code docs/mis-integration.md}. One
 * {@code PUT /api/children/by-upn/{upn}} per pupil with an {@code Idempotency-Key} of the run and
 * the UPN (a retried request replays its first answer), a client-credentials token taken again
 * before it expires, and 429/503 answered by waiting {@code Retry-After} seconds.
 */
final class MisRosterSync {

    /** One pupil as the MIS holds it. */
    record Pupil(String upn, String givenName, String familyName, LocalDate dateOfBirth, Gender gender, List<Vulnerability> vulnerabilities) {
        Pupil renamed(String familyName) {
            return new Pupil(upn, givenName, familyName, dateOfBirth, gender, vulnerabilities);
        }

        Pupil with(Vulnerability vulnerability) {
            List<Vulnerability> more = new ArrayList<>(vulnerabilities);
            more.add(vulnerability);
            return new Pupil(upn, givenName, familyName, dateOfBirth, gender, more);
        }
    }

    /**
     * What the platform answered for one pupil: 201 created, 200 updated (or unchanged: the same ETag);
     * {@code replayed} when the answer is the first one to the same Idempotency-Key.
     */
    record Result(String upn, int status, UUID childId, String etag, boolean replayed) {
    }

    /** How a run went: its results in roster order, and how often the gateway asked the MIS to slow down. */
    record Run(List<Result> results, int throttled, Duration took) {
        long count(int status) {
            return results.stream().filter(r -> r.status() == status).count();
        }
    }

    private static final int MAX_ATTEMPTS = 10;

    private final ChildrenApi children;
    private final ClientCredentials credentials;
    private final String schoolOrgId;

    /**
     * @param gatewayUrl  the platform's one entry, e.g. {@code https://exchange.example.org}
     * @param tokenUrl    the realm's token endpoint, {@code .../realms/safeguarding/protocol/openid-connect/token}
     * @param schoolOrgId the school's organisation id, the {@code org_id} of the client's service account
     */
    MisRosterSync(String gatewayUrl, String tokenUrl, String clientId, String clientSecret, String schoolOrgId) {
        this.credentials = new ClientCredentials(tokenUrl, clientId, clientSecret);
        ApiClient api = new ApiClient();
        api.updateBaseUri(gatewayUrl);
        api.setConnectTimeout(Duration.ofSeconds(5));
        api.setReadTimeout(Duration.ofSeconds(30));
        // Every request carries a current token (client credentials, at most 5 minutes each).
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + credentials.token()));
        this.children = new ChildrenApi(api);
        this.schoolOrgId = schoolOrgId;
    }

    ChildrenApi children() {
        return children;
    }

    /** Upserts every pupil of the roster; {@code runId} names this run (a new one every night). */
    Run sync(String runId, List<Pupil> roster) throws ApiException {
        Instant start = Instant.now();
        List<Result> results = new ArrayList<>();
        int throttled = 0;
        for (Pupil pupil : roster) {
            Attempted attempted = upsert(runId + ":" + pupil.upn(), pupil);
            results.add(attempted.result());
            throttled += attempted.throttled();
        }
        return new Run(results, throttled, Duration.between(start, Instant.now()));
    }

    record Attempted(Result result, int throttled) {
    }

    /** One upsert, retried with the same key after 429 or 503 (Retry-After) and once after 401 (a new token). */
    Attempted upsert(String idempotencyKey, Pupil pupil) throws ApiException {
        int throttled = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                ApiResponse<ChildResponse> answer = children.upsertChildByUpnWithHttpInfo(pupil.upn(), request(pupil), null,
                        Map.of("Idempotency-Key", idempotencyKey));
                String etag = answer.getHeaders().getOrDefault("etag", List.of()).stream().findFirst().orElse(null);
                boolean replayed = answer.getHeaders().getOrDefault("idempotent-replayed", List.of()).contains("true");
                return new Attempted(new Result(pupil.upn(), answer.getStatusCode(), answer.getData().getId(), etag, replayed), throttled);
            } catch (ApiException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                if (e.getCode() == 429 || e.getCode() == 503) {
                    throttled += e.getCode() == 429 ? 1 : 0;
                    pause(retryAfter(e));
                } else if (e.getCode() == 401 && attempt == 1) {
                    credentials.forget();
                } else {
                    throw e;
                }
            }
        }
    }

    ChildRequest request(Pupil pupil) {
        return new ChildRequest().upn(pupil.upn()).givenName(pupil.givenName()).familyName(pupil.familyName())
                .dateOfBirth(pupil.dateOfBirth()).dateOfBirthEstimated(false).gender(pupil.gender())
                .settingOrgId(schoolOrgId).lookedAfter(false).vulnerabilities(pupil.vulnerabilities());
    }

    /** The problem+json of a refused request: {@code errors[].field} names what to fix. */
    static JsonNode problem(ApiException e) {
        try {
            return new ObjectMapper().readTree(e.getResponseBody());
        } catch (IOException notJson) {
            throw new IllegalStateException("not problem+json: " + e.getResponseBody(), notJson);
        }
    }

    private static Duration retryAfter(ApiException e) {
        String seconds = e.getResponseHeaders() == null ? null : e.getResponseHeaders().firstValue("retry-after").orElse(null);
        try {
            return Duration.ofSeconds(Math.max(1, seconds == null ? 1 : Long.parseLong(seconds.trim())));
        } catch (NumberFormatException notSeconds) {
            return Duration.ofSeconds(1);
        }
    }

    /** The gateway said when to come back (Retry-After): the protocol's wait, not a guess. */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The OAuth 2.0 client-credentials grant against Keycloak, the token kept until 30 s before it expires. */
    static final class ClientCredentials {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final String tokenUrl;
        private final String form;
        private String token;
        private Instant renewAt = Instant.MIN;

        ClientCredentials(String tokenUrl, String clientId, String clientSecret) {
            this.tokenUrl = tokenUrl;
            this.form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                    + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        }

        synchronized String token() {
            if (token == null || Instant.now().isAfter(renewAt)) {
                try {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException("the token endpoint answered " + answer.statusCode());
                    }
                    JsonNode body = new ObjectMapper().readTree(answer.body());
                    token = body.path("access_token").asText();
                    renewAt = Instant.now().plusSeconds(Math.max(0, body.path("expires_in").asLong(60) - 30));
                } catch (IOException e) {
                    throw new IllegalStateException("no token from " + tokenUrl, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return token;
        }

        synchronized void forget() {
            token = null;
        }
    }
}
