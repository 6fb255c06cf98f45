package uk.safeguarding.referral.domain;

import uk.safeguarding.platform.security.OrganisationType;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static uk.safeguarding.referral.domain.ReferralStatus.ACKNOWLEDGED;
import static uk.safeguarding.referral.domain.ReferralStatus.PENDING;
import static uk.safeguarding.referral.domain.ReferralStatus.RESPONDED;
import static uk.safeguarding.referral.domain.ReferralStatus.REVOKED;
import static uk.safeguarding.referral.domain.ReferralStatus.SENT;

/**
 * The state machine of a referral (contract section 6). SENT and ACKNOWLEDGED follow delivery
 * events; a response and a revocation are the agency's and the DCPO's acts. Anything not in
 * the table is refused (409 for a request, ignored for a late or repeated event).
 */
public final class ReferralLifecycle {

    public enum Trigger {
        /** {@code delivery.succeeded}: a webhook answered 2xx or the packet reached the agency's inbox. */
        DELIVERED,
        /** {@code delivery.acknowledged}: the agency acknowledged it. */
        ACKNOWLEDGED,
        /** {@code POST /response} by the addressed agency. */
        RESPONDED,
        /** {@code POST /revoke} by the referring DCPO. */
        REVOKED
    }

    private record Key(ReferralStatus from, Trigger trigger) {
    }

    private static final Map<Key, ReferralStatus> TABLE = Map.of(
            new Key(PENDING, Trigger.DELIVERED), SENT,
            // An acknowledgement implies delivery, even if its delivery event was never seen.
            new Key(PENDING, Trigger.ACKNOWLEDGED), ACKNOWLEDGED,
            new Key(SENT, Trigger.ACKNOWLEDGED), ACKNOWLEDGED,
            // An agency answering a webhook delivery acknowledges it by responding.
            new Key(SENT, Trigger.RESPONDED), RESPONDED,
            new Key(ACKNOWLEDGED, Trigger.RESPONDED), RESPONDED,
            new Key(PENDING, Trigger.REVOKED), REVOKED);

    /** Statuses in which the referring DCPO may send further information or escalate. */
    private static final Set<ReferralStatus> OPEN_TO_FURTHER_INFORMATION = EnumSet.of(PENDING, SENT, ACKNOWLEDGED, RESPONDED);

    /** Statuses in which a referral still waits for the agency's acknowledgement (and can be overdue). */
    private static final Set<ReferralStatus> AWAITING_ACKNOWLEDGEMENT = EnumSet.of(PENDING, SENT);

    private ReferralLifecycle() {
    }

    public static Optional<ReferralStatus> next(ReferralStatus from, Trigger trigger) {
        return Optional.ofNullable(TABLE.get(new Key(from, trigger)));
    }

    /** A reg. 40 notification to Ofsted is a legal duty and is never withdrawn. */
    public static boolean revocable(ReferralStatus status, OrganisationType agencyType) {
        return agencyType != OrganisationType.OFSTED && next(status, Trigger.REVOKED).isPresent();
    }

    public static boolean acceptsFurtherInformation(ReferralStatus status) {
        return OPEN_TO_FURTHER_INFORMATION.contains(status);
    }

    public static boolean awaitingAcknowledgement(ReferralStatus status) {
        return AWAITING_ACKNOWLEDGEMENT.contains(status);
    }
}
