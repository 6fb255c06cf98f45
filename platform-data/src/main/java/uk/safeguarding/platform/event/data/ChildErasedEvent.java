package uk.safeguarding.platform.event.data;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code child.erased} (topic {@code safeguarding.children}, key childId): the id only, never why or what. */
public record ChildErasedEvent(UUID childId, OffsetDateTime erasedAt) {
}
