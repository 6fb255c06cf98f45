package uk.safeguarding.gateway.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import uk.safeguarding.gateway.config.GatewayConfig;
import uk.safeguarding.platform.web.CorrelationFilters;
import uk.safeguarding.gateway.domain.PathTemplate;
import uk.safeguarding.gateway.domain.RouteTable;
import uk.safeguarding.gateway.domain.TraceParent;
import uk.safeguarding.gateway.service.RateLimiter;

import java.util.Map;

/**
 * The edge, in two Vert.x filters around Quarkus' own authentication filter:
 * <ol>
 * <li>{@link #correlate} (before authentication): X-Correlation-Id and traceparent set on the
 * request (so they travel upstream) and on the response, the access log line;</li>
 * <li>{@link #guard} (after it): /internal answers 404, the body size limit (413), the bearer
 * token (401), the ops role for the console's data (403), the per-client rate limit (429).</li>
 * </ol>
 */
@ApplicationScoped
public class EdgeFilters {

    public static final String CLIENT_KEY = "gateway.client";
    public static final String CORRELATION_KEY = "gateway.correlationId";
    public static final String TRACEPARENT_KEY = "gateway.traceparent";
    private static final Logger ACCESS = Logger.getLogger("uk.safeguarding.gateway.access");
    private static final Logger LOG = Logger.getLogger(EdgeFilters.class);

    @Inject
    GatewayConfig config;

    @Inject
    RateLimiter rateLimiter;

    void register(@Observes Filters filters) {
        // Quarkus authenticates at priority 200 and authorises at 100; higher runs first.
        filters.register(this::correlate, 1000);
        filters.register(this::guard, 10);
    }

    void correlate(RoutingContext ctx) {
        long start = System.nanoTime();
        HttpServerRequest request = ctx.request();
        String correlationId = CorrelationFilters.acceptOrCreate(request.getHeader(CorrelationFilters.HEADER));
        String traceparent = TraceParent.forUpstream(request.getHeader(TraceParent.HEADER)).toString();
        // Set on the request itself so that the proxy and the timeline send them upstream.
        request.headers().set(CorrelationFilters.HEADER, correlationId);
        request.headers().set(TraceParent.HEADER, traceparent);
        ctx.put(CORRELATION_KEY, correlationId);
        ctx.put(TRACEPARENT_KEY, traceparent);
        MDC.put(CorrelationFilters.MDC_KEY, correlationId);
        ctx.addHeadersEndHandler(v -> {
            ctx.response().headers().set(CorrelationFilters.HEADER, correlationId);
            ctx.response().headers().set(TraceParent.HEADER, traceparent);
        });
        String method = request.method().name();
        String template = PathTemplate.of(ctx.normalizedPath());
        ctx.addEndHandler(done -> {
            MDC.put(CorrelationFilters.MDC_KEY, correlationId);
            long millis = (System.nanoTime() - start) / 1_000_000;
            String client = ctx.get(CLIENT_KEY);
            ACCESS.infof("%s %s %d %dms client=%s", method, template, ctx.response().getStatusCode(), millis,
                    client == null ? "-" : client);
        });
        ctx.next();
    }

    void guard(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (RouteTable.isInternal(path)) {
            Problems.write(ctx, Problems.notFound(), Map.of());
            return;
        }
        String badParameter = controlCharacterParameter(ctx);
        if (badParameter != null) {
            ctx.request().resume();
            Problems.write(ctx, Problems.withField(Problems.body(400, "Invalid request", "invalid parameter(s): " + badParameter),
                    badParameter, "must not contain control characters"), Map.of());
            return;
        }
        long max = config.proxy().maxBodyBytes();
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && tooLong(length, max)) {
            ctx.response().putHeader("Connection", "close");
            Problems.write(ctx, Problems.tooLarge(max), Map.of());
            return;
        }
        if (!RouteTable.requiresToken(path)) {
            ctx.next();
            return;
        }
        // Hold the body until the caller is known; the proxy streams it on, or it is dropped.
        HttpServerRequest request = ctx.request();
        request.pause();
        Context context = Vertx.currentContext();
        Uni<SecurityIdentity> deferred = QuarkusHttpUser.getSecurityIdentity(ctx, null);
        deferred.subscribe().with(
                identity -> onContext(context, () -> admit(ctx, path, identity)),
                failure -> onContext(context, () -> {
                    if (identityProviderDown(failure)) {
                        LOG.warnf("the identity provider could not be reached (%s)", failure.getClass().getSimpleName());
                        ctx.request().resume();
                        Problems.write(ctx, Problems.body(503, "Service unavailable",
                                "the identity provider is unavailable; retry after the time in Retry-After"), Map.of("Retry-After", "5"));
                        return;
                    }
                    LOG.debugf("bearer token refused: %s", failure.getClass().getSimpleName());
                    unauthorized(ctx);
                }));
    }

    private void admit(RoutingContext ctx, String path, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            unauthorized(ctx);
            return;
        }
        String client = null;
        String subject = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object azp = jwt.getClaim("azp");
            client = azp == null ? null : azp.toString();
            subject = jwt.getSubject();
        }
        ctx.put(CLIENT_KEY, client == null ? "unknown" : client);
        if (RouteTable.requiresOps(path) && !identity.hasRole("ops")) {
            ctx.request().resume();
            Problems.write(ctx, Problems.forbidden(), Map.of());
            return;
        }
        RateLimiter.Decision decision = rateLimiter.tryConsume(client, subject);
        ctx.response().putHeader("RateLimit-Limit", Long.toString(decision.limit()));
        ctx.response().putHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        if (!decision.allowed()) {
            ctx.request().resume();
            Problems.write(ctx, Problems.tooManyRequests(),
                    Map.of("Retry-After", Long.toString(decision.retryAfterSeconds())));
            return;
        }
        if (RouteTable.upstreamFor(ctx.request().method().name(), path).isEmpty()) {
            // The gateway's own endpoints read no body; only the proxy streams one.
            ctx.request().resume();
        }
        ctx.next();
    }

    private static void unauthorized(RoutingContext ctx) {
        ctx.request().resume();
        Problems.write(ctx, Problems.unauthorized(), Map.of("WWW-Authenticate", "Bearer"));
    }

    /** Keycloak unreachable (its keys cannot be fetched) is not the caller's fault: 503, not 401. */
    public static boolean identityProviderDown(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.quarkus.security.AuthenticationFailedException) {
                return false;
            }
            if (t instanceof io.quarkus.oidc.OIDCException || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The first query parameter holding a control character (NUL, line breaks, DEL, C1), named;
     * null when there is none. Path parameters travel on: the owning service's platform filter
     * names them (it knows their names), and the gateway's own endpoints parse theirs.
     */
    static String controlCharacterParameter(RoutingContext ctx) {
        io.vertx.core.MultiMap query;
        try {
            query = ctx.queryParams();
        } catch (RuntimeException e) {
            return null;
        }
        for (String name : new java.util.TreeSet<>(query.names())) {
            if (hasControl(name)) {
                return "parameter";
            }
            if (query.getAll(name).stream().anyMatch(EdgeFilters::hasControl)) {
                return name;
            }
        }
        return null;
    }

    static boolean hasControl(String value) {
        return value != null && value.chars().anyMatch(Character::isISOControl);
    }

    private static boolean tooLong(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static void onContext(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }
}
