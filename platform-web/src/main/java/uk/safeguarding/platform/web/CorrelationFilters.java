package uk.safeguarding.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps the caller's {@code X-Correlation-Id} when well-formed (else makes one), puts it in
 * the log context, so every log line and every event of the request carries it, and echoes it.
 */
public class CorrelationFilters {

    public static final String HEADER = "X-Correlation-Id";
    /** The log context key every log line, outbox row and consumed event carries the id under. */
    public static final String MDC_KEY = "correlationId";
    private static final Pattern WELL_FORMED = Pattern.compile("^[A-Za-z0-9._:-]{8,128}$");

    public static String acceptOrCreate(String offered) {
        return offered != null && WELL_FORMED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void in(ContainerRequestContext request) {
        String id = acceptOrCreate(request.getHeaderString(HEADER));
        request.setProperty(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void out(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(HEADER);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }
}
