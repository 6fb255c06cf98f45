package uk.safeguarding.platform.event.data;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code missing.reported}, {@code missing.returned}, {@code missing.return-interview.recorded},
 * {@code missing.return-interview.overdue} (topic {@code safeguarding.missing}, key childId).
 */
public record MissingEvent(UUID episodeId, UUID childId, String settingOrgId, String status, String riskGrade,
                           boolean lookedAfter, String placingAuthorityOrgId, boolean pendingLink,
                           OffsetDateTime lastSeenAt, OffsetDateTime returnedAt, Boolean interviewDeclined,
                           Boolean disclosedExploitation, OffsetDateTime at) {
}
