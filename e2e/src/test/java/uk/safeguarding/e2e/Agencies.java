package uk.safeguarding.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static uk.safeguarding.e2e.Fixtures.as;

/** The agencies' webhook endpoints for the whole e2e run, and their signing secrets. */
final class Agencies {

    private static WebhookReceiver receiver;
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

    private Agencies() {
    }

    static synchronized WebhookReceiver receiver() {
        if (receiver == null) {
            try {
                receiver = new WebhookReceiver();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(receiver::close));
        }
        return receiver;
    }

    /** Points the agency's channel at the receiver (path /{orgId}); returns the secret, shown once. */
    static synchronized String webhook(String orgId) {
        return SECRETS.computeIfAbsent(orgId, id -> as("admin.user")
                .body(Map.of("webhookUrl", receiver().url("/" + id)))
                .when().put("/api/agencies/" + id + "/channel")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("secret"));
    }
}
