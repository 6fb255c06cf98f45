package uk.safeguarding.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of notification-service. */
@ConfigMapping(prefix = "safeguarding.notification")
public interface NotificationConfig {

    /** Loopback webhook targets: only in the local profile and the local stack. */
    @WithDefault("false")
    boolean allowLoopback();

    /** Addresses or CIDR ranges that webhooks may reach although private, link-local or reserved. */
    Optional<List<String>> webhookAllowList();

    /** The CloudEvent {@code source} of webhook bodies. */
    @WithDefault("/notification-service")
    String source();

    Delivery delivery();

    interface Delivery {
        /** Attempts per cycle before a delivery is dead-lettered (an ops retry starts a new cycle). */
        @WithDefault("8")
        int maxAttempts();

        @WithDefault("30s")
        Duration initialBackoff();

        @WithDefault("1h")
        Duration maxBackoff();

        /** The random part of each backoff delay, 0 to 1. */
        @WithDefault("0.5")
        double jitter();

        @WithDefault("5s")
        Duration connectTimeout();

        /** How long a webhook receiver may take to answer. */
        @WithDefault("10s")
        Duration requestTimeout();

        /** A claimed delivery is taken again after this if its attempt never finished (a crash). */
        @WithDefault("2m")
        Duration lease();

        /** How often due deliveries are looked for (new ones are also started right after they are recorded). */
        @WithDefault("2s")
        Duration pollInterval();

        /** Deliveries claimed per sweep, and sent in parallel. */
        @WithDefault("4")
        int parallelism();

        /** How long a rotated-out secret still signs. */
        @WithDefault("PT24H")
        Duration rotationOverlap();
    }
}
