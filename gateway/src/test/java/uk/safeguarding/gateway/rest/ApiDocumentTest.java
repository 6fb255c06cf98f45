package uk.safeguarding.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.gateway.domain.RouteTable;
import uk.safeguarding.gateway.domain.Upstream;
import uk.safeguarding.gateway.support.GatewayTestResource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integrators' document at the gateway (contract §10, issue 17): every public operation of
 * every service, routed where the gateway routes it, and nothing else.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class ApiDocumentTest {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    static final ObjectMapper JSON = new ObjectMapper();
    JsonNode document;

    /** Fetched per test: REST Assured knows the test port only once Quarkus has started. */
    @BeforeEach
    void fetch() throws IOException {
        String body = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        document = JSON.readTree(body);
    }

    /** "METHOD /path" → operation, for every operation of a document. */
    static Map<String, JsonNode> operations(JsonNode doc) {
        Map<String, JsonNode> ops = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> it = path.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> op = it.next();
                if (METHODS.contains(op.getKey())) {
                    ops.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                }
            }
        }
        return ops;
    }

    static JsonNode serviceDocument(String service) throws IOException {
        try (InputStream in = ApiDocumentTest.class.getResourceAsStream("/META-INF/openapi-services/" + service + ".json")) {
            assertThat(in).as("the stored document of " + service + " (written when the service is packaged: run ./mvnw verify)").isNotNull();
            return JSON.readTree(in);
        }
    }

    static String concrete(String template) {
        return template.replace("{upn}", "B801200005001").replaceAll("\\{[^}]+}", "3f2a6c1e-8d4b-4c7a-9e1f-2b3c4d5e6f70");
    }

    @Test
    void holdsEveryPublicOperationOfEveryServiceRoutedToThatService() throws IOException {
        Map<String, JsonNode> assembled = operations(document);
        Set<String> fromServices = new TreeSet<>();
        for (Upstream upstream : Upstream.values()) {
            Map<String, JsonNode> own = operations(serviceDocument(upstream.serviceName()));
            for (String key : own.keySet()) {
                String method = key.substring(0, key.indexOf(' '));
                String path = key.substring(key.indexOf(' ') + 1);
                if (!path.startsWith("/api/")) {
                    assertThat(assembled).as("non-public " + key).doesNotContainKey(key);
                    continue;
                }
                fromServices.add(key);
                assertThat(assembled).as(upstream + " operation " + key).containsKey(key);
                assertThat(RouteTable.upstreamFor(method, concrete(path))).as("the gateway routes " + key).contains(upstream);
            }
        }
        for (String key : assembled.keySet()) {
            if (!fromServices.contains(key)) {
                String method = key.substring(0, key.indexOf(' '));
                String path = key.substring(key.indexOf(' ') + 1);
                assertThat(RouteTable.upstreamFor(method, concrete(path)))
                        .as(key + " is in no service's document, so it must be the gateway's own").isEqualTo(Optional.empty());
            }
        }
        assertThat(assembled.keySet()).contains("GET /api/children/{childId}/timeline");
        System.out.println("[api-document] operations: " + assembled.size() + " (from services: " + fromServices.size() + ")");
    }

    @Test
    void nothingOfInternalOrTheManagementPaths() {
        document.path("paths").fieldNames().forEachRemaining(path -> assertThat(path).startsWith("/api/"));
    }

    @Test
    void everyOperationHasAStableUniqueCamelCaseIdASummaryAndSecurity() {
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        operations(document).forEach((key, op) -> {
            String id = op.path("operationId").asText("");
            if (!id.matches("[a-z][a-zA-Z0-9]+")) {
                problems.add(key + ": operationId '" + id + "' (name it in @Operation(operationId = ...))");
            }
            if (!ids.add(id)) {
                problems.add(key + ": duplicate operationId " + id);
            }
            if (op.path("summary").asText("").isBlank()) {
                problems.add(key + ": no summary");
            }
            if (!op.path("security").isArray() || op.path("security").isEmpty()
                    || !op.path("security").get(0).has("bearer")) {
                problems.add(key + ": not secured by the bearer JWT");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyErrorIsTheOneProblemAndEveryJsonBodyHasAnExample() {
        List<String> problems = new ArrayList<>();
        operations(document).forEach((key, op) -> {
            for (String always : List.of("401", "403", "429")) {
                if (!op.path("responses").has(always)) {
                    problems.add(key + ": no " + always);
                }
            }
            op.path("responses").fields().forEachRemaining(response -> {
                JsonNode answer = response.getValue();
                if (response.getKey().startsWith("4")) {
                    boolean shared = answer.path("$ref").asText("").startsWith("#/components/responses/");
                    boolean problem = answer.path("content").path("application/problem+json").path("schema").path("$ref")
                            .asText("").equals("#/components/schemas/Problem");
                    if (!shared && !problem) {
                        problems.add(key + " " + response.getKey() + ": not application/problem+json Problem");
                    }
                }
                if (response.getKey().startsWith("2") && !"204".equals(response.getKey())) {
                    if (answer.path("content").isEmpty()) {
                        problems.add(key + " " + response.getKey() + ": says nothing of its body");
                    }
                    answer.path("content").fields().forEachRemaining(media -> {
                        if (media.getValue().path("schema").isEmpty()) {
                            problems.add(key + " " + response.getKey() + " " + media.getKey() + ": no schema");
                        }
                    });
                    JsonNode json = answer.path("content").path("application/json");
                    if (!json.isMissingNode() && !json.has("example") && !json.has("examples")) {
                        problems.add(key + " " + response.getKey() + ": no example");
                    }
                }
            });
            JsonNode body = op.path("requestBody").path("content").path("application/json");
            if (!body.isMissingNode() && !body.has("example") && !body.has("examples")) {
                problems.add(key + ": request body has no example");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(document.path("components").path("schemas").path("Problem").path("properties").has("errors")).isTrue();
    }

    @Test
    void namesTheGatewayAndTheContractVersion() {
        assertThat(document.path("servers").get(0).path("url").asText()).isNotBlank();
        assertThat(document.path("info").path("version").asText()).isEqualTo("3.0.0");
        assertThat(document.path("info").path("x-contract-version").asText()).isEqualTo("v3");
        assertThat(document.path("components").path("securitySchemes").path("misClient").path("flows").has("clientCredentials")).isTrue();
    }

    @Test
    void servesSwaggerUiAndTheEventCatalogue() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        String asyncapi = given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        assertThat(asyncapi).contains("asyncapi:").contains("safeguarding.concerns");
    }
}
