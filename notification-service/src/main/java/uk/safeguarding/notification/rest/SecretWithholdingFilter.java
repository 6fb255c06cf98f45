package uk.safeguarding.notification.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import uk.safeguarding.notification.api.ChannelView;
import uk.safeguarding.platform.idempotency.IdempotencyFilters;
import uk.safeguarding.platform.idempotency.IdempotencyRecord;

/**
 * A signing secret is returned once and never stored in clear. The platform's idempotency
 * filter would keep the response body (with the secret) for 24 hours, so for a response that
 * carries a secret this filter, which runs before it, records the response without the secret
 * ({@code secretWithheld: true}) and takes the request out of the platform filter's hands.
 */
public class SecretWithholdingFilter {

    private static final String IDEMPOTENCY_PROPERTY = IdempotencyFilters.class.getName();

    @Inject
    ObjectMapper mapper;

    @ServerResponseFilter(priority = 6000)
    public void withhold(ContainerRequestContext request, ContainerResponseContext response) {
        Object scope = request.getProperty(IDEMPOTENCY_PROPERTY);
        if (!(scope instanceof String scopeHash) || !(response.getEntity() instanceof ChannelView view) || view.secret() == null) {
            return;
        }
        request.removeProperty(IDEMPOTENCY_PROPERTY);
        int status = response.getStatus();
        String body;
        try {
            body = mapper.writeValueAsString(view.withoutSecret());
        } catch (JsonProcessingException e) {
            body = null;
        }
        String stored = body;
        String contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord row = IdempotencyRecord.findById(scopeHash);
            if (row != null) {
                row.status = status;
                row.responseBody = stored;
                row.contentType = contentType;
                row.location = location;
                row.etag = etag;
            }
        });
    }
}
