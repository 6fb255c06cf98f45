package uk.safeguarding.platform.event;

/** The event type names of the contract (section 9): {@code uk.safeguarding.<name>.v1}. */
public final class EventTypes {
    private static final String PREFIX = "uk.safeguarding.";
    private static final String SUFFIX = ".v1";

    public static final String CHILD_REGISTERED = of("child.registered");
    public static final String CHILD_UPDATED = of("child.updated");
    public static final String CONCERN_RAISED = of("concern.raised");
    public static final String CONCERN_UPDATED = of("concern.updated");
    public static final String CONCERN_DECIDED = of("concern.decided");
    public static final String CONCERN_CLOSED = of("concern.closed");
    public static final String CONCERN_ADVICE_REQUESTED = of("concern.advice-requested");
    public static final String REFERRAL_CREATED = of("referral.created");
    public static final String REFERRAL_STATUS_CHANGED = of("referral.status-changed");
    public static final String REFERRAL_RESPONDED = of("referral.responded");
    public static final String REFERRAL_REVOKED = of("referral.revoked");
    public static final String REFERRAL_UPDATED = of("referral.updated");
    public static final String REFERRAL_ESCALATED = of("referral.escalated");
    public static final String REFERRAL_OVERDUE = of("referral.overdue");
    public static final String MISSING_REPORTED = of("missing.reported");
    public static final String MISSING_RETURNED = of("missing.returned");
    public static final String MISSING_RETURN_INTERVIEW_RECORDED = of("missing.return-interview.recorded");
    public static final String MISSING_RETURN_INTERVIEW_OVERDUE = of("missing.return-interview.overdue");
    public static final String MISSING_PATTERN_DETECTED = of("missing.pattern-detected");
    public static final String ORGANISATION_REGISTERED = of("organisation.registered");
    public static final String ORGANISATION_UPDATED = of("organisation.updated");
    public static final String DELIVERY_SUCCEEDED = of("delivery.succeeded");
    public static final String DELIVERY_ACKNOWLEDGED = of("delivery.acknowledged");
    public static final String DELIVERY_DEAD_LETTERED = of("delivery.dead-lettered");
    /** A signed checkpoint of notification-service's disclosure log (topic {@code safeguarding.disclosure-checkpoints}). */
    public static final String DISCLOSURE_CHECKPOINT = of("disclosure.checkpoint");
    public static final String INTELLIGENCE_MATCH_DETECTED = of("intelligence.match-detected");
    /** The child withdrew agreement to a specialist referral (procedure 3.4): that referral is revoked. */
    public static final String CONCERN_CONSENT_WITHDRAWN = of("concern.consent-withdrawn");
    /** The child agreed, after the decision, to a specialist referral (procedure 3.4): the referral is made. */
    public static final String CONCERN_CONSENT_GIVEN = of("concern.consent-given");
    /** A child's records were erased at the end of retention (id only); every service erases its own. */
    public static final String CHILD_ERASED = of("child.erased");
    /** A support plan was written: its child and latest court date (a legal hold on erasure while ahead). */
    public static final String SUPPORT_PLAN_CHANGED = of("support-plan.changed");

    /** A support plan's review, its child's LAC review or the child's 18th birthday is near (procedure 3.4): prompts the DCPO and the placing authority. */
    public static final String SUPPORT_PLAN_PROMPT = of("support-plan.prompt");
    /** The child's 18th birthday is within six months (concern-service, which alone holds the date of birth). */
    public static final String CHILD_NEARING_ADULTHOOD = of("child.nearing-adulthood");

    /** The CloudEvent type webhooks carry to agencies. */
    public static final String NOTIFICATION = of("notification");

    private EventTypes() {
    }

    public static String of(String shortName) {
        return PREFIX + shortName + SUFFIX;
    }

    public static String shortName(String type) {
        if (type != null && type.startsWith(PREFIX) && type.endsWith(SUFFIX)) {
            return type.substring(PREFIX.length(), type.length() - SUFFIX.length());
        }
        return type;
    }
}
