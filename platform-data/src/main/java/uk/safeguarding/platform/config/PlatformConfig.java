package uk.safeguarding.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the shared mechanisms; each service sets {@code safeguarding.platform.service-name}. */
@ConfigMapping(prefix = "safeguarding.platform")
public interface PlatformConfig {

    /** Used as the CloudEvent {@code source} and the consumer name of the inbox. */
    String serviceName();

    Outbox outbox();

    Idempotency idempotency();

    interface Outbox {
        /** The safety-net sweep; the normal path publishes right after commit. */
        @WithDefault("5s")
        Duration sweepInterval();

        @WithDefault("200")
        int batchSize();

        /** How long one publish waits for the broker's acknowledgement. */
        @WithDefault("10s")
        Duration sendTimeout();

        /** Published rows older than this are deleted. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Idempotency {
        @WithDefault("PT24H")
        Duration ttl();

        /** A claimed key whose request never finished (a crash) may be taken again after this. */
        @WithDefault("PT1M")
        Duration inFlightTimeout();
    }
}
