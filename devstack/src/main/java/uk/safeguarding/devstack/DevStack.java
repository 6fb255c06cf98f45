package uk.safeguarding.devstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** {@code ./run.sh}: starts the platform, loads demo data, prints where everything is, stops on Ctrl-C. */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        System.out.println("Starting Safeguarding Exchange (Kafka, Keycloak, 5 services); logs in " + root.resolve(".devstack/logs"));
        Stack stack = Stack.start(Stack.Options.local(root));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping everything the stack started...");
            stack.close();
            stopped.countDown();
        }, "devstack-stop"));
        Tokens tokens = new Tokens(stack.issuer());
        DemoData.load(stack.gatewayUrl(), tokens);
        System.out.println(banner(stack));
        stopped.await();
    }

    static String banner(Stack stack) {
        StringBuilder out = new StringBuilder("\nSafeguarding Exchange is up (in " + stack.startTimes().get("stack").toSeconds() + " s).\n\n");
        out.append("  Gateway (the only public entry)  ").append(stack.gatewayUrl()).append('\n');
        out.append("  Operations console               ").append(stack.gatewayUrl()).append("/ops\n");
        out.append("  Keycloak admin (admin / admin)   ").append(stack.keycloakUrl()).append("/admin\n");
        out.append("  Kafka bootstrap                  ").append(stack.kafkaBootstrap())
                .append("  (SASL_PLAINTEXT, SCRAM-SHA-512; read-only: ops-reader / ops-reader-secret)\n");
        for (Stack.Service s : Stack.SERVICES) {
            out.append(String.format("  %-32s http://localhost:%d/q/swagger-ui  (health and metrics: http://localhost:%d/q/health, /q/metrics)%n",
                    s.name(), s.port(), s.managementPort()));
        }
        out.append("\nDemo logins (password \"demo\", realm safeguarding, client safeguarding-web): see README.md.\n");
        out.append("  e.g. dcpo.hillside, staff.hillside, dcpo.oakhouse, sw.bristol, police.avon, ofsted.inspector,\n");
        out.append("       specialist.base, ops.user, auditor.user, admin.user; MIS client mis-hillside / mis-hillside-secret\n");
        out.append("\nGet a token:\n  curl -s -d grant_type=password -d client_id=safeguarding-web -d username=dcpo.hillside -d password=demo \\\n");
        out.append("    ").append(stack.issuer()).append("/protocol/openid-connect/token | jq -r .access_token\n");
        out.append("\nProcess memory (RSS MiB): ").append(stack.rss()).append('\n');
        out.append("Press Ctrl-C to stop everything.\n");
        return out.toString();
    }
}
