package uk.safeguarding.concern.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** riskScore = Σ weights + min(3, vulnerabilities); HIGH / MEDIUM / LOW; floor MEDIUM under 13 or with a learning disability. */
class RiskScreeningTest {

    private static final RiskScreening SCREENING = new RiskScreening(Catalogues.shipped());

    @ParameterizedTest(name = "{0} alone scores {2}, {3}")
    @CsvSource({
            "HEALTH_PHYSICAL_INJURIES, true, 3, HIGH",
            "HEALTH_CHRONIC_FATIGUE, false, 1, LOW",
            "HEALTH_RECURRING_STI, true, 3, HIGH",
            "HEALTH_PREGNANCY, false, 2, LOW",
            "HEALTH_SUBSTANCE_MISUSE, false, 2, LOW",
            "HEALTH_SEXUALLY_RISKY_BEHAVIOUR, false, 2, LOW",
            "EDUCATION_DISENGAGEMENT, false, 1, LOW",
            "BEHAVIOUR_VOLATILE, false, 1, LOW",
            "BEHAVIOUR_PETTY_CRIME, false, 1, LOW",
            "BEHAVIOUR_SECRETIVE, false, 1, LOW",
            "BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS, true, 3, HIGH",
            "BEHAVIOUR_SEEN_IN_EXPLOITATION_PLACES, true, 3, HIGH",
            "IDENTITY_LOW_SELF_ESTEEM_SELF_HARM, false, 2, LOW",
            "REL_HOSTILITY, false, 1, LOW",
            "REL_PHYSICAL_AGGRESSION, false, 1, LOW",
            "REL_PLACEMENT_BREAKDOWN, false, 1, LOW",
            "REL_RELIABLE_SOURCE_REPORTS, true, 3, HIGH",
            "REL_DETACHMENT_AGE_APPROPRIATE, false, 1, LOW",
            "REL_ASSOCIATES_WITH_EXPLOITED_PEERS, false, 2, LOW",
            "REL_SEXUALLY_ACTIVE, false, 1, LOW",
            "REL_OLDER_PARTNER, true, 3, HIGH",
            "REL_UNEXPLAINED_OLDER_ADULTS, false, 2, LOW",
            "REL_ONLINE_RELATIONSHIPS_ADULTS, false, 2, LOW",
            "REL_CONTACT_FROM_UNKNOWN_ADULTS, false, 2, LOW",
            "REL_ADULTS_LOITERING, false, 2, LOW",
            "REL_PEER_SEXUAL_BULLYING, false, 2, LOW",
            "MISSING_PERSISTENT, false, 2, LOW",
            "MISSING_RETURNS_WELL_CARED_FOR, false, 2, LOW",
            "MISSING_LONG_PERIODS_NO_BASE, true, 3, HIGH",
            "MISSING_FOUND_NO_KNOWN_LINKS, false, 2, LOW",
            "DISCLOSURE_BY_CHILD, true, 3, HIGH",
            "ONLINE_INDECENT_IMAGES, true, 3, HIGH",
            "PRESENTATION_CHANGE_IN_APPEARANCE, false, 1, LOW",
            "PRESENTATION_UNUSUAL_CLOTHING, false, 1, LOW",
            "FAMILY_HISTORY_OF_ABUSE, false, 1, LOW",
            "HOUSING_STREET_HOMELESSNESS, false, 2, LOW",
            "HOUSING_UNKNOWN_KEYS, false, 2, LOW",
            "INCOME_UNEXPLAINED_MONEY, false, 2, LOW",
            "INCOME_UNEXPLAINED_POSSESSIONS, false, 2, LOW",
            "INCOME_UNEXPLAINED_SOCIAL_ACTIVITIES, false, 1, LOW"
    })
    void everyWeightOnItsOwn(String code, boolean significant, int weight, RiskLevel level) {
        RiskScreening.Result r = SCREENING.screen(List.of(code), Set.of(), List.of(), 14);
        assertThat(r.riskScore()).isEqualTo(weight);
        assertThat(r.riskLevel()).isEqualTo(level);
        assertThat(r.riskModelVersion()).isEqualTo("2026.1");
    }

