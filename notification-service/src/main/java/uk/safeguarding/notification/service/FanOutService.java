package uk.safeguarding.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.notification.domain.FanOutRules;
import uk.safeguarding.notification.repository.ReferralLink;
import uk.safeguarding.notification.repository.ReferralLinkRepository;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.directory.OrganisationDirectory;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.event.data.AdviceRequestedEvent;
import uk.safeguarding.platform.event.data.ConcernEvent;
import uk.safeguarding.platform.event.data.IntelligenceMatchEvent;
import uk.safeguarding.platform.event.data.MissingEvent;
import uk.safeguarding.platform.event.data.PatternDetectedEvent;
import uk.safeguarding.platform.event.data.ReferralEvent;
import uk.safeguarding.platform.event.data.SupportPlanPromptEvent;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies {@link FanOutRules} to consumed events (inside the inbox's transaction, so an event
 * is turned into deliveries exactly once) and keeps the projections the rules need.
 */
@ApplicationScoped
public class FanOutService implements FanOutRules.Lookups {

    private final CloudEvents cloudEvents;
    private final DeliveryService deliveries;
    private final ReferralLinkRepository referralLinks;
    private final OrganisationDirectory directory;

    public FanOutService(CloudEvents cloudEvents, DeliveryService deliveries, ReferralLinkRepository referralLinks, OrganisationDirectory directory) {
        this.cloudEvents = cloudEvents;
        this.deliveries = deliveries;
        this.referralLinks = referralLinks;
        this.directory = directory;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onReferralEvent(CloudEvent event) {
        String type = event.shortType();
        if ("support-plan.prompt".equals(type)) {
            apply(event, FanOutRules.forSupportPlanPrompt(cloudEvents.data(event, SupportPlanPromptEvent.class)));
            return;
        }
        if (type == null || !type.startsWith("referral.")) {
            return;
        }
        ReferralEvent referral = cloudEvents.data(event, ReferralEvent.class);
        project(type, referral);
        apply(event, FanOutRules.forReferral(type, referral));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onConcernEvent(CloudEvent event) {
        String type = event.shortType();
        switch (type == null ? "" : type) {
            case "concern.advice-requested" -> apply(event, FanOutRules.forAdvice(cloudEvents.data(event, AdviceRequestedEvent.class)));
            case "concern.raised", "concern.updated" ->
                    apply(event, FanOutRules.forConcern(type, cloudEvents.data(event, ConcernEvent.class), this));
            case "intelligence.match-detected" ->
                    apply(event, FanOutRules.forIntelligenceMatch(cloudEvents.data(event, IntelligenceMatchEvent.class)));
            default -> {
                // concern.decided: referral-service routes it; concern.closed: nothing to tell.
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onMissingEvent(CloudEvent event) {
        String type = event.shortType();
        if ("missing.pattern-detected".equals(type)) {
            apply(event, FanOutRules.forPattern(cloudEvents.data(event, PatternDetectedEvent.class)));
        } else if (type != null && type.startsWith("missing.")) {
            apply(event, FanOutRules.forMissing(type, cloudEvents.data(event, MissingEvent.class), this));
        }
    }

    @Override
    public Optional<Organisation> organisation(String orgId) {
        return directory.find(orgId);
    }

    @Override
    public List<FanOutRules.ReferralLink> activeReferrals(UUID concernId) {
        return referralLinks.activeForConcern(concernId).stream()
                .map(l -> new FanOutRules.ReferralLink(l.referralId, l.agencyOrgId, l.agencyType, l.lawfulBasis, l.consentStatus))
                .toList();
    }

    private void apply(CloudEvent event, List<FanOutRules.Action> actions) {
        for (FanOutRules.Action action : actions) {
            if (action instanceof FanOutRules.Deliver deliver) {
                deliveries.record(event, deliver);
            } else if (action instanceof FanOutRules.CancelReferral cancel) {
                deliveries.cancelForReferral(cancel.referralId());
            }
        }
    }

    /** concernId -> referred agencies; a revoked referral stays revoked whatever arrives later. */
    private void project(String type, ReferralEvent e) {
        if (e.referralId() == null || e.concernId() == null || e.agencyOrgId() == null) {
            return;
        }
        ReferralLink link = referralLinks.findById(e.referralId());
        if (link == null) {
            link = new ReferralLink();
            link.referralId = e.referralId();
        }
        link.concernId = e.concernId();
        link.childId = e.childId();
        link.settingOrgId = e.settingOrgId();
        link.agencyOrgId = e.agencyOrgId();
        link.agencyType = e.agencyType();
        if (e.lawfulBasis() != null) {
            link.lawfulBasis = e.lawfulBasis();
        }
        if (e.consentStatus() != null) {
            link.consentStatus = e.consentStatus();
        }
        if (e.status() != null) {
            link.status = e.status();
        }
        link.revoked = link.revoked || "referral.revoked".equals(type) || "REVOKED".equals(e.status());
        link.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        referralLinks.persist(link);
    }
}
