package uk.safeguarding.missing.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.safeguarding.missing.support.Await;
import uk.safeguarding.missing.support.Kafka;
import uk.safeguarding.missing.support.TestData;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.missing.support.Api.BASE;
import static uk.safeguarding.missing.support.Api.get;
import static uk.safeguarding.missing.support.Api.now;
import static uk.safeguarding.missing.support.Api.post;
import static uk.safeguarding.missing.support.Api.report;
import static uk.safeguarding.missing.support.Api.reportOk;
import static uk.safeguarding.missing.support.Api.returned;

/** child.erased: the child's episodes (returns, interviews) and pattern findings go; another child's stay. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "missing_test"))
class ErasureTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }

    @Test
    void erasing_a_child_removes_its_episodes_and_findings_only() {
        TestData.Area a = data.area();
        String staff = TestTokens.token(a.school(), "staff");
        UUID child = data.child(a.school());
        UUID other = data.child(a.school());
        OffsetDateTime lastSeen = now().minusDays(3);
        UUID episode = reportOk(staff, report(child, lastSeen, "HIGH"));
        post(staff, BASE + "/" + episode + "/return", returned(lastSeen.plusHours(6), false, "KNOWN")).statusCode(200);
        Await.until("a pattern finding", () -> count("select count(*) from pattern_finding where child_id = ?1", child), n -> n > 0,
                Duration.ofSeconds(30));
        UUID kept = reportOk(staff, report(other, lastSeen, "LOW"));

        Kafka.publish(Topics.CHILDREN, child.toString(), "child.erased", Map.of("childId", child.toString(), "erasedAt", now().toString()));
        Await.until("episodes erased", () -> count("select count(*) from missing_episode where child_id = ?1", child), n -> n == 0,
                Duration.ofSeconds(30));
        assertThat(count("select count(*) from pattern_finding where child_id = ?1", child)).isZero();
        assertThat(count("select count(*) from child_projection where child_id = ?1", child)).isZero();
        get(staff, BASE + "/" + episode).statusCode(404);
        get(staff, BASE + "/" + kept).statusCode(200);
        assertThat(count("select count(*) from child_projection where child_id = ?1", other)).isEqualTo(1);
    }
}
