package uk.safeguarding.referral.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SupportPlanRulesTest {

    @ParameterizedTest(name = "looked after {0}, review {1}, LAC review {2} → {3}")
    @CsvSource(textBlock = """
            true,  2027-01-10, 2027-01-20, ''
            true,  2027-01-20, 2027-01-20, ''
            true,  2027-01-21, 2027-01-20, reviewDate
            true,  2027-01-10, ,           lacReviewDate
            false, 2027-01-10, ,           ''
            false, 2027-02-10, 2027-01-20, reviewDate
            """)
    void reviewIsTiedToTheLookedAfterChildReview(boolean lookedAfter, LocalDate review, LocalDate lacReview, String expected) {
        assertThat(String.join(" ", SupportPlanRules.check(lookedAfter, review, lacReview).stream()
                .map(SupportPlanRules.Violation::field).toList())).isEqualTo(expected);
    }
}
