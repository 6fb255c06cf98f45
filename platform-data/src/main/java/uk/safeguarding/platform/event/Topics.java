package uk.safeguarding.platform.event;

import java.util.List;

/** Kafka topics of the contract (section 9). */
public final class Topics {
    public static final String CHILDREN = "safeguarding.children";
    public static final String CONCERNS = "safeguarding.concerns";
    public static final String REFERRALS = "safeguarding.referrals";
    public static final String MISSING = "safeguarding.missing";
    public static final String ORGANISATIONS = "safeguarding.organisations";
    public static final String DELIVERIES = "safeguarding.deliveries";
    /** Signed disclosure-log checkpoints: the witness outside notification-service's database (one key, so in order). */
    public static final String DISCLOSURE_CHECKPOINTS = "safeguarding.disclosure-checkpoints";

    public static final List<String> ALL = List.of(CHILDREN, CONCERNS, REFERRALS, MISSING, ORGANISATIONS, DELIVERIES,
            DISCLOSURE_CHECKPOINTS);

    private Topics() {
    }
}
