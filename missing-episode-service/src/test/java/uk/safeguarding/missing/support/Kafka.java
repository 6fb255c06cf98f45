package uk.safeguarding.missing.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.safeguarding.testing.KafkaBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Publishes CloudEvents to the test broker and reads what the service published. */
public final class Kafka {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Kafka() {
    }

    /** Publishes a structured-mode CloudEvent {@code uk.safeguarding.<shortType>.v1}; returns its id. */
    public static String publish(String topic, String key, String shortType, Map<String, Object> data) {
        return publish(topic, key, shortType, data, OffsetDateTime.now(ZoneOffset.UTC));
    }

    public static String publish(String topic, String key, String shortType, Map<String, Object> data, OffsetDateTime time) {
        ObjectNode event = JSON.createObjectNode();
        String id = UUID.randomUUID().toString();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", "/test");
        event.put("type", "uk.safeguarding." + shortType + ".v1");
        event.put("subject", key);
        event.put("time", time.toString());
        event.put("datacontenttype", "application/json");
        event.set("data", JSON.valueToTree(data));
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, JSON.writeValueAsString(event))).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the test event", e);
        }
        return id;
    }

    /** A record as read: key, the raw value and the parsed CloudEvent. */
    public record Event(String key, String raw, JsonNode json) {
        public String type() {
            return json.path("type").asText().replace("uk.safeguarding.", "").replace(".v1", "");
        }

        public JsonNode data() {
            return json.path("data");
        }
    }

    /**
     * Reads the whole topic (one partition) from the start, again and again, until the events with
     * this key satisfy {@code done}; returns them in order.
     */
    public static List<Event> await(String topic, String key, Predicate<List<Event>> done, Duration timeout) {
        return Await.until("events on " + topic + " for " + key, () -> read(topic, key), done, timeout);
    }

    public static List<Event> read(String topic, String key) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        events.add(new Event(r.key(), r.value(), parse(r.value())));
                    }
                }
            }
        }
        return events;
    }

    public static long count(List<Event> events, String shortType) {
        return events.stream().filter(e -> e.type().equals(shortType)).count();
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
