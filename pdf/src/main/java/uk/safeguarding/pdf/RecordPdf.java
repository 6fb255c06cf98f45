package uk.safeguarding.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The printed layout of our records on OpenPDF: a titled A4 document with numbered sections,
 * label/value fields, tables and a protective marking on every page. It knows nothing of what a
 * record holds: the callers (the referral form, the subject-access bundle) decide the sections and
 * pass only what the recipient may see.
 */
public final class RecordPdf {

    /** The Government Security Classification marking for personal safeguarding data. */
    public static final String MARKING = "OFFICIAL-SENSITIVE: PERSONAL";

    private static final Color INK = new Color(0x1f, 0x2d, 0x3d);
    private static final Color RULE = new Color(0x9a, 0xa5, 0xb1);
    private static final Color SHADE = new Color(0xe8, 0xee, 0xf4);
    private static final Color BANNER = new Color(0xb0, 0x1e, 0x2d);
    private static final BaseFont TEXT_FONT = unicodeFont();
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, INK);
    private static final Font SUBTITLE = new Font(TEXT_FONT, 10, Font.NORMAL, INK);
    private static final Font SECTION = new Font(Font.HELVETICA, 11, Font.BOLD, Color.WHITE);
    private static final Font SUBSECTION = new Font(Font.HELVETICA, 9.5f, Font.BOLD, INK);
    private static final Font LABEL = new Font(Font.HELVETICA, 8.5f, Font.BOLD, INK);
    private static final Font VALUE = new Font(TEXT_FONT, 9, Font.NORMAL, Color.BLACK);
    private static final Font NOTE = new Font(TEXT_FONT, 8, Font.ITALIC, INK);
    private static final Font BANNER_FONT = new Font(Font.HELVETICA, 11, Font.BOLD, Color.WHITE);

    /** Times print as the reader's clock shows them: UK time, with GMT or BST said. */
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A code of the API's vocabulary: upper case, words joined by underscores ({@code LEGAL_OBLIGATION}). */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    /**
     * The keys whose values are codes of the API's vocabulary (contract enumerations), printed as words.
     * Only a value shaped like a code changes; free text under these keys prints as written.
     */
    private static final Set<String> CODE_KEYS = Set.of("status", "lawfulBasis", "consentStatus", "gender", "type", "agencyType",
            "recipientType", "role", "outcome", "riskLevel", "professionalRiskLevel", "riskGrade", "category", "kind", "source",
            "action", "packetType", "purpose", "service", "format", "whereaboutsDuringAbsence", "presentation", "vulnerabilities",
            "potentialOffences", "linkedCrimeTypes", "specialMeasures", "fieldsDisclosed", "indicatorCategories", "from", "by",
            "basis", "notice");
    /** Words of a code that print in capitals: abbreviations a practitioner reads as such. */
    private static final Set<String> ABBREVIATIONS = Set.of("CSE", "STI", "ISVA", "LAC", "NHS", "UPN", "DCPO", "MIS", "UK", "GDPR",
            "URN", "ID", "SMS");
    /** Codes whose words alone would read wrongly. */
    private static final Map<String, String> WORDING = Map.ofEntries(
            Map.entry("CHILDRENS_HOME", "Children's home"),
            Map.entry("OFSTED", "Ofsted"),
            Map.entry("EMOTIONAL_BEHAVIOURAL", "Emotional and behavioural"),
            Map.entry("S47_ENQUIRY", "Section 47 enquiry"),
            Map.entry("S17_ASSESSMENT", "Section 17 assessment"),
            Map.entry("UNDER_13_NO_CAPACITY", "Under 13: no capacity to consent"),
            Map.entry("UNDER_16_SEXUAL_ACTIVITY", "Under 16: sexual activity"),
            Map.entry("REG40_4A_SUSPECTED_CSE", "Regulation 40(4)(a): a child suspected of having been sexually exploited"),
            Map.entry("REG40_SUMMARY", "Regulation 40 summary"),
            Map.entry("NOT_IN_NEED", "Not in need"),
            Map.entry("PAYING_FOR_SEXUAL_SERVICES_OF_CHILD", "Paying for the sexual services of a child"),
            Map.entry("INDECENT_IMAGES_OF_CHILD", "Indecent images of a child"));

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 42, 42, 54, 48);
    private final PdfWriter writer;
    private PdfPTable fields;
    private int sections;

    private RecordPdf(String title, String subtitle, String footer) {
        writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Marking(footer));
        document.addTitle(title);
        document.addCreator("Safeguarding Exchange");
        document.open();
        Paragraph heading = new Paragraph(title, TITLE);
        heading.setSpacingAfter(2);
        add(heading);
        if (subtitle != null && !subtitle.isBlank()) {
            Paragraph sub = new Paragraph(subtitle, SUBTITLE);
            sub.setSpacingAfter(8);
            add(sub);
        }
    }

    /** A new document; {@code footer} is printed on every page beside the page number. */
    public static RecordPdf create(String title, String subtitle, String footer) {
        return new RecordPdf(title, subtitle, footer);
    }

    /** A coloured line across the page, for what the reader must see first (e.g. REVOKED). */
    public RecordPdf banner(String text) {
        flush();
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell(new Phrase(text, BANNER_FONT));
        cell.setBackgroundColor(BANNER);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(6);
        table.addCell(cell);
        table.setSpacingAfter(6);
        add(table);
        return this;
    }

    /** A numbered section heading: "1. The child". */
    public RecordPdf section(String title) {
        flush();
        keepWithNext(90);
        sections++;
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setSpacingAfter(4);
        PdfPCell cell = new PdfPCell(new Phrase(sections + ". " + title, SECTION));
        cell.setBackgroundColor(INK);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(5);
        table.addCell(cell);
        add(table);
        return this;
    }

    public RecordPdf subsection(String title) {
        flush();
        keepWithNext(60);
        Paragraph p = new Paragraph(title, SUBSECTION);
        p.setSpacingBefore(4);
        p.setSpacingAfter(2);
        add(p);
        return this;
    }

    /** A label and its value on one row of the section's field grid; a null value prints "not recorded". */
    public RecordPdf field(String label, String value) {
        if (fields == null) {
            fields = new PdfPTable(new float[]{32, 68});
            fields.setWidthPercentage(100);
        }
        PdfPCell l = new PdfPCell(new Phrase(label, LABEL));
        l.setBackgroundColor(SHADE);
        style(l);
        PdfPCell v = new PdfPCell(new Phrase(value == null || value.isBlank() ? "not recorded" : value, VALUE));
        style(v);
        fields.addCell(l);
        fields.addCell(v);
        return this;
    }

    public RecordPdf note(String text) {
        flush();
        Paragraph p = new Paragraph(text, NOTE);
        p.setSpacingBefore(3);
        p.setSpacingAfter(3);
        add(p);
        return this;
    }

    /** A table with a header row; {@code widths} (relative, one per column) may be left out for equal columns. */
    public RecordPdf table(List<String> headers, List<List<String>> rows, float... widths) {
        flush();
        if (rows.isEmpty()) {
            return note("None recorded.");
        }
        PdfPTable table = widths.length == headers.size() ? new PdfPTable(widths) : new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, LABEL));
            cell.setBackgroundColor(SHADE);
            style(cell);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < headers.size(); i++) {
                String value = i < row.size() ? row.get(i) : null;
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, VALUE));
                style(cell);
                table.addCell(cell);
            }
        }
        table.setSpacingAfter(4);
        add(table);
        return this;
    }

    /**
     * Any JSON part, laid out without knowing it: scalars as fields, lists of scalars joined,
     * lists of objects as a table, nested objects as subsections. For parts a newer packet carries
     * that this layout has no place for yet, so nothing received is left off the form.
     */
    public RecordPdf json(JsonNode node) {
        return json(node, Set.of());
    }

    /** As {@link #json(JsonNode)}, leaving out the keys the caller has already laid out. */
    public RecordPdf json(JsonNode node, Set<String> skip) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return this;
        }
        if (!node.isObject()) {
            return node.isArray() && node.size() > 0 && node.get(0).isObject() ? objectTable(node) : field("Value", text(node));
        }
        List<Map.Entry<String, JsonNode>> nested = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (skip.contains(e.getKey()) || e.getValue().isNull()) {
                continue;
            }
            if (e.getValue().isObject() || (e.getValue().isArray() && e.getValue().size() > 0 && e.getValue().get(0).isObject())) {
                nested.add(e);
            } else {
                field(label(e.getKey()), value(e.getKey(), e.getValue()));
            }
        }
        for (Map.Entry<String, JsonNode> e : nested) {
            if (e.getValue().isArray()) {
                records(label(e.getKey()), e.getValue());
            } else {
                subsection(label(e.getKey()));
                json(e.getValue());
            }
        }
        flush();
        return this;
    }

    /** More columns than this and a table's cells grow too narrow to read: each record is laid out on its own. */
    private static final int MAX_COLUMNS = 5;

    /** A list of records: a table while it stays readable, else one block of fields per record. */
    private RecordPdf records(String title, JsonNode array) {
        Set<String> keys = keys(array);
        if (keys.size() <= MAX_COLUMNS) {
            subsection(title);
            return objectTable(array);
        }
        int n = 0;
        for (JsonNode item : array) {
            subsection(title + " (" + (++n) + " of " + array.size() + ")");
            json(item);
        }
        return this;
    }

    private RecordPdf objectTable(JsonNode array) {
        Set<String> keys = keys(array);
        List<String> headers = keys.stream().map(RecordPdf::label).toList();
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode item : array) {
            rows.add(keys.stream().map(k -> value(k, item.get(k))).toList());
        }
        return table(headers, rows);
    }

    private static Set<String> keys(JsonNode array) {
        Set<String> keys = new LinkedHashSet<>();
        array.forEach(item -> item.fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) {
                keys.add(e.getKey());
            }
        }));
        return keys;
    }

    /** The finished PDF. */
    public byte[] finish() {
        flush();
        document.close();
        return out.toByteArray();
    }

    /** "dateOfBirth" → "Date of birth", "cseSuspected" → "CSE suspected", "settingOrgId" → "Setting". */
    public static String label(String key) {
        String k = key.endsWith("OrgId") && key.length() > 5 ? key.substring(0, key.length() - 5) : key;
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if ((Character.isUpperCase(c) || c == '_') && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (c != '_') {
                word.append(c);
            }
        }
        words.add(word.toString());
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            String upper = w.toUpperCase(Locale.ROOT);
            String printed = ABBREVIATIONS.contains(upper) && !upper.equals("ID") ? upper
                    : b.length() == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT)
                    : w.toLowerCase(Locale.ROOT);
            b.append(b.length() == 0 ? "" : " ").append(printed);
        }
        return b.toString();
    }

    /**
     * A code of the API's vocabulary as words: "LEGAL_OBLIGATION" → "Legal obligation", "SPECIALIST_CSE" →
     * "Specialist CSE". Anything not shaped like a code (an id, a registration, free text) is returned as it is.
     */
    public static String code(String code) {
        if (code == null || !CODE.matcher(code).matches() || code.chars().anyMatch(Character::isDigit) && !code.contains("_")) {
            return code;
        }
        String worded = WORDING.get(code);
        if (worded != null) {
            return worded;
        }
        StringBuilder b = new StringBuilder();
        for (String w : code.split("_")) {
            String printed = ABBREVIATIONS.contains(w) ? w : b.length() == 0 ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT)
                    : w.toLowerCase(Locale.ROOT);
            b.append(b.length() == 0 ? "" : " ").append(printed);
        }
        return b.toString();
    }

    /**
     * A time or date as a reader writes it: "2026-12-01T12:18:56.47Z" → "1 December 2026, 12:18 GMT" (UK time),
     * "2012-10-01" → "1 October 2012". Anything else is returned as it is.
     */
    public static String when(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (DATE_TIME.matcher(value).matches()) {
                return WHEN.format(OffsetDateTime.parse(value).atZoneSameInstant(UK));
            }
            if (DATE.matcher(value).matches()) {
                return DAY.format(LocalDate.parse(value));
            }
        } catch (DateTimeParseException notATime) {
            return value;
        }
        return value;
    }

    /** The value of {@code key} as one line of text: as {@link #text}, and a code under a key of codes as words. */
    public static String value(String key, JsonNode v) {
        if (v != null && CODE_KEYS.contains(key)) {
            if (v.isTextual()) {
                return code(v.asText());
            }
            if (v.isArray() && v.size() > 0 && v.get(0).isTextual()) {
                List<String> parts = new ArrayList<>();
                v.forEach(item -> parts.add(code(item.asText())));
                return String.join(", ", parts);
            }
        }
        return text(v);
    }

    /** A JSON value as one line of text: booleans as yes/no, times and dates as words, lists joined, objects as key: value pairs. */
    public static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "yes" : "no";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(item -> parts.add(text(item)));
            return parts.isEmpty() ? "none" : String.join(", ", parts);
        }
        if (v.isObject()) {
            List<String> parts = new ArrayList<>();
            v.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    parts.add(inline(label(e.getKey())) + ": " + value(e.getKey(), e.getValue()));
                }
            });
            return String.join("; ", parts);
        }
        return v.isTextual() ? when(v.asText()) : v.asText();
    }

    /** A label within a line: "Status" → "status", an abbreviation ("CSE suspected") kept. */
    private static String inline(String label) {
        return label.length() > 1 && Character.isLowerCase(label.charAt(1))
                ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }

    /** A heading never ends a page: with less than {@code points} left below it, it starts the next one. */
    private void keepWithNext(float points) {
        if (writer.getVerticalPosition(false) - document.bottom() < points) {
            document.newPage();
        }
    }

    private void flush() {
        if (fields != null) {
            fields.setSpacingAfter(4);
            PdfPTable done = fields;
            fields = null;
            add(done);
        }
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("the record could not be laid out", e);
        }
    }

    private static void style(PdfPCell cell) {
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(4);
    }

    private static BaseFont unicodeFont() {
        // OpenPDF's bundled Liberation Sans, embedded: names in any Latin, Greek or Cyrillic script print as written.
        try {
            return BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The protective marking at the top and the footer with the page number on every page. */
    private static final class Marking extends PdfPageEventHelper {
        private static final Font MARK = new Font(Font.HELVETICA, 8, Font.BOLD, BANNER);
        private static final Font FOOT = new Font(TEXT_FONT, 7, Font.NORMAL, INK);
        private final String footer;

        Marking(String footer) {
            this.footer = footer == null ? "" : footer;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float centre = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(MARKING, MARK), centre, document.top() + 22, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(new Chunk(footer, FOOT)), document.left(),
                    document.bottom() - 24, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase("Page " + writer.getPageNumber(), FOOT),
                    document.right(), document.bottom() - 24, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(MARKING, MARK), centre, document.bottom() - 36, 0);
        }
    }
}
