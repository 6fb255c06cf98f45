package uk.safeguarding.concern.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent in law (contract section 5). Factors are written as letters: S sexual activity known or
 * suspected, R exchange for reward, I indecent images, F family member, P position of trust,
 * X incapacitated, T threats or violence, N non-consensual, C capacity in doubt.
 */
class ConsentAssessmentTest {

    @ParameterizedTest(name = "[{index}] age {0}, factors {1}, indicators {2} → {3}; capable {4}")
    @CsvSource(delimiter = '|', value = {
            // under 13: no capacity, but only with sexual activity
            "12 | S         |                                   | UNDER_13_NO_CAPACITY                        | false",
            "12 |           |                                   |                                             | false",
            "0  | S         |                                   | UNDER_13_NO_CAPACITY                        | false",
            // each indicator that means sexual activity
            "12 |           | HEALTH_RECURRING_STI              | UNDER_13_NO_CAPACITY                        | false",
            "14 |           | HEALTH_RECURRING_STI              | UNDER_16_SEXUAL_ACTIVITY                    | false",
            "14 |           | HEALTH_PREGNANCY                  | UNDER_16_SEXUAL_ACTIVITY                    | false",
            "14 |           | HEALTH_SEXUALLY_RISKY_BEHAVIOUR   | UNDER_16_SEXUAL_ACTIVITY                    | false",
            "14 |           | REL_SEXUALLY_ACTIVE               | UNDER_16_SEXUAL_ACTIVITY                    | false",
            "14 |           | REL_OLDER_PARTNER                 | UNDER_16_SEXUAL_ACTIVITY                    | false",
            // indicators that do not mean sexual activity
            "14 |           | MISSING_PERSISTENT EDUCATION_DISENGAGEMENT |                                    | false",
            "12 |           | EDUCATION_DISENGAGEMENT           |                                             | false",
            // 13 to 15
            "13 | S         |                                   | UNDER_16_SEXUAL_ACTIVITY                    | false",
            "15 | S         |                                   | UNDER_16_SEXUAL_ACTIVITY                    | false",
            "15 |           |                                   |                                             | false",
            // 16 and 17: capable, unless an offence
            "16 | S         |                                   |                                             | true",
            "17 |           | REL_OLDER_PARTNER                 |                                             | true",
            "16 |           |                                   |                                             | true",
            // position of trust: 16-17 with sexual activity only
            "16 | SP        |                                   | POSITION_OF_TRUST                           | false",
            "17 | SP        |                                   | POSITION_OF_TRUST                           | false",
            "17 | P         |                                   |                                             | true",
            "15 | SP        |                                   | UNDER_16_SEXUAL_ACTIVITY                    | false",
            "18 | SP        |                                   |                                             | true",
            // non-consensual: any age, with or without the sexual-activity box
            "20 | N         |                                   | RAPE_OR_SEXUAL_ASSAULT                      | false",
            "10 | N         |                                   | RAPE_OR_SEXUAL_ASSAULT                      | false",
            "16 | SN        |                                   | RAPE_OR_SEXUAL_ASSAULT                      | false",
            // no true consent: sexual activity with incapacity or threats, any age
            "16 | SX        |                                   | NO_TRUE_CONSENT                             | false",
            "16 | ST        |                                   | NO_TRUE_CONSENT                             | false",
            "21 | SX        |                                   | NO_TRUE_CONSENT                             | false",
            "16 | XT        |                                   |                                             | true",
            // paying for sexual services of a child: under 18, no sexual activity needed
            "17 | R         |                                   | PAYING_FOR_SEXUAL_SERVICES_OF_CHILD         | false",
            "10 | R         |                                   | PAYING_FOR_SEXUAL_SERVICES_OF_CHILD         | false",
            "18 | R         |                                   |                                             | true",
            // indecent images: under 18, by the factor or the indicator
            "17 | I         |                                   | INDECENT_IMAGES_OF_CHILD                    | false",
            "17 |           | ONLINE_INDECENT_IMAGES            | INDECENT_IMAGES_OF_CHILD                    | false",
            "18 | I         | ONLINE_INDECENT_IMAGES            |                                             | true",
            // familial: under 18 with sexual activity
            "17 | SF        |                                   | FAMILIAL_OFFENCE                            | false",
            "17 | F         |                                   |                                             | true",
            "18 | SF        |                                   |                                             | true",
            // mental disorder impeding choice: sexual activity, any age
            "16 | SC        |                                   | MENTAL_DISORDER_IMPEDING_CHOICE             | false",
            "24 | SC        |                                   | MENTAL_DISORDER_IMPEDING_CHOICE             | false",
            "16 | C         |                                   |                                             | true",
            // the rules are cumulative, in the contract's order
            "12 | SNXTRIFPC | ONLINE_INDECENT_IMAGES            | UNDER_13_NO_CAPACITY RAPE_OR_SEXUAL_ASSAULT NO_TRUE_CONSENT PAYING_FOR_SEXUAL_SERVICES_OF_CHILD INDECENT_IMAGES_OF_CHILD FAMILIAL_OFFENCE MENTAL_DISORDER_IMPEDING_CHOICE | false",
            "14 | SNT       |                                   | UNDER_16_SEXUAL_ACTIVITY RAPE_OR_SEXUAL_ASSAULT NO_TRUE_CONSENT | false",
            "17 | SPRF      |                                   | POSITION_OF_TRUST PAYING_FOR_SEXUAL_SERVICES_OF_CHILD FAMILIAL_OFFENCE | false",
            "17 |           | REL_OLDER_PARTNER ONLINE_INDECENT_IMAGES | INDECENT_IMAGES_OF_CHILD           | false",
            "22 | SNXTRIFPC | ONLINE_INDECENT_IMAGES            | RAPE_OR_SEXUAL_ASSAULT NO_TRUE_CONSENT MENTAL_DISORDER_IMPEDING_CHOICE | false",
            // age offences need sexual activity: every other factor without S
            "12 | RIFPXTC   |                                   | PAYING_FOR_SEXUAL_SERVICES_OF_CHILD INDECENT_IMAGES_OF_CHILD | false",
            "15 | FPXTC     |                                   |                                             | false",
    })
    void rules(int age, String factors, String indicators, String offences, boolean capable) {
        ConsentAssessment.Result r = ConsentAssessment.assess(age, factors(factors), list(indicators));
        assertThat(r.ageAtObservation()).isEqualTo(age);
        assertThat(r.potentialOffences()).containsExactlyElementsOf(list(offences).stream().map(PotentialOffence::valueOf).toList());
        assertThat(r.legallyCapableOfConsent()).isEqualTo(capable);
        assertThat(r.childProtectionIssue()).isEqualTo(age < 18);
    }

