package uk.safeguarding.notification.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.safeguarding.notification.repository.Delivery;
import uk.safeguarding.platform.directory.OrganisationProjection;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** What the notification-service tests set up and observe: organisations, events in, deliveries and events out. */
public final class Fixtures {

    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static KafkaProducer<String, String> producer;
    private static KafkaConsumer<String, String> deliveriesConsumer;
    private static final List<JsonNode> DELIVERY_EVENTS = new ArrayList<>();

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // ---- organisations ----------------------------------------------------------------------

    public static void org(String id, OrganisationType type) {
        org(id, type, null, null);
    }

    public static void org(String id, OrganisationType type, String localAuthority, String policeForce) {
        QuarkusTransaction.requiringNew().run(() -> {
            OrganisationProjection row = OrganisationProjection.findById(id);
            if (row == null) {
                row = new OrganisationProjection();
                row.id = id;
            }
            row.name = "Org " + id;
            row.type = type;
            row.localAuthorityOrgId = localAuthority;
            row.policeForceOrgId = policeForce;
            row.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            row.persist();
        });
    }

    /** An admin sets a webhook for the agency; returns the generated secret. */
    public static String webhook(String orgId, String hook) {
        return given().auth().oauth2(TestTokens.token("ADMIN-ORG", "admin")).contentType(ContentType.JSON)
                .body(Map.of("webhookUrl", Stub.get().hookUrl(hook)))
                .when().put("/api/agencies/{org}/channel", orgId)
                .then().statusCode(201).extract().path("secret");
    }

    // ---- events in ------------------------------------------------------------------------------

    /** Publishes a CloudEvent as a producer service would; returns its id. */
    public static String publish(String topic, String shortType, Object key, Object data) {
        return publish(topic, shortType, key, data, UUID.randomUUID().toString());
    }

    public static synchronized String publish(String topic, String shortType, Object key, Object data, String eventId) {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", eventId);
        event.put("source", "/test");
        event.put("type", EventTypes.of(shortType));
        event.put("subject", key.toString());
        event.put("time", OffsetDateTime.now(ZoneOffset.UTC));
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        try {
            producer.send(new ProducerRecord<>(topic, key.toString(), JSON.writeValueAsString(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    // ---- observing ---------------------------------------------------------------------------------

    public static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(WAIT);
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            last = probe.get();
            if (last != null && done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("timed out waiting for " + what + "; last seen: " + last);
    }

    public static List<Delivery> deliveriesOf(String sourceEventId) {
        return QuarkusTransaction.requiringNew().call(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createQuery("from Delivery where sourceEventId = ?1 order by recipientKey", Delivery.class)
                .setParameter(1, sourceEventId).getResultList());
    }

    public static Delivery delivery(UUID id) {
        return QuarkusTransaction.requiringNew().call(() ->
                io.quarkus.hibernate.orm.panache.Panache.getEntityManager().find(Delivery.class, id));
    }

    /** Waits until the event produced exactly {@code count} deliveries, and returns them. */
    public static List<Delivery> awaitDeliveries(String sourceEventId, int count) {
        return await(count + " deliveries of " + sourceEventId, () -> deliveriesOf(sourceEventId), l -> l.size() >= count);
    }

    public static Delivery awaitStatus(UUID id, String status) {
        return await("delivery " + id + " " + status, () -> delivery(id), d -> d != null && d.status.name().equals(status));
    }

    /** delivery.* events on safeguarding.deliveries for a delivery. */
    public static synchronized List<JsonNode> deliveryEvents(UUID deliveryId) {
        if (deliveriesConsumer == null) {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
            props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            deliveriesConsumer = new KafkaConsumer<>(props);
            TopicPartition partition = new TopicPartition(Topics.DELIVERIES, 0);
            deliveriesConsumer.assign(List.of(partition));
            deliveriesConsumer.seekToBeginning(List.of(partition));
        }
        for (ConsumerRecord<String, String> record : deliveriesConsumer.poll(Duration.ofMillis(200))) {
            try {
                DELIVERY_EVENTS.add(JSON.readTree(record.value()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return DELIVERY_EVENTS.stream().filter(e -> deliveryId.toString().equals(e.path("data").path("deliveryId").asText())).toList();
    }

    public static JsonNode awaitDeliveryEvent(UUID deliveryId, String shortType) {
        List<JsonNode> events = await(shortType + " for " + deliveryId, () -> deliveryEvents(deliveryId),
                l -> l.stream().anyMatch(e -> e.path("type").asText().equals(EventTypes.of(shortType))));
        return events.stream().filter(e -> e.path("type").asText().equals(EventTypes.of(shortType))).findFirst().orElseThrow();
    }
}
