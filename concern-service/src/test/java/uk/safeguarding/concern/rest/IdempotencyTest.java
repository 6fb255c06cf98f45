package uk.safeguarding.concern.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.concern.support.Api;
import uk.safeguarding.concern.support.Bodies;
import uk.safeguarding.concern.support.Fixtures;
import uk.safeguarding.concern.support.World;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.safeguarding.concern.support.Api.as;

/** Idempotency-Key on the writes (the platform's filter): replay, replay with another body, another caller's key. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))
class IdempotencyTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void world() {
        fixtures.world();
    }

    @Test
    void raisingAConcernTwiceWithTheSameKeyRaisesItOnce() {
        UUID child = Api.child(World.SCHOOL);
        Map<String, Object> body = Bodies.concern(child, "EDUCATION_DISENGAGEMENT");
        String key = UUID.randomUUID().toString();
        var first = as(World.staff(World.SCHOOL)).header("Idempotency-Key", key).body(body).when().post("/api/concerns").then()
                .statusCode(201).extract();
        var replay = as(World.staff(World.SCHOOL)).header("Idempotency-Key", key).body(body).when().post("/api/concerns").then()
                .statusCode(201).header("Idempotent-Replayed", "true").extract();
        assertThat((String) replay.path("id")).isEqualTo(first.path("id"));
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        as(World.staff(World.SCHOOL)).queryParam("childId", child.toString()).when().get("/api/concerns").then().body("total", equalTo(1));

        // the same key with another body
        body.put("summary", "Something else");
        as(World.staff(World.SCHOOL)).header("Idempotency-Key", key).body(body).when().post("/api/concerns").then()
                .statusCode(409).contentType("application/problem+json");

        // the same key from another caller is that caller's own
        var other = as(World.dcpo(World.SCHOOL)).header("Idempotency-Key", key).body(body).when().post("/api/concerns").then()
                .statusCode(201).extract();
        assertThat((String) other.path("id")).isNotEqualTo(first.path("id"));
        as(World.staff(World.SCHOOL)).queryParam("childId", child.toString()).when().get("/api/concerns").then().body("total", equalTo(2));
    }

    @Test
    void aMisUpsertReplayAnswersTheFirstResult() {
        String upn = ChildResourceTest.newUpn();
        Map<String, Object> body = Bodies.child(World.SCHOOL);
        body.put("upn", upn);
        String key = UUID.randomUUID().toString();
        String mis = World.mis(World.SCHOOL);
        var first = as(mis).header("Idempotency-Key", key).body(body).when().put("/api/children/by-upn/" + upn).then()
                .statusCode(201).extract();
        as(mis).header("Idempotency-Key", key).body(body).when().put("/api/children/by-upn/" + upn).then()
                .statusCode(201).header("Idempotent-Replayed", "true").header("ETag", first.header("ETag")).body("id", equalTo(first.path("id")));
        // without the key, the same body is an update that changes nothing
        as(mis).body(body).when().put("/api/children/by-upn/" + upn).then().statusCode(200).body("id", equalTo(first.path("id")));
        // another MIS client (another subject) with the same key is independent
        String otherMis = TestTokens.builder(World.SCHOOL, "mis-client").client("mis-other").subject("service-account-mis-other").build();
        as(otherMis).header("Idempotency-Key", key).body(body).when().put("/api/children/by-upn/" + upn).then().statusCode(200);
    }

    @Test
    void aRejectedDecisionIsRememberedAndAValidOneWithAnotherKeyGoesThrough() {
        UUID id = Api.concern(World.staff(World.SCHOOL), Bodies.concern(Api.child(World.SCHOOL), "EDUCATION_DISENGAGEMENT"));
        Map<String, Object> refer = Bodies.decision("REFER", false);
        String key = UUID.randomUUID().toString();
        as(World.dcpo(World.SCHOOL)).header("Idempotency-Key", key).body(refer).when().post("/api/concerns/" + id + "/decision").then()
                .statusCode(200).body("status", equalTo("REFERRED"));
        // replayed: 200 again, not 409 from the status machine
        as(World.dcpo(World.SCHOOL)).header("Idempotency-Key", key).body(refer).when().post("/api/concerns/" + id + "/decision").then()
                .statusCode(200).header("Idempotent-Replayed", "true");
        // a new key meets the status machine
        as(World.dcpo(World.SCHOOL)).header("Idempotency-Key", UUID.randomUUID().toString()).body(refer)
                .when().post("/api/concerns/" + id + "/decision").then().statusCode(409);
        as(World.dcpo(World.SCHOOL)).header("Idempotency-Key", "").body(refer)
                .when().post("/api/concerns/" + id + "/decision").then().statusCode(400);
    }
}
