package uk.safeguarding.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode. {@code subject} is the record key
 * (the child id where there is one) and {@code correlationid} an extension attribute that
 * carries the request's correlation id into every service the event reaches.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String correlationid,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";

    /** The short name of the type, e.g. {@code concern.decided} for {@code uk.safeguarding.concern.decided.v1}. */
    public String shortType() {
        return EventTypes.shortName(type);
    }
}
