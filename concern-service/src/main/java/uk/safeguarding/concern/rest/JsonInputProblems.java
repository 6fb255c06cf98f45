package uk.safeguarding.concern.rest;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.safeguarding.platform.problem.Problem;
import uk.safeguarding.platform.problem.Problems;

import java.util.List;

/**
 * A JSON value of the wrong shape (an object for a text, a list for a flag) as problem+json
 * naming the field. The platform maps {@link JsonMappingException}, but Quarkus' own mapper
 * for {@link MismatchedInputException} is closer to the thrown type and would answer plain
 * JSON; this keeps every 400 a problem. Subtypes the platform maps itself are left to it.
 */
public class JsonInputProblems {

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        if (e instanceof InvalidFormatException || e instanceof UnrecognizedPropertyException) {
            // unreachable in practice (more specific mappers exist), kept for safety
            return Problems.response(400, "Invalid request", "invalid value for " + path(e),
                    List.of(new Problem.FieldError(path(e), "has the wrong type or format")));
        }
        String field = path(e);
        if (field.isEmpty()) {
            return Problems.response(400, "Invalid request", "the body is not valid JSON for this request",
                    List.of(new Problem.FieldError("body", "unreadable")));
        }
        return Problems.response(400, "Invalid request", "invalid value for " + field,
                List.of(new Problem.FieldError(field, "has the wrong type or shape")));
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
}
