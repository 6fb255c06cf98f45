package uk.safeguarding.concern.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.concern.domain.CustodyAction;
import uk.safeguarding.concern.domain.EvidenceKind;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An item of the evidence log with its chain of custody, oldest step first. */
public record EvidenceView(UUID id, EvidenceKind kind, String description, OffsetDateTime preservedAt, String storedWhere,
                           List<Custody> custody) {

    /** @param by the recording user for PRESERVED; the receiving officer for HANDED_OVER_TO_POLICE */
    public record Custody(OffsetDateTime at, String by, CustodyAction action,
                          @Schema(description = "for a handover") String officer,
                          @Schema(description = "for a handover: the police reference") String reference) {
    }
}
