package uk.safeguarding.platform.outbox;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox producer authenticates like every channel, and a missing Kafka password stops the start. */
class KafkaSecuritySettingsTest {

    static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"concern-service\" "
            + "password=\"${KAFKA_SASL_PASSWORD_OF_THIS_TEST}\";";

    static SmallRyeConfig config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(values, "test", 500)).build();
    }

    @Test
    void theProducerGetsTheSameSaslSettingsAsTheChannels() {
        Map<String, String> values = new HashMap<>(Map.of("kafka.security.protocol", "SASL_PLAINTEXT",
                "kafka.sasl.mechanism", "SCRAM-SHA-512", "kafka.sasl.jaas.config", JAAS,
                "KAFKA_SASL_PASSWORD_OF_THIS_TEST", "s3cret", "kafka.bootstrap.servers", "broker:9092"));
        assertThat(KafkaSecuritySettings.of(config(values)))
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", JAAS.replace("${KAFKA_SASL_PASSWORD_OF_THIS_TEST}", "s3cret"))
                .doesNotContainKey("bootstrap.servers");
    }

    @Test
    void aMissingPasswordIsAnErrorNotAnEmptyPassword() {
        Map<String, String> values = Map.of("kafka.security.protocol", "SASL_PLAINTEXT", "kafka.sasl.jaas.config", JAAS);
        assertThatThrownBy(() -> KafkaSecuritySettings.of(config(values))).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("KAFKA_SASL_PASSWORD_OF_THIS_TEST");
    }
}
