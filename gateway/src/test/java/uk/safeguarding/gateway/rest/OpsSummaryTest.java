package uk.safeguarding.gateway.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.gateway.domain.Upstream;
import uk.safeguarding.gateway.service.KafkaFlowSampler;
import uk.safeguarding.gateway.support.GatewayTestResource;
import uk.safeguarding.gateway.support.OpsSections;
import uk.safeguarding.gateway.support.StubUpstreams;
import uk.safeguarding.testing.KafkaBroker;
import uk.safeguarding.testing.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class OpsSummaryTest {

    final StubUpstreams stubs = StubUpstreams.get();
    final String ops = TestTokens.token("OPS-1", "ops");

    @Inject
    KafkaFlowSampler sampler;

    @BeforeEach
    void reset() {
        stubs.reset();
    }

    @Test
    void aggregatesTheSectionsWithoutPersonalDataAndMarksFailuresUnavailable() {
        OpsSections.script(stubs);
        String body = given().auth().oauth2(ops).when().get("/ops/api/summary").then()
                .statusCode(200)
                .body("deliveries.status", equalTo("ok"))
                .body("deliveries.byStatus.DELIVERED", equalTo(41))
                .body("deliveries.byAgency.'LA-801'.DEAD_LETTERED", equalTo(1))
                .body("deliveries", not(hasKey("note")))
                .body("deadLetters.status", equalTo("ok"))
                .body("deadLetters.total", equalTo(1))
                .body("deadLetters.items[0].id", equalTo("d-0001"))
                .body("deadLetters.items[0].attempts", equalTo(8))
                .body("deadLetters.items[0]", not(hasKey("childId")))
                .body("unlinkedMissingReports.items[0].pendingLink", equalTo(true))
                .body("overdueReferrals.status", equalTo("unavailable"))
                .body("overdueReferrals.reason", containsString("referral-service"))
                .body("overdueReturnInterviews.status", equalTo("unavailable"))
                .extract().asString();
        for (String secret : new String[] {"Jo Bloggs", "givenName", "the park", "0c5e2b7a", "lastError"}) {
            assertThat(body).doesNotContain(secret);
        }
        assertThat(stubs.received(Upstream.NOTIFICATION)).allSatisfy(r ->
                assertThat(r.headers().get("authorization")).isEqualTo("Bearer " + ops));
    }

    @Test
    void aServiceThatIsDownLeavesTheOtherSectionsShowing() {
        OpsSections.script(stubs);
        stubs.mode(Upstream.MISSING, StubUpstreams.Mode.HANG);
        given().auth().oauth2(ops).when().get("/ops/api/summary").then()
                .statusCode(200)
                .body("unlinkedMissingReports.status", equalTo("unavailable"))
                .body("deadLetters.status", equalTo("ok"));
    }

    @Test
    void samplesEventsPerTopicAndConsumerLagFromKafka() throws Exception {
        String bootstrap = KafkaBroker.bootstrapServers();
        assertThat(sampler.sample()).isTrue();
        Map<String, Object> producerConfig = Map.of("bootstrap.servers", bootstrap,
                "key.serializer", StringSerializer.class.getName(), "value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            for (int i = 0; i < 6; i++) {
                producer.send(new ProducerRecord<>("safeguarding.referrals", "k" + i, "{\"id\":\"e" + i + "\"}")).get();
            }
        }
        Map<String, Object> consumerConfig = Map.of("bootstrap.servers", bootstrap, "group.id", "ops-test-group",
                "key.deserializer", StringDeserializer.class.getName(), "value.deserializer", StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            TopicPartition partition = new TopicPartition("safeguarding.referrals", 0);
            consumer.assign(java.util.List.of(partition));
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(0)));
        }
        Thread.sleep(50);
        assertThat(sampler.sample()).isTrue();
        given().auth().oauth2(ops).when().get("/ops/api/summary").then()
                .statusCode(200)
                .body("flow.status", equalTo("ok"))
                .body("flow.currentEventsPerMinute.'safeguarding.referrals'", greaterThan(0f))
                .body("flow.currentLag.ops-test-group", greaterThan(5))
                .body("flow.eventsPerMinute", hasKey("safeguarding.concerns"))
                .body("flow.lag.ops-test-group", not(empty()));
    }
}
