package uk.safeguarding.platform.children;

import uk.safeguarding.platform.event.CloudEvent;

import java.util.List;

/**
 * What one service does with the children concern-service announces ({@link ChildEvents}): its
 * use of {@code child.registered}, {@code child.updated} and {@code child.nearing-adulthood}
 * (a projection, linking pending reports), and which of its tables a child's erasure empties.
 */
public interface ChildEventHandler {

    /** A child event other than {@code child.erased}, in the inbox's transaction. */
    void apply(CloudEvent event);

    /** The service's erasure statements, one per table naming the child as {@code :child} (its ErasedTables). */
    List<String> erasureStatements();
}
