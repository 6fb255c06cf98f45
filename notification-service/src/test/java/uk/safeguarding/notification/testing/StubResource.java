package uk.safeguarding.notification.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.safeguarding.notification.domain.CheckpointSignature;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Base64;
import java.util.Map;

/**
 * Points the data owners' URLs and the notifier's token endpoint at the local {@link Stub}
 * (a port chosen here; the stub binds it from the test side, so the tests drive it directly),
 * and supplies a checkpoint signing key made for the run.
 */
public class StubResource implements QuarkusTestResourceLifecycleManager {

    public static final String PORT_PROPERTY = "notification.test.stub.port";

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.setProperty(PORT_PROPERTY, Integer.toString(port));
        String base = "http://127.0.0.1:" + port;
        return Map.of(
                "quarkus.rest-client.concern-service.url", base + "/concern",
                "quarkus.rest-client.referral-service.url", base + "/referral",
                "quarkus.rest-client.missing-episode-service.url", base + "/missing",
                "quarkus.oidc-client.auth-server-url", base + "/realms/test",
                // A checkpoint signing key made for this run, as a deployment supplies one from outside.
                "safeguarding.notification.checkpoint.signing-key",
                Base64.getEncoder().encodeToString(CheckpointSignature.generate().getPrivate().getEncoded()));
    }

    @Override
    public void stop() {
        // The stub lives as long as the test JVM.
    }
}
