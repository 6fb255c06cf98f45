package uk.safeguarding.concern.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.platform.problem.Problem;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TriageRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "[{index}] {0} rationale={1} cse={2} reviewBy={3} consent={4}/{5} specialist={6} → {7}")
    @CsvSource(delimiter = '|', value = {
            // valid decisions
            "REFER             | why | true  |            | GIVEN      |        |                  |",
            "REFER             | why | false |            | NOT_SOUGHT | reason |                  |",
            "REFER             | why | false |            | REFUSED    | reason |                  |",
            "MONITOR           | why | false | 2026-11-28 | GIVEN      |        |                  |",
            "MONITOR           | why | false | 2027-01-10 | REFUSED    | reason |                  |",
            "NO_FURTHER_ACTION | why | false |            | NOT_SOUGHT | reason |                  |",
            "REFER             | why | true  |            | GIVEN      |        | SPEC-1 true CHILD |",
            "REFER             | why | true  |            | GIVEN      |        | SPEC-1 false -    |",
            // every outcome needs a rationale
            "REFER             |     | true  |            | GIVEN      |        |                  | rationale",
            "NO_FURTHER_ACTION | ' ' | true  |            | GIVEN      |        |                  | rationale",
            // the outcome, cseSuspected and consent are required
            "                  | why | true  |            | GIVEN      |        |                  | outcome",
            "REFER             | why |       |            | GIVEN      |        |                  | cseSuspected",
            "REFER             | why | true  |            |            |        |                  | consent.status",
            // sharing without consent needs a reason
            "REFER             | why | true  |            | REFUSED    |        |                  | consent.reason",
            "REFER             | why | true  |            | NOT_SOUGHT | ' '    |                  | consent.reason",
            "MONITOR           | why | true  | 2026-12-01 | NOT_SOUGHT |        |                  | consent.reason",
            // MONITOR needs a review date, not in the past
            "MONITOR           | why | false |            | GIVEN      |        |                  | reviewBy",
            "MONITOR           | why | false | 2026-11-27 | GIVEN      |        |                  | reviewBy",
            // a specialist referral names the service, whether agreed, and by whom when agreed
            "REFER             | why | true  |            | GIVEN      |        | - true CHILD     | specialistReferral.specialistOrgId",
            "REFER             | why | true  |            | GIVEN      |        | SPEC-1 - -       | specialistReferral.agreed",
            "REFER             | why | true  |            | GIVEN      |        | SPEC-1 true -    | specialistReferral.by",
            // several at once
            "MONITOR           |     |       |            | REFUSED    |        |                  | rationale cseSuspected consent.reason reviewBy",
    })
    void fieldRules(Outcome outcome, String rationale, Boolean cse, LocalDate reviewBy, ConsentStatus consent, String reason,
                    String specialist, String expectedFields) {
        TriageDecision d = new TriageDecision(outcome, rationale, cse, reviewBy, null,
                new TriageDecision.Consent(consent, null, reason), specialist(specialist), null);
        List<String> fields = TriageRules.check(d, TODAY).stream().map(Problem.FieldError::field).toList();
        assertThat(fields).containsExactlyElementsOf(expectedFields == null ? List.of() : Arrays.asList(expectedFields.split(" ")));
    }

    @ParameterizedTest(name = "[{index}] {0} over {1} override={2} → refused={3}")
    @CsvSource(delimiter = '|', value = {
            "MONITOR           | UNDER_13_NO_CAPACITY            |        | true",
            "NO_FURTHER_ACTION | UNDER_13_NO_CAPACITY            |        | true",
            "MONITOR           | RAPE_OR_SEXUAL_ASSAULT          |        | true",
            "NO_FURTHER_ACTION | RAPE_OR_SEXUAL_ASSAULT          |        | true",
            "MONITOR           | NO_TRUE_CONSENT                 |        | true",
            "NO_FURTHER_ACTION | NO_TRUE_CONSENT                 |        | true",
            "NO_FURTHER_ACTION | UNDER_16_SEXUAL_ACTIVITY NO_TRUE_CONSENT | | true",
            "MONITOR           | NO_TRUE_CONSENT                 | ' '    | true",
            // an override rationale lets the DCPO's judgement stand
            "MONITOR           | UNDER_13_NO_CAPACITY            | reason | false",
            "NO_FURTHER_ACTION | RAPE_OR_SEXUAL_ASSAULT          | reason | false",
            // referring is never held back
            "REFER             | UNDER_13_NO_CAPACITY            |        | false",
            "REFER             | RAPE_OR_SEXUAL_ASSAULT NO_TRUE_CONSENT | | false",
            // the other offences do not need an override
            "MONITOR           | UNDER_16_SEXUAL_ACTIVITY        |        | false",
            "NO_FURTHER_ACTION | POSITION_OF_TRUST               |        | false",
            "NO_FURTHER_ACTION | PAYING_FOR_SEXUAL_SERVICES_OF_CHILD |    | false",
            "NO_FURTHER_ACTION | INDECENT_IMAGES_OF_CHILD        |        | false",
            "NO_FURTHER_ACTION | FAMILIAL_OFFENCE                |        | false",
            "NO_FURTHER_ACTION | MENTAL_DISORDER_IMPEDING_CHOICE |        | false",
            "NO_FURTHER_ACTION |                                 |        | false",
    })
    void theOverrideGuard(Outcome outcome, String offences, String override, boolean refused) {
        List<PotentialOffence> list = offences == null ? List.of() : Arrays.stream(offences.trim().split("\\s+")).map(PotentialOffence::valueOf).toList();
        ConsentAssessment.Result assessment = new ConsentAssessment.Result(12, false, list, true);
        TriageDecision d = new TriageDecision(outcome, "why", false, TODAY, null,
                new TriageDecision.Consent(ConsentStatus.GIVEN, Party.CHILD, null), null, override);
        assertThat(TriageRules.guard(d, assessment).isPresent()).isEqualTo(refused);
    }

    @ParameterizedTest(name = "[{index}] specialist {0} → 422 on specialistReferral.by: {1}")
    @CsvSource(delimiter = '|', value = {
            // procedure 3.4: the child's own agreement, nobody else's
            "SPEC-1 true CHILD   | false",
            "SPEC-1 true PARENT  | true",
            "SPEC-1 true CARER   | true",
            // not agreed: whoever said so, no referral is made, nothing to refuse
            "SPEC-1 false PARENT | false",
            "SPEC-1 false CHILD  | false",
            "SPEC-1 false -      | false",
            // agreed without by is a 400 of check(), not this 422
            "SPEC-1 true -       | false",
    })
    void theChildsOwnAgreement(String specialist, boolean refused) {
        TriageDecision d = new TriageDecision(Outcome.REFER, "why", false, null, null,
                new TriageDecision.Consent(ConsentStatus.GIVEN, Party.CHILD, null), specialist(specialist), null);
        var error = TriageRules.specialistAgreement(d);
        assertThat(error.isPresent()).isEqualTo(refused);
        error.ifPresent(e -> assertThat(e.field()).isEqualTo("specialistReferral.by"));
    }

    @org.junit.jupiter.api.Test
    void noSpecialistReferralNothingToRefuse() {
        TriageDecision d = new TriageDecision(Outcome.REFER, "why", false, null, null,
                new TriageDecision.Consent(ConsentStatus.GIVEN, Party.CHILD, null), null, null);
        assertThat(TriageRules.specialistAgreement(d)).isEmpty();
    }

    private static TriageDecision.SpecialistReferral specialist(String spec) {
        if (spec == null) {
            return null;
        }
        String[] p = spec.trim().split("\\s+");
        return new TriageDecision.SpecialistReferral("-".equals(p[0]) ? null : p[0], "-".equals(p[1]) ? null : Boolean.valueOf(p[1]),
                "-".equals(p[2]) ? null : Party.valueOf(p[2]));
    }
}
