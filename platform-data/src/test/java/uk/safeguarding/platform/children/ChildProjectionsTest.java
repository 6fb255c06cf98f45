package uk.safeguarding.platform.children;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.data.ChildEvent;
import uk.safeguarding.testing.ServiceTestResource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform_test"))
class ChildProjectionsTest {

    @Inject
    ChildProjections projections;
    @Inject
    ObjectMapper mapper;

    private CloudEvent event(String type, OffsetDateTime at, ChildEvent data) {
        return new CloudEvent("1.0", UUID.randomUUID().toString(), "/concern-service", type, data.childId().toString(), at,
                "application/json", null, mapper.valueToTree(data));
    }

    @Test
    void aRegistrationIsProjectedAndALaterUpdateWins() {
        UUID child = UUID.randomUUID();
        OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        QuarkusTransaction.requiringNew().run(() -> projections.apply(event(EventTypes.CHILD_REGISTERED, t0,
                new ChildEvent(child, "URN-1", null, true, "LA-2", "13-15"))));
        QuarkusTransaction.requiringNew().run(() -> projections.apply(event(EventTypes.CHILD_UPDATED, t0.plusMinutes(5),
                new ChildEvent(child, "HOME-1", null, false, "LA-2", "13-15"))));
        ChildProjection p = projections.find(child).orElseThrow();
        assertThat(p.settingOrgId).isEqualTo("HOME-1");
        assertThat(p.lookedAfter).isFalse();
        assertThat(p.placingAuthorityOrgId).as("no placing authority once not looked after").isNull();
        assertThat(p.belongsTo("HOME-1")).isTrue();
        assertThat(p.belongsTo("URN-1")).isFalse();
    }

    @Test
    void anOlderEventArrivingLateChangesNothing() {
        UUID child = UUID.randomUUID();
        OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> projections.apply(event(EventTypes.CHILD_UPDATED, t0,
                new ChildEvent(child, "URN-NEW", null, false, null, "10-12"))));
        boolean applied = QuarkusTransaction.requiringNew().call(() -> projections.apply(event(EventTypes.CHILD_REGISTERED,
                t0.minusMinutes(1), new ChildEvent(child, "URN-OLD", null, false, null, "10-12"))).isPresent());
        assertThat(applied).isFalse();
        assertThat(projections.find(child).orElseThrow().settingOrgId).isEqualTo("URN-NEW");
    }

    @Test
    void otherEventsAreIgnoredAndAChildEventWithoutASettingIsRefused() {
        UUID child = UUID.randomUUID();
        assertThat(QuarkusTransaction.requiringNew().call(() -> projections.apply(event(EventTypes.CONCERN_RAISED,
                OffsetDateTime.now(ZoneOffset.UTC), new ChildEvent(child, "URN-1", null, false, null, "0-9"))).isPresent())).isFalse();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> projections.apply(event(EventTypes.CHILD_REGISTERED,
                OffsetDateTime.now(ZoneOffset.UTC), new ChildEvent(child, null, null, false, null, "0-9")))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
