package uk.safeguarding.referral.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.ConcernDecidedEvent;
import uk.safeguarding.platform.event.data.DeliveryEvent;
import uk.safeguarding.platform.event.data.SpecialistConsentEvent;
import uk.safeguarding.platform.outbox.Outbox;
import uk.safeguarding.platform.problem.Problem;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.redaction.DisclosureField;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.platform.redaction.RedactionPolicy;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.platform.security.Role;
import uk.safeguarding.referral.api.OnwardReferral;
import uk.safeguarding.referral.api.PageView;
import uk.safeguarding.referral.api.ReferralView;
import uk.safeguarding.referral.api.ResponseBody;
import uk.safeguarding.referral.domain.AgencyRole;
import uk.safeguarding.referral.domain.ReferralLifecycle;
import uk.safeguarding.referral.domain.ReferralLifecycle.Trigger;
import uk.safeguarding.referral.domain.ReferralRouting;
import uk.safeguarding.referral.domain.ReferralStatus;
import uk.safeguarding.referral.mapping.ReferralMapper;
import uk.safeguarding.platform.children.ChildProjection;
import uk.safeguarding.referral.repository.ChildRepository;
import uk.safeguarding.referral.repository.DirectoryEntry;
import uk.safeguarding.referral.repository.DirectoryRepository;
import uk.safeguarding.referral.repository.Referral;
import uk.safeguarding.referral.repository.ReferralNote;
import uk.safeguarding.referral.repository.ReferralNoteRepository;
import uk.safeguarding.referral.repository.ReferralRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Referrals: routing decided concerns, following deliveries, agency responses, revocations, updates. */
@ApplicationScoped
@Transactional
public class ReferralService {

    private static final Logger LOG = Logger.getLogger(ReferralService.class);
    static final Role[] AGENCY_ROLES = {Role.SOCIAL_WORKER, Role.POLICE, Role.OFSTED_INSPECTOR, Role.SPECIALIST};
    /** Every role with a view of its own in the referral list (see {@link #scopeOf}). */
    static final Role[] LISTING_ROLES = {Role.SOCIAL_WORKER, Role.POLICE, Role.OFSTED_INSPECTOR, Role.SPECIALIST, Role.STAFF, Role.DCPO,
            Role.OPS, Role.ADMIN};

    private final ReferralRepository referrals;
    private final ReferralNoteRepository notes;
    private final DirectoryRepository directoryEntries;
    private final OwnedOrganisationDirectory directory;
    private final ChildRepository children;
    private final ReferralRouting routing;
    private final ReferralMapper mapper;
    private final Outbox outbox;
    private final CloudEvents cloudEvents;
    private final MeterRegistry registry;
    private final ObjectMapper json;

    public ReferralService(ReferralRepository referrals, ReferralNoteRepository notes, DirectoryRepository directoryEntries,
                           OwnedOrganisationDirectory directory, ChildRepository children, ReferralRouting routing,
                           ReferralMapper mapper, Outbox outbox, CloudEvents cloudEvents, MeterRegistry registry,
                           ObjectMapper json) {
        this.referrals = referrals;
        this.notes = notes;
        this.directoryEntries = directoryEntries;
        this.directory = directory;
        this.children = children;
        this.routing = routing;
        this.mapper = mapper;
        this.outbox = outbox;
        this.cloudEvents = cloudEvents;
        this.registry = registry;
        this.json = json;
    }

