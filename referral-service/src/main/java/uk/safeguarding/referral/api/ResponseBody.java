package uk.safeguarding.referral.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.referral.domain.ResponseOutcome;

/** The addressed agency's answer. */
@Schema(name = "AgencyResponse", description = "An addressed agency's answer to a referral")
public record ResponseBody(
        @Schema(description = "LOCAL_AUTHORITY: STRATEGY_DISCUSSION, S47_ENQUIRY, S17_ASSESSMENT, EARLY_HELP, NOT_IN_NEED, "
                + "NO_FURTHER_ACTION; POLICE_FORCE: INVESTIGATION_OPENED, INTELLIGENCE_RECORDED, NO_FURTHER_ACTION; "
                + "OFSTED: NOTED; SPECIALIST_SERVICE and HEALTH: ACCEPTED, DECLINED")
        @NotNull ResponseOutcome outcome,
        @Size(max = 10000) String note,
        @Schema(description = "required with NOT_IN_NEED")
        @Valid OnwardReferral onwardReferral) {
}
