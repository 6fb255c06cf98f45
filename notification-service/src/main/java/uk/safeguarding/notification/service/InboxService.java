package uk.safeguarding.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.notification.client.PacketClient;
import uk.safeguarding.notification.domain.DeliveryStatus;
import uk.safeguarding.notification.domain.FanOutRules;
import uk.safeguarding.notification.repository.Delivery;
import uk.safeguarding.notification.repository.DeliveryRepository;
import uk.safeguarding.notification.api.InboxItem;
import uk.safeguarding.platform.web.Page;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.RedactionPolicy;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An organisation's inbox. Packets are fetched from their owners at read time, redacted for
 * the reader, and every packet shown is a disclosure-log entry; nothing is cached here.
 */
@ApplicationScoped
public class InboxService {

    private static final List<DeliveryStatus> ARRIVED = List.of(DeliveryStatus.DELIVERED, DeliveryStatus.ACKNOWLEDGED);

    private final DeliveryRepository deliveries;
    private final DeliveryService deliveryService;
    private final PacketClient packets;
    private final ObjectMapper json;

    public InboxService(DeliveryRepository deliveries, DeliveryService deliveryService, PacketClient packets, ObjectMapper json) {
        this.json = json;
        this.deliveries = deliveries;
        this.deliveryService = deliveryService;
        this.packets = packets;
    }

    private record Row(Delivery delivery, Optional<RecipientType> recipientType, boolean revoked) {
    }

    /** Only what reached the organisation is in its inbox: DELIVERED and ACKNOWLEDGED, never pending, failed or cancelled. */
    public static boolean inboxStatus(DeliveryStatus status) {
        return ARRIVED.contains(status);
    }

    public Page<InboxItem> read(String orgId, DeliveryStatus status, int page, int size) {
        if (status != null && !inboxStatus(status)) {
            throw ProblemException.badRequest("status", "must be one of " + ARRIVED);
        }
        List<DeliveryStatus> statuses = status == null ? ARRIVED : List.of(status);
        record Loaded(List<Row> rows, long total) {
        }
        Loaded loaded = QuarkusTransaction.requiringNew().call(() -> {
            var query = deliveries.inbox(orgId, statuses);
            List<Row> rows = query.page(page, size).list().stream()
                    .map(d -> new Row(d, deliveryService.recipientType(d), deliveryService.referralRevoked(d))).toList();
            return new Loaded(rows, query.count());
        });

        List<InboxItem> items = new ArrayList<>(loaded.rows().size());
        Map<UUID, List<Packet>> disclosed = new LinkedHashMap<>();
        for (Row row : loaded.rows()) {
            Delivery d = row.delivery();
            List<Packet> shown = null;
            Boolean withdrawn = null;
            Boolean unavailable = null;
            if (row.revoked()) {
                // A revoked referral discloses nothing more: its packets are not even fetched.
                items.add(revokedItem(d));
                continue;
            }
            if (row.recipientType().isEmpty()) {
                unavailable = true;
            } else {
                try {
                    List<Packet> fetched = packets.fetchAll(DeliveryService.packetRequests(d, row.recipientType().get()));
                    if (fetched.stream().anyMatch(p -> !p.active())) {
                        items.add(revokedItem(d));
                        continue;
                    } else {
                        shown = fetched;
                        disclosed.put(d.id, fetched);
                    }
                } catch (PacketClient.PacketUnavailable e) {
                    unavailable = true;
                }
            }
            items.add(toItem(d, row.recipientType(), shown, withdrawn, unavailable));
        }
        if (!disclosed.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> disclosed.forEach(deliveryService::disclosedOnRead));
        }
        return new Page<>(items, page, size, loaded.total());
    }

    public InboxItem acknowledge(UUID id, String orgId) {
        Delivery d = deliveryService.acknowledge(id, orgId);
        if (deliveryService.referralRevoked(d)) {
            return revokedItem(d);
        }
        return toItem(d, deliveryService.recipientType(d), null, null, null);
    }

    /**
     * The item as the recipient may see it, through the shared redaction table (the one door):
     * no child id to Ofsted, no case ids with an advice request. Packets are the owners' answers,
     * already redacted there by the same table, and are attached after.
     */
    InboxItem toItem(Delivery d, Optional<RecipientType> recipient, List<Packet> packets, Boolean withdrawn, Boolean unavailable) {
        InboxItem full = new InboxItem(d.id, d.eventType, d.purpose.name(), d.status.name(), d.channel == null ? null : d.channel.name(),
                d.createdAt, d.deliveredAt, d.acknowledgedAt, d.childId, d.concernId, d.referralId, d.episodeId, d.adviceRequestId,
                null, withdrawn, unavailable, d.matchId,
                d.subjectKind == FanOutRules.SubjectKind.SUPPORT_PLAN ? FanOutRules.promptOf(d.promptKind, d.promptDueDate)
                        : FanOutRules.promptOf(d.subjectKind),
                d.supportPlanId, d.promptKind, d.promptDueDate);
        // A recipient of unknown type gets what ops gets: nothing personal.
        ObjectNode redacted = RedactionPolicy.redact(recipient.orElse(RecipientType.OPS), d.purpose, json.valueToTree(full));
        InboxItem item = json.convertValue(redacted, InboxItem.class);
        return packets == null ? item : item.withPackets(packets);
    }

    /** A notification of a revoked referral: that it was, and nothing of the child, the concern or the packet. */
    static InboxItem revokedItem(Delivery d) {
        return new InboxItem(d.id, d.eventType, d.purpose.name(), d.status.name(), d.channel == null ? null : d.channel.name(),
                d.createdAt, d.deliveredAt, d.acknowledgedAt, null, null, d.referralId, null, null, null, true, null, null, null,
                null, null, null);
    }
}
