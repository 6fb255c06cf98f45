package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.safeguarding.concern.domain.ConcernStatus;
import uk.safeguarding.concern.domain.RetentionRules;
import uk.safeguarding.concern.domain.RetentionRules.Hold;
import uk.safeguarding.concern.domain.RetentionRules.HoldKind;
import uk.safeguarding.concern.domain.RetentionRules.Retention;
import uk.safeguarding.concern.repository.Child;
import uk.safeguarding.concern.repository.ChildRepository;
import uk.safeguarding.concern.repository.Concern;
import uk.safeguarding.concern.repository.ConcernRepository;
import uk.safeguarding.concern.repository.ErasedTables;
import uk.safeguarding.concern.repository.LegalHold;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.directory.OrganisationDirectory;
import uk.safeguarding.platform.erasure.ChildErasure;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.CloudEvents;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.ChildErasedEvent;
import uk.safeguarding.platform.event.data.ReferralEvent;
import uk.safeguarding.platform.event.data.SupportPlanEvent;
import uk.safeguarding.platform.outbox.Outbox;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.platform.security.Role;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Retention of a child's records (contract 12, {@link RetentionRules}): when they may be erased,
 * the legal holds learnt from events, and the erasure itself, here and (through
 * {@code child.erased}) in every other service.
 */
