package uk.safeguarding.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.List;
import java.util.Map;

/**
 * A real single-node KRaft broker (combined controller and broker) in the test JVM, started
 * once and shared by every test class of the run. Tests reach it through
 * {@code kafka.bootstrap.servers}, so the same test runs against any broker that names.
 */
public final class KafkaBroker {

    public static final List<String> TOPICS = List.of("safeguarding.children", "safeguarding.concerns",
            "safeguarding.referrals", "safeguarding.missing", "safeguarding.organisations", "safeguarding.deliveries",
            "safeguarding.disclosure-checkpoints");

    private static KafkaClusterTestKit cluster;

    private KafkaBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            String external = System.getProperty("test.kafka.bootstrap.servers");
            if (external != null && !external.isBlank()) {
                return external;
            }
            // A broker's fatal paths (e.g. a controlled shutdown cut short as the test JVM exits) call
            // Kafka's Exit; in a test JVM that must not end the JVM with a non-zero status, which
            // Surefire reports as a failed fork after every test has passed.
            Exit.setExitProcedure((status, message) -> System.err.println("[test-broker] exit(" + status + ") ignored: " + message));
            Exit.setHaltProcedure((status, message) -> System.err.println("[test-broker] halt(" + status + ") ignored: " + message));
            try {
                KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("num.partitions", "1")
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .build();
                kit.format();
                kit.startup();
                kit.waitForReadyBrokers();
                cluster = kit;
                createTopics(kit.bootstrapServers());
                Runtime.getRuntime().addShutdownHook(new Thread(KafkaBroker::stopWithin5Seconds, "kafka-test-broker-stop"));
            } catch (Exception e) {
                throw new IllegalStateException("could not start the test Kafka broker", e);
            }
        }
        return cluster.bootstrapServers();
    }

    private static void createTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(TOPICS.stream().map(t -> new NewTopic(t, 1, (short) 1)).toList()).all().get();
        }
    }

    /**
     * At JVM exit the broker gets five seconds: a controlled shutdown of a loaded machine can take
     * longer than Surefire waits for the fork to exit, and the process is going away anyway.
     */
    private static void stopWithin5Seconds() {
        Thread stopper = new Thread(KafkaBroker::stop, "kafka-test-broker-close");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static synchronized void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception ignored) {
                // shutting down
            }
            cluster = null;
        }
    }
}
