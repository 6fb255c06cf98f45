package uk.safeguarding.platform.event.data;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code intelligence.match-detected} (topic {@code safeguarding.concerns}, key the force's org id):
 * a new match, or one that gained a concern. Never the registration or name: the force reads the
 * match through its packet.
 *
 * @param kind {@code VEHICLE} or {@code PERSON}
 * @param concerns how many concerns the match now lists
 * @param change {@code CREATED} or {@code GREW}
 */
public record IntelligenceMatchEvent(UUID matchId, String forceOrgId, String kind, int concerns, String change,
                                     OffsetDateTime at) {
}
