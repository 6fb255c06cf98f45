package uk.safeguarding.referral.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.referral.domain.ReferralLifecycle.Trigger;

import static org.assertj.core.api.Assertions.assertThat;

class ReferralLifecycleTest {

    /** Every status against every trigger: "-" where the table refuses (409 for a request, ignored for an event). */
    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource(textBlock = """
            PENDING,      DELIVERED,    SENT
            PENDING,      ACKNOWLEDGED, ACKNOWLEDGED
            PENDING,      RESPONDED,    -
            PENDING,      REVOKED,      REVOKED
            SENT,         DELIVERED,    -
            SENT,         ACKNOWLEDGED, ACKNOWLEDGED
            SENT,         RESPONDED,    RESPONDED
            SENT,         REVOKED,      -
            ACKNOWLEDGED, DELIVERED,    -
            ACKNOWLEDGED, ACKNOWLEDGED, -
            ACKNOWLEDGED, RESPONDED,    RESPONDED
            ACKNOWLEDGED, REVOKED,      -
            RESPONDED,    DELIVERED,    -
            RESPONDED,    ACKNOWLEDGED, -
            RESPONDED,    RESPONDED,    -
            RESPONDED,    REVOKED,      -
            REVOKED,      DELIVERED,    -
            REVOKED,      ACKNOWLEDGED, -
            REVOKED,      RESPONDED,    -
            REVOKED,      REVOKED,      -
            """)
    void transitions(ReferralStatus from, Trigger trigger, String to) {
        assertThat(ReferralLifecycle.next(from, trigger).map(Enum::name).orElse("-")).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} to {1}: revocable {2}")
    @CsvSource(textBlock = """
            PENDING,      LOCAL_AUTHORITY,    true
            PENDING,      POLICE_FORCE,       true
            PENDING,      SPECIALIST_SERVICE, true
            PENDING,      OFSTED,             false
            SENT,         LOCAL_AUTHORITY,    false
            ACKNOWLEDGED, POLICE_FORCE,       false
            RESPONDED,    LOCAL_AUTHORITY,    false
            REVOKED,      LOCAL_AUTHORITY,    false
            """)
    void revocation(ReferralStatus status, OrganisationType agency, boolean revocable) {
        assertThat(ReferralLifecycle.revocable(status, agency)).isEqualTo(revocable);
    }

    @ParameterizedTest(name = "{0}: further information {1}, awaiting acknowledgement {2}")
    @CsvSource(textBlock = """
            PENDING,      true,  true
            SENT,         true,  true
            ACKNOWLEDGED, true,  false
            RESPONDED,    true,  false
            REVOKED,      false, false
            """)
    void furtherInformationAndOverdue(ReferralStatus status, boolean furtherInformation, boolean awaiting) {
        assertThat(ReferralLifecycle.acceptsFurtherInformation(status)).isEqualTo(furtherInformation);
        assertThat(ReferralLifecycle.awaitingAcknowledgement(status)).isEqualTo(awaiting);
    }
}
