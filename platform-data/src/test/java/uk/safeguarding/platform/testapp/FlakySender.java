package uk.safeguarding.platform.testapp;

import io.quarkus.test.Mock;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import uk.safeguarding.platform.outbox.OutboxSender;

import java.util.concurrent.Future;

/** The real producer, with a switch that makes the broker look down (as a Kafka client sees it). */
@Mock
public class FlakySender extends OutboxSender {

    public static volatile boolean brokerDown;

    @Override
    public Future<RecordMetadata> send(ProducerRecord<String, String> record) {
        if (brokerDown) {
            throw new TimeoutException("Topic " + record.topic() + " not present in metadata after 3000 ms.");
        }
        return super.send(record);
    }
}
