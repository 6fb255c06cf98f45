package uk.safeguarding.e2e;

import io.restassured.RestAssured;
import io.restassured.filter.log.LogDetail;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.safeguarding.devstack.Stack;
import uk.safeguarding.devstack.Tokens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts the real stack once for the whole e2e run (Kafka broker process, Keycloak with the
 * realm export, the five service jars on fresh databases) and stops it when the run ends.
 */
public class StackExtension implements BeforeAllCallback {

    private static Stack stack;
    private static Tokens tokens;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (StackExtension.class) {
            if (stack == null) {
                Path root = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
                stack = Stack.start(Stack.Options.e2e(root));
                tokens = new Tokens(stack.issuer());
                System.out.println("[e2e] stack up; start times " + stack.startTimes() + "; RSS MiB " + stack.rss());
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("safeguarding-stack",
                        (ExtensionContext.Store.CloseableResource) () -> {
                            System.out.println("[e2e] RSS MiB at the end " + stack.rss());
                            stack.close();
                        });
                RestAssured.baseURI = stack.gatewayUrl();
                RestAssured.enableLoggingOfRequestAndResponseIfValidationFails(LogDetail.ALL);
                awaitDirectoryEverywhere();
            }
        }
    }

    /**
     * referral-service seeds the demo directory at start and every other service learns it from
     * Kafka; until it has, a role answers 403 there (its organisation's type is unknown). No test
     * starts before each service answers a setting's and an agency's user.
     */
    private static void awaitDirectoryEverywhere() {
        Map<String, String> probes = new LinkedHashMap<>();
        probes.put("staff.hillside", "/api/children?q=directory-probe");
        probes.put("staff.oakhouse", "/api/missing-episodes");
        probes.put("dcpo.hillside", "/api/inbox");
        probes.put("sw.bristol", "/api/inbox");
        probes.put("police.avon", "/api/referrals");
        for (Map.Entry<String, String> probe : probes.entrySet()) {
            String token = tokens.user(probe.getKey());
            Fixtures.eventually(Duration.ofSeconds(120), () -> RestAssured.given().auth().oauth2(token).when()
                    .get(probe.getValue()).then().statusCode(200));
        }
    }

    public static Stack stack() {
        return stack;
    }

    public static Tokens tokens() {
        return tokens;
    }
}
