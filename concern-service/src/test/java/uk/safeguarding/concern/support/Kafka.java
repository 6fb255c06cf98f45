package uk.safeguarding.concern.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.safeguarding.testing.KafkaBroker;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Events in and out of the real broker, for tests. */
public final class Kafka {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Kafka() {
    }

    /** Publishes a CloudEvent; returns its id. */
    public static String publish(String topic, String type, String key, Object data) {
        return publish(topic, UUID.randomUUID().toString(), type, key, data);
    }

    public static String publish(String topic, String id, String type, String key, Object data) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", "/test");
        event.put("type", type);
        event.put("subject", key);
        event.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        event.put("datacontenttype", "application/json");
        event.set("data", MAPPER.valueToTree(data));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, key, MAPPER.writeValueAsString(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish", e);
        }
        return id;
    }

    /** Reads the topic from the start until {@code count} matching events arrived or the deadline passed. */
    public static List<JsonNode> await(String topic, Predicate<JsonNode> matching, int count, Duration within) {
        List<JsonNode> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(within);
            while (Instant.now().isBefore(deadline) && found.size() < count) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    JsonNode event = MAPPER.readTree(record.value());
                    ((ObjectNode) event).put("_key", record.key());
                    if (matching.test(event)) {
                        found.add(event);
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not consume", e);
        }
        return found;
    }

    /** The first matching event within 30 seconds; fails when none came. */
    public static JsonNode awaitOne(String topic, Predicate<JsonNode> matching) {
        List<JsonNode> found = await(topic, matching, 1, Duration.ofSeconds(30));
        if (found.isEmpty()) {
            throw new AssertionError("no matching event on " + topic + " within 30 s");
        }
        return found.get(0);
    }

    public static Predicate<JsonNode> ofType(String type, String dataField, String value) {
        return e -> type.equals(e.path("type").asText()) && value.equals(e.path("data").path(dataField).asText());
    }
}
