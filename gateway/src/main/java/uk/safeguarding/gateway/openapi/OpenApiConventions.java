package uk.safeguarding.gateway.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.OAuthFlows;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The integrators' document, finished at build time over the gateway's own operations and the
 * services' (merged by {@link ServiceDocuments}): only {@code /api/**}; every operation secured
 * by the bearer JWT (and the MIS client-credentials flow where a school MIS may call it); every
 * problem answer it can give as {@code application/problem+json} with the one {@code Problem}
 * schema; an example for every JSON request and response that has none.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiConventions implements OASFilter {

    /** The contract this document describes (CONTRACT.md, v3). */
    public static final String CONTRACT_VERSION = "3.0.0";
    public static final String PROBLEM_JSON = "application/problem+json";
    static final String BEARER = "bearer";
    static final String MIS_CLIENT = "misClient";
    static final String TOKEN_URL = "http://localhost:8180/realms/safeguarding/protocol/openid-connect/token";

    /** What a school MIS (role mis-client, client credentials) may call: contract §2. */
    static final Set<String> MIS_OPERATIONS = Set.of("upsertChildByUpn", "registerChild", "raiseConcern", "reportMissingEpisode");

    /** The problem answers, by status: name in components.responses and what it means. */
    static final Map<String, String[]> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("400", new String[] {"BadRequest", "invalid body or parameter; `errors` names each field"});
        PROBLEMS.put("401", new String[] {"Unauthorized", "no token, or a token that is expired, forged or for another audience"});
        PROBLEMS.put("403", new String[] {"Forbidden", "your role, with your organisation's type, may never do this"});
        PROBLEMS.put("404", new String[] {"NotFound", "no such record visible to you (another organisation's record answers 404 too)"});
        PROBLEMS.put("409", new String[] {"Conflict", "the record's state forbids this, or the Idempotency-Key was used with another body"});
        PROBLEMS.put("412", new String[] {"PreconditionFailed", "If-Match names a version that is no longer current"});
        PROBLEMS.put("413", new String[] {"PayloadTooLarge", "the body is over 1 MiB"});
        PROBLEMS.put("422", new String[] {"UnprocessableContent", "well-formed, but the procedure does not allow it"});
        PROBLEMS.put("429", new String[] {"TooManyRequests", "over your client's rate; retry after `Retry-After` seconds"});
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.setInfo(OASFactory.createInfo()
                .title("Safeguarding Exchange API")
                .version(CONTRACT_VERSION)
                .description("The public API of Safeguarding Exchange, at its one entry, the gateway: children, concerns, "
                        + "referrals, missing episodes and notifications shared between schools, children's homes, police, "
                        + "children's social care, Ofsted and specialist services. Contract v3. Every answer is redacted for "
                        + "the caller's role and organisation; every error is application/problem+json (RFC 9457).")
                .addExtension("x-contract-version", "v3"));
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        securitySchemes(components);
        problemSchemas(components);
        problemResponses(components);
        keepPublicPaths(api);
        Set<String> usedTags = new LinkedHashSet<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            List<Parameter> pathParameters = path.getValue().getParameters() == null ? List.of() : path.getValue().getParameters();
            path.getValue().getOperations().forEach((method, operation) -> {
                secure(operation);
                headerSchemas(operation);
                problems(path.getKey(), method, operation, pathParameters);
                examples(operation, components);
                if (operation.getTags() != null) {
                    usedTags.addAll(operation.getTags());
                }
            });
        }
        tags(api, usedTags);
        UnusedComponents.remove(api);
    }

    private static void securitySchemes(Components components) {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token from the Keycloak realm `safeguarding` carrying `org_id` and realm roles (contract §2)."));
        OAuthFlow clientCredentials = OASFactory.createOAuthFlow().tokenUrl(TOKEN_URL).scopes(new LinkedHashMap<>());
        OAuthFlows flows = OASFactory.createOAuthFlows().clientCredentials(clientCredentials);
        schemes.put(MIS_CLIENT, OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2).flows(flows)
                .description("A school MIS's confidential client (client credentials); its service account carries `mis-client` and the school's `org_id`."));
        components.setSecuritySchemes(schemes);
    }

    private static void problemSchemas(Components components) {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid field: its JSON path or parameter name, and what is wrong (never its value).")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("dateOfBirth"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("must be a date (yyyy-mm-dd)"))
                .required(List.of("field", "message"));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details.")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("about:blank"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("Bad Request"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").example(400))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("the request is invalid"))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("FieldError")))
                .required(List.of("type", "title", "status"));
        components.addSchema("FieldError", fieldError);
        components.addSchema("Problem", problem);
    }

    private static void problemResponses(Components components) {
        PROBLEMS.forEach((status, named) -> {
            APIResponse response = OASFactory.createAPIResponse().description(named[1]).content(problemContent());
            if ("429".equals(status)) {
                response.addHeader("Retry-After", OASFactory.createHeader().description("seconds to wait")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            }
            components.addResponse(named[0], response);
        });
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }

    /** Integrators reach only {@code /api/**}; {@code /internal/**}, {@code /q/**} and the console's own paths are not theirs. */
    private static void keepPublicPaths(OpenAPI api) {
        for (String path : new ArrayList<>(api.getPaths().getPathItems().keySet())) {
            if (!path.startsWith("/api/")) {
                api.getPaths().removePathItem(path);
            }
        }
    }

    private static void secure(Operation operation) {
        List<org.eclipse.microprofile.openapi.models.security.SecurityRequirement> security = new ArrayList<>();
        security.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
        if (MIS_OPERATIONS.contains(operation.getOperationId())) {
            security.add(OASFactory.createSecurityRequirement().addScheme(MIS_CLIENT));
        }
        operation.setSecurity(security);
    }

    /** Which problem answers an operation can give, from its shape (contract §2 and §3). */
    static Set<String> applicableProblems(String path, PathItem.HttpMethod method, boolean hasParameters, boolean hasBody,
                                          boolean hasIfMatch, Set<String> declared) {
        Set<String> codes = new LinkedHashSet<>();
        if (hasParameters || hasBody) {
            codes.add("400");
        }
        codes.add("401");
        codes.add("403");
        if (path.contains("{")) {
            codes.add("404");
        }
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        if (write) {
            codes.add("409");
        }
        if (hasIfMatch) {
            codes.add("412");
        }
        if (hasBody) {
            codes.add("413");
        }
        if (declared.contains("422")) {
            codes.add("422");
        }
        codes.add("429");
        return codes;
    }

    private static void problems(String path, PathItem.HttpMethod method, Operation operation, List<Parameter> pathParameters) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        List<Parameter> parameters = new ArrayList<>(pathParameters);
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean ifMatch = parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        Map<String, APIResponse> declared = responses.getAPIResponses() == null ? Map.of() : new TreeMap<>(responses.getAPIResponses());
        Set<String> codes = applicableProblems(path, method, !parameters.isEmpty(), operation.getRequestBody() != null, ifMatch,
                declared.keySet());
        for (Map.Entry<String, APIResponse> answer : declared.entrySet()) {
            if (answer.getKey().startsWith("4") && answer.getValue().getRef() == null) {
                // A described answer keeps its own words; its body is always the one Problem.
                answer.getValue().setContent(problemContent());
            }
        }
        for (String code : codes) {
            if (!declared.containsKey(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(PROBLEMS.get(code)[0]));
            }
        }
    }

    /** A response header documented by name only gets its type: a string. */
    private static void headerSchemas(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            if (response.getHeaders() == null) {
                continue;
            }
            response.getHeaders().forEach((name, header) -> {
                if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
                    header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                    if (header.getDescription() == null) {
                        header.setDescription(HEADER_MEANINGS.getOrDefault(name, name));
                    }
                }
            });
        }
    }

    private static final Map<String, String> HEADER_MEANINGS = Map.of(
            "Location", "the new resource's URL",
            "ETag", "the resource's version, for If-Match on the next update",
            "Retry-After", "seconds to wait");

    private static void examples(Operation operation, Components components) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            exampleFor(operation.getRequestBody().getContent(), components);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2") && response.getContent() != null) {
                    exampleFor(response.getContent(), components);
                }
            });
        }
    }

    private static void exampleFor(Content content, Components components) {
        if (content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            MediaType type = media.getValue();
            boolean json = media.getKey().contains("json");
            if (json && type.getSchema() != null && type.getExample() == null
                    && (type.getExamples() == null || type.getExamples().isEmpty())) {
                type.setExample(Examples.of(type.getSchema(), components.getSchemas()));
            }
        }
    }

    private static void tags(OpenAPI api, Set<String> used) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        if (api.getTags() != null) {
            api.getTags().forEach(t -> byName.putIfAbsent(t.getName(), t));
        }
        for (String name : used) {
            byName.computeIfAbsent(name, n -> OASFactory.createTag().name(n).description(n));
        }
        byName.keySet().retainAll(used);
        api.setTags(new ArrayList<>(byName.values()));
    }
}
