package uk.safeguarding.concern.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A match (contract section 11): one registration or name held by concerns of two or more children referred to the force. */
public record IntelligenceMatchView(
        UUID id,
        @Schema(enumeration = {"VEHICLE", "PERSON"}) String kind,
        @Schema(description = "The registration (normalised: upper case, no spaces) or the name as first written") String value,
        @Schema(description = "The concerns holding it, earliest sighting first") List<Concern> concerns,
        OffsetDateTime createdAt,
        @Schema(description = "When a concern last joined it") OffsetDateTime updatedAt) {

    /** @param firstSeenAt when the item was first seen on this concern: the sighting when recorded, else when it was recorded */
    public record Concern(UUID concernId, UUID childId, String settingOrgId, UUID referralId, OffsetDateTime firstSeenAt) {
    }
}
