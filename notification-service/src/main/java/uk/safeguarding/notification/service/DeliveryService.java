package uk.safeguarding.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import uk.safeguarding.notification.client.PacketClient.Owner;
import uk.safeguarding.notification.client.PacketClient.PacketRequest;
import uk.safeguarding.notification.config.NotificationConfig;
import uk.safeguarding.notification.domain.DeliveryChannel;
import uk.safeguarding.notification.domain.DeliveryStatus;
import uk.safeguarding.notification.domain.DisclosureAction;
import uk.safeguarding.notification.domain.FanOutRules;
import uk.safeguarding.notification.domain.FanOutRules.RecipientRule;
import uk.safeguarding.notification.domain.RetryPolicy;
import uk.safeguarding.notification.domain.RetryPolicy.Verdict;
import uk.safeguarding.notification.repository.AgencyChannel;
import uk.safeguarding.notification.repository.AgencyChannelRepository;
import uk.safeguarding.notification.repository.Delivery;
import uk.safeguarding.notification.repository.DeliveryRepository;
import uk.safeguarding.notification.repository.ReferralLink;
import uk.safeguarding.notification.repository.ReferralLinkRepository;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.directory.OrganisationDirectory;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.DeliveryEvent;
import uk.safeguarding.platform.outbox.Outbox;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.platform.security.OrganisationType;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The state changes of a delivery, each in one transaction with its disclosure-log entries
 * and its {@code delivery.*} event: recorded, attempted, delivered, retried, dead-lettered,
 * cancelled, acknowledged.
 */
@ApplicationScoped
public class DeliveryService {

    private static final SecureRandom JITTER = new SecureRandom();

    private final DeliveryRepository deliveries;
    private final AgencyChannelRepository channels;
    private final OrganisationDirectory directory;
    private final DisclosureLog disclosureLog;
    private final Outbox outbox;
    private final NotificationConfig config;
    private final RetryPolicy retryPolicy;
    private final Event<DeliveriesQueued> queued;
    private final MeterRegistry metrics;
    private final ReferralLinkRepository referralLinks;

    /** Fired when deliveries become due; the worker starts on them once the transaction commits. */
    public record DeliveriesQueued(int count) {
    }

    /** What one attempt needs, read in a short transaction so no transaction spans a network call. */
    public record Attempt(UUID deliveryId, String recipientOrgId, RecipientType recipientType, String eventType,
                          PacketPurpose purpose, UUID subjectId, OffsetDateTime createdAt, List<PacketRequest> packets,
                          String webhookUrl, List<String> secrets) {
    }

    /** Either an attempt to make, or why the delivery cannot be attempted yet. */
    public record Prepared(Attempt attempt, String notReady) {
    }

    public DeliveryService(DeliveryRepository deliveries, AgencyChannelRepository channels, OrganisationDirectory directory,
                           DisclosureLog disclosureLog, Outbox outbox, NotificationConfig config, Event<DeliveriesQueued> queued,
                           MeterRegistry metrics, ReferralLinkRepository referralLinks) {
        this.referralLinks = referralLinks;
        this.deliveries = deliveries;
        this.channels = channels;
        this.directory = directory;
        this.disclosureLog = disclosureLog;
        this.outbox = outbox;
        this.config = config;
        this.queued = queued;
        this.metrics = metrics;
        NotificationConfig.Delivery d = config.delivery();
        this.retryPolicy = new RetryPolicy(d.maxAttempts(), d.initialBackoff(), d.maxBackoff(), d.jitter(), JITTER::nextDouble);
    }

