package uk.safeguarding.devstack;

import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** config/kafka/access.txt → ACLs: who may write, read and describe what (the e2e KafkaTrustIT asks the broker). */
class KafkaAccessTest {

    static final List<AclBinding> BINDINGS = KafkaAccess.load(Path.of("..")).bindings();

    static boolean allowed(String principal, AclOperation operation, String topic) {
        return BINDINGS.stream().anyMatch(b -> b.entry().principal().equals("User:" + principal)
                && b.pattern().resourceType() == ResourceType.TOPIC
                && (b.entry().operation() == operation || (operation == AclOperation.DESCRIBE && b.entry().operation() == AclOperation.READ))
                && (b.pattern().patternType() == PatternType.LITERAL ? b.pattern().name().equals(topic) : topic.startsWith(b.pattern().name())));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
            "concern-service, WRITE, safeguarding.concerns, true",
            "concern-service, WRITE, safeguarding.children, true",
            "concern-service, WRITE, safeguarding.referrals, false",
            "concern-service, READ, safeguarding.referrals, true",
            "concern-service, READ, safeguarding.deliveries, false",
            "referral-service, WRITE, safeguarding.referrals, true",
            "referral-service, WRITE, safeguarding.organisations, true",
            "referral-service, READ, safeguarding.deliveries, true",
            "referral-service, WRITE, safeguarding.deliveries, false",
            "missing-episode-service, WRITE, safeguarding.missing, true",
            "missing-episode-service, READ, safeguarding.referrals, false",
            "notification-service, WRITE, safeguarding.deliveries, true",
            "notification-service, WRITE, safeguarding.disclosure-checkpoints, true",
            "notification-service, WRITE, safeguarding.referrals, false",
            "notification-service, WRITE, safeguarding.dlq.notification-service, true",
            "notification-service, WRITE, safeguarding.dlq.concern-service, false",
            "gateway, DESCRIBE, safeguarding.concerns, true",
            "gateway, READ, safeguarding.concerns, false",
            "gateway, WRITE, safeguarding.concerns, false",
            "ops-reader, READ, safeguarding.referrals, true",
            "ops-reader, READ, safeguarding.disclosure-checkpoints, true",
            "ops-reader, WRITE, safeguarding.referrals, false",
    })
    void topicAccess(String principal, AclOperation operation, String topic, boolean expected) {
        assertThat(allowed(principal, operation, topic)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"concern-service", "referral-service", "missing-episode-service", "notification-service"})
    void aServiceConsumesInItsOwnGroupOnly(String service) {
        assertThat(BINDINGS.stream().filter(b -> b.entry().principal().equals("User:" + service)
                && b.pattern().resourceType() == ResourceType.GROUP).map(b -> b.pattern().name() + "/" + b.pattern().patternType()))
                .containsExactly(service + "/LITERAL");
    }

    @org.junit.jupiter.api.Test
    void nobodyGetsAWildcardWriteOrAnyClusterRight() {
        assertThat(BINDINGS).noneMatch(b -> b.pattern().resourceType() == ResourceType.CLUSTER);
        assertThat(BINDINGS).noneMatch(b -> b.entry().operation() == AclOperation.ALL);
        assertThat(BINDINGS).noneMatch(b -> b.entry().operation() == AclOperation.WRITE && b.pattern().patternType() != PatternType.LITERAL);
    }
}
