package uk.safeguarding.referral.service;

import uk.safeguarding.platform.time.Clocks;
import java.time.Clock;

import uk.safeguarding.platform.web.IfMatch;

import java.util.Comparator;
import java.time.LocalDate;
import uk.safeguarding.platform.event.data.SupportPlanEvent;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.outbox.Outbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.platform.redaction.DisclosureField;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.platform.redaction.RedactionPolicy;
import jakarta.transaction.Transactional;
import uk.safeguarding.platform.problem.Problem;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.Role;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.referral.api.SupportPlanBody;
import uk.safeguarding.referral.api.SupportPlanContent;
import uk.safeguarding.referral.api.SupportPlanVersionView;
import uk.safeguarding.referral.api.SupportPlanView;
import uk.safeguarding.referral.domain.SupportPlanRules;
import uk.safeguarding.referral.mapping.SupportPlanMapper;
import uk.safeguarding.platform.children.ChildProjection;
import uk.safeguarding.referral.repository.ChildRepository;
import uk.safeguarding.referral.repository.SupportPlan;
import uk.safeguarding.referral.repository.SupportPlanRepository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Support plans (procedure 3.4, 3.6), written and read by the DCPO of the child's setting or a
 * social worker of its placing authority; every version is kept.
 */
@ApplicationScoped
@Transactional
public class SupportPlanService {

    private final SupportPlanRepository plans;
    private final ChildRepository children;
    private final OwnedOrganisationDirectory directory;
    private final SupportPlanMapper mapper;
    private final ObjectMapper json;
    private final Outbox outbox;
    private final Clock clock;

    public SupportPlanService(SupportPlanRepository plans, ChildRepository children, OwnedOrganisationDirectory directory,
                              SupportPlanMapper mapper, ObjectMapper json, Outbox outbox, Clock clock) {
        this.plans = plans;
        this.clock = clock;
        this.children = children;
        this.directory = directory;
        this.mapper = mapper;
        this.json = json;
        this.outbox = outbox;
    }

    /** {@code support-plan.changed}: the child and the latest court date only, a legal hold on erasure while ahead. */
    private void changed(SupportPlan plan, SupportPlanContent content) {
        LocalDate last = content.legalProceedings() == null || content.legalProceedings().courtDates() == null ? null
                : content.legalProceedings().courtDates().stream().max(Comparator.naturalOrder()).orElse(null);
        outbox.publish(Topics.REFERRALS, EventTypes.SUPPORT_PLAN_CHANGED,
                plan.childId.toString(), new SupportPlanEvent(plan.id, plan.childId, last, plan.updatedAt));
    }

    public SupportPlanView create(SupportPlanBody body, Caller caller) {
        ChildProjection child = childOf(body.childId(), caller);
        SupportPlanContent content = body.content();
        check(child, content);
        OffsetDateTime now = Clocks.now(clock);
        SupportPlan plan = new SupportPlan();
        plan.id = UUID.randomUUID();
        plan.childId = child.childId;
        plan.content = write(content);
        plan.version = 1;
        plan.createdBy = caller.actor();
        plan.createdAt = now;
        plan.updatedBy = plan.createdBy;
        plan.updatedAt = now;
        plans.persist(plan);
        plans.addVersion(plan);
        changed(plan, content);
        return mapper.toApiModel(plan, content);
    }

