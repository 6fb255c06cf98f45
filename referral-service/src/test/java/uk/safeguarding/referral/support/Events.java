package uk.safeguarding.referral.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Feeds CloudEvents to the real broker and watches what the service publishes: a background
 * consumer per topic, from the beginning, shared by the whole test run.
 */
public final class Events {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static KafkaProducer<String, String> producer;
    private static final Map<String, List<JsonNode>> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    private Events() {
    }

    /** Publishes a CloudEvent; returns its id. */
    public static String publish(String topic, String shortType, String key, Object data) {
        return publish(topic, shortType, key, data, UUID.randomUUID().toString());
    }

    public static String publish(String topic, String shortType, String key, Object data, String id) {
        var event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", "/test");
        event.put("type", "uk.safeguarding." + shortType + ".v1");
        event.put("subject", key);
        event.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        event.put("datacontenttype", "application/json");
        event.set("data", JSON.valueToTree(data));
        try {
            producer().send(new ProducerRecord<>(topic, key, JSON.writeValueAsString(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish a test event", e);
        }
        return id;
    }

    /** Waits for an event on {@code topic} of this short type matching {@code data}; returns its data. */
    public static JsonNode await(String topic, String shortType, Predicate<JsonNode> data) {
        return Await.until(shortType + " on " + topic, () -> matching(topic, shortType, data), l -> !l.isEmpty()).get(0);
    }

    /** Every event seen so far on {@code topic} of this short type matching {@code data}. */
    public static List<JsonNode> matching(String topic, String shortType, Predicate<JsonNode> data) {
        String type = "uk.safeguarding." + shortType + ".v1";
        return seen(topic).stream().filter(e -> type.equals(e.path("type").asText())).map(e -> e.get("data"))
                .filter(data).toList();
    }

    private static synchronized List<JsonNode> seen(String topic) {
        return SEEN.computeIfAbsent(topic, Events::watch);
    }

    private static List<JsonNode> watch(String topic) {
        List<JsonNode> events = new CopyOnWriteArrayList<>();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-watch-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
        Thread thread = new Thread(() -> {
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    try {
                        events.add(JSON.readTree(record.value()));
                    } catch (Exception ignored) {
                        // not JSON: not ours
                    }
                }
            }
        }, "test-watch-" + topic);
        thread.setDaemon(true);
        thread.start();
        return events;
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }
}