    // ---- recorded by fan-out -------------------------------------------------------------

    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery record(CloudEvent source, FanOutRules.Deliver action) {
        FanOutRules.Subject subject = action.subject();
        String recipientKey = action.recipientOrgId() != null ? action.recipientOrgId() : "police-of:" + subject.settingOrgId();
        if (subject.kind() == FanOutRules.SubjectKind.MISSING && subject.episodeId() != null) {
            // A report announced again when the child's record arrives (pendingLink → linked) is one notice, not two.
            Optional<Delivery> earlier = deliveries.forEpisode(subject.episodeId(), source.shortType(), recipientKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Delivery d = new Delivery();
        d.id = UUID.randomUUID();
        d.sourceEventId = source.id();
        d.eventType = source.shortType();
        d.purpose = action.purpose();
        d.subjectKind = subject.kind();
        d.recipientRule = action.rule();
        d.recipientOrgId = action.recipientOrgId();
        d.recipientKey = recipientKey;
        d.recipientOrgType = action.recipientOrgType();
        d.settingOrgId = subject.settingOrgId();
        d.childId = subject.childId();
        d.concernId = subject.concernId();
        d.referralId = subject.referralId();
        d.episodeId = subject.episodeId();
        d.adviceRequestId = subject.adviceRequestId();
        d.matchId = subject.matchId();
        if (subject.supportPlan() != null) {
            d.supportPlanId = subject.supportPlan().planId();
            d.promptKind = subject.supportPlan().kind();
            d.promptDueDate = subject.supportPlan().dueDate();
        }
        d.lawfulBasis = action.lawfulBasis();
        d.consentStatus = action.consentStatus();
        d.inboxOnly = action.inboxOnly();
        d.status = DeliveryStatus.PENDING;
        d.createdAt = now();
        d.nextAttemptAt = d.createdAt;
        deliveries.persist(d);
        queued.fire(new DeliveriesQueued(1));
        return d;
    }

    /**
     * A revoked referral: what has not gone out yet never will, a dead letter included (so no
     * ops retry can send it), and the same for the concern's updates to that agency.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelForReferral(UUID referralId) {
        List<Delivery> pending = deliveries.unsentForReferral(referralId);
        for (Delivery d : pending) {
            d.status = DeliveryStatus.CANCELLED;
            d.nextAttemptAt = null;
            d.lastError = "referral revoked";
        }
        return pending.size();
    }

    // ---- the worker's steps ----------------------------------------------------------------

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> claimDue(int limit) {
        OffsetDateTime now = now();
        List<UUID> ids = deliveries.lockDue(now, limit);
        if (!ids.isEmpty()) {
            // A lease: if this instance dies mid-attempt, the delivery is due again when it runs out.
            deliveries.lease(ids, now.plus(config.delivery().lease()));
        }
        return ids;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Prepared> prepare(UUID id) {
        Delivery d = deliveries.findById(id);
        if (d == null || !d.status.awaitingAttempt()) {
            return Optional.empty();
        }
        if (d.recipientOrgId == null && d.recipientRule == RecipientRule.SETTING_POLICE) {
            d.recipientOrgId = directory.find(d.settingOrgId).map(Organisation::policeForceOrgId).orElse(null);
            if (d.recipientOrgId != null) {
                d.recipientKey = d.recipientOrgId;
            }
        }
        if (d.recipientOrgId == null) {
            return Optional.of(new Prepared(null, "recipient not in directory"));
        }
        Optional<RecipientType> recipientType = recipientType(d);
        if (recipientType.isEmpty()) {
            return Optional.of(new Prepared(null, "recipient type unknown"));
        }
        String webhookUrl = null;
        List<String> secrets = List.of();
        if (!d.inboxOnly) {
            AgencyChannel channel = channels.findById(d.recipientOrgId);
            if (channel != null && channel.webhookUrl != null) {
                webhookUrl = channel.webhookUrl;
                secrets = channel.signingSecrets(now());
            }
        }
        return Optional.of(new Prepared(new Attempt(d.id, d.recipientOrgId, recipientType.get(), d.eventType, d.purpose,
                subjectId(d), d.createdAt, packetRequests(d, recipientType.get()), webhookUrl, secrets), null));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(UUID id, DeliveryChannel channel, List<Packet> packets, OffsetDateTime attemptAt) {
        Delivery d = deliveries.findForUpdate(id).orElseThrow();
        boolean first = d.status != DeliveryStatus.DELIVERED && d.status != DeliveryStatus.ACKNOWLEDGED;
        d.attempts++;
        d.lastAttemptAt = attemptAt;
        d.channel = channel;
        d.nextAttemptAt = null;
        d.lastError = null;
        // Even if revoked meanwhile: the packet went out, so it is recorded as delivered and disclosed.
        if (first) {
            d.status = DeliveryStatus.DELIVERED;
            d.deliveredAt = now();
        }
        DisclosureAction action = channel == DeliveryChannel.WEBHOOK ? DisclosureAction.WEBHOOK_DELIVERED : DisclosureAction.INBOX_PLACED;
        for (Packet packet : packets) {
            disclose(d, packet, action);
        }
        if (first) {
            publish(d, EventTypes.DELIVERY_SUCCEEDED);
        }
        count("delivered", d);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID id, Verdict verdict, String error, OffsetDateTime attemptAt) {
        Delivery d = deliveries.findForUpdate(id).orElseThrow();
        d.attempts++;
        d.lastAttemptAt = attemptAt;
        d.lastError = error;
        if (!d.status.awaitingAttempt()) {
            return;
        }
        Verdict next = retryPolicy.afterFailure(verdict, d.attemptsInCycle());
        if (next == Verdict.RETRY) {
            d.status = DeliveryStatus.RETRYING;
            d.nextAttemptAt = now().plus(retryPolicy.delay(d.attemptsInCycle()));
            count("retrying", d);
        } else {
            d.status = DeliveryStatus.DEAD_LETTERED;
            d.nextAttemptAt = null;
            publish(d, EventTypes.DELIVERY_DEAD_LETTERED);
            count("dead_lettered", d);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void cancelled(UUID id, String reason, OffsetDateTime attemptAt) {
        Delivery d = deliveries.findForUpdate(id).orElseThrow();
        d.attempts++;
        d.lastAttemptAt = attemptAt;
        if (d.status.awaitingAttempt()) {
            d.status = DeliveryStatus.CANCELLED;
            d.nextAttemptAt = null;
            d.lastError = reason;
            count("cancelled", d);
        }
    }

    // ---- ops and recipients ------------------------------------------------------------------

    /** Ops: a dead letter gets a new cycle of attempts; never one of a revoked referral (409). */
    @Transactional
    public Delivery retry(UUID id) {
        Delivery d = deliveries.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("delivery"));
        if (referralRevoked(d)) {
            throw ProblemException.conflict("the referral of this delivery was revoked: it discloses nothing more");
        }
        if (d.status != DeliveryStatus.DEAD_LETTERED) {
            throw ProblemException.conflict("only a DEAD_LETTERED delivery can be retried; this one is " + d.status);
        }
        d.status = DeliveryStatus.PENDING;
        d.cycleStartAttempts = d.attempts;
        d.nextAttemptAt = now();
        queued.fire(new DeliveriesQueued(1));
        return d;
    }

    /** The recipient acknowledges what reached it. Another organisation's delivery is 404. */
    @Transactional
    public Delivery acknowledge(UUID id, String callerOrgId) {
        Delivery d = deliveries.findForUpdate(id).orElse(null);
        if (d == null || !Objects.equals(d.recipientOrgId, callerOrgId)) {
            throw ProblemException.notFound("notification");
        }
        if (d.status == DeliveryStatus.ACKNOWLEDGED) {
            return d;
        }
        if (d.status != DeliveryStatus.DELIVERED) {
            throw ProblemException.notFound("notification");
        }
        d.status = DeliveryStatus.ACKNOWLEDGED;
        d.acknowledgedAt = now();
        publish(d, EventTypes.DELIVERY_ACKNOWLEDGED);
        return d;
    }

    /** An inbox read: the packets fetched for it are disclosures too. */
    @Transactional
    public void disclosedOnRead(UUID id, List<Packet> packets) {
        Delivery d = deliveries.findById(id);
        for (Packet packet : packets) {
            disclose(d, packet, DisclosureAction.INBOX_READ);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** Whether the delivery belongs to a referral that was revoked (as far as the referral events have told). */
    public boolean referralRevoked(Delivery d) {
        if (d.referralId == null) {
            return false;
        }
        ReferralLink link = referralLinks.findById(d.referralId);
        return link != null && link.revoked;
    }

    public Optional<RecipientType> recipientType(Delivery d) {
        Optional<OrganisationType> type = directory.find(d.recipientOrgId).map(Organisation::type).or(() -> Optional.ofNullable(d.recipientOrgType));
        if (type.isEmpty() && d.recipientRule == RecipientRule.SETTING) {
            // A setting not yet in the directory gets what a children's home gets: never the UPN.
            type = Optional.of(OrganisationType.CHILDRENS_HOME);
        }
        return type.map(RecipientType::of);
    }

    public static List<PacketRequest> packetRequests(Delivery d, RecipientType recipientType) {
        return switch (d.subjectKind) {
            case REFERRAL -> List.of(
                    new PacketRequest(Owner.REFERRAL, d.referralId, recipientType, d.purpose, null),
                    new PacketRequest(Owner.CONCERN, d.concernId, recipientType, d.purpose, null, d.recipientOrgId));
            // concern.updated to an agency: the owner asks whether that agency's referral still stands.
            case CONCERN -> List.of(new PacketRequest(Owner.CONCERN, d.concernId, recipientType, d.purpose, null, d.recipientOrgId));
            case ADVICE -> List.of(new PacketRequest(Owner.CONCERN, d.concernId, recipientType, PacketPurpose.ADVICE, d.adviceRequestId));
            case MISSING -> List.of(new PacketRequest(Owner.MISSING, d.episodeId, recipientType, d.purpose, null));
            case INTELLIGENCE_MATCH -> List.of(new PacketRequest(Owner.INTELLIGENCE_MATCH, d.matchId, recipientType, d.purpose, null));
            case POLICE_INTELLIGENCE_PROMPT -> List.of(new PacketRequest(Owner.CONCERN, d.concernId, recipientType, d.purpose, null));
            case SUPPORT_PLAN -> List.of(new PacketRequest(Owner.SUPPORT_PLAN, d.supportPlanId, recipientType, d.purpose, null));
        };
    }

    static UUID subjectId(Delivery d) {
        return switch (d.subjectKind) {
            case REFERRAL -> d.referralId;
            case CONCERN -> d.concernId;
            case ADVICE -> d.adviceRequestId;
            case MISSING -> d.episodeId;
            case INTELLIGENCE_MATCH -> d.matchId;
            case POLICE_INTELLIGENCE_PROMPT -> d.concernId;
            case SUPPORT_PLAN -> d.supportPlanId;
        };
    }

    private void disclose(Delivery d, Packet packet, DisclosureAction action) {
        for (UUID childId : childrenOf(d, packet)) {
            disclosureLog.append(new DisclosureLog.Disclosure(childId, d.recipientOrgId, d.sourceEventId, d.id, action,
                    packet.packetType() == null ? "UNKNOWN" : packet.packetType(), packet.fieldsDisclosed(),
                    d.lawfulBasis, d.consentStatus));
        }
    }

    /** Whose data the packet disclosed: an intelligence match names several children, each logged (one entry per child). */
    static List<UUID> childrenOf(Delivery d, Packet packet) {
        if (d.subjectKind == FanOutRules.SubjectKind.INTELLIGENCE_MATCH && packet.data() != null) {
            List<UUID> children = new java.util.ArrayList<>();
            for (var concern : packet.data().path("concerns")) {
                String child = concern.path("childId").asText(null);
                if (child != null) {
                    UUID id = UUID.fromString(child);
                    if (!children.contains(id)) {
                        children.add(id);
                    }
                }
            }
            if (!children.isEmpty()) {
                return children;
            }
        }
        return java.util.Collections.singletonList(packet.childId() != null ? packet.childId() : d.childId);
    }

    private void publish(Delivery d, String type) {
        // The referral id is told only for deliveries of the referral itself, which move its status.
        UUID referralId = d.subjectKind == FanOutRules.SubjectKind.REFERRAL ? d.referralId : null;
        DeliveryEvent event = new DeliveryEvent(d.id, d.sourceEventId, d.eventType, referralId, d.concernId, d.episodeId,
                d.childId, d.recipientOrgId, d.channel == null ? null : d.channel.name(), d.status.name(), now());
        String key = d.childId != null ? d.childId.toString() : d.recipientOrgId != null ? d.recipientOrgId : d.recipientKey;
        outbox.publish(Topics.DELIVERIES, type, key, event);
    }

    /** Attempt outcomes for /q/metrics: ids and org ids never become tags. */
    private void count(String outcome, Delivery d) {
        metrics.counter("notification.delivery.attempts", "outcome", outcome,
                "channel", d.channel == null ? "NONE" : d.channel.name(), "purpose", d.purpose.name()).increment();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
