package uk.safeguarding.concern.service;

import uk.safeguarding.platform.web.IfMatch;

import uk.safeguarding.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.concern.api.ChildRequest;
import uk.safeguarding.concern.api.ChildResponse;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.concern.domain.Ages;
import uk.safeguarding.concern.domain.ChildRules;
import uk.safeguarding.concern.domain.Identifiers;
import uk.safeguarding.concern.mapping.ChildMapper;
import uk.safeguarding.concern.mapping.Text;
import uk.safeguarding.concern.repository.Child;
import uk.safeguarding.concern.repository.ChildRepository;
import uk.safeguarding.platform.directory.OrganisationDirectory;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.AgeBand;
import uk.safeguarding.platform.outbox.Outbox;
import uk.safeguarding.platform.problem.Problem.FieldError;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.Role;
import uk.safeguarding.platform.security.OrganisationType;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Registering and keeping children (contract section 4), for the caller's own setting only. */
@ApplicationScoped
@Transactional
public class ChildService {

    /** A child with its current ETag. */
    public record Saved(ChildResponse child, String etag, boolean created) {
    }

    private final ChildRepository children;
    private final ChildMapper mapper;
    private final Caller caller;
    private final BodyValidation validation;
    private final Outbox outbox;
    private final OrganisationDirectory directory;
    private final Times times;

    public ChildService(ChildRepository children, ChildMapper mapper, Caller caller, BodyValidation validation, Outbox outbox,
                        OrganisationDirectory directory, Times times) {
        this.times = times;
        this.directory = directory;
        this.children = children;
        this.mapper = mapper;
        this.caller = caller;
        this.validation = validation;
        this.outbox = outbox;
    }

    public Saved register(ChildRequest request) {
        validation.check(request);
        caller.require(Access.SETTING_ROLES);
        caller.requireOwnOrg(request.settingOrgId());
        String upn = normalisedUpn(request);
        if (upn != null && children.findBySettingAndUpn(request.settingOrgId(), upn).isPresent()) {
            throw ProblemException.conflict("a child with this UPN is already registered at your setting: use PUT /api/children/by-upn/{upn}");
        }
        Child child = new Child();
        copy(request, child);
        return insert(child);
    }

