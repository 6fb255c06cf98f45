package uk.safeguarding.concern.api;

import uk.safeguarding.concern.domain.AnonymisedSummary;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An advice request and the anonymised summary it sends. */
public record AdviceRequestResponse(UUID id, UUID concernId, String specialistOrgId, String question,
                                    OffsetDateTime requestedAt, String requestedBy, AnonymisedSummary summary) {
}
