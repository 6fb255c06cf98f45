package uk.safeguarding.referral.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.safeguarding.referral.domain.SupportPlanPrompts.Facts;
import uk.safeguarding.referral.domain.SupportPlanPrompts.Prompt;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.referral.domain.SupportPlanPrompts.Kind.LAC_REVIEW_DUE;
import static uk.safeguarding.referral.domain.SupportPlanPrompts.Kind.NEARING_ADULTHOOD;
import static uk.safeguarding.referral.domain.SupportPlanPrompts.Kind.REVIEW_DUE;

/** The support-plan prompt table, row by row, boundaries included. */
class SupportPlanPromptsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Stream<Arguments> table() {
        return Stream.of(
                // reviewDate: 8 days away is not yet due, 7 days away is (the first day of notice)
                Arguments.of("review in 8 days", facts(TODAY.plusDays(8), null, null, "16-17"), List.of()),
                Arguments.of("review in 7 days", facts(TODAY.plusDays(7), null, null, "16-17"),
                        List.of(new Prompt(REVIEW_DUE, TODAY.plusDays(7)))),
                Arguments.of("review today", facts(TODAY, null, null, "13-15"), List.of(new Prompt(REVIEW_DUE, TODAY))),
                Arguments.of("review overdue", facts(TODAY.minusDays(30), null, null, "13-15"),
                        List.of(new Prompt(REVIEW_DUE, TODAY.minusDays(30)))),
                // lacReviewDate likewise, independently of reviewDate
                Arguments.of("LAC review in 8 days", facts(TODAY.plusDays(1), TODAY.plusDays(8), null, "13-15"),
                        List.of(new Prompt(REVIEW_DUE, TODAY.plusDays(1)))),
                Arguments.of("LAC review in 7 days", facts(TODAY.plusDays(30), TODAY.plusDays(7), null, "13-15"),
                        List.of(new Prompt(LAC_REVIEW_DUE, TODAY.plusDays(7)))),
                Arguments.of("both today", facts(TODAY, TODAY, null, "13-15"),
                        List.of(new Prompt(REVIEW_DUE, TODAY), new Prompt(LAC_REVIEW_DUE, TODAY))),
                Arguments.of("no LAC review (not looked after)", facts(TODAY.plusDays(60), null, null, "13-15"), List.of()),
                // nearing adulthood: from the day it was reported, until the child is 18
                Arguments.of("nearing 18, reported today", facts(TODAY.plusDays(60), null, TODAY, "16-17"),
                        List.of(new Prompt(NEARING_ADULTHOOD, TODAY))),
                Arguments.of("nearing 18, reported earlier", facts(TODAY.plusDays(60), null, TODAY.minusDays(40), "16-17"),
                        List.of(new Prompt(NEARING_ADULTHOOD, TODAY.minusDays(40)))),
                Arguments.of("nearing 18, band unknown", facts(TODAY.plusDays(60), null, TODAY, null),
                        List.of(new Prompt(NEARING_ADULTHOOD, TODAY))),
                Arguments.of("already 18", facts(TODAY.plusDays(60), null, TODAY.minusDays(200), "18+"), List.of()),
                Arguments.of("reported tomorrow (clock skew)", facts(TODAY.plusDays(60), null, TODAY.plusDays(1), "16-17"), List.of()),
                Arguments.of("everything at once", facts(TODAY, TODAY.plusDays(7), TODAY, "16-17"),
                        List.of(new Prompt(REVIEW_DUE, TODAY), new Prompt(LAC_REVIEW_DUE, TODAY.plusDays(7)),
                                new Prompt(NEARING_ADULTHOOD, TODAY))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void promptsAsTheTableSays(String name, Facts facts, List<Prompt> expected) {
        assertThat(SupportPlanPrompts.due(facts, TODAY)).containsExactlyElementsOf(expected);
    }

    private static Facts facts(LocalDate review, LocalDate lacReview, LocalDate nearing, String band) {
        return new Facts(review, lacReview, nearing, band);
    }
}
