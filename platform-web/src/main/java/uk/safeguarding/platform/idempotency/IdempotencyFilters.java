package uk.safeguarding.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import uk.safeguarding.platform.problem.Problem;
import uk.safeguarding.platform.problem.Problems;
import uk.safeguarding.platform.security.Caller;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code Idempotency-Key} for POST and PUT: the same key and body again returns the first
 * result (status, body, Location); the same key with another body is a 409. Keys are scoped to
 * the caller's client and subject, the method and the path, so another caller's key means
 * nothing to you. A 5xx is not remembered: the client may try again with the same key.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String PROPERTY = IdempotencyFilters.class.getName();
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");

    @Inject
    Caller caller;
    /** The service's store (platform-data's table); where there is none (the gateway) keys pass through to the services. */
    @Inject
    Instance<IdempotencyStore> stores;
    @Inject
    ObjectMapper mapper;

    @ServerRequestFilter(priority = 5000)
    public Response claim(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !METHODS.contains(request.getMethod()) || !stores.isResolvable()) {
            return null;
        }
        if (key.isBlank() || key.length() > 255) {
            return Problems.response(400, "Invalid request", "Idempotency-Key must be 1 to 255 characters",
                    List.of(new Problem.FieldError(HEADER, "must be 1 to 255 characters")));
        }
        byte[] body = readBody(request);
        String scope = sha256(String.join("\n", caller.clientId(), caller.subject(), request.getMethod(),
                request.getUriInfo().getPath(), key));
        String requestHash = sha256(canonicalBody(body));
        IdempotencyStore.Claim claim = stores.get().claim(scope, requestHash);
        Response earlier = switch (claim.outcome()) {
            case FRESH -> null;
            case OTHER_BODY -> Problems.response(409, "Conflict", "this Idempotency-Key was used with another request body");
            case IN_PROGRESS -> Problems.response(409, "Conflict", "a request with this Idempotency-Key is still in progress");
            case DONE -> replay(claim.result());
        };
        if (earlier == null) {
            request.setProperty(PROPERTY, scope);
        }
        return earlier;
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        Object scope = request.getProperty(PROPERTY);
        if (!(scope instanceof String scopeHash)) {
            return;
        }
        request.removeProperty(PROPERTY);
        int status = response.getStatus();
        if (status >= 500) {
            stores.get().finish(scopeHash, Optional.empty());
            return;
        }
        String body = serialise(response.getEntity());
        String contentType = response.getMediaType() != null ? response.getMediaType().toString()
                : body == null ? null : response.getEntity() instanceof Problem ? Problem.MEDIA_TYPE : "application/json";
        stores.get().finish(scopeHash, Optional.of(new IdempotencyStore.Remembered(status, body, contentType,
                response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG))));
    }

    private static Response replay(IdempotencyStore.Remembered row) {
        Response.ResponseBuilder builder = Response.status(row.status()).header(REPLAYED, "true");
        if (row.body() != null) {
            builder.entity(row.body());
        }
        if (row.contentType() != null) {
            builder.type(row.contentType());
        }
        if (row.location() != null) {
            builder.header(HttpHeaders.LOCATION, row.location());
        }
        if (row.etag() != null) {
            builder.header(HttpHeaders.ETAG, row.etag());
        }
        return builder.build();
    }

    private static byte[] readBody(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return new byte[0];
        }
        InputStream in = request.getEntityStream();
        byte[] body = in.readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        return body;
    }

    /** The same JSON with other white space is the same request. */
    private byte[] canonicalBody(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            return mapper.writeValueAsBytes(mapper.readTree(body));
        } catch (IOException e) {
            return body;
        }
    }

    private String serialise(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String s) {
            return s;
        }
        try {
            return mapper.writeValueAsString(entity);
        } catch (IOException e) {
            return null;
        }
    }

    static String sha256(String value) {
        return sha256(value.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
