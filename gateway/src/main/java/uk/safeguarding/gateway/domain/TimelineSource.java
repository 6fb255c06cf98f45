package uk.safeguarding.gateway.domain;

import java.util.List;

/**
 * The parts of a child's timeline: where each comes from, which time is its natural one,
 * and the only fields the timeline carries over. Free text (summaries, circumstances,
 * locations, notes), names and references never make it onto the timeline.
 */
public enum TimelineSource {
    CONCERNS("concerns", Upstream.CONCERN, "/api/concerns", "concern",
            List.of("observedAt", "createdAt"),
            List.of("status", "riskLevel", "riskScore", "professionalRiskLevel", "riskModelVersion", "settingOrgId",
                    "outcome", "cseSuspected", "closedAt")),
    REFERRALS("referrals", Upstream.REFERRAL, "/api/referrals", "referral",
            List.of("createdAt"),
            List.of("concernId", "agencyOrgId", "agencyType", "lawfulBasis", "consentStatus", "status", "outcome",
                    "dueBy", "unresolvedAgency", "updatedAt")),
    MISSING_EPISODES("missing-episodes", Upstream.MISSING, "/api/missing-episodes", "missing-episode",
            List.of("lastSeenAt", "createdAt"),
            List.of("status", "riskGrade", "settingOrgId", "returnedAt", "pendingLink", "whereaboutsDuringAbsence")),
    DISCLOSURES("disclosures", Upstream.NOTIFICATION, "/api/disclosures", "disclosure",
            List.of("at", "createdAt"),
            List.of("seq", "recipientOrgId", "packetType", "fieldsDisclosed", "lawfulBasis", "consentStatus"));

    private final String sourceName;
    private final Upstream upstream;
    private final String listPath;
    private final String kind;
    private final List<String> timeFields;
    private final List<String> fields;

    TimelineSource(String sourceName, Upstream upstream, String listPath, String kind, List<String> timeFields,
                   List<String> fields) {
        this.sourceName = sourceName;
        this.upstream = upstream;
        this.listPath = listPath;
        this.kind = kind;
        this.timeFields = timeFields;
        this.fields = fields;
    }

    public String sourceName() {
        return sourceName;
    }

    public Upstream upstream() {
        return upstream;
    }

    public String listPath() {
        return listPath;
    }

    public String kind() {
        return kind;
    }

    public List<String> timeFields() {
        return timeFields;
    }

    public List<String> fields() {
        return fields;
    }
}