    @ParameterizedTest(name = "born {0}, observed {1} → age {2}, {3}")
    @CsvSource(delimiter = '|', value = {
            // 13th birthday: the day before, and on the day
            "2012-06-15 | 2025-06-14T12:00:00Z      | 12 | UNDER_13_NO_CAPACITY",
            "2012-06-15 | 2025-06-15T00:00:00+01:00 | 13 | UNDER_16_SEXUAL_ACTIVITY",
            // 23:30 UTC on the 14th is already the 15th in England (BST)
            "2012-06-15 | 2025-06-14T23:30:00Z      | 13 | UNDER_16_SEXUAL_ACTIVITY",
            "2012-06-15 | 2025-06-14T22:59:59Z      | 12 | UNDER_13_NO_CAPACITY",
            // 16th birthday
            "2009-03-10 | 2025-03-09T18:00:00Z      | 15 | UNDER_16_SEXUAL_ACTIVITY",
            "2009-03-10 | 2025-03-10T08:00:00Z      | 16 |",
            // born on 29 February: a year older on 1 March in a common year
            "2012-02-29 | 2025-02-28T12:00:00Z      | 12 | UNDER_13_NO_CAPACITY",
            "2012-02-29 | 2025-03-01T12:00:00Z      | 13 | UNDER_16_SEXUAL_ACTIVITY",
            "2008-02-29 | 2024-02-28T12:00:00Z      | 15 | UNDER_16_SEXUAL_ACTIVITY",
            "2008-02-29 | 2024-02-29T12:00:00Z      | 16 |",
            "2000-02-29 | 2013-02-28T12:00:00Z      | 12 | UNDER_13_NO_CAPACITY",
            "2000-02-29 | 2013-03-01T00:00:00Z      | 13 | UNDER_16_SEXUAL_ACTIVITY",
    })
    void ageAtObservationWithSexualActivity(LocalDate born, OffsetDateTime observed, int age, String offence) {
        ConsentAssessment.Result r = ConsentAssessment.assess(born, observed, factors("S"), List.of());
        assertThat(r.ageAtObservation()).isEqualTo(age);
        assertThat(r.potentialOffences()).containsExactlyElementsOf(list(offence).stream().map(PotentialOffence::valueOf).toList());
        assertThat(r.legallyCapableOfConsent()).isEqualTo(offence == null);
    }

