package uk.safeguarding.platform.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.platform.config.PlatformConfig;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Forgets keys after their time to live (24 hours by default). */
@ApplicationScoped
public class IdempotencyPurge {

    private final PlatformConfig config;

    public IdempotencyPurge(PlatformConfig config) {
        this.config = config;
    }

    @Scheduled(every = "15m", delayed = "1m")
    @Transactional
    void purge() {
        IdempotencyRecord.delete("createdAt < ?1", OffsetDateTime.now(ZoneOffset.UTC).minus(config.idempotency().ttl()));
    }
}
