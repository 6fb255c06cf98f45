package uk.safeguarding.referral.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a support plan prompts the DCPO of the child's setting and the placing authority
 * (procedure 3.4: the plan is reviewed with the Looked After Child review; support may be needed
 * well into adulthood, so links to adult services are planned before 18).
 *
 * <table>
 *   <tr><th>kind</th><th>due when</th><th>due date (once per plan, kind and due date)</th></tr>
 *   <tr><td>REVIEW_DUE</td><td>today is within {@value #NOTICE_DAYS} days before {@code reviewDate}, on it or after it</td><td>reviewDate</td></tr>
 *   <tr><td>LAC_REVIEW_DUE</td><td>the same for {@code lacReviewDate}</td><td>lacReviewDate</td></tr>
 *   <tr><td>NEARING_ADULTHOOD</td><td>concern-service said the child's 18th birthday is within six months
 *       and the child is not yet 18 (age band not 18+)</td><td>the day referral-service heard it</td></tr>
 * </table>
 *
 * A week's notice lets the DCPO and the social worker gather the agencies' views before the
 * review; an overdue review still prompts (once), since a missed review is the case that matters.
 * A changed review date is a new prompt.
 */
public final class SupportPlanPrompts {

    /** How many days before a review date the prompt is sent. */
    public static final int NOTICE_DAYS = 7;

    public enum Kind {
        REVIEW_DUE, LAC_REVIEW_DUE, NEARING_ADULTHOOD
    }

    public record Prompt(Kind kind, LocalDate dueDate) {
    }

    /**
     * What the plan's child and its reviews need now.
     *
     * @param nearingAdulthoodSince the day the child was reported nearing 18; null when not (yet)
     * @param ageBand the child's age band label from child events, e.g. {@code "16-17"}; may be null
     */
    public record Facts(LocalDate reviewDate, LocalDate lacReviewDate, LocalDate nearingAdulthoodSince, String ageBand) {
    }

    private SupportPlanPrompts() {
    }

    public static List<Prompt> due(Facts facts, LocalDate today) {
        List<Prompt> prompts = new ArrayList<>();
        if (reviewIsDue(facts.reviewDate(), today)) {
            prompts.add(new Prompt(Kind.REVIEW_DUE, facts.reviewDate()));
        }
        if (reviewIsDue(facts.lacReviewDate(), today)) {
            prompts.add(new Prompt(Kind.LAC_REVIEW_DUE, facts.lacReviewDate()));
        }
        if (facts.nearingAdulthoodSince() != null && !"18+".equals(facts.ageBand())
                && !today.isBefore(facts.nearingAdulthoodSince())) {
            prompts.add(new Prompt(Kind.NEARING_ADULTHOOD, facts.nearingAdulthoodSince()));
        }
        return prompts;
    }

    static boolean reviewIsDue(LocalDate reviewDate, LocalDate today) {
        return reviewDate != null && !today.isBefore(reviewDate.minusDays(NOTICE_DAYS));
    }
}
