package uk.safeguarding.notification.client;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import uk.safeguarding.notification.config.CheckpointConfig;
import uk.safeguarding.notification.domain.Checkpoint;
import uk.safeguarding.notification.domain.CheckpointSignature;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.DisclosureCheckpointEvent;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the witness: the newest checkpoint on {@code safeguarding.disclosure-checkpoints} whose
 * signature holds. The topic is outside the database, so a database superuser can neither
 * delete its records nor forge one. Read afresh at each call (from the end, stepping back a
 * window at a time), so a restart forgets nothing and another replica's checkpoints count too.
 */
@ApplicationScoped
public class CheckpointWitness {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> kafka;
    private final CheckpointConfig config;
    private final CloudEvents cloudEvents;

    public CheckpointWitness(@Identifier("default-kafka-broker") Map<String, Object> kafka, CheckpointConfig config,
                             CloudEvents cloudEvents) {
        this.kafka = kafka;
        this.config = config;
        this.cloudEvents = cloudEvents;
    }

    /** The topic could not be read in time: the caller decides what that means. */
    public static class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }

    /** @return the valid checkpoint with the most entries in the newest window that holds one; empty for none on the topic */
    public Optional<Checkpoint.Signed> newest(PublicKey key) {
        Instant deadline = Instant.now().plus(config.witness().timeout());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(Topics.DISCLOSURE_CHECKPOINTS, left(deadline));
            Checkpoint.Signed best = null;
            for (PartitionInfo info : partitions == null ? List.<PartitionInfo>of() : partitions) {
                Checkpoint.Signed found = newestIn(consumer, new TopicPartition(info.topic(), info.partition()), key, deadline);
                if (found != null && (best == null || found.entries() > best.entries())) {
                    best = found;
                }
            }
            return Optional.ofNullable(best);
        } catch (KafkaException e) {
            throw new Unavailable("the checkpoint topic cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Checkpoint.Signed newestIn(KafkaConsumer<String, String> consumer, TopicPartition partition, PublicKey key,
                                       Instant deadline) {
        consumer.assign(List.of(partition));
        long begin = consumer.beginningOffsets(List.of(partition), left(deadline)).get(partition);
        long end = consumer.endOffsets(List.of(partition), left(deadline)).get(partition);
        int window = Math.max(1, config.witness().window());
        for (long to = end; to > begin; to = Math.max(begin, to - window)) {
            long from = Math.max(begin, to - window);
            Checkpoint.Signed best = null;
            consumer.seek(partition, from);
            while (consumer.position(partition, left(deadline)) < to) {
                for (ConsumerRecord<String, String> record : consumer.poll(pollFor(deadline))) {
                    if (record.offset() >= to) {
                        break;
                    }
                    Checkpoint.Signed signed = parse(record.value());
                    if (signed != null && CheckpointSignature.verify(signed.checkpoint(), signed.signature(), key)
                            && (best == null || signed.entries() > best.entries())) {
                        best = signed;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private Checkpoint.Signed parse(String value) {
        try {
            CloudEvent event = cloudEvents.parse(value);
            if (!EventTypes.DISCLOSURE_CHECKPOINT.equals(event.type())) {
                return null;
            }
            DisclosureCheckpointEvent data = cloudEvents.data(event, DisclosureCheckpointEvent.class);
            return new Checkpoint.Signed(new Checkpoint(data.entries(), data.headHash(), data.at()), data.signature());
        } catch (RuntimeException e) {
            // Not a checkpoint, or not one we can read: it witnesses nothing.
            return null;
        }
    }

    private static Duration left(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new Unavailable("the checkpoint topic was not read in time");
        }
        return left;
    }

    private static Duration pollFor(Instant deadline) {
        Duration left = left(deadline);
        return left.compareTo(POLL) < 0 ? left : POLL;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "notification-service-checkpoint-witness");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.max(1, config.witness().window()));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        long timeout = config.witness().timeout().toMillis();
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout);
        props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, timeout / 2));
        return props;
    }
}
