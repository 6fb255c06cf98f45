package uk.safeguarding.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import uk.safeguarding.gateway.domain.Upstream;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Everything the gateway can be told; defaults fit the local stack. */
@ConfigMapping(prefix = "safeguarding.gateway")
public interface GatewayConfig {

    Upstreams upstreams();

    Proxy proxy();

    RateLimit rateLimit();

    Timeline timeline();

    Ops ops();

    interface Upstreams {
        @WithDefault("http://localhost:8081")
        URI concern();

        @WithDefault("http://localhost:8082")
        URI referral();

        @WithDefault("http://localhost:8083")
        URI missing();

        @WithDefault("http://localhost:8084")
        URI notification();

        default URI of(Upstream upstream) {
            return switch (upstream) {
                case CONCERN -> concern();
                case REFERRAL -> referral();
                case MISSING -> missing();
                case NOTIFICATION -> notification();
            };
        }
    }

    interface Proxy {
        /** Time to open a connection to a service. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Longest silence from a service while waiting for or streaming an answer. */
        @WithDefault("30s")
        Duration idleTimeout();

        /** Request bodies above this many bytes answer 413 (contract section 3: 1 MiB). */
        @WithDefault("1048576")
        long maxBodyBytes();
    }

    interface RateLimit {
        /** Burst: requests a client (token azp + subject) may make at once. */
        @WithDefault("120")
        long capacity();

        /** Tokens added back per {@link #refillPeriod()}. */
        @WithDefault("120")
        long refillTokens();

        @WithDefault("1m")
        Duration refillPeriod();

        /** Per-client (azp) overrides, e.g. for a school MIS doing a nightly upsert. */
        @WithName("clients")
        Map<String, ClientLimit> clients();

        interface ClientLimit {
            long capacity();

            long refillTokens();

            @WithDefault("1m")
            Duration refillPeriod();
        }
    }

    /** The waits for a source or a section are SmallRye Fault Tolerance timeouts (application.properties, {@code Deadlines}). */
    interface Timeline {
        /** Items fetched per source (the newest; a list page is at most 200). */
        @WithDefault("200")
        int pageSize();
    }

    interface Ops {
        /** The Keycloak realm the console logs in to (browser-facing URL). */
        @WithDefault("http://localhost:8180/realms/safeguarding")
        String authUrl();

        @WithDefault("safeguarding-web")
        String clientId();

        /** Test-only: the console may take a token from sessionStorage instead of logging in. */
        @WithDefault("false")
        boolean allowInjectedToken();

        /** How much Kafka history the console keeps and draws. */
        @WithDefault("1h")
        Duration window();

        /** Whether to sample Kafka offsets at all (off in tests that have no broker). */
        @WithDefault("true")
        boolean kafkaSampling();

        Optional<String> kafkaBootstrap();

        /** {@code SASL_PLAINTEXT} (or {@code SASL_SSL}) in every deployment; {@code PLAINTEXT} only for the test broker. */
        @WithDefault("SASL_PLAINTEXT")
        String kafkaSecurityProtocol();

        /** The sampler's read-only Kafka principal (SCRAM-SHA-512). */
        @WithDefault("gateway")
        String kafkaUsername();

        /** Its password; no default in production, so a missing one stops the gateway at start. */
        String kafkaPassword();
    }
}
