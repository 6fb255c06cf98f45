package uk.safeguarding.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.util.function.Supplier;

/**
 * How long a composed answer waits for one service (SmallRye Fault Tolerance; the values are in
 * application.properties). Inside the service's circuit, so a timeout counts as a failure there.
 */
@ApplicationScoped
public class Deadlines {

    /** One source of a timeline or a subject-access bundle; a slower one is reported incomplete. */
    @Timeout
    public <T> Uni<T> source(Supplier<Uni<T>> call) {
        return call.get();
    }

    /** One section of the operations console; a slower one is shown unavailable. */
    @Timeout
    public <T> Uni<T> section(Supplier<Uni<T>> call) {
        return call.get();
    }
}
