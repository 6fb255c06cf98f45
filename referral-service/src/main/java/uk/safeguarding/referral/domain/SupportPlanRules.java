package uk.safeguarding.referral.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Procedure 3.4: the plan is reviewed as part of the Looked After Child review, so a
 * looked-after child's plan names that review and is reviewed no later than it.
 */
public final class SupportPlanRules {

    public record Violation(String field, String message) {
    }

    private SupportPlanRules() {
    }

    public static List<Violation> check(boolean lookedAfter, LocalDate reviewDate, LocalDate lacReviewDate) {
        List<Violation> violations = new ArrayList<>();
        if (lookedAfter && lacReviewDate == null) {
            violations.add(new Violation("lacReviewDate", "is required for a looked-after child"));
        }
        if (reviewDate != null && lacReviewDate != null && reviewDate.isAfter(lacReviewDate)) {
            violations.add(new Violation("reviewDate", "must be on or before lacReviewDate"));
        }
        return violations;
    }
}
