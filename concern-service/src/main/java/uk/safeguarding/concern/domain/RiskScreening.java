package uk.safeguarding.concern.domain;

import java.util.Collection;
import java.util.Set;

/**
 * Risk screening (contract section 5): riskScore = Σ indicator weights + min(3, vulnerabilities);
 * HIGH if any significant indicator, a score of 10 or more, or any potential offence; else MEDIUM
 * from 5; else LOW. A child under 13, or with a learning disability, is never LOW. The screening
 * supports the DCPO's professional judgement and never replaces it.
 */
public final class RiskScreening {

    public static final int HIGH_THRESHOLD = 10;
    public static final int MEDIUM_THRESHOLD = 5;
    public static final int MAX_VULNERABILITY_POINTS = 3;
    public static final int FLOOR_AGE = 13;

    private final IndicatorCatalogue catalogue;

    public RiskScreening(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public record Result(int riskScore, RiskLevel riskLevel, String riskModelVersion) {
    }

    public Result screen(Collection<String> indicatorCodes, Set<Vulnerability> vulnerabilities,
                         Collection<PotentialOffence> potentialOffences, int ageAtObservation) {
        int score = 0;
        boolean significant = false;
        for (String code : Set.copyOf(indicatorCodes)) {
            Indicator indicator = catalogue.get(code);
            score += indicator.weight();
            significant |= indicator.significant();
        }
        score += Math.min(MAX_VULNERABILITY_POINTS, vulnerabilities.size());

        RiskLevel level;
        if (significant || score >= HIGH_THRESHOLD || !potentialOffences.isEmpty()) {
            level = RiskLevel.HIGH;
        } else if (score >= MEDIUM_THRESHOLD) {
            level = RiskLevel.MEDIUM;
        } else {
            level = RiskLevel.LOW;
        }
        if (ageAtObservation < FLOOR_AGE || vulnerabilities.contains(Vulnerability.LEARNING_DISABILITY)) {
            level = level.atLeast(RiskLevel.MEDIUM);
        }
        return new Result(score, level, catalogue.version());
    }
}
