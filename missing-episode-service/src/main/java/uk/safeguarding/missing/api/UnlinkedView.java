package uk.safeguarding.missing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "A missing report not yet linked to a known child: metadata only, no personal data (ops console)")
public record UnlinkedView(UUID episodeId, String settingOrgId, OffsetDateTime reportedAt, long minutesUnlinked,
                           @Schema(description = "Unlinked past the alert threshold (5 minutes): ops has been alerted") boolean alerted) {
}
