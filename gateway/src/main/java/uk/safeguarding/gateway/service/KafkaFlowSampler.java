package uk.safeguarding.gateway.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.SaslConfigs;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.safeguarding.gateway.config.GatewayConfig;
import uk.safeguarding.gateway.domain.FlowHistory;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Samples Kafka every 30 s with the AdminClient: the end offset of every
 * {@code safeguarding.*} topic and the lag of every consumer group, into an in-memory ring
 * buffer of the last hour for the operations console. Reads offsets only, never a record: it
 * authenticates as a principal with DESCRIBE rights only (config/kafka/access.txt).
 */
@ApplicationScoped
public class KafkaFlowSampler {

    private static final Logger LOG = Logger.getLogger(KafkaFlowSampler.class);
    private static final String TOPIC_PREFIX = "safeguarding.";

    @Inject
    GatewayConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String defaultBootstrap;

    private FlowHistory history;
    private Admin admin;
    private volatile boolean lastSampleFailed;

    public synchronized FlowHistory history() {
        if (history == null) {
            history = new FlowHistory(config.ops().window());
        }
        return history;
    }

    public boolean available() {
        return !lastSampleFailed && history().size() > 0;
    }

    @Scheduled(every = "${safeguarding.gateway.ops.sample-every:30s}", delayed = "${safeguarding.gateway.ops.sample-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.ops().kafkaSampling()) {
            sample();
        }
    }

    /** Takes one sample now; false when Kafka could not be read. */
    public synchronized boolean sample() {
        try {
            Admin client = admin();
            Set<String> topics = client.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(TOPIC_PREFIX))
                    .collect(Collectors.toSet());
            Set<TopicPartition> partitions = new HashSet<>();
            if (!topics.isEmpty()) {
                Map<String, TopicDescription> descriptions = client.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
                descriptions.values().forEach(d -> d.partitions()
                        .forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
            }
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new TreeMap<>();
            Collection<ConsumerGroupListing> groups = client.listConsumerGroups().all().get(10, TimeUnit.SECONDS);
            for (ConsumerGroupListing group : groups) {
                Map<TopicPartition, OffsetAndMetadata> offsets = client.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                committed.put(group.groupId(), offsets);
                offsets.keySet().stream().filter(tp -> tp.topic().startsWith(TOPIC_PREFIX)).forEach(partitions::add);
            }
            Map<TopicPartition, Long> ends = endOffsets(client, partitions);
            Map<String, Long> topicEnds = new TreeMap<>();
            ends.forEach((tp, end) -> topicEnds.merge(tp.topic(), end, Long::sum));
            Map<String, Long> lag = new TreeMap<>();
            committed.forEach((group, offsets) -> {
                long total = 0;
                boolean any = false;
                for (var entry : offsets.entrySet()) {
                    Long end = ends.get(entry.getKey());
                    if (end != null && entry.getValue() != null) {
                        total += Math.max(0, end - entry.getValue().offset());
                        any = true;
                    }
                }
                if (any) {
                    lag.put(group, total);
                }
            });
            history().add(new FlowHistory.Sample(Instant.now(), topicEnds, lag));
            lastSampleFailed = false;
            return true;
        } catch (Exception e) {
            if (!lastSampleFailed) {
                LOG.warnf("Kafka could not be sampled (%s); the console shows the flow as unavailable", e.getClass().getSimpleName());
            }
            lastSampleFailed = true;
            return false;
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin client, Set<TopicPartition> partitions) throws Exception {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = client.listOffsets(request).all().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, Long> ends = new HashMap<>();
        result.forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    private Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.ops().kafkaBootstrap().orElse(defaultBootstrap));
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "gateway-ops");
            GatewayConfig.Ops ops = config.ops();
            props.put(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, ops.kafkaSecurityProtocol());
            if (ops.kafkaSecurityProtocol().startsWith("SASL")) {
                props.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
                props.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + ops.kafkaUsername() + "\" password=\"" + ops.kafkaPassword() + "\";");
            }
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
            admin = null;
        }
    }
}
