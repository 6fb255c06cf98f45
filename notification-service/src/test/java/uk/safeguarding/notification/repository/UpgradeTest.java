package uk.safeguarding.notification.repository;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import uk.safeguarding.notification.testing.StubResource;
import uk.safeguarding.testing.PreviousRelease;
import uk.safeguarding.testing.TestTokens;
import uk.safeguarding.testing.UpgradeProfile;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.safeguarding.notification.testing.Fixtures.await;

/**
 * The current service started on a database of the last release, with that release's rows
 * ({@code db/upgrade/seed.sql}): its Flyway validated what shipped and applied what is newer, the
 * old rows read through the API, and the release's disclosure log still verifies.
 */
@QuarkusTest
@TestProfile(UpgradeTest.FromPreviousRelease.class)
class UpgradeTest {

    public static class FromPreviousRelease extends UpgradeProfile {
        public FromPreviousRelease() {
            super("notifications_upgrade", "db/upgrade/seed.sql");
        }

        @Override
        protected List<TestResourceEntry> others() {
            return List.of(new TestResourceEntry(StubResource.class, Map.of()));
        }
    }

    private static final Logger LOG = Logger.getLogger(UpgradeTest.class);
    private static final String AUDITOR = TestTokens.token("LA-801", "auditor");

    @Inject
    Flyway flyway;
    @Inject
    DataSource dataSource;

    @Test
    void theCurrentMigrationsRanOnTopOfTheRelease() {
        LOG.info(PreviousRelease.assertUpgraded(flyway));
    }

    @Test
    void theReleasesChannelAndDeliveryRead() {
        given().auth().oauth2(TestTokens.token("ADMIN-ORG", "admin"))
                .when().get("/api/agencies/LA-801/channel")
                .then().statusCode(200)
                .body("webhookUrl", equalTo("https://hooks.northshire.example/safeguarding"))
                .body("channel", equalTo("WEBHOOK"))
                .body("secret", nullValue());
        given().auth().oauth2(TestTokens.token("LA-801", "ops"))
                .when().get("/api/deliveries/eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee")
                .then().statusCode(200)
                .body("status", equalTo("DELIVERED"))
                .body("recipientOrgId", equalTo("LA-801"))
                .body("channel", equalTo("WEBHOOK"));
    }

    @Test
    void theReleasesDisclosureLogReadsAndVerifiesUnderTheCurrentServicesCheckpoint() {
        given().auth().oauth2(AUDITOR)
                .when().get("/api/disclosures?childId=11111111-1111-4111-8111-111111111111")
                .then().statusCode(200)
                .body("items.action", contains("FORM_DOWNLOADED", "WEBHOOK_DELIVERED"));
        JsonPath verified = await("a checkpoint of the release's log", () -> given().auth().oauth2(AUDITOR)
                .when().get("/api/disclosures/verify").then().statusCode(200).extract().jsonPath(),
                v -> !v.getBoolean("valid") || (v.get("checkpoint") != null && v.getLong("checkpoint.entries") >= 2));
        assertThat(verified.getBoolean("valid")).as("verify of the release's log: %s", verified.prettify()).isTrue();
        assertThat(verified.getLong("entries")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void whatTheReleaseLeftInItsOutboxIsSent() {
        PreviousRelease.awaitPublished(dataSource, "13131313-1313-4131-8131-131313131313", Duration.ofSeconds(30));
    }
}
