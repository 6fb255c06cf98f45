package uk.safeguarding.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error leaves a service as application/problem+json (RFC 9457). Messages name the
 * field but never echo a submitted value, so no personal data reaches a response or a log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = 1)
    public Response problem(ProblemException e) {
        Response.ResponseBuilder builder = Problems.builder(e.status(), e.title(), e.getMessage(), e.errors());
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return Problems.response(400, "Invalid request", "invalid field(s): " + detail, errors);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognized(UnrecognizedPropertyException e) {
        String field = path(e);
        return Problems.response(400, "Invalid request", "unknown field: " + field,
                List.of(new Problem.FieldError(field, "unknown field")));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e) {
        String field = path(e);
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return Problems.response(400, "Invalid request", "invalid value for " + field,
                List.of(new Problem.FieldError(field, "must be " + expected)));
    }

    /** Quarkus maps this type itself (plain JSON); a value of the wrong shape must be a problem too. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        return mapping(e);
    }

    @ServerExceptionMapper(priority = 2)
    public Response mapping(JsonMappingException e) {
        String field = path(e);
        if (field.isEmpty()) {
            return Problems.response(400, "Invalid request", "the body is not valid JSON for this request",
                    List.of(new Problem.FieldError("body", "unreadable")));
        }
        return Problems.response(400, "Invalid request", "invalid value for " + field,
                List.of(new Problem.FieldError(field, "has the wrong type or format")));
    }

    @ServerExceptionMapper(priority = 3)
    public Response json(JsonProcessingException e) {
        return Problems.response(400, "Invalid request", "the body is not valid JSON",
                List.of(new Problem.FieldError("body", "malformed JSON")));
    }

    @ServerExceptionMapper(priority = 1)
    public Response notFound(NotFoundException e) {
        return Problems.response(404, "Not found", "no such resource");
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e) {
        return Problems.response(401, "Unauthorized", "a valid bearer token is required");
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return Problems.response(401, "Unauthorized", "a valid bearer token is required");
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return Problems.response(403, "Forbidden", "your role may not do this");
    }

    /** Keycloak unreachable while a token is verified (its keys not yet loaded): the caller may retry. */
    @ServerExceptionMapper(priority = 1)
    public Response identityProviderDown(io.quarkus.oidc.OIDCException e) {
        LOG.warnf("the identity provider could not be reached (%s)", e.getClass().getSimpleName());
        return Problems.builder(503, "Service unavailable", "the identity provider is unavailable; retry after the time in Retry-After", java.util.List.of())
                .header("Retry-After", "5").build();
    }

    @ServerExceptionMapper(priority = 10)
    public Response web(WebApplicationException e) {
        if (e.getResponse().hasEntity()) {
            return e.getResponse(); // already a problem (e.g. a malformed UUID parameter, see UuidParamConverter)
        }
        int status = e.getResponse().getStatus();
        if (status == 415) {
            return Problems.response(415, "Unsupported media type", "send application/json");
        }
        if (status == 413) {
            return Problems.response(413, "Payload too large", "the body is over the size limit");
        }
        if (status == 400) {
            // Parameter conversion failures (bad UUID, bad date in a query) end here.
            return Problems.response(400, "Invalid request", "a path or query parameter is invalid",
                    List.of(new Problem.FieldError("parameter", "has the wrong type or format")));
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return Problems.response(status, known == null ? "Error" : known.getReasonPhrase(),
                known == null ? "the request failed" : known.getReasonPhrase());
    }

    @ServerExceptionMapper(priority = 100)
    public Response unexpected(Exception e) {
        // Logged by class and SQL state only: a database message can quote the failing row (names, dates of birth).
        LOG.errorf("unexpected %s%s", e.getClass().getName(), sqlState(e));
        return Problems.response(500, "Internal error", "the request could not be completed");
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return " (SQL state " + sql.getSQLState() + ")";
            }
        }
        return "";
    }

    static String fieldOf(ConstraintViolation<?> v) {
        // Drop the method and parameter name (create.arg0.dateOfBirth → dateOfBirth).
        StringBuilder field = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            // The index of a container element sits on the node after the container.
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    static String path(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "an ISO 8601 date (yyyy-mm-dd)";
            case "OffsetDateTime", "Instant" -> "an RFC 3339 date-time with an offset";
            case "UUID" -> "a UUID";
            case "Boolean", "boolean" -> "true or false";
            case "Integer", "int", "Long", "long" -> "a whole number";
            default -> "a " + type.getSimpleName();
        };
    }
}
