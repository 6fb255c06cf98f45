package uk.safeguarding.notification.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.safeguarding.notification.repository.ReferralLink;
import uk.safeguarding.notification.testing.FormPackets;
import uk.safeguarding.notification.testing.Stub;
import uk.safeguarding.notification.testing.StubResource;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.notification.testing.Events.referral;
import static uk.safeguarding.notification.testing.Fixtures.JSON;
import static uk.safeguarding.notification.testing.Fixtures.await;
import static uk.safeguarding.notification.testing.Fixtures.org;
import static uk.safeguarding.notification.testing.Fixtures.publish;
import static uk.safeguarding.notification.testing.Fixtures.unique;

/** GET /api/referrals/{id}/form.pdf: the agency's packets as a PDF, for the agency (a disclosure) and the referring DCPO. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications_test"))
@QuarkusTestResource(StubResource.class)
class FormTest {

    final Stub stub = Stub.get();

    @Inject
    EntityManager em;

    record Referral(UUID id, UUID concernId, UUID childId, String setting, String agency) {
    }

    private Referral referred(OrganisationType agencyType, String role, RecipientType recipient) throws Exception {
        String setting = unique("HOME");
        String agency = unique("AG");
        org(setting, OrganisationType.CHILDRENS_HOME);
        org(agency, agencyType);
        Referral r = new Referral(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), setting, agency);
        List<Packet> packets = FormPackets.forRecipient(r.id, r.concernId, r.childId, agency, "Org " + agency, recipient, true);
        stub.packet(r.id, recipient, JSON.writeValueAsString(packets.get(0)));
        stub.packet(r.concernId, recipient, JSON.writeValueAsString(packets.get(1)));
        publish(Topics.REFERRALS, "referral.created", r.childId,
                referral(r.id, r.concernId, r.childId, setting, agency, agencyType.name(), role));
        await("referral link " + r.id, () -> link(r.id), l -> true);
        return r;
    }

    private ReferralLink link(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(ReferralLink.class, id));
    }

    private long formDisclosures(String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from disclosure_log where recipient_org_id = ?1 and action = 'FORM_DOWNLOADED'")
                .setParameter(1, recipient).getSingleResult()).longValue());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static byte[] form(String token, UUID id, int status) {
        return given().auth().oauth2(token).when().get("/api/referrals/{id}/form.pdf", id)
                .then().statusCode(status).extract().asByteArray();
    }

    @Test
    void the_police_read_their_form_with_the_child_and_the_vehicle_and_it_is_logged_as_a_disclosure() throws Exception {
        Referral r = referred(OrganisationType.POLICE_FORCE, "POLICE", RecipientType.POLICE);
        byte[] pdf = given().auth().oauth2(TestTokens.token(r.agency, "police")).when().get("/api/referrals/{id}/form.pdf", r.id)
                .then().statusCode(200).contentType("application/pdf").header("Cache-Control", "no-store")
                .extract().asByteArray();
        String text = text(pdf);
        assertThat(text).contains("Amira Okonkwo-Łęcka", "AB12CDE", "Linked crime types", "Manager's safe");
        assertThat(formDisclosures(r.agency)).isEqualTo(2);
        List<?> logged = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select packet_type, fields_disclosed, lawful_basis, child_id from disclosure_log "
                                + "where recipient_org_id = ?1 and action = 'FORM_DOWNLOADED' order by seq")
                .setParameter(1, r.agency).getResultList());
        Object[] concernEntry = (Object[]) logged.get(1);
        assertThat(concernEntry[0]).isEqualTo("CONCERN");
        assertThat((String) concernEntry[1]).contains("INTELLIGENCE", "CHILD_IDENTITY");
        assertThat(concernEntry[2]).isEqualTo("PUBLIC_TASK");
        assertThat(concernEntry[3]).isEqualTo(r.childId);
        // Downloaded again: logged again.
        form(TestTokens.token(r.agency, "police"), r.id, 200);
        assertThat(formDisclosures(r.agency)).isEqualTo(4);
    }

    @Test
    void the_referring_dcpo_reads_the_agencys_form_without_a_disclosure_and_anyone_else_gets_404() throws Exception {
        Referral r = referred(OrganisationType.POLICE_FORCE, "POLICE", RecipientType.POLICE);
        assertThat(text(form(TestTokens.token(r.setting, "dcpo"), r.id, 200))).contains("AB12CDE");
        assertThat(formDisclosures(r.agency)).isZero();
        String otherForce = unique("PF");
        org(otherForce, OrganisationType.POLICE_FORCE);
        form(TestTokens.token(otherForce, "police"), r.id, 404);
        form(TestTokens.token(r.setting, "staff"), r.id, 404);
        form(TestTokens.token(r.agency, "ops"), r.id, 404);
        form(TestTokens.token(r.agency, "police"), UUID.randomUUID(), 404);
        given().when().get("/api/referrals/{id}/form.pdf", r.id).then().statusCode(401);
        given().auth().oauth2(TestTokens.token(r.agency, "police")).when().get("/api/referrals/not-a-uuid/form.pdf")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void ofsteds_form_is_the_reg40_notice_with_the_homes_urn_and_no_name() throws Exception {
        Referral r = referred(OrganisationType.OFSTED, "OFSTED", RecipientType.OFSTED);
        String text = text(form(TestTokens.token(r.agency, "ofsted"), r.id, 200));
        assertThat(text).contains("regulation 40(4)(a)", "SC123456", "Oak House Children's Home", "A.O.");
        assertThat(text).doesNotContain("Amira", "Okonkwo", "2012-03-14", "14 March 2012", r.childId.toString(), "AB12CDE");
        assertThat(stub.packetCalls(r.concernId)).allSatisfy(c -> assertThat(c.query()).containsEntry("recipientType", "OFSTED"));
    }

    @Test
    void a_revoked_referral_answers_404_to_the_agency_and_shows_revoked_to_the_dcpo() throws Exception {
        Referral r = referred(OrganisationType.LOCAL_AUTHORITY, "SOCIAL_CARE", RecipientType.LOCAL_AUTHORITY);
        String sw = TestTokens.token(r.agency, "social-worker");
        assertThat(text(form(sw, r.id, 200))).contains("Amira").doesNotContain("AB12CDE");
        publish(Topics.REFERRALS, "referral.revoked", r.childId,
                referral(r.id, r.concernId, r.childId, r.setting, r.agency, "LOCAL_AUTHORITY", "SOCIAL_CARE", "REVOKED", null));
        await("revoked link", () -> link(r.id), l -> l.revoked);
        long before = formDisclosures(r.agency);
        form(sw, r.id, 404);
        assertThat(formDisclosures(r.agency)).isEqualTo(before);
        stub.withdraw(r.id);
        assertThat(text(form(TestTokens.token(r.setting, "dcpo"), r.id, 200))).contains("REVOKED");
    }

    @Test
    void a_referral_withdrawn_at_its_owner_before_the_event_arrives_is_404_to_the_agency() throws Exception {
        Referral r = referred(OrganisationType.POLICE_FORCE, "POLICE", RecipientType.POLICE);
        stub.withdraw(r.id);
        form(TestTokens.token(r.agency, "police"), r.id, 404);
        assertThat(formDisclosures(r.agency)).isZero();
    }
}
