package uk.safeguarding.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Everything a service's {@code @QuarkusTest} needs from outside: a real Kafka broker, a
 * fresh test database on the local PostgreSQL, and OIDC verifying {@link TestTokens}.
 * Use with {@code @QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))}.
 * <p>With {@code release = previous} (see {@link UpgradeProfile}) the database is the one the last release
 * left: {@link PreviousRelease} migrates it as its owner role and loads {@code seed}; the service then
 * migrates as the owner role and runs as the runtime role, as in a deployment.
 */
public class ServiceTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;
    private boolean previousRelease;
    private String seed;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "service_test");
        previousRelease = "previous".equals(initArgs.get("release"));
        seed = initArgs.get("seed");
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", KafkaBroker.bootstrapServers());
        if (previousRelease) {
            config.put("quarkus.datasource.jdbc.url", PreviousRelease.build(database, seed));
            config.put("quarkus.datasource.username", TestDatabase.runtimeRole(database));
            config.put("quarkus.datasource.password", TestDatabase.RUNTIME_ROLE_PASSWORD);
            config.put("quarkus.flyway.username", TestDatabase.ownerRole(database));
            config.put("quarkus.flyway.password", TestDatabase.OWNER_ROLE_PASSWORD);
        } else {
            config.put("quarkus.datasource.jdbc.url", TestDatabase.recreate(database));
            config.put("quarkus.datasource.username", "postgres");
            config.put("quarkus.datasource.password", "");
            config.put("quarkus.flyway.username", "postgres");
            config.put("quarkus.flyway.password", "");
        }
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
