package uk.safeguarding.referral.repository;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import uk.safeguarding.testing.PreviousRelease;
import uk.safeguarding.testing.TestTokens;
import uk.safeguarding.testing.UpgradeProfile;

import java.time.Duration;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The current service started on a database of the last release, with that release's rows
 * ({@code db/upgrade/seed.sql}): its Flyway validated what shipped and applied what is newer, and
 * the old rows read through the API.
 */
@QuarkusTest
@TestProfile(UpgradeTest.FromPreviousRelease.class)
class UpgradeTest {

    public static class FromPreviousRelease extends UpgradeProfile {
        public FromPreviousRelease() {
            super("referrals_upgrade", "db/upgrade/seed.sql");
        }
    }

    private static final Logger LOG = Logger.getLogger(UpgradeTest.class);
    private static final String SCHOOL = "URN-100001";
    private static final String REFERRAL = "44444444-4444-4444-8444-444444444444";
    private static final String SUPPORT_PLAN = "88888888-8888-4888-8888-888888888888";

    @Inject
    Flyway flyway;
    @Inject
    DataSource dataSource;

    @Test
    void theCurrentMigrationsRanOnTopOfTheRelease() {
        LOG.info(PreviousRelease.assertUpgraded(flyway));
    }

    @Test
    void theReleasesDirectoryReads() {
        given().auth().oauth2(TestTokens.token(SCHOOL, "dcpo"))
                .when().get("/api/organisations/" + SCHOOL)
                .then().statusCode(200)
                .body("name", equalTo("Hillside Academy (release 2026-12-01)"))
                .body("localAuthorityOrgId", equalTo("LA-801"));
    }

    @Test
    void theReleasesReferralReadsForTheAgencyItWasSentTo() {
        given().auth().oauth2(TestTokens.token("LA-801", "social-worker"))
                .when().get("/api/referrals/" + REFERRAL)
                .then().statusCode(200)
                .body("status", equalTo("SENT"))
                .body("role", equalTo("SOCIAL_CARE"))
                .body("updates", hasSize(1))
                .body("updates[0].text", equalTo("The DCPO spoke to the head of year on 28 November"));
    }

    @Test
    void theReleasesSupportPlanReadsForTheSettingsDcpo() {
        given().auth().oauth2(TestTokens.token(SCHOOL, "dcpo"))
                .when().get("/api/support-plans/" + SUPPORT_PLAN)
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("agreedServices[0].service", equalTo("SPECIALIST_CSE"))
                .body("childViews", equalTo("Wants to keep seeing her youth worker"))
                .body("reviewDate", equalTo("2027-01-15"));
    }

    @Test
    void whatTheReleaseLeftInItsOutboxIsSent() {
        PreviousRelease.awaitPublished(dataSource, "99999999-9999-4999-8999-999999999999", Duration.ofSeconds(30));
    }
}
