package uk.safeguarding.pdf;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordPdfTest {

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void sections_fields_tables_and_the_marking_read_back_as_text() throws IOException {
        byte[] pdf = RecordPdf.create("Multi-agency referral form", "To: Avon and Somerset Police", "Referral 42")
                .banner("REVOKED")
                .section("The child").field("Name", "Zoë Łukasiewicz").field("NHS number", null)
                .section("Intelligence").table(List.of("Registration", "Make"), List.of(List.of("AB12CDE", "Ford")))
                .finish();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Multi-agency referral form", "REVOKED", "1. The child", "Zoë Łukasiewicz", "not recorded",
                "2. Intelligence", "AB12CDE", RecordPdf.MARKING, "Page 1");
    }

    @Test
    void json_parts_unknown_to_the_layout_are_laid_out_generically() throws IOException {
        var node = new ObjectMapper().readTree("""
                {"linkedCrimeTypes":["GROOMING_ONLINE","DRUGS_OFFENCES"],"flag":true,
                 "evidence":[{"kind":"PHONE_OR_DEVICE","storedWhere":"DSL safe"}],"custody":{"by":"PC 123"}}""");
        String text = text(RecordPdf.create("t", null, null).section("Other").json(node).finish());
        assertThat(text).contains("Linked crime types", "GROOMING_ONLINE, DRUGS_OFFENCES", "Flag", "yes", "Evidence",
                "Stored where", "DSL safe", "Custody", "PC 123");
    }

    @Test
    void keys_become_labels() {
        assertThat(RecordPdf.label("dateOfBirth")).isEqualTo("Date of birth");
        assertThat(RecordPdf.label("ofstedUrn")).isEqualTo("Ofsted urn");
    }
}