    @ParameterizedTest(name = "[{index}] {0} + {1} vulnerabilities at {2} → {3} {4}")
    @CsvSource(delimiter = '|', value = {
            // nothing at all
            "                                                                    | 0 | 14 | 0  | LOW",
            // thresholds with non-significant indicators: 4 LOW, 5 MEDIUM, 9 MEDIUM, 10 HIGH
            "HEALTH_PREGNANCY HEALTH_SUBSTANCE_MISUSE                             | 0 | 14 | 4  | LOW",
            "HEALTH_PREGNANCY HEALTH_SUBSTANCE_MISUSE EDUCATION_DISENGAGEMENT     | 0 | 14 | 5  | MEDIUM",
            "HEALTH_PREGNANCY HEALTH_SUBSTANCE_MISUSE                             | 1 | 14 | 5  | MEDIUM",
            "HEALTH_PREGNANCY HEALTH_SUBSTANCE_MISUSE HOUSING_UNKNOWN_KEYS HOUSING_STREET_HOMELESSNESS EDUCATION_DISENGAGEMENT | 0 | 14 | 9 | MEDIUM",
            "HEALTH_PREGNANCY HEALTH_SUBSTANCE_MISUSE HOUSING_UNKNOWN_KEYS HOUSING_STREET_HOMELESSNESS INCOME_UNEXPLAINED_MONEY | 0 | 14 | 10 | HIGH",
            "HEALTH_PREGNANCY HEALTH_SUBSTANCE_MISUSE HOUSING_UNKNOWN_KEYS HOUSING_STREET_HOMELESSNESS | 1 | 14 | 9 | MEDIUM",
            "HEALTH_PREGNANCY HEALTH_SUBSTANCE_MISUSE HOUSING_UNKNOWN_KEYS HOUSING_STREET_HOMELESSNESS | 2 | 14 | 10 | HIGH",
            // vulnerabilities count at most 3
            "                                                                    | 1 | 14 | 1  | LOW",
            "                                                                    | 3 | 14 | 3  | LOW",
            "                                                                    | 8 | 14 | 3  | LOW",
            "HEALTH_PREGNANCY                                                    | 8 | 14 | 5  | MEDIUM",
            "HEALTH_PREGNANCY HEALTH_SUBSTANCE_MISUSE HOUSING_UNKNOWN_KEYS       | 8 | 14 | 9  | MEDIUM",
            // a significant indicator is HIGH whatever the score
            "REL_OLDER_PARTNER                                                   | 0 | 17 | 3  | HIGH",
            "EDUCATION_DISENGAGEMENT DISCLOSURE_BY_CHILD                         | 0 | 17 | 4  | HIGH",
            // the same code twice counts once
            "HEALTH_PREGNANCY HEALTH_PREGNANCY                                   | 0 | 14 | 2  | LOW",
            // under 13: never LOW
            "                                                                    | 0 | 12 | 0  | MEDIUM",
            "EDUCATION_DISENGAGEMENT                                             | 0 | 12 | 1  | MEDIUM",
            "                                                                    | 0 | 0  | 0  | MEDIUM",
            "                                                                    | 0 | 13 | 0  | LOW",
            "HEALTH_PREGNANCY HEALTH_SUBSTANCE_MISUSE EDUCATION_DISENGAGEMENT     | 0 | 12 | 5  | MEDIUM",
            "HEALTH_RECURRING_STI                                                | 0 | 12 | 3  | HIGH",
    })
    void scoreAndThresholds(String codes, int vulnerabilities, int age, int score, RiskLevel level) {
        RiskScreening.Result r = SCREENING.screen(codes(codes), vulnerabilities(vulnerabilities), List.of(), age);
        assertThat(r.riskScore()).isEqualTo(score);
        assertThat(r.riskLevel()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} at {1} → {2}")
    @CsvSource({
            // the learning-disability floor: the vulnerability itself scores 1
            "LEARNING_DISABILITY, 15, 1, MEDIUM",
            "SPECIAL_NEEDS, 15, 1, LOW",
            "LEARNING_DISABILITY, 19, 1, MEDIUM",
    })
    void learningDisabilityFloor(Vulnerability vulnerability, int age, int score, RiskLevel level) {
        RiskScreening.Result r = SCREENING.screen(List.of(), EnumSet.of(vulnerability), List.of(), age);
        assertThat(r.riskScore()).isEqualTo(score);
        assertThat(r.riskLevel()).isEqualTo(level);
    }

    @Test
    void theFloorNeverLowersAHighRisk() {
        assertThat(SCREENING.screen(List.of("DISCLOSURE_BY_CHILD"), EnumSet.of(Vulnerability.LEARNING_DISABILITY), List.of(), 11)
                .riskLevel()).isEqualTo(RiskLevel.HIGH);
    }

    @ParameterizedTest(name = "{0} alone makes HIGH")
    @CsvSource({"UNDER_13_NO_CAPACITY", "UNDER_16_SEXUAL_ACTIVITY", "POSITION_OF_TRUST", "RAPE_OR_SEXUAL_ASSAULT", "NO_TRUE_CONSENT",
            "PAYING_FOR_SEXUAL_SERVICES_OF_CHILD", "INDECENT_IMAGES_OF_CHILD", "FAMILIAL_OFFENCE", "MENTAL_DISORDER_IMPEDING_CHOICE"})
    void anyPotentialOffenceIsHigh(PotentialOffence offence) {
        RiskScreening.Result r = SCREENING.screen(List.of(), Set.of(), List.of(offence), 15);
        assertThat(r.riskScore()).isZero();
        assertThat(r.riskLevel()).isEqualTo(RiskLevel.HIGH);
    }

    private static List<String> codes(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.trim().split("\\s+"));
    }

    /** The first n vulnerabilities other than LEARNING_DISABILITY (which carries a floor of its own); at most 8. */
    private static Set<Vulnerability> vulnerabilities(int n) {
        return Arrays.stream(Vulnerability.values()).filter(v -> v != Vulnerability.LEARNING_DISABILITY).limit(n)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Vulnerability.class)));
    }
}
