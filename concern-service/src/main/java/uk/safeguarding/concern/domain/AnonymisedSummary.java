package uk.safeguarding.concern.domain;

import uk.safeguarding.platform.event.data.AgeBand;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What may be told to seek specialist advice without identifiable information (procedure 3.1):
 * age band, gender, indicator codes, vulnerability categories, risk level, local-authority area
 * and month; free text only from the DCPO's anonymised narrative.
 */
public record AnonymisedSummary(String ageBand, Gender gender, List<String> indicatorCodes,
                                List<Vulnerability> vulnerabilityCategories, RiskLevel riskLevel,
                                String localAuthorityOrgId, String month, String anonymisedNarrative) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    public static AnonymisedSummary of(LocalDate dateOfBirth, OffsetDateTime observedAt, Gender gender,
                                       Collection<String> indicatorCodes, Set<Vulnerability> vulnerabilities,
                                       RiskLevel riskLevel, String localAuthorityOrgId, String anonymisedNarrative) {
        return new AnonymisedSummary(AgeBand.ofAge(Ages.at(dateOfBirth, observedAt)).label(), gender,
                indicatorCodes.stream().sorted().toList(), vulnerabilities.stream().sorted().toList(), riskLevel,
                localAuthorityOrgId, observedAt.atZoneSameInstant(Ages.ENGLAND).format(MONTH), anonymisedNarrative);
    }
}
