package uk.safeguarding.concern.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.concern.domain.Ages;
import uk.safeguarding.concern.domain.NearingAdulthood;
import uk.safeguarding.concern.support.Api;
import uk.safeguarding.concern.support.Bodies;
import uk.safeguarding.concern.support.Fixtures;
import uk.safeguarding.concern.support.Kafka;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.testing.ServiceTestResource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.concern.support.World.SCHOOL;
import static uk.safeguarding.concern.support.World.staff;

/** child.nearing-adulthood: once per child, ids only, on the day the rule says, never for a younger child. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "concerns_test"))
class NearingAdulthoodAnnouncerTest {

    @Inject
    NearingAdulthoodAnnouncer announcer;

    @Inject
    EntityManager em;

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void world() {
        fixtures.world();
    }

    @Test
    void aChildIsAnnouncedOnceWithIdsOnlyAndAYoungerChildOnlyWhenItsQuarterComes() throws Exception {
        LocalDate today = LocalDate.now(Ages.ENGLAND);
        LocalDate nearlyEighteen = today.minusYears(18).plusMonths(3);
        LocalDate tenMonthsOff = today.minusYears(18).plusMonths(10);
        UUID near = child(nearlyEighteen);
        UUID later = child(tenMonthsOff);

        // Two replicas at once: one announcement.
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> announcer.announceFor(today));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> announcer.announceFor(today));
        a.get();
        b.get();
        announcer.announceFor(today);
        assertThat(outboxed(near)).isEqualTo(1);
        assertThat(outboxed(later)).isZero();

        JsonNode event = Kafka.awaitOne(Topics.CHILDREN, Kafka.ofType(EventTypes.CHILD_NEARING_ADULTHOOD, "childId", near.toString()));
        List<String> fields = new java.util.ArrayList<>();
        event.path("data").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("childId", "settingOrgId");
        assertThat(event.path("data").path("settingOrgId").asText()).isEqualTo(SCHOOL);
        assertThat(event.toString()).doesNotContain(nearlyEighteen.toString()).doesNotContain("Alice");

        // The day before its quarter: not yet; the quarter's first day: announced, once.
        LocalDate announceOn = NearingAdulthood.announceOn(tenMonthsOff);
        announcer.announceFor(announceOn.minusDays(1));
        assertThat(outboxed(later)).isZero();
        announcer.announceFor(announceOn);
        announcer.announceFor(announceOn.plusDays(1));
        assertThat(outboxed(later)).isEqualTo(1);
        assertThat(outboxed(near)).isEqualTo(1);
    }

    private static UUID child(LocalDate born) {
        Map<String, Object> body = Bodies.child(SCHOOL);
        body.put("dateOfBirth", born.toString());
        return Api.child(staff(SCHOOL), body);
    }

    private long outboxed(UUID childId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where type = ?1 and record_key = ?2")
                .setParameter(1, EventTypes.CHILD_NEARING_ADULTHOOD).setParameter(2, childId.toString()).getSingleResult()).longValue());
    }
}
