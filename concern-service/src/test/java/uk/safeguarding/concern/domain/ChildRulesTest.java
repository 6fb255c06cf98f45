package uk.safeguarding.concern.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.platform.problem.Problem;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChildRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "[{index}] born {0}, upn {1}, nhs {2}, looked after {3} by {4} → {5}")
    @CsvSource(delimiter = '|', value = {
            "2014-05-02 | B801200005001 | 9434765870 | false |        |",
            "2014-05-02 |               |            | true  | LA-801 |",
            "2026-11-28 |               |            | false |        |",
            // under 25: the day before the 25th birthday is the last
            "2001-11-29 |               |            | false |        |",
            "2001-11-28 |               |            | false |        | dateOfBirth",
            "1990-01-01 |               |            | false |        | dateOfBirth",
            "2026-11-29 |               |            | false |        | dateOfBirth",
            "2014-05-02 | A801200005001 |            | false |        | upn",
            "2014-05-02 |               | 9434765871 | false |        | nhsNumber",
            "2014-05-02 |               |            | true  |        | placingAuthorityOrgId",
            "2014-05-02 |               |            | true  | ' '    | placingAuthorityOrgId",
            "2030-01-01 | A801200005001 | 9434765871 | true  |        | dateOfBirth upn nhsNumber placingAuthorityOrgId",
    })
    void rules(LocalDate born, String upn, String nhs, boolean lookedAfter, String placingAuthority, String fields) {
        List<String> errors = ChildRules.check(new ChildRules.Facts(born, upn, nhs, lookedAfter, placingAuthority), TODAY)
                .stream().map(Problem.FieldError::field).toList();
        assertThat(errors).containsExactlyElementsOf(fields == null ? List.of() : Arrays.asList(fields.split(" ")));
    }
}