    // ---- routing ------------------------------------------------------------------------

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
        OffsetDateTime decidedAt = Optional.ofNullable(decided.decidedAt()).or(() -> Optional.ofNullable(event.time())).orElseGet(ReferralService::now);
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
        OffsetDateTime at = Optional.ofNullable(consent.at()).or(() -> Optional.ofNullable(event.time())).orElseGet(ReferralService::now);
        if (!given) {
            List<Referral> revoked = new ArrayList<>();
            for (Referral referral : referrals.liveOf(consent.concernId(), consent.specialistOrgId())) {
                if (referral.role != AgencyRole.SPECIALIST && referral.role != AgencyRole.ONWARD) {
                    continue;
                }
                OffsetDateTime now = now();
                ReferralStatus previous = referral.status;
                referral.status = ReferralStatus.REVOKED;
                referral.revokeReason = CONSENT_WITHDRAWN;
                referral.revokedAt = now;
                referral.updatedAt = now;
                emit(EventTypes.REFERRAL_REVOKED, referral, previous, now);
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
    private void referOnward(Referral from, List<Organisation> agencies, OffsetDateTime at) {
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
        OffsetDateTime now = now();
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
        emit(EventTypes.REFERRAL_CREATED, referral, null, now);
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
        OffsetDateTime now = now();
        referral.agencyOrgId = agency.id();
        referral.agencyType = agency.type();
        referral.unresolvedAgency = false;
        referral.updatedAt = now;
        LOG.infof("referral %s: agency %s resolved", referral.id, agency.id());
        emit(EventTypes.REFERRAL_UPDATED, referral, null, now);
    }

    // ---- deliveries ----------------------------------------------------------------------

    /** {@code delivery.succeeded} → SENT, {@code delivery.acknowledged} → ACKNOWLEDGED; late or foreign events change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onDelivery(CloudEvent event) {
        Trigger trigger;
        if (EventTypes.DELIVERY_SUCCEEDED.equals(event.type())) {
            trigger = Trigger.DELIVERED;
        } else if (EventTypes.DELIVERY_ACKNOWLEDGED.equals(event.type())) {
            trigger = Trigger.ACKNOWLEDGED;
        } else {
            return;
        }
        DeliveryEvent delivery = cloudEvents.data(event, DeliveryEvent.class);
        if (delivery.referralId() == null) {
            return;
        }
        Referral referral = referrals.findForUpdate(delivery.referralId()).orElse(null);
        if (referral == null) {
            LOG.debugf("delivery %s names an unknown referral", delivery.deliveryId());
            return;
        }
        // A prompt about this referral delivered to the setting is not the referral reaching the agency.
        if (delivery.recipientOrgId() != null && !delivery.recipientOrgId().equals(referral.agencyOrgId)) {
            return;
        }
        Optional<ReferralStatus> next = ReferralLifecycle.next(referral.status, trigger);
        if (next.isEmpty()) {
            LOG.debugf("referral %s is %s: %s changes nothing", referral.id, referral.status, event.shortType());
            return;
        }
        OffsetDateTime now = now();
        OffsetDateTime at = Optional.ofNullable(delivery.at()).orElse(now);
        ReferralStatus previous = referral.status;
        referral.status = next.get();
        if (referral.sentAt == null) {
            referral.sentAt = at;
        }
        if (referral.status == ReferralStatus.ACKNOWLEDGED) {
            referral.acknowledgedAt = at;
        }
        referral.updatedAt = now;
        emit(EventTypes.REFERRAL_STATUS_CHANGED, referral, previous, now);
    }

    // ---- requests ------------------------------------------------------------------------

    /** Which referrals the caller may list: 403 for a role that may see none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReferralRepository.Scope scopeOf(Caller caller) {
        String agency = caller.actsAny(AGENCY_ROLES) ? caller.orgId() : null;
        String setting = caller.actsAny(Role.STAFF, Role.DCPO) ? caller.orgId() : null;
        boolean ops = caller.acts(Role.OPS);
        boolean admin = caller.acts(Role.ADMIN);
        if (agency == null && setting == null && !ops && !admin) {
            throw ProblemException.forbidden("your role, for your organisation, may not read referrals");
        }
        return new ReferralRepository.Scope(agency, setting, ops, admin);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ReferralView> list(ReferralRepository.Filter filter, Caller caller, int page, int size) {
        if (caller.readsForSubjectAccess(LISTING_ROLES)) {
            // The auditor reads one child's referrals for subject access (contract 12), as the referring setting sees them.
            Caller.subjectAccessChild(filter.childId());
            var query = referrals.search(filter, new ReferralRepository.Scope(null, null, true, false), now()).page(page, size);
            return new PageView<>(query.list().stream().map(r -> mapper.toApiModel(r)).toList(), page, size, query.count());
        }
        ReferralRepository.Scope scope = scopeOf(caller);
        var query = referrals.search(filter, scope, now()).page(page, size);
        List<ReferralView> items = query.list().stream().map(r -> view(r, scope, false)).toList();
        return new PageView<>(items, page, size, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReferralView get(UUID id, Caller caller) {
        ReferralRepository.Scope scope = scopeOf(caller);
        return view(visible(id, scope), scope, true);
    }

    public ReferralView respond(UUID id, ResponseBody body, Caller caller) {
        Referral referral = referrals.findForUpdate(id).filter(r -> addressedTo(caller, r))
                .orElseThrow(() -> ProblemException.notFound("referral"));
        ReferralStatus next = ReferralLifecycle.next(referral.status, Trigger.RESPONDED)
                .orElseThrow(() -> ProblemException.conflict("a " + referral.status + " referral cannot be answered"));
        if (!body.outcome().allowedFor(referral.agencyType)) {
            throw ProblemException.unprocessable("outcome", "not an outcome of a " + referral.agencyType + " agency");
        }
        OnwardReferral onward = body.onwardReferral();
        if (body.outcome().requiresOnwardReferral() && onward == null) {
            throw ProblemException.badRequest("onwardReferral", "is required with NOT_IN_NEED (procedure 3.3)");
        }
        List<Organisation> onwardAgencies = new ArrayList<>();
        if (onward != null) {
            List<Problem.FieldError> unknown = new ArrayList<>();
            for (int i = 0; i < onward.orgIds().size(); i++) {
                Optional<Organisation> agency = directory.find(onward.orgIds().get(i));
                if (agency.isEmpty()) {
                    unknown.add(new Problem.FieldError("onwardReferral.orgIds[" + i + "]", "no such organisation in the directory"));
                } else if (!ReferralRouting.agencyTypesOf(AgencyRole.ONWARD).contains(agency.get().type())) {
                    unknown.add(new Problem.FieldError("onwardReferral.orgIds[" + i + "]",
                            "an onward referral goes to an agency (local authority, police, specialist or health service), not a "
                                    + agency.get().type()));
                } else if (onwardAgencies.stream().noneMatch(a -> a.id().equals(agency.get().id()))) {
                    onwardAgencies.add(agency.get());
                }
            }
            if (!unknown.isEmpty()) {
                throw new ProblemException(422, "Unprocessable", "an onward referral names an unknown organisation", unknown, Map.of());
            }
        }
        OffsetDateTime now = now();
        ReferralStatus previous = referral.status;
        referral.status = next;
        referral.outcome = body.outcome();
        referral.responseNote = body.note();
        if (onward != null) {
            referral.onwardConsidered = onward.considered();
            referral.onwardOrgIds = String.join(",", onward.orgIds());
            referral.onwardRationale = onward.rationale();
        }
        referral.respondedAt = now;
        referral.updatedAt = now;
        emit(EventTypes.REFERRAL_RESPONDED, referral, previous, now);
        if (body.outcome().requiresOnwardReferral()) {
            referOnward(referral, onwardAgencies, now);
        }
        return forAgency(referral, fullView(referral));
    }

    public ReferralView revoke(UUID id, String reason, Caller caller) {
        Referral referral = referringDcpos(id, caller);
        if (referral.agencyType == OrganisationType.OFSTED) {
            throw ProblemException.conflict("a reg. 40 notification to Ofsted is a legal duty and is never revoked");
        }
        if (!ReferralLifecycle.revocable(referral.status, referral.agencyType)) {
            throw ProblemException.conflict("only a PENDING referral can be revoked; send an update instead");
        }
        OffsetDateTime now = now();
        ReferralStatus previous = referral.status;
        referral.status = ReferralStatus.REVOKED;
        referral.revokeReason = reason;
        referral.revokedAt = now;
        referral.updatedAt = now;
        emit(EventTypes.REFERRAL_REVOKED, referral, previous, now);
        return fullView(referral);
    }

    /** Further information ({@code UPDATE}) or an escalation for the agency. */
    public ReferralView addNote(UUID id, ReferralNote.Kind kind, String text, Caller caller) {
        Referral referral = referringDcpos(id, caller);
        if (!ReferralLifecycle.acceptsFurtherInformation(referral.status)) {
            throw ProblemException.conflict("a " + referral.status + " referral takes no further information");
        }
        OffsetDateTime now = now();
        ReferralNote note = new ReferralNote();
        note.id = UUID.randomUUID();
        note.referralId = referral.id;
        note.kind = kind;
        note.text = text;
        note.actor = caller.actor();
        note.createdAt = now;
        notes.persist(note);
        referral.updatedAt = now;
        emit(kind == ReferralNote.Kind.UPDATE ? EventTypes.REFERRAL_UPDATED : EventTypes.REFERRAL_ESCALATED, referral, null, now);
        return fullView(referral);
    }

    /** Emits {@code referral.overdue} once for each referral past due without acknowledgement. */
    public int reportOverdue(OffsetDateTime now) {
        List<Referral> overdue = referrals.overdueUnreported(now, 200);
        for (Referral referral : overdue) {
            referral.overdueNotifiedAt = now;
            emit(EventTypes.REFERRAL_OVERDUE, referral, null, now);
            LOG.infof("referral %s (%s) is past due without acknowledgement", referral.id, referral.role);
        }
        return overdue.size();
    }

    // ---- packets -------------------------------------------------------------------------

    /**
     * The referral's facts for one recipient, through the shared redaction table. A revoked
     * referral discloses nothing more: an inactive packet of its id, agency, status and time.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Packet packet(UUID id, RecipientType recipient) {
        Referral referral = referrals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("referral"));
        if (referral.status == ReferralStatus.REVOKED) {
            ObjectNode facts = json.createObjectNode();
            facts.put("id", referral.id.toString());
            facts.put("agencyOrgId", referral.agencyOrgId);
            facts.put("revokedAt", referral.revokedAt == null ? null : referral.revokedAt.toString());
            ObjectNode data = json.createObjectNode();
            data.set("referral", RedactionPolicy.revoked(facts));
            return new Packet("REFERRAL", recipient, PacketPurpose.REFERRAL, null, List.of(), false, data);
        }
        Set<DisclosureField> allowed = RedactionPolicy.fieldsFor(recipient, PacketPurpose.REFERRAL);
        List<String> disclosed = new ArrayList<>();
        ObjectNode data = json.createObjectNode();
        if (allowed.contains(DisclosureField.REFERRAL)) {
            disclosed.add(DisclosureField.REFERRAL.name());
            ObjectNode facts = data.putObject("referral");
            facts.put("id", referral.id.toString());
            facts.put("concernId", referral.concernId.toString());
            facts.put("agencyOrgId", referral.agencyOrgId);
            facts.put("agencyType", referral.agencyType.name());
            directory.find(referral.agencyOrgId).ifPresent(a -> facts.put("agencyName", a.name()));
            facts.put("role", referral.role.name());
            facts.put("lawfulBasis", referral.lawfulBasis.name());
            facts.put("consentStatus", referral.consentStatus);
            facts.put("status", referral.status.name());
            facts.put("dueBy", referral.dueBy.toString());
            facts.put("createdAt", referral.createdAt.toString());
            if (referral.outcome != null) {
                ObjectNode response = facts.putObject("response");
                response.put("outcome", referral.outcome.name());
                response.put("note", referral.responseNote);
                if (referral.onwardConsidered != null) {
                    ObjectNode onward = response.putObject("onwardReferral");
                    onward.put("considered", referral.onwardConsidered);
                    referral.onwardOrgIdList().forEach(onward.putArray("orgIds")::add);
                    onward.put("rationale", referral.onwardRationale);
                }
            }
            notes.latest(referral.id, ReferralNote.Kind.UPDATE).ifPresent(n -> {
                ObjectNode update = facts.putObject("latestUpdate");
                update.put("note", n.text);
                update.put("at", n.createdAt.toString());
            });
            notes.latest(referral.id, ReferralNote.Kind.ESCALATION).ifPresent(n -> {
                ObjectNode escalation = facts.putObject("latestEscalation");
                escalation.put("reason", n.text);
                escalation.put("at", n.createdAt.toString());
            });
        }
        if (allowed.contains(DisclosureField.SETTING)) {
            disclosed.add(DisclosureField.SETTING.name());
            ObjectNode setting = data.putObject("setting");
            setting.put("orgId", referral.settingOrgId);
            directory.find(referral.settingOrgId).ifPresent(o -> setting.put("name", o.name()));
            if (referral.residenceOrgId != null) {
                ObjectNode residence = data.putObject("residence");
                residence.put("orgId", referral.residenceOrgId);
                directory.find(referral.residenceOrgId).ifPresent(o -> residence.put("name", o.name()));
            }
        }
        if (allowed.contains(DisclosureField.REG40_SUMMARY)) {
            // Reg. 40(4)(a): the home is named to Ofsted by name and URN, the child not at all.
            Optional<Organisation> home = directory.find(referral.settingOrgId).filter(o -> o.type() == OrganisationType.CHILDRENS_HOME)
                    .or(() -> directory.find(referral.residenceOrgId).filter(o -> o.type() == OrganisationType.CHILDRENS_HOME));
            if (home.isPresent()) {
                disclosed.add(DisclosureField.REG40_SUMMARY.name());
                ObjectNode notice = data.putObject("reg40");
                notice.put("notice", "REG40_4A_SUSPECTED_CSE");
                ObjectNode homeNode = notice.putObject("home");
                homeNode.put("orgId", home.get().id());
                homeNode.put("name", home.get().name());
                homeNode.put("ofstedUrn", home.get().ofstedUrn());
            }
        }
        // Free text (notes, reasons, rationales) goes only where the table lets the concern go: the one door.
        ObjectNode redacted = RedactionPolicy.redact(recipient, PacketPurpose.REFERRAL, data);
        UUID childId = RedactionPolicy.allows(recipient, PacketPurpose.REFERRAL, DisclosureField.CHILD_IDENTITY) ? referral.childId : null;
        return new Packet("REFERRAL", recipient, PacketPurpose.REFERRAL, childId, disclosed, true, redacted);
    }

    // ---- helpers -------------------------------------------------------------------------

    private Referral visible(UUID id, ReferralRepository.Scope scope) {
        Referral referral = referrals.findById(id);
        return Caller.visibleOr404(referral, referral != null && scope.includes(referral), "referral");
    }

    /** The referral, visible to the caller (else 404), whose referring setting's DCPO the caller is (else 403). */
    private Referral referringDcpos(UUID id, Caller caller) {
        Referral found = referrals.findForUpdate(id).orElse(null);
        Referral referral = Caller.visibleOr404(found, found != null && scopeOf(caller).includes(found), "referral");
        if (!(caller.acts(Role.DCPO) && caller.isOwnOrg(referral.settingOrgId))) {
            throw ProblemException.forbidden("only the referring setting's DCPO may do this");
        }
        return referral;
    }

    private static boolean addressedTo(Caller caller, Referral referral) {
        return referral.agencyOrgId != null && caller.isOwnOrg(referral.agencyOrgId) && caller.actsAny(AGENCY_ROLES);
    }

    private ReferralView view(Referral referral, ReferralRepository.Scope scope, boolean withNotes) {
        boolean agency = scope.agencyOrgId() != null && scope.agencyOrgId().equals(referral.agencyOrgId);
        boolean setting = scope.settingOrgId() != null && scope.settingOrgId().equals(referral.settingOrgId);
        if (agency) {
            return forAgency(referral, withNotes ? fullView(referral) : mapper.toApiModel(referral));
        }
        if (!setting) {
            return mapper.toMetadata(referral);
        }
        return withNotes ? fullView(referral) : mapper.toApiModel(referral);
    }

    /**
     * Every answer to the addressed agency (read, list item, its own response) leaves through
     * the shared redaction table; a revoked referral as its id, agency, status and time only.
     */
    private ReferralView forAgency(Referral referral, ReferralView view) {
        ObjectNode tree = json.valueToTree(view);
        ObjectNode answer = referral.status == ReferralStatus.REVOKED
                ? RedactionPolicy.revoked(tree)
                : RedactionPolicy.redact(recipientOf(referral), PacketPurpose.REFERRAL, tree);
        return json.convertValue(answer, ReferralView.class);
    }

    private static RecipientType recipientOf(Referral referral) {
        // An agency not yet resolved has no type: it gets what the most restricted agency gets.
        return referral.agencyType == null ? RecipientType.OFSTED : RecipientType.of(referral.agencyType);
    }

    private ReferralView fullView(Referral referral) {
        return mapper.toApiModel(referral, notes.ofReferral(referral.id));
    }

    private void emit(String type, Referral referral, ReferralStatus previous, OffsetDateTime at) {
        outbox.publish(Topics.REFERRALS, type, referral.childId.toString(), mapper.toEvent(referral, previous, at));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
