package uk.safeguarding.concern.domain;

/** What the person raising the concern knows or suspects about consent (contract section 5). */
public record ConsentFactors(boolean sexualActivityKnownOrSuspected, boolean exchangeForReward, boolean indecentImages,
                             boolean familyMember, boolean positionOfTrust, boolean incapacitated,
                             boolean threatsOrViolence, boolean nonConsensual, boolean capacityInDoubt) {

    public static final ConsentFactors NONE = new ConsentFactors(false, false, false, false, false, false, false, false, false);
}