    /** The MIS upsert keyed by setting and UPN: created (201) or updated (200). */
    public Saved upsertByUpn(String pathUpn, ChildRequest request, String ifMatch) {
        validation.check(request);
        caller.require(Access.SETTING_ROLES);
        caller.requireOwnOrg(request.settingOrgId());
        String upn = Identifiers.normaliseUpn(pathUpn);
        if (!Identifiers.isValidUpn(upn)) {
            throw ProblemException.badRequest("upn", "the UPN in the path must be a unique pupil number with a valid check letter");
        }
        String bodyUpn = Identifiers.normaliseUpn(request.upn());
        if (bodyUpn != null && !bodyUpn.isEmpty() && !bodyUpn.equals(upn)) {
            throw ProblemException.badRequest("upn", "must agree with the UPN in the path");
        }
        ChildRequest withUpn = new ChildRequest(request.givenName(), request.familyName(), request.dateOfBirth(),
                request.dateOfBirthEstimated(), request.gender(), upn, request.nhsNumber(), request.settingOrgId(),
                request.residenceOrgId(), request.lookedAfter(), request.placingAuthorityOrgId(), request.vulnerabilities());
        var existing = children.findBySettingAndUpn(request.settingOrgId(), upn);
        if (existing.isPresent()) {
            return update(existing.get(), withUpn, ifMatch);
        }
        Child child = new Child();
        copy(withUpn, child);
        return insert(child);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Saved get(UUID id) {
        if (caller.acts(Role.AUDITOR) && !caller.actsAny(Access.SETTING_READERS)) {
            // The auditor answers subject access requests and reviews retention (contract 12): a child by id, read-only.
            Child child = Caller.visibleOr404(children.findById(id), true, "child " + id);
            return new Saved(mapper.toApiModel(child), child.etag(), false);
        }
        caller.require(Access.SETTING_READERS);
        Child child = visible(id);
        return new Saved(mapper.toApiModel(child), child.etag(), false);
    }

    public Saved update(UUID id, ChildRequest request, String ifMatch) {
        validation.check(request);
        Child child = visible(id);
        return update(child, request, ifMatch);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ChildResponse> search(String q, PageRequest paging) {
        caller.require(Access.SETTING_READERS);
        String upn = q == null ? null : Identifiers.normaliseUpn(q);
        PanacheQuery<Child> query = children.search(caller.orgId(), q, upn).page(paging.page(), paging.size());
        return new Page<>(query.list().stream().map(mapper::toApiModel).toList(), paging.page(), paging.size(), query.count());
    }

    private Child visible(UUID id) {
        caller.require(Access.SETTING_ROLES);
        Child child = children.findById(id);
        return Caller.visibleOr404(child, child != null && caller.isOwnOrg(child.settingOrgId), "child " + id);
    }

    private Saved update(Child child, ChildRequest request, String ifMatch) {
        caller.requireOwnOrg(request.settingOrgId());
        IfMatch.check(ifMatch, child.etag());
        String upn = normalisedUpn(request);
        if (upn != null) {
            // Checked before the entity changes: a flush must never meet the unique index.
            children.findBySettingAndUpn(child.settingOrgId, upn).filter(other -> !other.id.equals(child.id)).ifPresent(other -> {
                throw ProblemException.conflict("another child at your setting has this UPN");
            });
        }
        ChildResponse before = mapper.toApiModel(child);
        copy(request, child);
        if (sameFacts(before, mapper.toApiModel(child))) {
            return new Saved(before, child.etag(), false);
        }
        child.updatedAt = times.now();
        children.flush();
        outbox.publish(Topics.CHILDREN, EventTypes.CHILD_UPDATED, child.id.toString(), mapper.toEvent(child, ageBand(child)));
        return new Saved(mapper.toApiModel(child), child.etag(), false);
    }

    private Saved insert(Child child) {
        child.id = UUID.randomUUID();
        child.createdAt = times.now();
        child.updatedAt = child.createdAt;
        children.persist(child);
        children.flush();
        outbox.publish(Topics.CHILDREN, EventTypes.CHILD_REGISTERED, child.id.toString(), mapper.toEvent(child, ageBand(child)));
        return new Saved(mapper.toApiModel(child), child.etag(), true);
    }

    /** Copies a validated body onto the entity and checks the contract's rules on the result (400). */
    private void copy(ChildRequest request, Child child) {
        mapper.updateEntity(request, child);
        child.vulnerabilities(request.vulnerabilities() == null ? List.of() : request.vulnerabilities());
        List<FieldError> errors = new java.util.ArrayList<>(ChildRules.check(new ChildRules.Facts(child.dateOfBirth, child.upn,
                child.nhsNumber, child.lookedAfter, child.placingAuthorityOrgId), times.today()));
        // Organisations the directory knows must be of the right type; an unknown one may simply not be projected yet.
        directory.find(child.residenceOrgId).filter(o -> o.type() != OrganisationType.CHILDRENS_HOME)
                .ifPresent(o -> errors.add(new FieldError("residenceOrgId", "must be a children's home")));
        directory.find(child.placingAuthorityOrgId).filter(o -> o.type() != OrganisationType.LOCAL_AUTHORITY)
                .ifPresent(o -> errors.add(new FieldError("placingAuthorityOrgId", "must be a local authority")));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static String normalisedUpn(ChildRequest request) {
        return Identifiers.normaliseUpn(Text.blankToNull(request.upn()));
    }

    private static boolean sameFacts(ChildResponse a, ChildResponse b) {
        return Objects.equals(a.givenName(), b.givenName()) && Objects.equals(a.familyName(), b.familyName())
                && Objects.equals(a.dateOfBirth(), b.dateOfBirth()) && a.dateOfBirthEstimated() == b.dateOfBirthEstimated()
                && a.gender() == b.gender() && Objects.equals(a.upn(), b.upn()) && Objects.equals(a.nhsNumber(), b.nhsNumber())
                && Objects.equals(a.settingOrgId(), b.settingOrgId()) && Objects.equals(a.residenceOrgId(), b.residenceOrgId())
                && a.lookedAfter() == b.lookedAfter() && Objects.equals(a.placingAuthorityOrgId(), b.placingAuthorityOrgId())
                && Objects.equals(a.vulnerabilities(), b.vulnerabilities());
    }

    private String ageBand(Child child) {
        return AgeBand.ofAge(Ages.at(child.dateOfBirth, times.today())).label();
    }
}
