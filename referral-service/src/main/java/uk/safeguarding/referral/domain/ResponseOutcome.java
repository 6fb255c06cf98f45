package uk.safeguarding.referral.domain;

import uk.safeguarding.platform.security.OrganisationType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static uk.safeguarding.platform.security.OrganisationType.HEALTH;
import static uk.safeguarding.platform.security.OrganisationType.LOCAL_AUTHORITY;
import static uk.safeguarding.platform.security.OrganisationType.OFSTED;
import static uk.safeguarding.platform.security.OrganisationType.POLICE_FORCE;
import static uk.safeguarding.platform.security.OrganisationType.SPECIALIST_SERVICE;

/** An agency's answer to a referral, and the agency types that may give it (contract section 6). */
public enum ResponseOutcome {
    STRATEGY_DISCUSSION(LOCAL_AUTHORITY),
    S47_ENQUIRY(LOCAL_AUTHORITY),
    S17_ASSESSMENT(LOCAL_AUTHORITY),
    EARLY_HELP(LOCAL_AUTHORITY),
    /** Procedure 3.3: the social worker must consider onward referral. */
    NOT_IN_NEED(LOCAL_AUTHORITY),
    NO_FURTHER_ACTION(LOCAL_AUTHORITY, POLICE_FORCE),
    INVESTIGATION_OPENED(POLICE_FORCE),
    INTELLIGENCE_RECORDED(POLICE_FORCE),
    NOTED(OFSTED),
    ACCEPTED(SPECIALIST_SERVICE, HEALTH),
    DECLINED(SPECIALIST_SERVICE, HEALTH);

    private final Set<OrganisationType> givenBy;

    ResponseOutcome(OrganisationType first, OrganisationType... more) {
        this.givenBy = EnumSet.of(first, more);
    }

    public boolean allowedFor(OrganisationType agencyType) {
        return givenBy.contains(agencyType);
    }

    public boolean requiresOnwardReferral() {
        return this == NOT_IN_NEED;
    }

    public static Set<ResponseOutcome> allowedOutcomes(OrganisationType agencyType) {
        Set<ResponseOutcome> allowed = EnumSet.noneOf(ResponseOutcome.class);
        Arrays.stream(values()).filter(o -> o.allowedFor(agencyType)).forEach(allowed::add);
        return allowed;
    }
}
