package uk.safeguarding.gateway.service;

import jakarta.ws.rs.core.HttpHeaders;
import uk.safeguarding.platform.web.CorrelationFilters;
import uk.safeguarding.gateway.domain.TraceParent;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the gateway's own calls to a service carry from the caller: the token, the correlation id, the trace. */
public final class ForwardedHeaders {

    private ForwardedHeaders() {
    }

    public static Map<String, String> of(HttpHeaders headers) {
        Map<String, String> forwarded = new LinkedHashMap<>();
        forwarded.put("Authorization", headers.getHeaderString("Authorization"));
        forwarded.put(CorrelationFilters.HEADER, headers.getHeaderString(CorrelationFilters.HEADER));
        forwarded.put(TraceParent.HEADER, headers.getHeaderString(TraceParent.HEADER));
        forwarded.put("Accept", "application/json");
        return forwarded;
    }
}
