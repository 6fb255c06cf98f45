package uk.safeguarding.referral.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.data.ConcernDecidedEvent;
import uk.safeguarding.platform.event.data.SpecialistConsentEvent;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.referral.domain.AgencyRole;
import uk.safeguarding.referral.domain.ReferralRouting;
import uk.safeguarding.referral.domain.ReferralStatus;
import uk.safeguarding.platform.children.ChildProjection;
import uk.safeguarding.referral.repository.ChildRepository;
import uk.safeguarding.referral.repository.DirectoryEntry;
import uk.safeguarding.referral.repository.DirectoryRepository;
import uk.safeguarding.referral.repository.Referral;
import uk.safeguarding.referral.repository.ReferralRepository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Making referrals: {@code concern.decided} routed by the procedure's table (domain
 * {@link ReferralRouting}), the child's own word on a specialist, onward referrals, and agencies
 * that join the directory after a referral waited for them.
 */
@ApplicationScoped
@Transactional
public class ReferralIntake {

    private static final Logger LOG = Logger.getLogger(ReferralIntake.class);

    private final ReferralRepository referrals;
    private final DirectoryRepository directoryEntries;
    private final OwnedOrganisationDirectory directory;
    private final ChildRepository children;
    private final ReferralRouting routing;
    private final ReferralChanges changes;
    private final CloudEvents cloudEvents;
    private final MeterRegistry registry;

    public ReferralIntake(ReferralRepository referrals, DirectoryRepository directoryEntries, OwnedOrganisationDirectory directory,
                          ChildRepository children, ReferralRouting routing, ReferralChanges changes, CloudEvents cloudEvents,
                          MeterRegistry registry) {
        this.referrals = referrals;
        this.directoryEntries = directoryEntries;
        this.directory = directory;
        this.children = children;
        this.routing = routing;
        this.changes = changes;
        this.cloudEvents = cloudEvents;
        this.registry = registry;
    }

    /**
     * {@code concern.decided}: one referral per agency the routing table names. A referral
     * already live for the same concern and agency is not made again (a later decision of the
     * same concern adds only what is new).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Referral> route(CloudEvent event) {
        if (!EventTypes.CONCERN_DECIDED.equals(event.type())) {
            return List.of();
        }
        ConcernDecidedEvent decided = cloudEvents.data(event, ConcernDecidedEvent.class);
        if (decided.concernId() == null || decided.childId() == null) {
            throw new IllegalArgumentException("event " + event.id() + " names no concern or child");
        }
        Optional<ChildProjection> child = children.findByIdOptional(decided.childId());
        String setting = Optional.ofNullable(decided.settingOrgId()).orElseGet(() -> child.map(c -> c.settingOrgId).orElse(null));
        if (setting == null) {
            throw new IllegalArgumentException("event " + event.id() + " names no setting and the child is unknown");
        }
        String residence = Optional.ofNullable(decided.residenceOrgId()).orElseGet(() -> child.map(c -> c.residenceOrgId).orElse(null));
        String placing = Optional.ofNullable(decided.placingAuthorityOrgId())
                .orElseGet(() -> child.map(c -> c.placingAuthorityOrgId).orElse(null));
        // Either source saying looked after is enough: the placing authority must then be told.
        boolean lookedAfter = decided.lookedAfter() || child.map(c -> c.lookedAfter).orElse(false);
        OffsetDateTime decidedAt = Optional.ofNullable(decided.decidedAt()).or(() -> Optional.ofNullable(event.time())).orElseGet(changes::now);
        ReferralRouting.Decision decision = new ReferralRouting.Decision(decided.concernId(), decided.childId(), setting,
                residence, lookedAfter, placing, decided.outcome(), decided.cseSuspected(), decided.consentStatus(),
                decided.specialistOrgId(), decided.specialistAgreed(), decidedAt);

        List<Referral> created = new ArrayList<>();
        for (ReferralRouting.Route route : routing.route(decision, routingDirectory())) {
            if (referrals.liveReferralExists(decision.concernId(), route.agencyOrgId(), route.role())) {
                continue;
            }
            created.add(create(decision, route, event.id()));
        }
        return created;
    }

    /**
     * The child's own word on a specialist referral, recorded after the decision (procedure 3.4):
     * {@code concern.consent-given} makes the referral by the table's specialist rule;
     * {@code concern.consent-withdrawn} revokes that specialist's live referrals of the concern,
     * whatever their status, and no other specialist's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Referral> onSpecialistConsent(CloudEvent event) {
        boolean given = EventTypes.CONCERN_CONSENT_GIVEN.equals(event.type());
        if (!given && !EventTypes.CONCERN_CONSENT_WITHDRAWN.equals(event.type())) {
            return List.of();
        }
        SpecialistConsentEvent consent = cloudEvents.data(event, SpecialistConsentEvent.class);
        if (consent.concernId() == null || consent.childId() == null || consent.specialistOrgId() == null) {
            throw new IllegalArgumentException("event " + event.id() + " names no concern, child or specialist");
        }
        OffsetDateTime at = Optional.ofNullable(consent.at()).or(() -> Optional.ofNullable(event.time())).orElseGet(changes::now);
        if (!given) {
            List<Referral> revoked = new ArrayList<>();
            for (Referral referral : referrals.liveOf(consent.concernId(), consent.specialistOrgId())) {
                if (referral.role != AgencyRole.SPECIALIST && referral.role != AgencyRole.ONWARD) {
                    continue;
                }
                OffsetDateTime now = changes.now();
                ReferralStatus previous = referral.status;
                referral.status = ReferralStatus.REVOKED;
                referral.revokeReason = CONSENT_WITHDRAWN;
                referral.revokedAt = now;
                referral.updatedAt = now;
                changes.emit(EventTypes.REFERRAL_REVOKED, referral, previous, now);
                LOG.infof("referral %s revoked: the child withdrew agreement", referral.id);
                revoked.add(referral);
            }
            return revoked;
        }
        Optional<ChildProjection> child = children.findByIdOptional(consent.childId());
        String setting = Optional.ofNullable(consent.settingOrgId()).orElseGet(() -> child.map(c -> c.settingOrgId).orElse(null));
        if (setting == null) {
            throw new IllegalArgumentException("event " + event.id() + " names no setting and the child is unknown");
        }
        ReferralRouting.Decision agreement = new ReferralRouting.Decision(consent.concernId(), consent.childId(), setting,
                child.map(c -> c.residenceOrgId).orElse(null), false, null, null, false, ReferralRouting.GIVEN,
                consent.specialistOrgId(), true, at);
        List<Referral> created = new ArrayList<>();
        for (ReferralRouting.Route route : routing.agreedSpecialist(agreement, routingDirectory())) {
            if (!referrals.liveReferralExists(agreement.concernId(), route.agencyOrgId(), route.role())) {
                created.add(create(agreement, route, event.id()));
            }
        }
        return created;
    }

    /** The revoke reason of a referral whose specialist the child no longer agrees to (procedure 3.4). */
    public static final String CONSENT_WITHDRAWN = "The child withdrew agreement to this referral (procedure 3.4).";