@ApplicationScoped
@Transactional
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    private final ChildRepository children;
    private final ConcernRepository concerns;
    private final OrganisationDirectory directory;
    private final ChildErasure erasure;
    private final Outbox outbox;
    private final CloudEvents cloudEvents;
    private final EntityManager em;
    private final IntelligenceMatcher matcher;
    private final Times times;

    public RetentionService(ChildRepository children, ConcernRepository concerns, OrganisationDirectory directory,
                            ChildErasure erasure, Outbox outbox, CloudEvents cloudEvents, EntityManager em,
                            IntelligenceMatcher matcher, Times times) {
        this.times = times;
        this.children = children;
        this.concerns = concerns;
        this.directory = directory;
        this.erasure = erasure;
        this.outbox = outbox;
        this.cloudEvents = cloudEvents;
        this.em = em;
        this.matcher = matcher;
    }

    public record HoldView(HoldKind kind, UUID sourceId, LocalDate until) {
    }

    public record LegalHoldView(boolean active, List<HoldView> holds) {
    }

    public record RetentionView(UUID childId, LocalDate eraseAfter, RetentionRules.Basis basis, LegalHoldView legalHold,
                                boolean due) {
    }

    public record DueView(LocalDate before, List<UUID> childIds) {
    }

    // ---- reads ------------------------------------------------------------------------------

    /** {@code GET /api/children/{id}/retention}: the setting's DCPO or an auditor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RetentionView retention(UUID childId, Caller caller, LocalDate today) {
        caller.require(Role.DCPO, Role.AUDITOR);
        Child child = children.findById(childId);
        boolean visible = child != null && (caller.acts(Role.AUDITOR) || caller.isOwnOrg(child.settingOrgId));
        Caller.visibleOr404(child, visible, "child " + childId);
        return view(child, today);
    }

    /** {@code GET /api/retention/due?before=}: the auditor; children due for erasure on {@code before}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DueView due(LocalDate before, Caller caller) {
        caller.require(Role.AUDITOR);
        List<UUID> due = new ArrayList<>();
        for (Child child : candidates(before)) {
            if (view(child, before).due()) {
                due.add(child.id);
            }
        }
        return new DueView(before, due);
    }

    RetentionView view(Child child, LocalDate today) {
        Retention retention = RetentionRules.retention(child.dateOfBirth, placedInChildrensHome(child));
        List<LegalHold> rows = LegalHold.list("childId", child.id);
        List<Hold> holds = new ArrayList<>();
        List<HoldView> standing = new ArrayList<>();
        for (LegalHold row : rows) {
            Hold hold = new Hold(row.key.kind(), row.concernId != null && closed(row.concernId), row.untilDate);
            holds.add(hold);
            if (RetentionRules.stands(hold, today)) {
                standing.add(new HoldView(row.key.kind(), row.key.sourceId(), row.untilDate));
            }
        }
        return new RetentionView(child.id, retention.eraseAfter(), retention.basis(),
                new LegalHoldView(!standing.isEmpty(), standing), RetentionRules.due(retention, holds, today));
    }

    private boolean closed(UUID concernId) {
        Concern c = concerns.findById(concernId);
        return c == null || c.status == ConcernStatus.CLOSED;
    }

    private boolean placedInChildrensHome(Child child) {
        return isHome(child.settingOrgId) || isHome(child.residenceOrgId);
    }

    private boolean isHome(String orgId) {
        return orgId != null && directory.find(orgId).map(Organisation::type).filter(t -> t == OrganisationType.CHILDRENS_HOME).isPresent();
    }

    /** Only children old enough to be due at all: the shortest retention is 25 years. */
    private List<Child> candidates(LocalDate before) {
        return children.list("dateOfBirth <= ?1 order by dateOfBirth, id", RetentionRules.latestBirthDueBy(before));
    }

    // ---- legal holds from events ----------------------------------------------------------------

    /** {@code referral.responded} by police with INVESTIGATION_OPENED; {@code support-plan.changed} with a court date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent event) {
        OffsetDateTime at = event.time() != null ? event.time() : times.now();
        if (EventTypes.REFERRAL_RESPONDED.equals(event.type())) {
            ReferralEvent e = cloudEvents.data(event, ReferralEvent.class);
            if ("INVESTIGATION_OPENED".equals(e.outcome()) && e.referralId() != null && e.childId() != null) {
                hold(HoldKind.POLICE_INVESTIGATION, e.referralId(), e.childId(), e.concernId(), null, at);
            }
        } else if (EventTypes.SUPPORT_PLAN_CHANGED.equals(event.type())) {
            SupportPlanEvent e = cloudEvents.data(event, SupportPlanEvent.class);
            if (e.supportPlanId() == null || e.childId() == null) {
                return;
            }
            LegalHold existing = LegalHold.findById(new LegalHold.Key(HoldKind.COURT_DATE, e.supportPlanId()));
            if (e.lastCourtDate() == null) {
                if (existing != null) {
                    existing.delete();
                }
                return;
            }
            hold(HoldKind.COURT_DATE, e.supportPlanId(), e.childId(), null, e.lastCourtDate(), at);
        }
    }

    private void hold(HoldKind kind, UUID source, UUID childId, UUID concernId, LocalDate until, OffsetDateTime at) {
        LegalHold row = LegalHold.findById(new LegalHold.Key(kind, source));
        if (row == null) {
            row = new LegalHold();
            row.key = new LegalHold.Key(kind, source);
        } else if (row.updatedAt.isAfter(at)) {
            return; // an older event arriving late
        }
        row.childId = childId;
        row.concernId = concernId;
        row.untilDate = until;
        row.updatedAt = at;
        row.persist();
    }

    // ---- erasure --------------------------------------------------------------------------------

    /** The children due on {@code today}, each erased in its own transaction by {@link #erase}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> dueOn(LocalDate today) {
        List<UUID> due = new ArrayList<>();
        for (Child child : candidates(today)) {
            if (view(child, today).due()) {
                due.add(child.id);
            }
        }
        return due;
    }

    /**
     * Erases the child here and tells every other service ({@code child.erased}, id only), in one
     * transaction: the event leaves through the outbox only if the erasure committed. Checks again
     * that the child is due, so a hold that arrived meanwhile is honoured.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean erase(UUID childId, LocalDate today) {
        Child child = em.find(Child.class, childId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (child == null || !view(child, today).due()) {
            return false;
        }
        em.detach(child);
        // The child leaves the force's intelligence matches first: each match counts the children left.
        matcher.forgetChild(childId);
        erasure.erase(childId, ErasedTables.STATEMENTS);
        OffsetDateTime now = times.now().truncatedTo(ChronoUnit.MILLIS);
        outbox.publish(Topics.CHILDREN, EventTypes.CHILD_ERASED, childId.toString(), new ChildErasedEvent(childId, now));
        LOG.infof("child %s erased at the end of retention; child.erased published", childId);
        return true;
    }
}
