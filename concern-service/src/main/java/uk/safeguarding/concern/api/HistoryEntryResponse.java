package uk.safeguarding.concern.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/** One change of a concern: when, who (subject@org, or "system") and what. */
public record HistoryEntryResponse(OffsetDateTime at, String actor, String action, JsonNode details) {
}
