package uk.safeguarding.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.safeguarding.gateway.domain.Upstream;
import uk.safeguarding.testing.KafkaBroker;
import uk.safeguarding.testing.TestTokens;

import java.util.HashMap;
import java.util.Map;

/**
 * The gateway under test: stub services on random ports, OIDC verifying {@link TestTokens},
 * the shared in-JVM Kafka broker for the console's flow, short timeouts, and one client
 * ({@code rate-test}) with a tiny rate limit.
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String RATE_TEST_CLIENT = "rate-test";

    @Override
    public Map<String, String> start() {
        StubUpstreams stubs = StubUpstreams.get();
        Map<String, String> config = new HashMap<>();
        config.put("safeguarding.gateway.upstreams.concern", stubs.url(Upstream.CONCERN));
        config.put("safeguarding.gateway.upstreams.referral", stubs.url(Upstream.REFERRAL));
        config.put("safeguarding.gateway.upstreams.missing", stubs.url(Upstream.MISSING));
        config.put("safeguarding.gateway.upstreams.notification", stubs.url(Upstream.NOTIFICATION));
        config.put("quarkus.oidc.public-key", TestTokens.publicKeyBase64());
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        config.put("quarkus.oidc.token.audience", TestTokens.AUDIENCE);
        config.put("safeguarding.gateway.rate-limit.capacity", "100000");
        config.put("safeguarding.gateway.rate-limit.refill-tokens", "100000");
        config.put("safeguarding.gateway.rate-limit.clients." + RATE_TEST_CLIENT + ".capacity", "3");
        config.put("safeguarding.gateway.rate-limit.clients." + RATE_TEST_CLIENT + ".refill-tokens", "3");
        config.put("safeguarding.gateway.rate-limit.clients." + RATE_TEST_CLIENT + ".refill-period", "1h");
        config.put("safeguarding.gateway.proxy.idle-timeout", "2s");
        config.put("quarkus.fault-tolerance.\"uk.safeguarding.gateway.service.Circuits\".circuit-breaker.request-volume-threshold", "3");
        config.put("quarkus.fault-tolerance.\"uk.safeguarding.gateway.service.Circuits\".circuit-breaker.delay", "2000");
        config.put("quarkus.fault-tolerance.\"uk.safeguarding.gateway.service.Deadlines/source\".timeout.value", "2000");
        config.put("quarkus.fault-tolerance.\"uk.safeguarding.gateway.service.Deadlines/section\".timeout.value", "2000");
        config.put("safeguarding.gateway.ops.allow-injected-token", "true");
        config.put("safeguarding.gateway.ops.auth-url", FakeKeycloak.get().realmUrl());
        config.put("safeguarding.gateway.ops.kafka-sampling", "false");
        config.put("safeguarding.gateway.ops.kafka-bootstrap", KafkaBroker.bootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        // The stubs and the broker live as long as the test JVM.
    }
}
