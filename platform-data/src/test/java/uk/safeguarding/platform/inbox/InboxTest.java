package uk.safeguarding.platform.inbox;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.safeguarding.testing.ServiceTestResource;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform_test"))
class InboxTest {

    @Inject
    Inbox inbox;

    private static String event(String id) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/test\",\"type\":\"uk.safeguarding.test.v1\","
                + "\"subject\":\"k\",\"time\":\"2026-11-28T09:30:00Z\",\"data\":{\"n\":1}}";
    }

    @Test
    void theSameEventTwiceIsHandledOnce() {
        String json = event(UUID.randomUUID().toString());
        AtomicInteger runs = new AtomicInteger();
        assertThat(inbox.handle("counter", json, e -> runs.incrementAndGet())).isTrue();
        assertThat(inbox.handle("counter", json, e -> runs.incrementAndGet())).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void eachHandlerKeepsItsOwnLog() {
        String json = event(UUID.randomUUID().toString());
        assertThat(inbox.handle("first", json, e -> { })).isTrue();
        assertThat(inbox.handle("second", json, e -> { })).isTrue();
    }

    @Test
    void aFailingHandlerLeavesNoMarkSoTheRedeliveryRunsAgain() {
        String json = event(UUID.randomUUID().toString());
        assertThatThrownBy(() -> inbox.handle("flaky", json, e -> {
            throw new IllegalStateException("downstream failed");
        })).isInstanceOf(IllegalStateException.class);
        AtomicInteger runs = new AtomicInteger();
        assertThat(inbox.handle("flaky", json, e -> runs.incrementAndGet())).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void somethingThatIsNotACloudEventIsRefused() {
        assertThatThrownBy(() -> inbox.handle("x", "{\"hello\":1}", e -> { })).isInstanceOf(IllegalArgumentException.class);
    }
}
