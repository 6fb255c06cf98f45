package uk.safeguarding.gateway.service;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import java.util.function.Supplier;

/**
 * One circuit breaker per service (SmallRye Fault Tolerance), shared by the proxy, the timeline, subject access
 * and the console, so that a dead service is found out once. A call that gets no answer (refused, reset, timed
 * out) is a failure; any answer, 4xx or 5xx included, is an answer. Failure ratio 1 over a window of
 * {@code request-volume-threshold} calls is that many failures in a row; then the circuit is open for
 * {@code delay} ms and one trial decides (application.properties). Call through {@link Upstreams#guarded}.
 */
@ApplicationScoped
@CircuitBreaker(failureRatio = 1.0, successThreshold = 1)
public class Circuits {

    @CircuitBreakerName("concern-service")
    public <T> Uni<T> concern(Supplier<Uni<T>> call) {
        return call.get();
    }

    @CircuitBreakerName("referral-service")
    public <T> Uni<T> referral(Supplier<Uni<T>> call) {
        return call.get();
    }

    @CircuitBreakerName("missing-episode-service")
    public <T> Uni<T> missing(Supplier<Uni<T>> call) {
        return call.get();
    }

    @CircuitBreakerName("notification-service")
    public <T> Uni<T> notification(Supplier<Uni<T>> call) {
        return call.get();
    }
}
