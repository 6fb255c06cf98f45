package uk.safeguarding.gateway.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.gateway.domain.Upstream;
import uk.safeguarding.gateway.support.GatewayTestResource;
import uk.safeguarding.gateway.support.StubUpstreams;
import uk.safeguarding.testing.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class SubjectAccessTest {

    static final String CHILD = "0c5e2b7a-1d3f-4e6a-8b9c-7d1e2f3a4b5d";
    static final String C1 = "11111111-1111-4111-8111-111111111112";
    final StubUpstreams stubs = StubUpstreams.get();
    final String dcpo = TestTokens.token("URN-100001", "dcpo");

    @BeforeEach
    void reset() {
        stubs.reset();
    }

    static String list(String items, int total) {
        return "{\"items\":[" + items + "],\"page\":0,\"size\":200,\"total\":" + total + "}";
    }

    void script() {
        stubs.answer(Upstream.CONCERN, "GET", "/api/children/" + CHILD, StubUpstreams.Answer.json(200, """
                {"id":"%s","givenName":"Amira","familyName":"Okonkwo","dateOfBirth":"2012-03-14","settingOrgId":"URN-100001"}"""
                .formatted(CHILD)));
        stubs.answer(Upstream.CONCERN, "GET", "/api/concerns?childId=" + CHILD + "&page=0&size=200", StubUpstreams.Answer.json(200,
                list("""
                        {"id":"%s","childId":"%s","observedAt":"2026-11-20T09:30:00Z","summary":"Seen getting into a car",
                         "intelligence":null}""".formatted(C1, CHILD), 1)));
        // Lists leave intelligence out; the concern itself, read by the DCPO, holds it.
        stubs.answer(Upstream.CONCERN, "GET", "/api/concerns/" + C1, StubUpstreams.Answer.json(200, """
                {"id":"%s","childId":"%s","observedAt":"2026-11-20T09:30:00Z","summary":"Seen getting into a car",
                 "intelligence":{"vehicles":[{"reg":"AB12CDE"}],"persons":[{"name":"Dean"}],"locations":[]}}""".formatted(C1, CHILD)));
        stubs.answer(Upstream.REFERRAL, "GET", "/api/referrals?childId=" + CHILD + "&page=0&size=200", StubUpstreams.Answer.json(200,
                list("""
                        {"id":"r1","agencyOrgId":"PF-AVS","lawfulBasis":"PUBLIC_TASK","status":"SENT","createdAt":"2026-11-20T10:00:00Z"},
                        {"id":"r2","agencyOrgId":"LA-801","lawfulBasis":"PUBLIC_TASK","status":"SENT","createdAt":"2026-11-20T10:00:00Z"}""", 2)));
        stubs.answer(Upstream.MISSING, "GET", "/api/missing-episodes?childId=" + CHILD + "&page=0&size=200",
                StubUpstreams.Answer.json(200, list("", 0)));
        stubs.answer(Upstream.REFERRAL, "GET", "/api/support-plans?childId=" + CHILD + "&page=0&size=200",
                StubUpstreams.Answer.json(200, list("{\"id\":\"sp1\",\"childViews\":\"wants to stay at school\"}", 1)));
        // Two pages of disclosures: both are read.
        stubs.answer(Upstream.NOTIFICATION, "GET", "/api/disclosures?childId=" + CHILD + "&page=0&size=200",
                StubUpstreams.Answer.json(200, list("""
                        {"seq":1,"at":"2026-11-20T10:01:00Z","recipientOrgId":"PF-AVS","packetType":"CONCERN",
                         "fieldsDisclosed":["CHILD_IDENTITY","INTELLIGENCE"],"lawfulBasis":"PUBLIC_TASK"}""", 2)));
        stubs.answer(Upstream.NOTIFICATION, "GET", "/api/disclosures?childId=" + CHILD + "&page=1&size=200",
                StubUpstreams.Answer.json(200, list("""
                        {"seq":2,"at":"2026-11-20T10:02:00Z","recipientOrgId":"LA-801","packetType":"CONCERN",
                         "fieldsDisclosed":["CHILD_IDENTITY","CONCERN"],"lawfulBasis":"PUBLIC_TASK"}""", 2)));
    }

    @Test
    void the_bundle_holds_every_source_and_every_disclosure_and_withholds_intelligence_about_others() {
        script();
        Response response = given().auth().oauth2(dcpo).when().get("/api/children/" + CHILD + "/subject-access");
        response.then().statusCode(200)
                .body("child.givenName", equalTo("Amira"))
                .body("concerns", hasSize(1))
                .body("concerns[0].summary", equalTo("Seen getting into a car"))
                .body("referrals.agencyOrgId", contains("PF-AVS", "LA-801"))
                .body("supportPlans[0].childViews", equalTo("wants to stay at school"))
                .body("disclosures.recipientOrgId", contains("PF-AVS", "LA-801"))
                .body("disclosures[0].lawfulBasis", equalTo("PUBLIC_TASK"))
                .body("withheld[0].recordId", equalTo(C1))
                .body("withheld[0].field", equalTo("intelligence"))
                .body("withheld[0].items", equalTo(2))
                .body("incomplete", empty())
                .body("generatedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(response.asString()).doesNotContain("AB12CDE", "Dean");
        assertThat(stubs.received()).allSatisfy(r -> assertThat(r.headers().get("authorization")).isEqualTo("Bearer " + dcpo));
    }

    @Test
    void the_auditors_bundle_reads_the_lists_only_and_says_what_concern_service_withheld() {
        script();
        // The auditor's list of the child's concerns: no intelligence, only how many items were withheld.
        stubs.answer(Upstream.CONCERN, "GET", "/api/concerns?childId=" + CHILD + "&page=0&size=200", StubUpstreams.Answer.json(200,
                list("""
                        {"id":"%s","childId":"%s","observedAt":"2026-11-20T09:30:00Z","summary":"Seen getting into a car",
                         "intelligenceItemsWithheld":2}""".formatted(C1, CHILD), 1)));
        String auditor = TestTokens.token("LA-801", "auditor");
        given().auth().oauth2(auditor).when().get("/api/children/" + CHILD + "/subject-access").then().statusCode(200)
                .body("concerns[0].summary", equalTo("Seen getting into a car"))
                .body("concerns[0].intelligenceItemsWithheld", org.hamcrest.Matchers.nullValue())
                .body("referrals", hasSize(2))
                .body("supportPlans", hasSize(1))
                .body("disclosures", hasSize(2))
                .body("withheld[0].recordId", equalTo(C1))
                .body("withheld[0].field", equalTo("intelligence"))
                .body("withheld[0].items", equalTo(2))
                .body("incomplete", empty());
        assertThat(stubs.received()).extracting(StubUpstreams.Received::uri).doesNotContain("/api/concerns/" + C1);
        assertThat(stubs.received()).allSatisfy(r -> assertThat(r.headers().get("authorization")).isEqualTo("Bearer " + auditor));
    }

    @Test
    void the_same_bundle_as_a_pdf() throws Exception {
        script();
        byte[] pdf = given().auth().oauth2(dcpo).when().get("/api/children/" + CHILD + "/subject-access?format=pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Amira Okonkwo", "Seen getting into a car", "PF-AVS", "LA-801", "Withheld", "third-party");
            assertThat(text).doesNotContain("AB12CDE", "Dean");
        }
    }

    @Test
    void another_settings_child_is_404_and_a_role_that_never_answers_is_403() {
        stubs.answer(Upstream.CONCERN, "GET", "/api/children/" + CHILD, new StubUpstreams.Answer(404,
                Map.of("Content-Type", "application/problem+json"), "{\"status\":404}", 0));
        given().auth().oauth2(TestTokens.token("URN-100002", "dcpo")).when().get("/api/children/" + CHILD + "/subject-access")
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(stubs.received()).hasSize(1);
        given().auth().oauth2(TestTokens.token("URN-100001", "staff")).when().get("/api/children/" + CHILD + "/subject-access")
                .then().statusCode(403);
        given().when().get("/api/children/" + CHILD + "/subject-access").then().statusCode(401);
        given().auth().oauth2(dcpo).when().get("/api/children/nope/subject-access").then().statusCode(400);
        given().auth().oauth2(dcpo).when().get("/api/children/" + CHILD + "/subject-access?format=xml").then().statusCode(400);
    }

    @Test
    void a_concern_that_cannot_be_read_in_full_leaves_the_concerns_incomplete() {
        script();
        stubs.answer(Upstream.CONCERN, "GET", "/api/concerns/" + C1, StubUpstreams.Answer.json(503, "{}"));
        given().auth().oauth2(dcpo).when().get("/api/children/" + CHILD + "/subject-access").then().statusCode(200)
                .body("incomplete", contains("concerns"))
                .body("concerns[0].summary", equalTo("Seen getting into a car"));
    }

    @Test
    void a_source_that_fails_is_named_incomplete() {
        script();
        stubs.answer(Upstream.MISSING, "GET", "/api/missing-episodes?childId=" + CHILD + "&page=0&size=200",
                StubUpstreams.Answer.json(500, "{}"));
        given().auth().oauth2(dcpo).when().get("/api/children/" + CHILD + "/subject-access").then().statusCode(200)
                .body("incomplete", contains("missingEpisodes"));
    }
}
