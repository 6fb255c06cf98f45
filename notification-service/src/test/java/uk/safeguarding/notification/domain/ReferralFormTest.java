package uk.safeguarding.notification.domain;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.safeguarding.notification.testing.FormPackets;
import uk.safeguarding.platform.redaction.RecipientType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The form per recipient holds what that recipient's packets hold: read back with PDFBox. */
class ReferralFormTest {

    static final UUID REFERRAL = UUID.randomUUID();
    static final UUID CONCERN = UUID.randomUUID();
    static final UUID CHILD = UUID.randomUUID();

    static String render(RecipientType recipient, String agencyOrgId, String agencyName) throws IOException {
        byte[] pdf = ReferralForm.render(FormPackets.forRecipient(REFERRAL, CONCERN, CHILD, agencyOrgId, agencyName, recipient, true),
                recipient, null, "2026-11-28T10:10:00Z");
        // Kept for a look at the layout (pdftoppm -png -r 60 -f 1 -l 1 ...): target/forms/<recipient>.pdf
        Path dir = Path.of("target", "forms");
        Files.createDirectories(dir);
        Files.write(dir.resolve(recipient.name().toLowerCase() + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_police_form_holds_the_child_the_intelligence_the_linked_crime_types_and_the_evidence() throws IOException {
        String text = render(RecipientType.POLICE, "PF-AVS", "Avon and Somerset Police");
        assertThat(text).contains("referral form: child sexual exploitation", "Avon and Somerset Police (PF-AVS)", "2. The child",
                "Amira Okonkwo-Łęcka", "14 March 2012", "9434765870", "The setting", "Oak House Children's Home", "The concern and indicators",
                "silver car", "BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS", "Consent in law", "Under 16: sexual activity",
                "The decision and rationale", "Seeking consent would place the child at greater risk", "Intelligence",
                "AB12CDE", "Vauxhall Astra", "Dean", "Broadmead", "Linked crime types", "Grooming offline", "Evidence",
                "Manager's safe", "Public task", "OFFICIAL-SENSITIVE");
        // Codes print as words and times as a reader writes them, never as the API's raw values.
        assertThat(text).doesNotContain("PUBLIC_TASK", "NOT_SOUGHT", "UNDER_16_SEXUAL_ACTIVITY", "2012-03-14");
        assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
    }

    @Test
    void the_social_care_form_holds_the_child_and_the_concern_but_no_intelligence() throws IOException {
        String text = render(RecipientType.LOCAL_AUTHORITY, "LA-801", "Bristol City Council");
        assertThat(text).contains("Amira Okonkwo-Łęcka", "silver car", "Under 16: sexual activity", "Linked crime types");
        assertThat(text).doesNotContain("AB12CDE", "Dean", "Broadmead", "Manager's safe", "Intelligence (police only)");
    }

    @Test
    void the_ofsted_form_is_the_reg40_notice_with_the_home_and_urn_and_no_name() throws IOException {
        String text = render(RecipientType.OFSTED, "OFSTED", "Ofsted");
        assertThat(text).contains("regulation 40(4)(a)", "Oak House Children's Home", "SC123456", "A.O.", "14",
                "Emotional and behavioural", "High", "a child suspected of having been sexually exploited", "Legal obligation",
                "Ofsted (OFSTED)");
        assertThat(text).doesNotContain("Amira", "Okonkwo", "2012-03-14", "14 March 2012", "9434765870", "silver car", "AB12CDE",
                CHILD.toString());
    }
}
