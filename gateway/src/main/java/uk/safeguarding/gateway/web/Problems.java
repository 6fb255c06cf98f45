package uk.safeguarding.gateway.web;

import uk.safeguarding.platform.problem.Problem;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.Map;

/**
 * The edge's problem+json answers written straight onto a Vert.x route (401, 413, 429, 503 before a
 * request reaches a resource or a service): the platform's {@link Problem} shape and type URLs
 * (platform-web), which the gateway's own resources answer through. Never echoes a value from the request.
 */
public final class Problems {

    public static final String MEDIA_TYPE = Problem.MEDIA_TYPE;

    private Problems() {
    }

    public static JsonObject body(int status, String title, String detail) {
        return new JsonObject()
                .put("type", uk.safeguarding.platform.problem.Problems.typeFor(status))
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
    }

    public static JsonObject withField(JsonObject problem, String field, String message) {
        return problem.put("errors", new JsonArray().add(new JsonObject().put("field", field).put("message", message)));
    }

    public static void write(RoutingContext ctx, int status, String title, String detail) {
        write(ctx, body(status, title, detail), Map.of());
    }

    public static void write(RoutingContext ctx, JsonObject problem, Map<String, String> headers) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        response.setStatusCode(problem.getInteger("status"));
        response.putHeader("Content-Type", MEDIA_TYPE);
        response.putHeader("Cache-Control", "no-store");
        headers.forEach(response::putHeader);
        response.end(problem.encode());
    }

    public static JsonObject notFound() {
        return body(404, "Not found", "no such resource");
    }

    public static JsonObject unauthorized() {
        return body(401, "Unauthorized", "a valid bearer token is required");
    }

    public static JsonObject forbidden() {
        return body(403, "Forbidden", "your role may not do this");
    }

    public static JsonObject tooLarge(long maxBytes) {
        return body(413, "Payload too large", "the body is over the size limit of " + maxBytes + " bytes");
    }

    public static JsonObject tooManyRequests() {
        return body(429, "Too many requests", "the rate limit for this client is exhausted; retry after the time in Retry-After");
    }

    public static JsonObject unavailable(String service, String why) {
        return body(503, "Service unavailable", service + " " + why + "; retry after the time in Retry-After");
    }
}
