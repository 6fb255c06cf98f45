package uk.safeguarding.concern.api;

import uk.safeguarding.concern.domain.Party;

import java.time.OffsetDateTime;
import java.util.UUID;

public record SpecialistConsentView(UUID id, UUID concernId, String specialistOrgId, boolean agreed, Party by, String reason,
                                    OffsetDateTime recordedAt, String recordedBy) {
}
