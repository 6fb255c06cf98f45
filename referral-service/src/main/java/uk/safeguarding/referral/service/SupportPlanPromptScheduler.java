package uk.safeguarding.referral.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.safeguarding.platform.children.ChildProjection;
import uk.safeguarding.platform.children.ChildProjections;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.SupportPlanPromptEvent;
import uk.safeguarding.platform.outbox.Outbox;
import uk.safeguarding.referral.api.SupportPlanContent;
import uk.safeguarding.referral.domain.SupportPlanPrompts;
import uk.safeguarding.referral.repository.SupportPlan;
import uk.safeguarding.referral.repository.SupportPlanPromptRepository;
import uk.safeguarding.referral.repository.SupportPlanRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Emits {@code support-plan.prompt} for each child's current plan as {@link SupportPlanPrompts}
 * says, once per (plan, kind, due date): the claim row and the outbox row are written in one
 * transaction, so neither a restart nor a second replica sends a prompt twice. Plans are held
 * encrypted, so each run reads every current plan (one page of {@value #PAGE} at a time).
 */
@ApplicationScoped
public class SupportPlanPromptScheduler {

    private static final Logger LOG = Logger.getLogger(SupportPlanPromptScheduler.class);
    static final int PAGE = 100;

    private final SupportPlanRepository plans;
    private final SupportPlanPromptRepository prompts;
    private final SupportPlanService planService;
    private final ChildProjections children;
    private final Outbox outbox;
    private final Clock clock;

    public SupportPlanPromptScheduler(SupportPlanRepository plans, SupportPlanPromptRepository prompts, SupportPlanService planService,
                                      ChildProjections children, Outbox outbox, Clock clock) {
        this.plans = plans;
        this.prompts = prompts;
        this.planService = planService;
        this.children = children;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(identity = "support-plan-prompts", every = "${safeguarding.referral.support-plan-prompt-interval:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        try {
            promptFor(LocalDate.now(clock));
        } catch (RuntimeException e) {
            LOG.warnf("support-plan prompt check failed (%s); the next run tries again", e.getClass().getSimpleName());
        }
    }

    /** @return how many prompts were sent for {@code today} */
    public int promptFor(LocalDate today) {
        int sent = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            UUID from = after;
            record Batch(int sent, UUID last, int size) {
            }
            Batch batch = QuarkusTransaction.requiringNew().call(() -> {
                List<SupportPlan> page = plans.currentAfter(from, PAGE);
                int count = 0;
                for (SupportPlan plan : page) {
                    count += prompt(plan, today);
                }
                return new Batch(count, page.isEmpty() ? from : page.get(page.size() - 1).id, page.size());
            });
            sent += batch.sent();
            if (batch.size() < PAGE) {
                break;
            }
            after = batch.last();
        }
        if (sent > 0) {
            LOG.infof("%d support-plan prompt(s) sent", sent);
        }
        return sent;
    }

    private int prompt(SupportPlan plan, LocalDate today) {
        ChildProjection child = children.find(plan.childId).orElse(null);
        if (child == null) {
            return 0;
        }
        SupportPlanContent content = planService.read(plan.content);
        SupportPlanPrompts.Facts facts = new SupportPlanPrompts.Facts(content.reviewDate(), content.lacReviewDate(),
                prompts.nearingAdulthoodSince(child.childId).orElse(null), child.ageBand);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        int count = 0;
        for (SupportPlanPrompts.Prompt p : SupportPlanPrompts.due(facts, today)) {
            if (prompts.claim(plan.id, p.kind().name(), p.dueDate(), plan.childId, now)) {
                outbox.publish(Topics.REFERRALS, EventTypes.SUPPORT_PLAN_PROMPT, plan.childId.toString(),
                        new SupportPlanPromptEvent(plan.id, plan.childId, child.settingOrgId,
                                child.lookedAfter ? child.placingAuthorityOrgId : null, p.kind().name(), p.dueDate()));
                count++;
            }
        }
        return count;
    }
}
