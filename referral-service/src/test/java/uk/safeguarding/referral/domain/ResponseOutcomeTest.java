package uk.safeguarding.referral.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.platform.security.OrganisationType;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseOutcomeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            LOCAL_AUTHORITY    | STRATEGY_DISCUSSION S47_ENQUIRY S17_ASSESSMENT EARLY_HELP NOT_IN_NEED NO_FURTHER_ACTION
            POLICE_FORCE       | INVESTIGATION_OPENED INTELLIGENCE_RECORDED NO_FURTHER_ACTION
            OFSTED             | NOTED
            SPECIALIST_SERVICE | ACCEPTED DECLINED
            HEALTH             | ACCEPTED DECLINED
            SCHOOL             |
            CHILDRENS_HOME     |
            """)
    void outcomesByAgencyType(OrganisationType type, String outcomes) {
        Set<String> expected = outcomes == null ? Set.of() : Arrays.stream(outcomes.split(" ")).collect(Collectors.toSet());
        assertThat(ResponseOutcome.allowedOutcomes(type)).extracting(Enum::name).containsExactlyInAnyOrderElementsOf(expected);
        for (ResponseOutcome outcome : ResponseOutcome.values()) {
            assertThat(outcome.allowedFor(type)).as(outcome + " for " + type).isEqualTo(expected.contains(outcome.name()));
        }
    }

    @ParameterizedTest(name = "{0} requires onward referral: {1}")
    @CsvSource(textBlock = """
            NOT_IN_NEED, true
            NO_FURTHER_ACTION, false
            EARLY_HELP, false
            NOTED, false
            """)
    void onlyNotInNeedRequiresOnwardReferral(ResponseOutcome outcome, boolean required) {
        assertThat(outcome.requiresOnwardReferral()).isEqualTo(required);
    }
}
