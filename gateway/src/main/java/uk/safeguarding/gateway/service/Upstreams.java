package uk.safeguarding.gateway.service;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import uk.safeguarding.gateway.config.GatewayConfig;
import uk.safeguarding.gateway.domain.Upstream;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The services behind the gateway: where they are, the HTTP clients that reach them (with
 * connect and idle timeouts, so nothing hangs) and the way through each one's circuit
 * ({@link Circuits}), shared by the proxy, the timeline and the operations console.
 */
@ApplicationScoped
public class Upstreams {

    private static final Logger LOG = Logger.getLogger(Upstreams.class);

    /** Raised instead of calling a service whose circuit is open, or that could not be reached. */
    public static final class UnavailableException extends RuntimeException {
        private final Upstream upstream;
        private final long retryAfterSeconds;
        private final String why;

        public UnavailableException(Upstream upstream, long retryAfterSeconds, String why) {
            super(upstream.serviceName() + " " + why, null, false, false);
            this.upstream = upstream;
            this.retryAfterSeconds = retryAfterSeconds;
            this.why = why;
        }

        public Upstream upstream() {
            return upstream;
        }

        /** {@code is unavailable} (open circuit) or {@code did not answer}. */
        public String why() {
            return why;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    @Inject
    GatewayConfig config;

    @Inject
    io.vertx.core.Vertx vertx;

    @Inject
    Circuits circuits;

    @Inject
    Deadlines deadlines;

    @Inject
    CircuitBreakerMaintenance maintenance;

    /** How long an open circuit answers 503 (for Retry-After); the circuit breakers read the same key. */
    @ConfigProperty(name = "quarkus.fault-tolerance.\"uk.safeguarding.gateway.service.Circuits\".circuit-breaker.delay")
    long openForMillis;

    private final Map<Upstream, Long> openedAt = new ConcurrentHashMap<>();
    private HttpClient proxyClient;
    private WebClient webClient;

    @PostConstruct
    void init() {
        for (Upstream upstream : Upstream.values()) {
            maintenance.onStateChange(upstream.serviceName(), state -> {
                if (state == CircuitBreakerState.OPEN) {
                    openedAt.put(upstream, System.nanoTime());
                }
                LOG.infof("circuit of %s %s", upstream.serviceName(), state);
            });
        }
        GatewayConfig.Proxy proxy = config.proxy();
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) proxy.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setKeepAliveTimeout(30)
                .setDecompressionSupported(false);
        proxyClient = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(64));
        webClient = WebClient.create(io.vertx.mutiny.core.Vertx.newInstance(vertx),
                new WebClientOptions(options).setFollowRedirects(false).setMaxPoolSize(32));
    }

    @PreDestroy
    void close() {
        if (proxyClient != null) {
            proxyClient.close();
        }
        if (webClient != null) {
            webClient.close();
        }
    }

    public URI base(Upstream upstream) {
        return config.upstreams().of(upstream);
    }

    public HttpClient proxyClient() {
        return proxyClient;
    }

    /**
     * {@code call} through the circuit of {@code upstream}. Its failure (no answer) or an open circuit fails with
     * {@link UnavailableException}, logged by service and exception type only.
     */
    public <T> Uni<T> guarded(Upstream upstream, Supplier<Uni<T>> call) {
        Uni<T> guarded = switch (upstream) {
            case CONCERN -> circuits.concern(call);
            case REFERRAL -> circuits.referral(call);
            case MISSING -> circuits.missing(call);
            case NOTIFICATION -> circuits.notification(call);
        };
        return guarded.onFailure().transform(failure -> {
            if (failure instanceof CircuitBreakerOpenException) {
                return new UnavailableException(upstream, retryAfterSeconds(upstream), "is unavailable");
            }
            LOG.warnf("%s did not answer (%s); circuit %s", upstream.serviceName(), failure.getClass().getSimpleName(),
                    maintenance.currentState(upstream.serviceName()));
            return new UnavailableException(upstream, retryAfterSeconds(upstream), "did not answer");
        });
    }

    /** A GET for one part of a composed answer (timeline, subject access), with the caller's headers. */
    public Uni<HttpResponse<Buffer>> source(Upstream upstream, String pathAndQuery, Map<String, String> headers) {
        return guarded(upstream, () -> deadlines.source(() -> get(upstream, pathAndQuery, headers)));
    }

    /** A GET for one section of the operations console, with the caller's headers. */
    public Uni<HttpResponse<Buffer>> section(Upstream upstream, String pathAndQuery, Map<String, String> headers) {
        return guarded(upstream, () -> deadlines.section(() -> get(upstream, pathAndQuery, headers)));
    }

    /** Any HTTP answer, 4xx and 5xx included, is an item; only a transport failure fails. */
    private Uni<HttpResponse<Buffer>> get(Upstream upstream, String pathAndQuery, Map<String, String> headers) {
        HttpRequest<Buffer> request = webClient.requestAbs(io.vertx.core.http.HttpMethod.GET,
                        base(upstream).toString().replaceAll("/+$", "") + pathAndQuery)
                // The deadline is the caller's (Deadlines); this only frees the connection of a silent service.
                .idleTimeout(config.proxy().idleTimeout().toMillis());
        headers.forEach((name, value) -> {
            if (value != null) {
                request.putHeader(name, value);
            }
        });
        return request.send();
    }

    /** Seconds a caller should wait before trying again (for Retry-After); at least 1. */
    private long retryAfterSeconds(Upstream upstream) {
        Long opened = openedAt.get(upstream);
        if (opened == null || maintenance.currentState(upstream.serviceName()) != CircuitBreakerState.OPEN) {
            return 1;
        }
        long leftMillis = openForMillis - (System.nanoTime() - opened) / 1_000_000L;
        return Math.max(1, (leftMillis + 999) / 1000);
    }
}
