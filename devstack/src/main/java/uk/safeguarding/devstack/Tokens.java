package uk.safeguarding.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Access tokens from the realm: demo users (direct grant, local profile only) and confidential clients. */
public final class Tokens {

    public static final String WEB_CLIENT = "safeguarding-web";
    public static final String DEMO_PASSWORD = "demo";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tokenEndpoint;

    public Tokens(String issuer) {
        this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
    }

    public String user(String username) {
        return user(username, DEMO_PASSWORD);
    }

    public String user(String username, String password) {
        return request(Map.of("grant_type", "password", "client_id", WEB_CLIENT, "username", username,
                "password", password, "scope", "openid"));
    }

    /** A token of Keycloak's own admin console client (use with the master realm's issuer). */
    public String adminCli(String username, String password) {
        return request(Map.of("grant_type", "password", "client_id", "admin-cli", "username", username, "password", password));
    }

    public String client(String clientId, String secret) {
        return request(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private String request(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token request failed: HTTP " + response.statusCode() + " " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return json.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("token request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
