package uk.safeguarding.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads demo children through the gateway, as a school MIS and a children's-home DCPO would.
 * The demo organisations are seeded by referral-service (SEED_DEMO); the children wait until
 * concern-service has heard of them.
 */
public final class DemoData {

    /** Fictional children only: these names belong to nobody. */
    static final List<Map<String, Object>> HILLSIDE_PUPILS = List.of(
            child("Alex", "Demo", "2012-03-14", "FEMALE", "B801200005001", "URN-100001", false, null),
            child("Sam", "Example", "2010-09-02", "MALE", "Q801200005002", "URN-100001", false, null));

    static final Map<String, Object> OAK_HOUSE_RESIDENT =
            child("Jordan", "Sample", "2013-06-21", "NON_BINARY", null, "SC-200001", true, "LA-802");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoData() {
    }

    public static void load(String gateway, Tokens tokens) {
        String mis = tokens.client("mis-hillside", "mis-hillside-secret");
        for (Map<String, Object> pupil : HILLSIDE_PUPILS) {
            awaitAccepted("PUT", gateway + "/api/children/by-upn/" + pupil.get("upn"), mis, pupil);
        }
        String dcpo = tokens.user("dcpo.oakhouse");
        HttpResponse<String> existing = send("GET", gateway + "/api/children?q=Sample", dcpo, null);
        if (existing.statusCode() != 200 || !existing.body().contains("Sample")) {
            awaitAccepted("POST", gateway + "/api/children", dcpo, OAK_HOUSE_RESIDENT);
        }
    }

    /** Retries while the organisation is not yet known to concern-service (403) or a service is warming up. */
    private static void awaitAccepted(String method, String url, String token, Map<String, Object> body) {
        Instant deadline = Instant.now().plusSeconds(90);
        HttpResponse<String> last = null;
        long pause = 250;
        while (Instant.now().isBefore(deadline)) {
            last = send(method, url, token, body);
            if (last.statusCode() == 200 || last.statusCode() == 201) {
                return;
            }
            if (last.statusCode() != 403 && last.statusCode() < 500) {
                break;
            }
            sleep(pause);
            pause = Math.min(2000, pause * 2);
        }
        throw new IllegalStateException("demo data: " + method + " " + url + " answered "
                + (last == null ? "nothing" : last.statusCode() + " " + last.body()));
    }

    static HttpResponse<String> send(String method, String url, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    private static Map<String, Object> child(String given, String family, String dob, String gender, String upn,
                                             String setting, boolean lookedAfter, String placingAuthority) {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("givenName", given);
        child.put("familyName", family);
        child.put("dateOfBirth", dob);
        child.put("dateOfBirthEstimated", false);
        child.put("gender", gender);
        if (upn != null) {
            child.put("upn", upn);
        }
        child.put("settingOrgId", setting);
        child.put("lookedAfter", lookedAfter);
        if (placingAuthority != null) {
            child.put("placingAuthorityOrgId", placingAuthority);
        }
        child.put("vulnerabilities", lookedAfter ? List.of("IN_OR_LEAVING_CARE") : List.of());
        return child;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