    public SupportPlanView update(UUID id, String ifMatch, SupportPlanBody body, Caller caller) {
        SupportPlan plan = visible(id, caller, true);
        IfMatch.require(ifMatch, IfMatch.etag(plan.version));
        if (!plan.childId.equals(body.childId())) {
            throw ProblemException.badRequest("childId", "must be the plan's child");
        }
        SupportPlanContent content = body.content();
        check(children.findById(plan.childId), content);
        plan.content = write(content);
        plan.version++;
        plan.updatedBy = caller.actor();
        plan.updatedAt = Clocks.now(clock);
        plans.addVersion(plan);
        changed(plan, content);
        return mapper.toApiModel(plan, content);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupportPlanView get(UUID id, Caller caller) {
        SupportPlan plan = visible(id, caller);
        return mapper.toApiModel(plan, read(plan.content));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SupportPlanView> list(UUID childId, Caller caller, int page, int size) {
        if (caller.readsForSubjectAccess(Role.DCPO, Role.SOCIAL_WORKER)) {
            // The auditor reads one child's plans for subject access (contract 12), whatever the setting; it writes none.
            Caller.subjectAccessChild(childId);
        } else {
            childOf(childId, caller);
        }
        var query = plans.ofChild(childId).page(page, size);
        List<SupportPlanView> items = query.list().stream().map(p -> mapper.toApiModel(p, read(p.content))).toList();
        return new Page<>(items, page, size, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupportPlanVersionView> history(UUID id, Caller caller) {
        SupportPlan plan = visible(id, caller);
        return plans.history(plan.id).stream().map(v -> mapper.toApiModel(v, read(v.content))).toList();
    }

    /**
     * The plan for a prompt's recipient, through the shared redaction table: the setting's DCPO
     * and the local authority see its services with their coordinating agencies, its dates and
     * the planned links to adult services; no notes, no child's views, no legal proceedings, and
     * nothing at all for anyone else.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Packet packet(UUID id, RecipientType recipient) {
        SupportPlan plan = plans.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("support plan"));
        List<String> disclosed = new ArrayList<>();
        ObjectNode data = json.createObjectNode();
        if (RedactionPolicy.allows(recipient, PacketPurpose.PROMPT, DisclosureField.SUPPORT_PLAN)) {
            SupportPlanContent content = read(plan.content);
            disclosed.add(DisclosureField.SUPPORT_PLAN.name());
            ObjectNode facts = data.putObject("supportPlan");
            facts.put("id", plan.id.toString());
            facts.put("childId", plan.childId.toString());
            facts.put("version", plan.version);
            facts.put("reviewDate", content.reviewDate().toString());
            if (content.lacReviewDate() != null) {
                facts.put("lacReviewDate", content.lacReviewDate().toString());
            }
            if (content.placementPlanUpdatedAt() != null) {
                facts.put("placementPlanUpdatedAt", content.placementPlanUpdatedAt().toString());
            }
            ArrayNode services = facts.putArray("agreedServices");
            for (SupportPlanContent.AgreedService s : content.agreedServices()) {
                services.addObject().put("service", s.service().name()).put("coordinatingAgencyOrgId", s.coordinatingAgencyOrgId());
            }
            ArrayNode links = facts.putArray("adultServicesLinks");
            for (SupportPlanContent.AdultServicesLink l : content.adultServicesLinks() == null
                    ? List.<SupportPlanContent.AdultServicesLink>of() : content.adultServicesLinks()) {
                ObjectNode link = links.addObject().put("service", l.service());
                if (l.orgId() != null) {
                    link.put("orgId", l.orgId());
                }
                if (l.plannedFrom() != null) {
                    link.put("plannedFrom", l.plannedFrom().toString());
                }
            }
        }
        return new Packet("SUPPORT_PLAN", recipient, PacketPurpose.PROMPT, plan.childId, disclosed, true, data);
    }

    /** 403 for a role that never writes plans; 404 for a child the caller is not responsible for. */
    private ChildProjection childOf(UUID childId, Caller caller) {
        caller.require(Role.DCPO, Role.SOCIAL_WORKER);
        ChildProjection child = childId == null ? null : children.findById(childId);
        boolean responsible = child != null
                && ((caller.acts(Role.DCPO) && caller.isOwnOrg(child.settingOrgId))
                || (caller.acts(Role.SOCIAL_WORKER) && caller.isOwnOrg(child.placingAuthorityOrgId)));
        return Caller.visibleOr404(child, responsible, "child");
    }

    private SupportPlan visible(UUID id, Caller caller) {
        return visible(id, caller, false);
    }

    private SupportPlan visible(UUID id, Caller caller, boolean forUpdate) {
        caller.require(Role.DCPO, Role.SOCIAL_WORKER);
        SupportPlan plan = forUpdate ? plans.findForUpdate(id) : plans.findById(id);
        if (plan == null) {
            throw ProblemException.notFound("support plan");
        }
        try {
            childOf(plan.childId, caller);
        } catch (ProblemException e) {
            throw ProblemException.notFound("support plan");
        }
        return plan;
    }

    private void check(ChildProjection child, SupportPlanContent content) {
        List<Problem.FieldError> invalid = SupportPlanRules.check(child != null && child.lookedAfter, content.reviewDate(),
                        content.lacReviewDate()).stream()
                .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < content.agreedServices().size(); i++) {
            known(unknown, "agreedServices[" + i + "].coordinatingAgencyOrgId", content.agreedServices().get(i).coordinatingAgencyOrgId());
        }
        for (int i = 0; i < content.adultServicesLinks().size(); i++) {
            known(unknown, "adultServicesLinks[" + i + "].orgId", content.adultServicesLinks().get(i).orgId());
        }
        if (content.legalProceedings() != null) {
            known(unknown, "legalProceedings.isvaOrgId", content.legalProceedings().isvaOrgId());
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(422, "Unprocessable", "the plan names an organisation the directory does not hold", unknown, Map.of());
        }
    }

    private void known(List<Problem.FieldError> unknown, String field, String orgId) {
        if (orgId != null && directory.find(orgId).isEmpty()) {
            unknown.add(new Problem.FieldError(field, "no such organisation in the directory"));
        }
    }

    private String write(SupportPlanContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a support plan", e);
        }
    }

    SupportPlanContent read(String content) {
        try {
            return json.readValue(content, SupportPlanContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored support plan", e);
        }
    }
}