    /**
     * Social care's {@code NOT_IN_NEED} names organisations for onward referral (procedure 3.3):
     * each gets a referral of its own, routed and delivered like any other.
     */
    void referOnward(Referral from, List<Organisation> agencies, OffsetDateTime at) {
        ReferralRouting.Decision decision = new ReferralRouting.Decision(from.concernId, from.childId, from.settingOrgId,
                from.residenceOrgId, false, null, null, false, from.consentStatus, null, false, at);
        for (Organisation agency : agencies) {
            if (referrals.liveReferralExists(from.concernId, agency.id(), AgencyRole.ONWARD)) {
                continue; // already referred (the police, say): told once
            }
            create(decision, routing.onward(agency, from.consentStatus, at), "onward:" + from.id);
        }
    }

    private ReferralRouting.Directory routingDirectory() {
        return new ReferralRouting.Directory() {
            @Override
            public Optional<Organisation> find(String orgId) {
                return directory.find(orgId);
            }

            @Override
            public Optional<Organisation> ofsted() {
                return directoryEntries.inspectorate().map(DirectoryEntry::toOrganisation);
            }
        };
    }

    private Referral create(ReferralRouting.Decision decision, ReferralRouting.Route route, String sourceEventId) {
        OffsetDateTime now = changes.now();
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.concernId = decision.concernId();
        referral.childId = decision.childId();
        referral.settingOrgId = decision.settingOrgId();
        referral.residenceOrgId = decision.residenceOrgId();
        referral.agencyOrgId = route.agencyOrgId();
        referral.agencyType = route.agencyType();
        referral.role = route.role();
        referral.lawfulBasis = route.lawfulBasis();
        referral.consentStatus = route.consentStatus();
        referral.status = ReferralStatus.PENDING;
        referral.dueBy = route.dueBy();
        referral.unresolvedAgency = route.unresolvedAgency();
        referral.sourceEventId = sourceEventId;
        referral.createdAt = now;
        referral.updatedAt = now;
        referrals.persist(referral);
        changes.emit(EventTypes.REFERRAL_CREATED, referral, null, now);
        if (referral.unresolvedAgency) {
            alertUnresolved(referral);
        }
        return referral;
    }

    /** The alert to admin: a log line of ids only, a counter, and the referral listed with {@code ?unresolved=true}. */
    private void alertUnresolved(Referral referral) {
        LOG.warnf("ALERT unresolved agency: referral %s of concern %s for %s (agency %s) is not in the directory; "
                        + "it waits PENDING until an admin registers the agency",
                referral.id, referral.concernId, referral.role, referral.agencyOrgId == null ? "not named" : referral.agencyOrgId);
        registry.counter("referrals.unresolved.agency", "role", referral.role.name()).increment();
    }

    /** An organisation registered or updated may be the agency an unresolved referral waits for. */
    void onOrganisationChanged(@Observes OrganisationChanged changed) {
        Organisation org = changed.organisation();
        for (Referral referral : referrals.unresolvedFor(org.id())) {
            if (ReferralRouting.agencyTypesOf(referral.role).contains(org.type())) {
                resolve(referral, org);
            }
        }
        if (org.type() == OrganisationType.OFSTED) {
            referrals.unresolvedWithoutAgency(AgencyRole.OFSTED).forEach(r -> resolve(r, org));
        }
        if (org.type().isSetting()) {
            for (Referral referral : referrals.unresolvedOfArea(org.id(), List.of(AgencyRole.SOCIAL_CARE, AgencyRole.POLICE))) {
                String agencyId = referral.role == AgencyRole.SOCIAL_CARE ? org.localAuthorityOrgId() : org.policeForceOrgId();
                directory.find(agencyId).ifPresent(agency -> resolve(referral, agency));
            }
        }
    }

    private void resolve(Referral referral, Organisation agency) {
        OffsetDateTime now = changes.now();
        referral.agencyOrgId = agency.id();
        referral.agencyType = agency.type();
        referral.unresolvedAgency = false;
        referral.updatedAt = now;
        LOG.infof("referral %s: agency %s resolved", referral.id, agency.id());
        changes.emit(EventTypes.REFERRAL_UPDATED, referral, null, now);
    }
}
