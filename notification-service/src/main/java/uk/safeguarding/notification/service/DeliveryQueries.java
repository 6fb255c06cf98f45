package uk.safeguarding.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.notification.domain.DeliveryStatus;
import uk.safeguarding.notification.mapping.DeliveryMapper;
import uk.safeguarding.notification.repository.DeliveryRepository;
import uk.safeguarding.notification.api.DeliverySummary;
import uk.safeguarding.notification.api.DeliveryView;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** What ops sees of deliveries: metadata and counts, never a packet or a child. */
@ApplicationScoped
public class DeliveryQueries {

    private final DeliveryRepository deliveries;
    private final DeliveryMapper mapper;

    public DeliveryQueries(DeliveryRepository deliveries, DeliveryMapper mapper) {
        this.deliveries = deliveries;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeliveryView> list(DeliveryStatus status, String agencyOrgId, int page, int size) {
        var query = deliveries.search(status, agencyOrgId);
        List<DeliveryView> items = query.page(page, size).list().stream().map(mapper::toApiModel).toList();
        return new Page<>(items, page, size, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryView get(UUID id) {
        return deliveries.findByIdOptional(id).map(mapper::toApiModel).orElseThrow(() -> ProblemException.notFound("delivery"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliverySummary summary() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (DeliveryStatus s : DeliveryStatus.values()) {
            byStatus.put(s.name(), 0L);
        }
        deliveries.countByStatus().forEach(byStatus::put);
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Map<String, Long>> agencies = new TreeMap<>();
        for (Object[] row : deliveries.countByRecipientAndStatus()) {
            agencies.computeIfAbsent((String) row[0], k -> new TreeMap<>()).put(row[1].toString(), (Long) row[2]);
        }
        List<DeliverySummary.AgencyCounts> byAgency = new ArrayList<>();
        agencies.forEach((org, counts) -> byAgency.add(new DeliverySummary.AgencyCounts(org,
                counts.values().stream().mapToLong(Long::longValue).sum(), counts)));
        return new DeliverySummary(total, byStatus, byAgency);
    }
}
