package uk.safeguarding.gateway.service;

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
import org.jboss.logging.Logger;
import uk.safeguarding.gateway.config.GatewayConfig;
import uk.safeguarding.gateway.domain.CircuitBreaker;
import uk.safeguarding.gateway.domain.Upstream;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The services behind the gateway: where they are, the HTTP clients that reach them (with
 * connect and idle timeouts, so nothing hangs) and one circuit breaker per service, shared
 * by the proxy, the timeline and the operations console.
 */
@ApplicationScoped
public class Upstreams {

    private static final Logger LOG = Logger.getLogger(Upstreams.class);

    /** Raised instead of calling a service whose circuit is open, or that could not be reached. */
    public static final class UnavailableException extends RuntimeException {
        private final Upstream upstream;
        private final long retryAfterSeconds;

        public UnavailableException(Upstream upstream, long retryAfterSeconds, String why) {
            super(upstream.serviceName() + " " + why, null, false, false);
            this.upstream = upstream;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public Upstream upstream() {
            return upstream;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    @Inject
    GatewayConfig config;

    @Inject
    io.vertx.core.Vertx vertx;

    private final Map<Upstream, CircuitBreaker> breakers = new EnumMap<>(Upstream.class);
    private HttpClient proxyClient;
    private WebClient webClient;

    @PostConstruct
    void init() {
        GatewayConfig.Proxy proxy = config.proxy();
        for (Upstream upstream : Upstream.values()) {
            breakers.put(upstream, new CircuitBreaker(proxy.failureThreshold(), proxy.openFor(), System::nanoTime));
        }
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

    public CircuitBreaker breaker(Upstream upstream) {
        return breakers.get(upstream);
    }

    public HttpClient proxyClient() {
        return proxyClient;
    }

    /** Records a transport failure (no answer) of {@code upstream}; logged by service and exception type only. */
    public void failed(Upstream upstream, Throwable cause) {
        breaker(upstream).onFailure();
        LOG.warnf("%s did not answer (%s); circuit %s", upstream.serviceName(),
                cause == null ? "unknown" : cause.getClass().getSimpleName(), breaker(upstream).state());
    }

    /**
     * Calls {@code upstream} with the caller's headers through its circuit breaker. A transport
     * failure (refused, timed out) fails with {@link UnavailableException}; any HTTP answer,
     * including 4xx and 5xx, is an answer.
     */
    public Uni<HttpResponse<Buffer>> send(Upstream upstream, String method, String pathAndQuery,
                                          Map<String, String> headers, Buffer body, Duration timeout) {
        CircuitBreaker breaker = breaker(upstream);
        if (!breaker.tryAcquire()) {
            return Uni.createFrom().failure(new UnavailableException(upstream, breaker.retryAfterSeconds(), "is unavailable"));
        }
        URI base = base(upstream);
        HttpRequest<Buffer> request = webClient.requestAbs(io.vertx.core.http.HttpMethod.valueOf(method),
                        base.toString().replaceAll("/+$", "") + pathAndQuery)
                .timeout(timeout.toMillis());
        headers.forEach((name, value) -> {
            if (value != null) {
                request.putHeader(name, value);
            }
        });
        Uni<HttpResponse<Buffer>> call = body == null ? request.send() : request.sendBuffer(body);
        return call
                .onItem().invoke(response -> breaker.onSuccess())
                .onFailure().transform(cause -> {
                    failed(upstream, cause);
                    return new UnavailableException(upstream, breaker.retryAfterSeconds(), "did not answer");
                });
    }
}
