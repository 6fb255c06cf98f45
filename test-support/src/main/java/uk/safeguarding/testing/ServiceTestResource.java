package uk.safeguarding.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Everything a service's {@code @QuarkusTest} needs from outside: a real Kafka broker, a
 * fresh test database on the local PostgreSQL, and OIDC verifying {@link TestTokens}.
 * Use with {@code @QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))}.
 */
public class ServiceTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "service_test");
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", KafkaBroker.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", TestDatabase.recreate(database));
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "");
        config.put("quarkus.flyway.username", "postgres");
        config.put("quarkus.flyway.password", "");
        // The service's migrations grant the runtime role as they would in a deployment; setup stays with postgres.
        config.put("quarkus.flyway.placeholders.runtime_role", TestDatabase.runtimeRole(database));
        config.put("quarkus.oidc.public-key", TestTokens.publicKeyBase64());
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        config.put("quarkus.oidc.token.audience", TestTokens.AUDIENCE);
        return config;
    }

    @Override
    public void stop() {
        // The broker is shared by the whole test JVM and stops with it.
    }
}
