package uk.safeguarding.concern.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.concern.domain.ConsentFactors;

@Schema(description = "What is known or suspected about consent; an absent factor is false")
public record ConsentFactorsRequest(Boolean sexualActivityKnownOrSuspected, Boolean exchangeForReward, Boolean indecentImages,
                                    Boolean familyMember, Boolean positionOfTrust, Boolean incapacitated,
                                    Boolean threatsOrViolence, Boolean nonConsensual, Boolean capacityInDoubt) {

    public ConsentFactors toDomain() {
        return new ConsentFactors(t(sexualActivityKnownOrSuspected), t(exchangeForReward), t(indecentImages), t(familyMember),
                t(positionOfTrust), t(incapacitated), t(threatsOrViolence), t(nonConsensual), t(capacityInDoubt));
    }

    private static boolean t(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
