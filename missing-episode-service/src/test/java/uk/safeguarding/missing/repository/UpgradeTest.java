package uk.safeguarding.missing.repository;

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
            super("missing_upgrade", "db/upgrade/seed.sql");
        }
    }

    private static final Logger LOG = Logger.getLogger(UpgradeTest.class);
    private static final String EPISODE = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";

    @Inject
    Flyway flyway;
    @Inject
    DataSource dataSource;

    @Test
    void theCurrentMigrationsRanOnTopOfTheRelease() {
        LOG.info(PreviousRelease.assertUpgraded(flyway));
    }

    @Test
    void theReleasesEpisodeReadsForItsSetting() {
        given().auth().oauth2(TestTokens.token("URN-100001", "dcpo"))
                .when().get("/api/missing-episodes/" + EPISODE)
                .then().statusCode(200)
                .body("status", equalTo("INTERVIEWED"))
                .body("lastSeenLocation", equalTo("Bus station, Bristol"))
                .body("circumstances", equalTo("Left after school and did not come home"))
                .body("returnDetails.foundLocation", equalTo("Found at a flat in Easton"))
                .body("returnDetails.presentation", contains("WELL_CARED_FOR"))
                .body("returnInterview.conductedBy.name", equalTo("Sam Jones"))
                .body("returnInterview.findings", equalTo("Spoke of an older man who gives her lifts"));
    }

    @Test
    void whatTheReleaseLeftInItsOutboxIsSent() {
        PreviousRelease.awaitPublished(dataSource, "dddddddd-dddd-4ddd-8ddd-dddddddddddd", Duration.ofSeconds(30));
    }
}
