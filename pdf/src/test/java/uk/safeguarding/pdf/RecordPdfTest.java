package uk.safeguarding.pdf;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        assertThat(text).contains("Linked crime types", "Grooming online, Drugs offences", "Flag", "yes", "Evidence",
                "Phone or device", "Stored where", "DSL safe", "Custody", "PC 123");
    }

    @Test
    void a_list_of_records_too_wide_for_a_table_is_laid_out_record_by_record() throws IOException {
        var node = new ObjectMapper().readTree("""
                {"decisions":[{"outcome":"REFER","rationale":"Significant indicators","cseSuspected":true,"riskLevel":"HIGH",
                  "decidedAt":"2026-01-11T10:00:00Z","decidedBy":"u1@URN-100001"}]}""");
        String text = text(RecordPdf.create("t", null, null).section("Concern").json(node).finish()).replaceAll("\\s+", " ");
        assertThat(text).contains("Decisions (1 of 1)", "Outcome Refer", "CSE suspected yes", "Risk level High",
                "Decided at 11 January 2026, 10:00 GMT", "Decided by u1@URN-100001");
    }

    @Test
    void a_heading_never_ends_a_page() throws IOException {
        // However much comes before it, a section heading is on the page of what follows it.
        for (int filler = 20; filler < 60; filler++) {
            RecordPdf pdf = RecordPdf.create("t", null, null).section("Filler");
            for (int i = 0; i < filler; i++) {
                pdf.field("Field " + i, "value " + i);
            }
            byte[] bytes = pdf.section("Tail").field("Last", "the last value").finish();
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = stripper.getText(doc);
                    if (text.contains("2. Tail")) {
                        assertThat(text).as("%d fields before it", filler).contains("the last value");
                    }
                }
            }
        }
    }

    @Test
    void keys_become_labels() {
        assertThat(RecordPdf.label("dateOfBirth")).isEqualTo("Date of birth");
        assertThat(RecordPdf.label("ofstedUrn")).isEqualTo("Ofsted URN");
        assertThat(RecordPdf.label("cseSuspected")).isEqualTo("CSE suspected");
        assertThat(RecordPdf.label("lacReviewDate")).isEqualTo("LAC review date");
        assertThat(RecordPdf.label("settingOrgId")).isEqualTo("Setting");
        assertThat(RecordPdf.label("childId")).isEqualTo("Child id");
        assertThat(RecordPdf.label("missingEpisodes")).isEqualTo("Missing episodes");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "LEGAL_OBLIGATION         | Legal obligation",
            "NOT_SOUGHT               | Not sought",
            "SPECIALIST_CSE           | Specialist CSE",
            "CHILDRENS_HOME           | Children's home",
            "EMOTIONAL_BEHAVIOURAL    | Emotional and behavioural",
            "HIGH                     | High",
            "S47_ENQUIRY              | Section 47 enquiry",
            "AB12CDE                  | AB12CDE",
            "SC200001                 | SC200001",
            "PF-AVS                   | PF-AVS",
            "Seen with an older man   | Seen with an older man"})
    void codes_print_as_words_and_nothing_else_changes(String code, String words) {
        assertThat(RecordPdf.code(code)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2026-12-01T12:18:56.473012Z | 1 December 2026, 12:18 GMT",
            "2026-07-01T12:18:00Z        | 1 July 2026, 13:18 BST",
            "2026-07-01T12:18:00+02:00   | 1 July 2026, 11:18 BST",
            "2012-10-01                  | 1 October 2012",
            "2012-13-45                  | 2012-13-45",
            "Seen on 2012-10-01          | Seen on 2012-10-01"})
    void times_print_in_uk_time_and_dates_in_words(String iso, String words) {
        assertThat(RecordPdf.when(iso)).isEqualTo(words);
    }
}
