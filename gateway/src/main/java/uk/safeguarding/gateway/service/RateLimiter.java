package uk.safeguarding.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.safeguarding.gateway.config.GatewayConfig;

import java.time.Duration;

/**
 * Per-client rate limit: one Bucket4j token bucket per (token {@code azp}, subject), sized by
 * the client's override or the default. Buckets of idle clients are forgotten.
 */
@ApplicationScoped
public class RateLimiter {

    /** Whether a request may pass and, if not, how long the client should wait. */
    public record Decision(boolean allowed, long limit, long remaining, long retryAfterSeconds) {
    }

    private final GatewayConfig.RateLimit config;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    @Inject
    public RateLimiter(GatewayConfig config) {
        this.config = config.rateLimit();
    }

    public Decision tryConsume(String clientId, String subject) {
        String client = clientId == null ? "-" : clientId;
        Bandwidth bandwidth = bandwidthFor(client);
        Bucket bucket = buckets.get(client + '\u0000' + (subject == null ? "-" : subject),
                k -> Bucket.builder().addLimit(bandwidth).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long retryAfter = probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(probe.isConsumed(), bandwidth.getCapacity(), probe.getRemainingTokens(), retryAfter);
    }

    private Bandwidth bandwidthFor(String client) {
        GatewayConfig.RateLimit.ClientLimit override = config.clients().get(client);
        if (override != null) {
            return Bandwidth.builder().capacity(override.capacity())
                    .refillGreedy(override.refillTokens(), override.refillPeriod()).build();
        }
        return Bandwidth.builder().capacity(config.capacity())
                .refillGreedy(config.refillTokens(), config.refillPeriod()).build();
    }
}
