package uk.safeguarding.gateway.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.core.http.impl.HttpUtils;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.safeguarding.gateway.config.GatewayConfig;
import uk.safeguarding.gateway.domain.PathTemplate;
import uk.safeguarding.gateway.domain.RouteTable;
import uk.safeguarding.gateway.domain.Upstream;
import uk.safeguarding.gateway.service.Upstreams;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reverse proxy (Vert.x HTTP proxy): every contract path to its service, bodies streamed
 * both ways, the service's status, headers and problem+json bodies passed on untouched.
 * A service that does not answer, or whose circuit is open, gives 503 problem+json with
 * Retry-After. Whatever no route claims answers 404 problem+json.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final String TOO_LARGE = "gateway.bodyTooLarge";

    @Inject
    Upstreams upstreams;

    @Inject
    GatewayConfig config;

    private final Map<Upstream, HttpProxy> proxies = new EnumMap<>(Upstream.class);

    void routes(@Observes Router router) {
        for (Upstream upstream : Upstream.values()) {
            HttpProxy proxy = HttpProxy.reverseProxy(upstreams.proxyClient());
            proxy.origin(context -> originRequest(upstream, context));
            proxy.addInterceptor(new EdgeInterceptor(upstream));
            proxies.put(upstream, proxy);
        }
        String consolePolicy = consolePolicy();
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(ctx -> {
            String path = ctx.normalizedPath();
            if (path.equals("/ops")) {
                ctx.response().setStatusCode(302).putHeader("Location", "/ops/").end();
                return;
            }
            if (path.startsWith("/ops/") || path.startsWith("/webjars/")) {
                ctx.response().putHeader("Content-Security-Policy", consolePolicy)
                        .putHeader("X-Content-Type-Options", "nosniff")
                        .putHeader("Referrer-Policy", "no-referrer");
            }
            Optional<Upstream> upstream = RouteTable.upstreamFor(ctx.request().method().name(), ctx.normalizedPath());
            if (upstream.isEmpty()) {
                ctx.next();
                return;
            }
            tagMetricsByTemplate(ctx);
            proxies.get(upstream.get()).handle(ctx.request());
        });
        router.route().order(RouteConstants.ROUTE_ORDER_AFTER_DEFAULT + 10_000).handler(ctx -> {
            tagMetricsByTemplate(ctx);
            ctx.request().resume();
            Problems.write(ctx, Problems.notFound(), Map.of());
        });
    }

    /**
     * HTTP metrics name a proxied request by its path template ({@code /api/children/{id}/concerns}),
     * never by the raw path with a child's or a concern's id: Quarkus' Micrometer binder takes the
     * request context's {@code UrlPathTemplate} (as RESTEasy Reactive sets it for its own resources).
     */
    static void tagMetricsByTemplate(RoutingContext ctx) {
        if (ctx.request() instanceof HttpServerRequestInternal request) {
            request.context().putLocal(URL_PATH_TEMPLATE, PathTemplate.of(ctx.normalizedPath()));
        }
    }

    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    /** The console loads only its own files and talks only to the gateway and the Keycloak realm. */
    private String consolePolicy() {
        String keycloak = "";
        try {
            URI auth = URI.create(config.ops().authUrl());
            keycloak = " " + auth.getScheme() + "://" + auth.getAuthority();
        } catch (IllegalArgumentException e) {
            // a malformed URL leaves the console unable to log in, nothing more
        }
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self'" + keycloak + "; frame-ancestors 'none'; base-uri 'none'; form-action 'self'" + keycloak;
    }

    private Future<HttpClientRequest> originRequest(Upstream upstream, ProxyContext context) {
        URI base = upstreams.base(upstream);
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : (tls ? 443 : 80);
        GatewayConfig.Proxy proxy = config.proxy();
        return upstreams.proxyClient().request(new RequestOptions()
                .setHost(base.getHost())
                .setPort(port)
                .setSsl(tls)
                .setConnectTimeout(proxy.connectTimeout().toMillis())
                .setIdleTimeout(proxy.idleTimeout().toMillis()));
    }

    /** Per upstream: normalised URI, streamed body limit, circuit breaker and the 503 answer. */
    private final class EdgeInterceptor implements ProxyInterceptor {

        private final Upstream upstream;

        EdgeInterceptor(Upstream upstream) {
            this.upstream = upstream;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            ProxyRequest request = context.request();
            // Forward exactly the path the routing decision was taken on.
            String query = request.proxiedRequest().query();
            request.setURI(HttpUtils.normalizePath(request.proxiedRequest().path()) + (query == null ? "" : "?" + query));
            long max = config.proxy().maxBodyBytes();
            Body body = request.getBody();
            if (body != null && body.length() < 0) {
                request.setBody(Body.body(new LimitedReadStream(body.stream(), max,
                        () -> context.set(TOO_LARGE, Boolean.TRUE)), -1));
            }
            // A body over the limit is the caller's doing, not the service's: an answer (413) to the circuit.
            Uni<ProxyResponse> sent = upstreams.guarded(upstream, () -> Uni.createFrom().completionStage(() -> context.sendRequest()
                    .recover(failure -> Boolean.TRUE.equals(context.get(TOO_LARGE, Boolean.class))
                            ? Future.succeededFuture(problem(context, Problems.tooLarge(max), 0))
                            : Future.failedFuture(failure))
                    .toCompletionStage()));
            return Future.fromCompletionStage(sent.subscribeAsCompletionStage(), Vertx.currentContext())
                    .recover(failure -> failure instanceof Upstreams.UnavailableException unavailable
                            ? Future.succeededFuture(problem(context, Problems.unavailable(upstream.serviceName(), unavailable.why()),
                                    unavailable.retryAfterSeconds()))
                            : Future.failedFuture(failure));
        }

        private ProxyResponse problem(ProxyContext context, JsonObject problem, long retryAfterSeconds) {
            ProxyResponse response = context.request().release().response();
            response.headers().clear();
            response.setStatusCode(problem.getInteger("status"));
            response.putHeader("Content-Type", Problems.MEDIA_TYPE);
            response.putHeader("Cache-Control", "no-store");
            if (retryAfterSeconds > 0) {
                response.putHeader("Retry-After", Long.toString(retryAfterSeconds));
            }
            response.setBody(Body.body(Buffer.buffer(problem.encode())));
            return response;
        }
    }
}
