package uk.safeguarding.gateway.domain;

/** The services behind the gateway (contract section 1). */
public enum Upstream {
    CONCERN("concern-service"),
    REFERRAL("referral-service"),
    MISSING("missing-episode-service"),
    NOTIFICATION("notification-service");

    private final String serviceName;

    Upstream(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }
}
