package uk.safeguarding.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.testapp.FlakySender;
import uk.safeguarding.testing.KafkaBroker;
import uk.safeguarding.testing.ServiceTestResource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform_test"))
class OutboxTest {

    @Inject
    Outbox outbox;
    @Inject
    ObjectMapper mapper;

    @AfterEach
    void brokerBack() {
        FlakySender.brokerDown = false;
    }

    @Test
    void eventsOfACommittedTransactionArePublishedAtOnceInOrderAndOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        Instant committed = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3; i++) {
                outbox.publish(Topics.CONCERNS, "uk.safeguarding.test.v1", key, Map.of("n", i));
            }
        });
        List<JsonNode> events = read(key, 3, Duration.ofSeconds(15));
        assertThat(events).extracting(e -> e.get("data").get("n").asInt()).containsExactly(0, 1, 2);
        assertThat(events).extracting(e -> e.get("id").asText()).doesNotHaveDuplicates();
        assertThat(events.get(0).get("specversion").asText()).isEqualTo("1.0");
        assertThat(events.get(0).get("source").asText()).isEqualTo("/platform-test");
        assertThat(events.get(0).get("subject").asText()).isEqualTo(key);
        // The after-commit hook publishes well before the 1 s sweep would.
        assertThat(Duration.between(committed, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("recordKey = ?1 and publishedAt is null", key))).isZero();
    }

    @Test
    void aRolledBackTransactionPublishesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(Topics.CONCERNS, "uk.safeguarding.test.v1", key, Map.of("n", 1));
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("recordKey", key))).isZero();
        assertThat(read(key, 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void whileTheBrokerIsDownRowsWaitAndWhenItReturnsTheyArePublishedOnceInOrder() throws Exception {
        String key = UUID.randomUUID().toString();
        FlakySender.brokerDown = true;
        for (int i = 0; i < 4; i++) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(Topics.CONCERNS, "uk.safeguarding.test.v1", key, Map.of("n", n)));
        }
        // Let the after-commit hook and at least two sweeps fail.
        waitFor(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("recordKey = ?1 and attempts >= 2", key)) > 0, Duration.ofSeconds(15));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("recordKey = ?1 and publishedAt is null", key))).isEqualTo(4);

        FlakySender.brokerDown = false;
        List<JsonNode> events = read(key, 4, Duration.ofSeconds(20));
        assertThat(events).extracting(e -> e.get("data").get("n").asInt()).containsExactly(0, 1, 2, 3);
        // Nothing more arrives: each was published once.
        assertThat(read(key, 5, Duration.ofSeconds(3))).hasSize(4);
    }

    private List<JsonNode> read(String key, int atLeast, Duration timeout) throws Exception {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<JsonNode> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.CONCERNS));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < atLeast && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(mapper.readTree(record.value()));
                    }
                }
            }
        }
        return found;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition within " + timeout).isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
