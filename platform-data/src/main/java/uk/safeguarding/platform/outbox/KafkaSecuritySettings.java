package uk.safeguarding.platform.outbox;

import org.eclipse.microprofile.config.Config;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The {@code kafka.security.protocol}, {@code kafka.sasl.*} and {@code kafka.ssl.*} settings every channel
 * gets from Quarkus, for the Kafka clients the platform builds itself (the outbox relay's producer).
 * Reading them at start makes a missing {@code KAFKA_SASL_PASSWORD} stop the service there.
 */
public final class KafkaSecuritySettings {

    private KafkaSecuritySettings() {
    }

    public static Map<String, String> of(Config config) {
        Map<String, String> settings = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.equals("kafka.security.protocol") || name.startsWith("kafka.sasl.") || name.startsWith("kafka.ssl.")) {
                // getValue, not getOptionalValue: an unset ${KAFKA_SASL_PASSWORD} must be an error, not an absent setting.
                settings.put(name.substring("kafka.".length()), config.getValue(name, String.class));
            }
        }
        return settings;
    }

    public static void apply(Config config, Properties props) {
        props.putAll(of(config));
    }
}
