package uk.safeguarding.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.safeguarding.pdf.RecordPdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The subject access bundle as a PDF: the same content as the JSON, laid out for the child or family to read. */
public final class SubjectAccessPdf {

    private SubjectAccessPdf() {
    }

    public static byte[] render(Map<String, Object> bundle, ObjectMapper mapper) {
        JsonNode b = mapper.valueToTree(bundle);
        JsonNode child = b.path("child");
        String name = (child.path("givenName").asText("") + " " + child.path("familyName").asText("")).trim();
        RecordPdf pdf = RecordPdf.create("Subject access: the records we hold about " + (name.isEmpty() ? "the child" : name),
                "UK GDPR article 15. Generated " + RecordPdf.when(b.path("generatedAt").asText()) + ". Every part is as the "
                        + "requester may see it; information about other people is withheld and listed at the end.",
                "Subject access bundle for child " + child.path("id").asText() + " · generated " + RecordPdf.when(b.path("generatedAt").asText()));
        if (b.path("incomplete").size() > 0) {
            List<String> parts = new ArrayList<>();
            b.path("incomplete").forEach(p -> parts.add(RecordPdf.label(p.asText()).toLowerCase(java.util.Locale.ROOT)));
            pdf.banner("INCOMPLETE: these parts could not be read just now: " + String.join(", ", parts));
        }
        pdf.section("The child");
        pdf.json(child);
        pdf.section("Concerns (" + b.path("concerns").size() + ")");
        int n = 0;
        for (JsonNode c : b.path("concerns")) {
            pdf.subsection("Concern " + (++n) + " — observed " + RecordPdf.when(c.path("observedAt").asText()));
            pdf.json(c);
        }
        if (n == 0) {
            pdf.note("None.");
        }
        pdf.section("Referrals to other agencies (" + b.path("referrals").size() + ")");
        pdf.table(List.of("Made", "To", "Lawful basis", "Consent", "Status", "Outcome"),
                rows(b.path("referrals"), "createdAt", "agencyOrgId", "lawfulBasis", "consentStatus", "status", "outcome"),
                20, 13, 18, 15, 15, 19);
        pdf.section("Missing episodes (" + b.path("missingEpisodes").size() + ")");
        n = 0;
        for (JsonNode e : b.path("missingEpisodes")) {
            pdf.subsection("Episode " + (++n) + " — last seen " + RecordPdf.when(e.path("lastSeenAt").asText()));
            pdf.json(e);
        }
        if (n == 0) {
            pdf.note("None.");
        }
        pdf.section("Support plans (" + b.path("supportPlans").size() + ")");
        n = 0;
        for (JsonNode p : b.path("supportPlans")) {
            pdf.subsection("Support plan " + (++n));
            pdf.json(p);
        }
        if (n == 0) {
            pdf.note("None.");
        }
        pdf.section("Disclosures: who received information about the child (" + b.path("disclosures").size() + ")");
        pdf.table(List.of("When", "To", "What", "Fields", "Lawful basis", "Consent"),
                rows(b.path("disclosures"), "at", "recipientOrgId", "packetType", "fieldsDisclosed", "lawfulBasis", "consentStatus"),
                16, 13, 16, 27, 14, 14);
        pdf.section("Withheld");
        List<List<String>> withheld = new ArrayList<>();
        for (JsonNode w : b.path("withheld")) {
            withheld.add(List.of(RecordPdf.label(w.path("source").asText()), w.path("recordId").asText(),
                    RecordPdf.label(w.path("field").asText()), w.path("items").asText(), w.path("reason").asText()));
        }
        pdf.table(List.of("From", "Record", "What", "Items", "Why"), withheld, 12, 22, 12, 7, 47);
        pdf.json(b, Set.of("child", "concerns", "referrals", "missingEpisodes", "supportPlans", "disclosures", "withheld",
                "incomplete", "generatedAt"));
        return pdf.finish();
    }

    private static List<List<String>> rows(JsonNode array, String... fields) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode item : array) {
            List<String> row = new ArrayList<>();
            for (String f : fields) {
                String v = RecordPdf.value(f, item.get(f));
                row.add(v == null ? "" : v);
            }
            rows.add(row);
        }
        return rows;
    }
}
