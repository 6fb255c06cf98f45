package uk.safeguarding.e2e;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract section 1: Kafka is a trust boundary. The broker of the real stack takes SASL/SCRAM-SHA-512 only
 * and authorises with the ACLs of config/kafka/access.txt; a forged {@code referral.created} is refused.
 */
@ExtendWith(StackExtension.class)
class KafkaTrustIT {

    private static final String FORGED_REFERRAL = "{\"specversion\":\"1.0\",\"type\":\"referral.created\",\"id\":\"" + UUID.randomUUID() + "\"}";

    @Test
    void anAnonymousClientCanNeitherWriteNorRead() {
        Map<String, Object> anonymous = new HashMap<>(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, StackExtension.stack().kafkaBootstrap()));
        Throwable refused = sendFails(anonymous, "safeguarding.referrals");
        assertThat(refused).isInstanceOf(TimeoutException.class);

        anonymous.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (KafkaConsumer<String, String> consumer = consumer(anonymous)) {
            assertThatThrownBy(() -> consumer.partitionsFor("safeguarding.referrals", Duration.ofSeconds(5)))
                    .isInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> config = new HashMap<>(StackExtension.stack().kafkaClientConfig("concern-service"));
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"concern-service\" password=\"guess\";");
        assertThat(sendFails(config, "safeguarding.concerns")).isInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void aServiceWritesNoTopicItDoesNotOwn() {
        // concern-service owns children and concerns; only referral-service may announce a referral.
        Throwable refused = sendFails(StackExtension.stack().kafkaClientConfig("concern-service"), "safeguarding.referrals");
        assertThat(refused).isInstanceOf(TopicAuthorizationException.class);
        assertThat(sendFails(StackExtension.stack().kafkaClientConfig("missing-episode-service"), "safeguarding.deliveries"))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aServiceReadsNoTopicItDoesNotConsume() {
        // missing-episode-service consumes children and organisations, never referrals.
        try (KafkaConsumer<String, String> consumer = consumer(StackExtension.stack().kafkaClientConfig("missing-episode-service"))) {
            consumer.assign(List.of(new TopicPartition("safeguarding.referrals", 0)));
            assertThatThrownBy(() -> {
                consumer.seekToBeginning(consumer.assignment());
                consumer.poll(Duration.ofSeconds(5));
            }).isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theGatewaysSamplerSeesOffsetsButReadsNoRecord() {
        try (KafkaConsumer<String, String> consumer = consumer(StackExtension.stack().kafkaClientConfig("gateway"))) {
            assertThat(consumer.partitionsFor("safeguarding.organisations", Duration.ofSeconds(10))).isNotEmpty();
            consumer.assign(List.of(new TopicPartition("safeguarding.organisations", 0)));
            assertThatThrownBy(() -> {
                consumer.seekToBeginning(consumer.assignment());
                consumer.poll(Duration.ofSeconds(5));
            }).isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void opsReaderReadsEveryTopicButWritesNone() {
        // The demo organisations are registered at start, so the directory topic has records.
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(StackExtension.stack().kafkaClientConfig("ops-reader"))) {
            List<TopicPartition> partitions = consumer.partitionsFor("safeguarding.organisations", Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plusSeconds(60);
            while (read.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(read::add);
            }
            for (String topic : StackExtension.stack().kafkaAccess().topics()) {
                TopicPartition partition = new TopicPartition(topic, 0);
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                consumer.poll(Duration.ofMillis(200));
                assertThat(consumer.position(partition)).as(topic).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(read).as("records read by ops-reader").isNotEmpty();
        assertThat(sendFails(StackExtension.stack().kafkaClientConfig("ops-reader"), "safeguarding.referrals"))
                .isInstanceOf(AuthorizationException.class);
    }

    /** Sends a forged event as the given client; returns why the broker refused it. */
    private static Throwable sendFails(Map<String, Object> client, String topic) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), FORGED_REFERRAL)).get();
        } catch (ExecutionException e) {
            return unwrap(e.getCause());
        } catch (RuntimeException e) {
            return unwrap(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        throw new AssertionError("the broker accepted a record on " + topic);
    }

    /** A fatal producer error may come wrapped in a plain KafkaException. */
    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t.getClass() == org.apache.kafka.common.KafkaException.class && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static KafkaConsumer<String, String> consumer(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.putIfAbsent(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return new KafkaConsumer<>(config);
    }
}
