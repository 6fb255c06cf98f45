package uk.safeguarding.concern.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Consent in law (procedure 3.1, contract section 5), age taken at the observation from the
 * date of birth. The rules are cumulative; the age offences need sexual activity known or suspected.
 * <p>
 * A young person whose date of birth is estimated (age disputed) is treated as a child
 * (contract section 4): the under-18 rules and {@code childProtectionIssue} hold even when the
 * estimated age is 18 or more. {@code harmMayStillOccur} (procedure 3.1: "where sexual activity
 * with a 16 or 17 year old does not result in an offence being committed, it may still result
 * in harm") is true exactly when the young person is 16 or over and treated as a child, sexual
 * activity is known or suspected, and no potential offence was found.
 */
public final class ConsentAssessment {

    /** Indicators that mean sexual activity is known or suspected even if the box was not ticked. */
    public static final Set<String> SEXUAL_ACTIVITY_INDICATORS = Set.of("HEALTH_RECURRING_STI", "HEALTH_PREGNANCY",
            "HEALTH_SEXUALLY_RISKY_BEHAVIOUR", "REL_SEXUALLY_ACTIVE", "REL_OLDER_PARTNER");
    public static final String INDECENT_IMAGES_INDICATOR = "ONLINE_INDECENT_IMAGES";

    private ConsentAssessment() {
    }

    public record Result(int ageAtObservation, boolean legallyCapableOfConsent, List<PotentialOffence> potentialOffences,
                         boolean childProtectionIssue, boolean harmMayStillOccur) {

        public Result(int ageAtObservation, boolean legallyCapableOfConsent, List<PotentialOffence> potentialOffences,
                      boolean childProtectionIssue) {
            this(ageAtObservation, legallyCapableOfConsent, potentialOffences, childProtectionIssue, false);
        }

        public boolean holdsOffenceNeedingOverride() {
            return potentialOffences.stream().anyMatch(PotentialOffence::needsOverrideToHoldBack);
        }
    }

    public static Result assess(LocalDate dateOfBirth, OffsetDateTime observedAt, ConsentFactors f, Collection<String> indicators) {
        return assess(dateOfBirth, false, observedAt, f, indicators);
    }

    public static Result assess(LocalDate dateOfBirth, boolean dateOfBirthEstimated, OffsetDateTime observedAt, ConsentFactors f,
                                Collection<String> indicators) {
        return assess(Ages.at(dateOfBirth, observedAt), dateOfBirthEstimated, f, indicators);
    }

    public static Result assess(int age, ConsentFactors f, Collection<String> indicators) {
        return assess(age, false, f, indicators);
    }

    public static Result assess(int age, boolean dateOfBirthEstimated, ConsentFactors f, Collection<String> indicators) {
        boolean sexualActivity = sexualActivity(f, indicators);
        // An age in dispute is a child's age (contract section 4): never out of protection by an estimate.
        boolean child = age < 18 || dateOfBirthEstimated;
        List<PotentialOffence> offences = new ArrayList<>();
        if (sexualActivity && age < 13) {
            offences.add(PotentialOffence.UNDER_13_NO_CAPACITY);
        }
        if (sexualActivity && age >= 13 && age < 16) {
            offences.add(PotentialOffence.UNDER_16_SEXUAL_ACTIVITY);
        }
        if (sexualActivity && age >= 16 && child && f.positionOfTrust()) {
            offences.add(PotentialOffence.POSITION_OF_TRUST);
        }
        if (f.nonConsensual()) {
            offences.add(PotentialOffence.RAPE_OR_SEXUAL_ASSAULT);
        }
        if (sexualActivity && (f.incapacitated() || f.threatsOrViolence())) {
            offences.add(PotentialOffence.NO_TRUE_CONSENT);
        }
        if (child && f.exchangeForReward()) {
            offences.add(PotentialOffence.PAYING_FOR_SEXUAL_SERVICES_OF_CHILD);
        }
        if (child && (f.indecentImages() || indicators.contains(INDECENT_IMAGES_INDICATOR))) {
            offences.add(PotentialOffence.INDECENT_IMAGES_OF_CHILD);
        }
        if (child && sexualActivity && f.familyMember()) {
            offences.add(PotentialOffence.FAMILIAL_OFFENCE);
        }
        if (sexualActivity && f.capacityInDoubt()) {
            offences.add(PotentialOffence.MENTAL_DISORDER_IMPEDING_CHOICE);
        }
        boolean harmMayStillOccur = sexualActivity && age >= 16 && child && offences.isEmpty();
        return new Result(age, age >= 16 && offences.isEmpty(), List.copyOf(offences), child, harmMayStillOccur);
    }

    /** Sexual activity known or suspected: the box ticked, or an indicator that means it. */
    public static boolean sexualActivity(ConsentFactors f, Collection<String> indicators) {
        return f.sexualActivityKnownOrSuspected() || indicators.stream().anyMatch(SEXUAL_ACTIVITY_INDICATORS::contains);
    }
}
