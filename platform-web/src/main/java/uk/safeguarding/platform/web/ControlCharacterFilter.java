package uk.safeguarding.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.safeguarding.platform.problem.Problem;
import uk.safeguarding.platform.problem.Problems;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A path or query parameter holding a control character (NUL, %00, line breaks, DEL, C1) is
 * never a valid id, code or search term; PostgreSQL refuses a NUL in text outright. Every
 * service answers it here, before any resource runs, with 400 problem+json naming the
 * parameter, never a 500. The value itself is not echoed.
 */
public class ControlCharacterFilter {

    static final String MESSAGE = "must not contain control characters";

    @ServerRequestFilter(priority = 2)
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
        // Path parameters first (by name), then query parameters: the first offender is named.
        List<String> offenders = offending(request.getUriInfo().getPathParameters(true));
        if (offenders.isEmpty()) {
            offenders = offending(request.getUriInfo().getQueryParameters(true));
        }
        if (offenders.isEmpty()) {
            return Optional.empty();
        }
        List<Problem.FieldError> errors = offenders.stream().map(name -> new Problem.FieldError(name, MESSAGE)).toList();
        return Optional.of(Problems.response(400, "Invalid request",
                "invalid parameter(s): " + String.join(", ", offenders), errors));
    }

    /** The parameters whose name or any value holds a control character, sorted by name. */
    static List<String> offending(MultivaluedMap<String, String> parameters) {
        Map<String, Boolean> sorted = new TreeMap<>();
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            boolean bad = hasControl(entry.getKey()) || entry.getValue().stream().anyMatch(ControlCharacterFilter::hasControl);
            if (bad) {
                // A name that is itself garbled is reported as "parameter" rather than echoed.
                sorted.put(hasControl(entry.getKey()) ? "parameter" : entry.getKey(), true);
            }
        }
        return List.copyOf(sorted.keySet());
    }

    public static boolean hasControl(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
