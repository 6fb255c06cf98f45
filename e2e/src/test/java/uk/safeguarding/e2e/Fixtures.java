package uk.safeguarding.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/** What the e2e scenarios share: callers with real tokens, and reading what went over Kafka. */
final class Fixtures {

    private Fixtures() {
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(StackExtension.tokens().user(username)).contentType(ContentType.JSON);
    }

    static RequestSpecification asMis() {
        return given().auth().oauth2(StackExtension.tokens().client("mis-hillside", "mis-hillside-secret")).contentType(ContentType.JSON);
    }

    /** Reads a topic from the beginning until {@code match} finds a record or the deadline passes. */
    static List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        // As the read-only operations principal (the broker refuses anonymous clients); its groups are ops-reader.*.
        Map<String, Object> config = new java.util.HashMap<>(StackExtension.stack().kafkaClientConfig("ops-reader"));
        config.putAll(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "ops-reader.e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (matched.isEmpty() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (match.test(record)) {
                        matched.add(record);
                    }
                }
            }
        }
        return matched;
    }

    /** Polls until the check passes (AssertionError otherwise) or the deadline passes. */
    static void eventually(Duration timeout, Runnable check) {
        Instant deadline = Instant.now().plus(timeout);
        AssertionError last = null;
        long pause = 200;
        while (Instant.now().isBefore(deadline)) {
            try {
                check.run();
                return;
            } catch (AssertionError e) {
                last = e;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause = Math.min(2000, pause * 2);
        }
        throw last == null ? new AssertionError("timed out") : last;
    }
}