    @ParameterizedTest(name = "born {0}, observed {1} → age {2}, position of trust {3}, child {4}")
    @CsvSource(delimiter = '|', value = {
            // 18th birthday, with sexual activity by someone in a position of trust
            "2007-09-01 | 2025-08-31T12:00:00Z | 17 | true  | true",
            "2007-09-01 | 2025-09-01T12:00:00Z | 18 | false | false",
            "2008-02-29 | 2026-02-28T12:00:00Z | 17 | true  | true",
            "2008-02-29 | 2026-03-01T12:00:00Z | 18 | false | false",
    })
    void eighteenthBirthday(LocalDate born, OffsetDateTime observed, int age, boolean positionOfTrust, boolean child) {
        ConsentAssessment.Result r = ConsentAssessment.assess(born, observed, factors("SP"), List.of());
        assertThat(r.ageAtObservation()).isEqualTo(age);
        assertThat(r.potentialOffences().contains(PotentialOffence.POSITION_OF_TRUST)).isEqualTo(positionOfTrust);
        assertThat(r.childProtectionIssue()).isEqualTo(child);
    }

    @ParameterizedTest(name = "[{index}] age {0}, estimated {1}, factors {2}, indicators {3} → {4}; child {5}; harm {6}")
    @CsvSource(delimiter = '|', value = {
            // an estimated date of birth: treated as a child whatever the estimate says (contract section 4)
            "18 | true  |     |                     |                                      | true  | false",
            "19 | true  | S   |                     |                                      | true  | true",
            "25 | true  | R   |                     | PAYING_FOR_SEXUAL_SERVICES_OF_CHILD  | true  | false",
            "18 | true  | I   |                     | INDECENT_IMAGES_OF_CHILD             | true  | false",
            "18 | true  | SF  |                     | FAMILIAL_OFFENCE                     | true  | false",
            "18 | true  | SP  |                     | POSITION_OF_TRUST                    | true  | false",
            "17 | true  | S   |                     |                                      | true  | true",
            "14 | true  | S   |                     | UNDER_16_SEXUAL_ACTIVITY             | true  | false",
            "18 | false | S   |                     |                                      | false | false",
            "18 | false | R   |                     |                                      | false | false",
            // harm may still occur: 16-17, sexual activity, no offence (procedure 3.1)
            "16 | false | S   |                     |                                      | true  | true",
            "17 | false |     | REL_OLDER_PARTNER   |                                      | true  | true",
            "17 | false |     | HEALTH_PREGNANCY    |                                      | true  | true",
            "16 | false |     |                     |                                      | true  | false",
            "15 | false | S   |                     | UNDER_16_SEXUAL_ACTIVITY             | true  | false",
            "16 | false | SP  |                     | POSITION_OF_TRUST                    | true  | false",
            "17 | false | SX  |                     | NO_TRUE_CONSENT                      | true  | false",
            "17 | false | P   |                     |                                      | true  | false",
            "18 | false | S   | REL_OLDER_PARTNER   |                                      | false | false",
    })
    void estimatedAgesAndHarmWithoutAnOffence(int age, boolean estimated, String factors, String indicators, String offences,
                                              boolean child, boolean harm) {
        ConsentAssessment.Result r = ConsentAssessment.assess(age, estimated, factors(factors), list(indicators));
        assertThat(r.potentialOffences()).containsExactlyElementsOf(list(offences).stream().map(PotentialOffence::valueOf).toList());
        assertThat(r.childProtectionIssue()).isEqualTo(child);
        assertThat(r.harmMayStillOccur()).isEqualTo(harm);
    }

    @ParameterizedTest(name = "born {0} (estimated), observed {1} → age {2}, still a child")
    @CsvSource(delimiter = '|', value = {
            "2007-09-01 | 2025-08-31T12:00:00Z | 17",
            "2007-09-01 | 2025-09-01T12:00:00Z | 18",
            "2000-01-01 | 2025-09-01T12:00:00Z | 25",
    })
    void anEstimatedDateOfBirthKeepsTheChildProtected(LocalDate born, OffsetDateTime observed, int age) {
        ConsentAssessment.Result r = ConsentAssessment.assess(born, true, observed, factors("R"), List.of());
        assertThat(r.ageAtObservation()).isEqualTo(age);
        assertThat(r.childProtectionIssue()).isTrue();
        assertThat(r.potentialOffences()).contains(PotentialOffence.PAYING_FOR_SEXUAL_SERVICES_OF_CHILD);
    }

    static ConsentFactors factors(String letters) {
        String f = letters == null ? "" : letters;
        return new ConsentFactors(f.contains("S"), f.contains("R"), f.contains("I"), f.contains("F"), f.contains("P"),
                f.contains("X"), f.contains("T"), f.contains("N"), f.contains("C"));
    }

    static List<String> list(String words) {
        return words == null || words.isBlank() ? List.of() : Arrays.asList(words.trim().split("\\s+"));
    }
}
