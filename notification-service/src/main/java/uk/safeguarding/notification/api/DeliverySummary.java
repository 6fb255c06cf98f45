package uk.safeguarding.notification.api;

import java.util.List;
import java.util.Map;

/** Counts for the ops console: by status, and by agency and status. */
public record DeliverySummary(long total, Map<String, Long> byStatus, List<AgencyCounts> byAgency) {

    public record AgencyCounts(String agencyOrgId, long total, Map<String, Long> byStatus) {
    }
}
