package uk.safeguarding.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.notification.client.PacketClient;
import uk.safeguarding.notification.domain.DeliveryStatus;
import uk.safeguarding.notification.domain.FanOutRules;
import uk.safeguarding.notification.repository.Delivery;
import uk.safeguarding.notification.repository.DeliveryRepository;
import uk.safeguarding.notification.rest.model.InboxItem;
import uk.safeguarding.notification.rest.model.PageView;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.security.OrganisationType;
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

    public InboxService(DeliveryRepository deliveries, DeliveryService deliveryService, PacketClient packets) {
        this.deliveries = deliveries;
        this.deliveryService = deliveryService;
        this.packets = packets;
    }

    private record Row(Delivery delivery, Optional<RecipientType> recipientType) {
    }

    public PageView<InboxItem> read(String orgId, DeliveryStatus status, int page, int size) {
        List<DeliveryStatus> statuses = status == null ? ARRIVED : List.of(status);
        record Loaded(List<Row> rows, long total) {
        }
        Loaded loaded = QuarkusTransaction.requiringNew().call(() -> {
            var query = deliveries.inbox(orgId, statuses);
            List<Row> rows = query.page(page, size).list().stream()
                    .map(d -> new Row(d, deliveryService.recipientType(d))).toList();
            return new Loaded(rows, query.count());
        });

        List<InboxItem> items = new ArrayList<>(loaded.rows().size());
        Map<UUID, List<Packet>> disclosed = new LinkedHashMap<>();
        for (Row row : loaded.rows()) {
            Delivery d = row.delivery();
            List<Packet> shown = null;
            Boolean withdrawn = null;
            Boolean unavailable = null;
            if (row.recipientType().isEmpty()) {
                unavailable = true;
            } else {
                try {
                    List<Packet> fetched = packets.fetchAll(DeliveryService.packetRequests(d, row.recipientType().get()));
                    if (fetched.stream().anyMatch(p -> !p.active())) {
                        withdrawn = true;
                    } else {
                        shown = fetched;
                        disclosed.put(d.id, fetched);
                    }
                } catch (PacketClient.PacketUnavailable e) {
                    unavailable = true;
                }
            }
            items.add(toItem(d, shown, withdrawn, unavailable));
        }
        if (!disclosed.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> disclosed.forEach(deliveryService::disclosedOnRead));
        }
        return new PageView<>(items, page, size, loaded.total());
    }

    public InboxItem acknowledge(UUID id, String orgId) {
        Delivery d = deliveryService.acknowledge(id, orgId);
        return toItem(d, null, null, null);
    }

    static InboxItem toItem(Delivery d, List<Packet> packets, Boolean withdrawn, Boolean unavailable) {
        // An advice request is anonymised: the specialist learns no child, concern or setting id;
        // Ofsted's reg. 40 notice names the home, never the child (no child id either).
        boolean advice = d.purpose == PacketPurpose.ADVICE;
        boolean noChildId = advice || d.recipientOrgType == OrganisationType.OFSTED;
        return new InboxItem(d.id, d.eventType, d.purpose.name(), d.status.name(), d.channel == null ? null : d.channel.name(),
                d.createdAt, d.deliveredAt, d.acknowledgedAt,
                noChildId ? null : d.childId, advice ? null : d.concernId, d.referralId, noChildId ? null : d.episodeId, d.adviceRequestId,
                packets, withdrawn, unavailable, d.matchId,
                d.subjectKind == FanOutRules.SubjectKind.SUPPORT_PLAN ? FanOutRules.promptOf(d.promptKind, d.promptDueDate)
                        : FanOutRules.promptOf(d.subjectKind),
                d.supportPlanId, d.promptKind, d.promptDueDate);
    }
}
