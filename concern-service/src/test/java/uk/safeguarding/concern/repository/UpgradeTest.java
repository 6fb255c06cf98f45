package uk.safeguarding.concern.repository;

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
import static org.hamcrest.Matchers.contains;
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
            super("concerns_upgrade", "db/upgrade/seed.sql");
        }
    }

    private static final Logger LOG = Logger.getLogger(UpgradeTest.class);
    private static final String SCHOOL = "URN-100001";
    private static final String CHILD = "11111111-1111-4111-8111-111111111111";
    private static final String CONCERN = "22222222-2222-4222-8222-222222222222";

    @Inject
    Flyway flyway;
    @Inject
    DataSource dataSource;

    @Test
    void theCurrentMigrationsRanOnTopOfTheRelease() {
        LOG.info(PreviousRelease.assertUpgraded(flyway));
    }

    @Test
    void theReleasesChildReads() {
        given().auth().oauth2(TestTokens.token(SCHOOL, "staff"))
                .when().get("/api/children/" + CHILD)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("familyName", equalTo("Release"))
                .body("dateOfBirth", equalTo("2011-11-01"))
                .body("nhsNumber", equalTo("9434765870"))
                .body("vulnerabilities", contains("RUNAWAY_HISTORY"));
    }

    @Test
    void theReleasesConcernReadsForItsDcpoAndThePoliceItWasReferredTo() {
        given().auth().oauth2(TestTokens.token(SCHOOL, "dcpo"))
                .when().get("/api/concerns/" + CONCERN)
                .then().statusCode(200)
                .body("status", equalTo("REFERRED"))
                .body("riskLevel", equalTo("HIGH"))
                .body("indicators.code", contains("BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS", "REL_OLDER_PARTNER"))
                .body("decisions", hasSize(1))
                .body("decisions[0].outcome", equalTo("REFER"))
                .body("intelligence.locations[0].text", equalTo("Car park behind the leisure centre"));
        given().auth().oauth2(TestTokens.token("PF-01", "police"))
                .when().get("/api/concerns/" + CONCERN)
                .then().statusCode(200)
                .body("childId", equalTo(CHILD));
        given().auth().oauth2(TestTokens.token(SCHOOL, "dcpo"))
                .when().get("/api/concerns/" + CONCERN + "/history")
                .then().statusCode(200)
                .body("action", contains("RAISED", "DECIDED"));
    }

    @Test
    void whatTheReleaseLeftInItsOutboxIsSent() {
        PreviousRelease.awaitPublished(dataSource, "66666666-6666-4666-8666-666666666666", Duration.ofSeconds(30));
    }
}
