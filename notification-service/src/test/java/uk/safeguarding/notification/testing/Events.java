package uk.safeguarding.notification.testing;

import uk.safeguarding.platform.event.data.ReferralEvent;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Event payloads as the producing services write them. */
public final class Events {

    private Events() {
    }

    public static ReferralEvent referral(UUID referralId, UUID concernId, UUID childId, String settingOrgId, String agencyOrgId,
                                         String agencyType, String role) {
        return referral(referralId, concernId, childId, settingOrgId, agencyOrgId, agencyType, role, "PENDING", null);
    }

    public static ReferralEvent referral(UUID referralId, UUID concernId, UUID childId, String settingOrgId, String agencyOrgId,
                                         String agencyType, String role, String status, String outcome) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String basis = "OFSTED".equals(role) || "PLACING_AUTHORITY".equals(role) ? "LEGAL_OBLIGATION"
                : "SPECIALIST".equals(role) ? "CONSENT" : "PUBLIC_TASK";
        return new ReferralEvent(referralId, concernId, childId, settingOrgId, agencyOrgId, agencyType, role, basis,
                "NOT_SOUGHT", status, null, outcome, now.plusDays(1), false, now);
    }
}
