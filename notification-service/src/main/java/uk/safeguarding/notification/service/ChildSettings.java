package uk.safeguarding.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.notification.repository.ErasedTables;
import uk.safeguarding.platform.children.ChildEventHandler;
import uk.safeguarding.platform.children.ChildProjections;
import uk.safeguarding.platform.event.CloudEvent;

import java.util.List;

/** Which setting, home and placing authority each child belongs to (ids only), for the fan-out rules. */
@ApplicationScoped
public class ChildSettings implements ChildEventHandler {

    private final ChildProjections children;

    public ChildSettings(ChildProjections children) {
        this.children = children;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        children.apply(event);
    }

    @Override
    public List<String> erasureStatements() {
        return ErasedTables.STATEMENTS;
    }
}
