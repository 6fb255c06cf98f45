package uk.safeguarding.e2e;

import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.e2e.Fixtures.as;
import static uk.safeguarding.e2e.Fixtures.eventually;

/** Issue 14 through the gateway: referral forms as PDFs, subject access, retention and erasure in every service. */
@ExtendWith(StackExtension.class)
class RecordsIT {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final Map<String, Object> INTELLIGENCE = Map.of(
            "vehicles", List.of(Map.of("reg", "AB12 CDE", "partial", false, "make", "Vauxhall Astra", "colour", "silver")),
            "persons", List.of(Map.of("name", "Dean Mercer", "description", "white man, about 30")),
            "locations", List.of("Car park behind the shopping centre"));

    /** A child at Oak House referred (REFER, CSE suspected) to social care, police, Ofsted and the placing authority. */
    private static String[] referredChildAtOakHouse(String givenName) {
        String childId = Scenario.lookedAfterChildAtOakHouse(givenName, "Records", 14);
        String concernId = as("staff.oakhouse")
                .body(Scenario.concern(childId, List.of("BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS"), false, INTELLIGENCE))
                .when().post("/api/concerns").then().statusCode(201).extract().path("id");
        as("dcpo.oakhouse").body(Scenario.decision("REFER", true, null))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200);
        return new String[]{childId, concernId};
    }

    private static Map<String, String> referralsByAgency(String concernId, int expected) {
        Map<String, String> byAgency = new LinkedHashMap<>();
        eventually(WAIT, () -> {
            List<Map<String, Object>> items = as("dcpo.oakhouse").when().get("/api/referrals?concernId=" + concernId)
                    .then().statusCode(200).extract().jsonPath().getList("items");
            assertThat(items).hasSize(expected);
            assertThat(items).allSatisfy(r -> assertThat(r.get("status")).isIn("SENT", "ACKNOWLEDGED"));
            items.forEach(r -> byAgency.put((String) r.get("agencyOrgId"), (String) r.get("id")));
        });
        return byAgency;
    }

    private static byte[] form(String user, String referralId, int status) {
        return as(user).when().get("/api/referrals/" + referralId + "/form.pdf").then().statusCode(status).extract().asByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** Keeps the PDF and a PNG of its first page (rendered by PDFBox, 100 dpi) under e2e/target/forms/, to be looked at. */
    private static void keep(String name, byte[] pdf) throws IOException {
        Path dir = Path.of(System.getProperty("repo.root", ".."), "e2e", "target", "forms");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100, ImageType.RGB);
            assertThat(ImageIO.write(page, "png", dir.resolve(name + ".png").toFile())).as("PNG of " + name).isTrue();
        }
    }

    @Test
    void each_agency_reads_its_own_form_and_the_download_is_a_disclosure() throws Exception {
        String[] ids = referredChildAtOakHouse("Amira");
        Map<String, String> referrals = referralsByAgency(ids[1], 4);

        byte[] police = form("police.avon", referrals.get(Scenario.POLICE), 200);
        keep("police", police);
        assertThat(text(police)).contains("Amira Records", "AB12CDE", "Oak House Children's Home", "BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS",
                "Legal obligation")
                // Times as a reader writes them (UK time), codes as words.
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:").doesNotContain("LEGAL_OBLIGATION", "NOT_SOUGHT");

        byte[] socialCare = form("sw.bristol", referrals.get(Scenario.BRISTOL), 200);
        keep("social-care", socialCare);
        assertThat(text(socialCare)).contains("Amira Records").doesNotContain("AB12CDE", "Dean Mercer");

        byte[] ofsted = form("ofsted.inspector", referrals.get(Scenario.OFSTED), 200);
        keep("ofsted", ofsted);
        assertThat(text(ofsted)).contains("regulation 40(4)(a)", "SC200001", "Oak House Children's Home", "A.R.")
                .doesNotContain("Amira", ids[0], "AB12CDE");

        // The referring DCPO reads the agency's form; another agency and another setting hear 404.
        assertThat(text(form("dcpo.oakhouse", referrals.get(Scenario.POLICE), 200))).contains("AB12CDE");
        form("sw.bristol", referrals.get(Scenario.POLICE), 404);
        form("dcpo.hillside", referrals.get(Scenario.POLICE), 404);

        List<Map<String, Object>> logged = as("auditor.user").when().get("/api/disclosures?childId=" + ids[0] + "&size=200")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(logged).anySatisfy(d -> {
            assertThat(d.get("recipientOrgId")).isEqualTo(Scenario.POLICE);
            assertThat(d.get("action")).isEqualTo("FORM_DOWNLOADED");
        });
    }

    /** A support plan for the child by its setting's DCPO, once referral-service has heard of the child. */
    private static String supportPlan(String childId) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("childId", childId);
        plan.put("agreedServices", List.of(Map.of("service", "SPECIALIST_CSE", "coordinatingAgencyOrgId", Scenario.SPECIALIST,
                "notes", "weekly sessions")));
        plan.put("childViews", "wants to stay at Oak House and keep seeing her sister");
        plan.put("reviewDate", LocalDate.now(ZoneOffset.UTC).plusDays(20).toString());
        plan.put("lacReviewDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        plan.put("adultServicesLinks", List.of());
        String[] created = new String[1];
        eventually(WAIT, () -> created[0] = as("dcpo.oakhouse").body(plan).when().post("/api/support-plans")
                .then().statusCode(201).extract().path("id"));
        return created[0];
    }

    @Test
    void the_subject_access_bundle_shows_both_disclosures_and_another_setting_hears_404() throws Exception {
        String[] ids = referredChildAtOakHouse("Bethany");
        referralsByAgency(ids[1], 4);
        String episodeId = as("staff.oakhouse").body(Map.of("childId", ids[0], "lastSeenAt", Scenario.now().minusHours(6).toString(),
                        "lastSeenLocation", "Temple Meads station", "circumstances", "Left after an argument about phone use",
                        "riskGrade", "MEDIUM"))
                .when().post("/api/missing-episodes").then().statusCode(201).extract().path("id");
        String planId = supportPlan(ids[0]);

        // The setting's DCPO and the auditor (who answers the request for the data controller) each get the whole bundle.
        for (String requester : List.of("dcpo.oakhouse", "auditor.user")) {
            JsonPath[] bundle = new JsonPath[1];
            eventually(WAIT, () -> {
                bundle[0] = as(requester).when().get("/api/children/" + ids[0] + "/subject-access")
                        .then().statusCode(200).extract().jsonPath();
                assertThat(bundle[0].getList("disclosures.recipientOrgId", String.class)).contains(Scenario.POLICE, Scenario.BRISTOL);
            });
            JsonPath b = bundle[0];
            assertThat(b.getString("child.givenName")).as(requester).isEqualTo("Bethany");
            assertThat(b.getList("concerns.id", String.class)).as(requester).containsExactly(ids[1]);
            assertThat(b.getString("concerns[0].summary")).as(requester).isNotBlank();
            assertThat(b.getList("referrals.agencyOrgId", String.class)).as(requester).contains(Scenario.POLICE, Scenario.BRISTOL);
            assertThat(b.getList("missingEpisodes.id", String.class)).as(requester).containsExactly(episodeId);
            assertThat(b.getString("missingEpisodes[0].circumstances")).as(requester).contains("argument");
            assertThat(b.getList("supportPlans.id", String.class)).as(requester).containsExactly(planId);
            assertThat(b.getString("supportPlans[0].childViews")).as(requester).contains("her sister");
            assertThat(b.getList("disclosures.lawfulBasis", String.class)).as(requester).contains("PUBLIC_TASK");
            assertThat(b.getList("disclosures.fieldsDisclosed")).as(requester).isNotEmpty();
            // One vehicle, one person, one location: withheld and said to be, for each requester.
            assertThat(b.getList("withheld.field", String.class)).as(requester).containsExactly("intelligence");
            assertThat(b.getInt("withheld[0].items")).as(requester).isEqualTo(3);
            assertThat(b.getList("incomplete")).as(requester).isEmpty();
            assertThat(b.prettify()).as(requester).doesNotContain("AB12CDE", "Dean Mercer", "Car park behind", "intelligenceItemsWithheld");
        }

        byte[] pdf = as("auditor.user").when().get("/api/children/" + ids[0] + "/subject-access?format=pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        keep("subject-access", pdf);
        assertThat(text(pdf)).contains("Bethany Records", Scenario.POLICE, Scenario.BRISTOL, "Withheld", "Temple Meads station",
                "Specialist CSE").doesNotContain("AB12CDE", "Dean Mercer");

        as("dcpo.hillside").when().get("/api/children/" + ids[0] + "/subject-access").then().statusCode(404);
        as("dcpo.hillside").when().get("/api/children/" + ids[0] + "/subject-access?format=pdf").then().statusCode(404);
        as("staff.oakhouse").when().get("/api/children/" + ids[0] + "/subject-access").then().statusCode(403);
        as("police.avon").when().get("/api/children/" + ids[0] + "/subject-access").then().statusCode(403);
    }

    /**
     * A Hillside pupil referred to social care and police, with a missing episode, past eraseAfter: erased in every service,
     * missing-episode-service catching up after being down when child.erased was published, the log still verifying.
     * <p>
     * How the child comes to be past eraseAfter: a child can only be registered under 25 (the school file's retention
     * ends on the 25th birthday), and the running services' clocks are the real ones (no endpoint moves time). So the
     * child is registered aged 24, and the years that would pass are stood in for by moving its date of birth two
     * years back in concern-service's database, as a record kept from years ago would be; the erasure job itself runs
     * on its injected clock (every 5 seconds in the e2e stack, daily in production).
     */
    @Test
    void a_child_past_erase_after_is_erased_everywhere_and_the_disclosure_log_still_verifies() throws Exception {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("givenName", "Casey");
        child.put("familyName", "Erasure");
        child.put("dateOfBirth", LocalDate.now(ZoneOffset.UTC).minusYears(24).minusMonths(2).toString());
        child.put("dateOfBirthEstimated", false);
        child.put("gender", "NOT_STATED");
        child.put("settingOrgId", Scenario.HILLSIDE);
        child.put("lookedAfter", false);
        child.put("vulnerabilities", List.of());
        String childId = as("dcpo.hillside").body(child).when().post("/api/children").then().statusCode(201).extract().path("id");
        String concernId = as("staff.hillside")
                .body(Scenario.concern(childId, List.of("BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS"), false, INTELLIGENCE))
                .when().post("/api/concerns").then().statusCode(201).extract().path("id");
        as("dcpo.hillside").body(Scenario.decision("REFER", false, null))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200);
        String episodeId = as("staff.hillside").body(Map.of("childId", childId, "lastSeenAt", Scenario.now().minusHours(5).toString(),
                        "lastSeenLocation", "School gates", "circumstances", "Did not return after lunch", "riskGrade", "LOW"))
                .when().post("/api/missing-episodes").then().statusCode(201).extract().path("id");
        eventually(WAIT, () -> assertThat(as("auditor.user").when().get("/api/disclosures?childId=" + childId)
                .then().statusCode(200).extract().jsonPath().getList("items.recipientOrgId", String.class))
                .contains(Scenario.POLICE, Scenario.BRISTOL));
        int disclosures = as("auditor.user").when().get("/api/disclosures?childId=" + childId + "&size=200")
                .then().statusCode(200).extract().path("total");
        String retention = as("dcpo.hillside").when().get("/api/children/" + childId + "/retention")
                .then().statusCode(200).extract().path("basis");
        assertThat(retention).isEqualTo("SCHOOL_FILE_25TH_BIRTHDAY");
        as("auditor.user").when().get("/api/retention/due").then().statusCode(200);

        // missing-episode-service is down when the erasure happens.
        StackExtension.stack().stopService("missing-episode-service");
        try (Connection c = DriverManager.getConnection(StackExtension.stack().jdbcUrl("concerns"), "postgres", "");
             PreparedStatement s = c.prepareStatement("update child set date_of_birth = date_of_birth - interval '2 years' where id = ?")) {
            s.setObject(1, UUID.fromString(childId));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        eventually(WAIT, () -> as("dcpo.hillside").when().get("/api/children/" + childId).then().statusCode(404));
        as("dcpo.hillside").when().get("/api/concerns/" + concernId).then().statusCode(404);
        assertThat(as("auditor.user").when().get("/api/retention/due").then().statusCode(200).extract().jsonPath()
                .getList("childIds", String.class)).doesNotContain(childId);
        eventually(WAIT, () -> assertThat(as("dcpo.hillside").when().get("/api/referrals?childId=" + childId)
                .then().statusCode(200).extract().jsonPath().getList("items")).hasSize(2));

        StackExtension.stack().startService("missing-episode-service");
        eventually(WAIT, () -> as("dcpo.hillside").when().get("/api/missing-episodes/" + episodeId).then().statusCode(404));

        // The log keeps every entry of the child (ids only), and the chain verifies.
        assertThat((int) as("auditor.user").when().get("/api/disclosures?childId=" + childId + "&size=200")
                .then().statusCode(200).extract().path("total")).isGreaterThanOrEqualTo(disclosures);
        given().auth().oauth2(StackExtension.tokens().user("auditor.user")).when().get("/api/disclosures/verify")
                .then().statusCode(200).body("valid", org.hamcrest.Matchers.equalTo(true));
    }
}
