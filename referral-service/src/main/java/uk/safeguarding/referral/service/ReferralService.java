package uk.safeguarding.referral.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.problem.Problem;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.platform.redaction.RedactionPolicy;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.platform.security.Role;
import uk.safeguarding.referral.api.OnwardReferral;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.referral.api.ReferralView;
import uk.safeguarding.referral.api.ResponseBody;
import uk.safeguarding.referral.domain.AgencyRole;
import uk.safeguarding.referral.domain.ReferralLifecycle;
import uk.safeguarding.referral.domain.ReferralLifecycle.Trigger;
import uk.safeguarding.referral.domain.ReferralRouting;
import uk.safeguarding.referral.domain.ReferralStatus;
import uk.safeguarding.referral.mapping.ReferralMapper;
import uk.safeguarding.referral.repository.Referral;
import uk.safeguarding.referral.repository.ReferralNote;
import uk.safeguarding.referral.repository.ReferralNoteRepository;
import uk.safeguarding.referral.repository.ReferralRepository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Referrals as their readers and the agencies see them: lists, reads, an agency's response, revocation, updates. */
@ApplicationScoped
@Transactional
public class ReferralService {

    static final Role[] AGENCY_ROLES = {Role.SOCIAL_WORKER, Role.POLICE, Role.OFSTED_INSPECTOR, Role.SPECIALIST};
    /** Every role with a view of its own in the referral list (see {@link #scopeOf}). */
    static final Role[] LISTING_ROLES = {Role.SOCIAL_WORKER, Role.POLICE, Role.OFSTED_INSPECTOR, Role.SPECIALIST, Role.STAFF, Role.DCPO,
            Role.OPS, Role.ADMIN};

    private final ReferralRepository referrals;
    private final ReferralNoteRepository notes;
    private final OwnedOrganisationDirectory directory;
    private final ReferralIntake intake;
    private final ReferralChanges changes;
    private final ReferralMapper mapper;
    private final ObjectMapper json;

    public ReferralService(ReferralRepository referrals, ReferralNoteRepository notes, OwnedOrganisationDirectory directory,
                           ReferralIntake intake, ReferralChanges changes, ReferralMapper mapper, ObjectMapper json) {
        this.referrals = referrals;
        this.notes = notes;
        this.directory = directory;
        this.intake = intake;
        this.changes = changes;
        this.mapper = mapper;
        this.json = json;
    }

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
    public Page<ReferralView> list(ReferralRepository.Filter filter, Caller caller, int page, int size) {
        if (caller.readsForSubjectAccess(LISTING_ROLES)) {
            // The auditor reads one child's referrals for subject access (contract 12), as the referring setting sees them.
            Caller.subjectAccessChild(filter.childId());
            var query = referrals.search(filter, new ReferralRepository.Scope(null, null, true, false), changes.now()).page(page, size);
            return new Page<>(query.list().stream().map(r -> mapper.toApiModel(r)).toList(), page, size, query.count());
        }
        ReferralRepository.Scope scope = scopeOf(caller);
        var query = referrals.search(filter, scope, changes.now()).page(page, size);
        List<ReferralView> items = query.list().stream().map(r -> view(r, scope, false)).toList();
        return new Page<>(items, page, size, query.count());
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
        OffsetDateTime now = changes.now();
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
        changes.emit(EventTypes.REFERRAL_RESPONDED, referral, previous, now);
        if (body.outcome().requiresOnwardReferral()) {
            intake.referOnward(referral, onwardAgencies, now);
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
        OffsetDateTime now = changes.now();
        ReferralStatus previous = referral.status;
        referral.status = ReferralStatus.REVOKED;
        referral.revokeReason = reason;
        referral.revokedAt = now;
        referral.updatedAt = now;
        changes.emit(EventTypes.REFERRAL_REVOKED, referral, previous, now);
        return fullView(referral);
    }

    /** Further information ({@code UPDATE}) or an escalation for the agency. */
    public ReferralView addNote(UUID id, ReferralNote.Kind kind, String text, Caller caller) {
        Referral referral = referringDcpos(id, caller);
        if (!ReferralLifecycle.acceptsFurtherInformation(referral.status)) {
            throw ProblemException.conflict("a " + referral.status + " referral takes no further information");
        }
        OffsetDateTime now = changes.now();
        ReferralNote note = new ReferralNote();
        note.id = UUID.randomUUID();
        note.referralId = referral.id;
        note.kind = kind;
        note.text = text;
        note.actor = caller.actor();
        note.createdAt = now;
        notes.persist(note);
        referral.updatedAt = now;
        changes.emit(kind == ReferralNote.Kind.UPDATE ? EventTypes.REFERRAL_UPDATED : EventTypes.REFERRAL_ESCALATED, referral, null, now);
        return fullView(referral);
    }

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
}
