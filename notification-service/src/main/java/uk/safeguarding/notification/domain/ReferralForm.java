package uk.safeguarding.notification.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import uk.safeguarding.pdf.RecordPdf;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.RecipientType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The multi-agency referral form (procedure: "use flowcharts and additional forms") laid out from
 * the very packets the agency receives: nothing is looked up besides them, so the form can hold
 * no more than the shared redaction table gave that agency. Ofsted's form is the reg. 40(4)(a)
 * notice. A part a newer packet carries and this layout does not name (e.g. linked crime types,
 * the evidence log) is still printed, generically, in its own section.
 */
public final class ReferralForm {

    /** The packet parts laid out by name; anything else goes to a generic section. */
    private static final Set<String> LAID_OUT = Set.of("referral", "setting", "residence", "reg40", "child", "upn", "concern",
            "indicators", "intelligence", "id");

    private ReferralForm() {
    }

    /**
     * @param packets   the referral's packet and the concern's packet, as fetched for the agency
     * @param recipient the agency's recipient type (the key of the redaction table)
     * @param banner    a line printed first (e.g. the referral is revoked), or null
     */
    public static byte[] render(List<Packet> packets, RecipientType recipient, String banner, String generatedAt) {
        JsonNode referralPart = part(packets, "referral");
        JsonNode referral = referralPart.path("referral");
        String agency = text(referral, "agencyName") != null ? text(referral, "agencyName") + " (" + text(referral, "agencyOrgId") + ")"
                : text(referral, "agencyOrgId");
        String footer = "Referral " + text(referral, "id") + " · rendered " + RecordPdf.when(generatedAt) + " from the packet sent to " + agency;
        RecordPdf pdf;
        if (recipient == RecipientType.OFSTED) {
            pdf = RecordPdf.create("Notification to Ofsted: regulation 40(4)(a)",
                    "Children's Homes (England) Regulations 2015 — an incident in which a child is suspected of having been "
                            + "sexually exploited. To: " + agency, footer);
            banner(pdf, banner);
            referral(pdf, referral);
            reg40(pdf, packets);
        } else {
            pdf = RecordPdf.create("Multi-agency referral form: child sexual exploitation",
                    "To: " + agency + " · " + label(text(referral, "role")), footer);
            banner(pdf, banner);
            referral(pdf, referral);
            child(pdf, packets);
            setting(pdf, packets);
            concern(pdf, packets);
            consent(pdf, packets);
            decision(pdf, packets);
            if (has(packets, "intelligence")) {
                intelligence(pdf, part(packets, "intelligence").path("intelligence"));
            }
            others(pdf, packets);
        }
        pdf.note("Fields disclosed to this recipient (" + RecordPdf.code(recipient.name()) + "): " + fields(packets)
                + ". This form holds what the shared redaction table allows for the recipient, no more.");
        return pdf.finish();
    }

    private static void reg40(RecordPdf pdf, List<Packet> packets) {
        // The concern's packet holds the notice's content; the referral's names the notice and the home.
        JsonNode notice = MissingNode.getInstance();
        JsonNode referralNotice = null;
        for (Packet p : packets) {
            JsonNode r = p.data() == null ? MissingNode.getInstance() : p.data().path("reg40");
            if (r.has("notice")) {
                referralNotice = r;
            } else if (r.isObject()) {
                notice = r;
            }
        }
        JsonNode home = notice.path("home").isObject() ? notice.path("home")
                : referralNotice != null ? referralNotice.path("home") : MissingNode.getInstance();
        pdf.section("The home");
        pdf.field("Children's home", text(home, "name"));
        pdf.field("Ofsted URN", text(home, "ofstedUrn"));
        pdf.field("Organisation id", text(home, "orgId"));
        pdf.section("The child (minimised)");
        pdf.field("Age", text(notice, "childAge"));
        pdf.field("Initials", text(notice, "childInitials"));
        pdf.note("Ofsted receives no name, date of birth, identifier or free text of the setting.");
        pdf.section("The incident");
        pdf.field("Notice", RecordPdf.code(referralNotice != null ? text(referralNotice, "notice") : "REG40_4A_SUSPECTED_CSE"));
        pdf.field("Regulation", text(notice, "regulation"));
        pdf.field("Indicator categories", RecordPdf.value("indicatorCategories", notice.path("indicatorCategories")));
        pdf.field("Risk level", code(notice, "riskLevel"));
        pdf.field("Child sexual exploitation suspected", RecordPdf.text(notice.get("cseSuspected")));
        pdf.section("Actions taken");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode a : notice.path("actionsTaken")) {
            rows.add(List.of(nz(text(a, "at")), nz(code(a, "action")), nz(detail(text(a, "detail")))));
        }
        pdf.table(List.of("When", "Action", "Detail"), rows, 30, 20, 50);
        pdf.json(notice, Set.of("regulation", "home", "childAge", "childInitials", "indicatorCategories", "riskLevel",
                "cseSuspected", "actionsTaken"));
    }

    private static void child(RecordPdf pdf, List<Packet> packets) {
        JsonNode data = part(packets, "child");
        JsonNode child = data.path("child");
        pdf.section("The child");
        if (child.isMissingNode()) {
            pdf.note("Not disclosed to this recipient.");
            return;
        }
        pdf.field("Name", join(text(child, "givenName"), text(child, "familyName")));
        String dob = text(child, "dateOfBirth");
        pdf.field("Date of birth", dob == null ? null : dob + (child.path("dateOfBirthEstimated").asBoolean() ? " (estimated: treated as a child)" : ""));
        pdf.field("Gender", code(child, "gender"));
        pdf.field("NHS number", text(child, "nhsNumber"));
        if (data.hasNonNull("upn")) {
            pdf.field("Unique pupil number", data.get("upn").asText());
        }
        JsonNode concern = part(packets, "concern").path("concern");
        if (concern.has("consentAssessment")) {
            pdf.field("Age when observed", text(concern.path("consentAssessment"), "ageAtObservation"));
        }
        pdf.json(child, Set.of("givenName", "familyName", "dateOfBirth", "dateOfBirthEstimated", "gender", "nhsNumber"));
    }

    private static void setting(RecordPdf pdf, List<Packet> packets) {
        // The concern's packet holds the full part {setting, residence, lookedAfter, ...}; the referral's names the orgs.
        JsonNode part = MissingNode.getInstance();
        JsonNode brief = MissingNode.getInstance();
        for (Packet p : packets) {
            JsonNode s = p.data() == null ? MissingNode.getInstance() : p.data().path("setting");
            if (s.has("setting")) {
                part = s;
            } else if (s.has("orgId")) {
                brief = p.data();
            }
        }
        pdf.section("The setting");
        JsonNode setting = part.path("setting").isObject() ? part.path("setting") : brief.path("setting");
        if (setting.isMissingNode()) {
            pdf.note("Not disclosed to this recipient.");
            return;
        }
        pdf.field("Setting", org(setting));
        JsonNode residence = part.path("residence").isObject() ? part.path("residence") : brief.path("residence");
        if (residence.isObject()) {
            pdf.field("Lives at", org(residence));
        }
        if (part.has("lookedAfter")) {
            pdf.field("Looked after", RecordPdf.text(part.get("lookedAfter")));
            pdf.field("Placing authority", text(part, "placingAuthorityOrgId"));
        }
        pdf.json(part, Set.of("setting", "residence", "lookedAfter", "placingAuthorityOrgId"));
    }

    private static void concern(RecordPdf pdf, List<Packet> packets) {
        JsonNode concern = part(packets, "concern").path("concern");
        pdf.section("The concern and indicators");
        if (concern.isMissingNode()) {
            pdf.note("Not disclosed to this recipient.");
        } else {
            pdf.field("Observed", text(concern, "observedAt"));
            pdf.field("What was seen or heard", text(concern, "summary"));
            pdf.field("Raised by", raisedBy(text(concern, "raisedBy")));
            pdf.field("Status", code(concern, "status"));
            pdf.field("Risk screening", code(concern, "riskLevel") + " (score " + text(concern, "riskScore") + ", risk model "
                    + text(concern, "riskModelVersion") + ")");
            if (concern.hasNonNull("professionalRiskLevel")) {
                pdf.field("DCPO's professional judgement", code(concern, "professionalRiskLevel"));
            }
            pdf.field("Child sexual exploitation suspected", RecordPdf.text(concern.get("cseSuspected")));
            pdf.json(concern, Set.of("id", "childId", "observedAt", "summary", "raisedBy", "status", "riskLevel", "riskScore",
                    "riskModelVersion", "professionalRiskLevel", "cseSuspected", "consentAssessment", "decisions"));
        }
        JsonNode indicators = part(packets, "indicators").path("indicators");
        if (!indicators.isMissingNode()) {
            pdf.subsection("Indicators");
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode i : indicators) {
                String description = text(i, "description");
                rows.add(List.of(nz(code(i, "category")), nz(description != null ? description : RecordPdf.code(text(i, "code"))),
                        nz(text(i, "code"))));
            }
            // The catalogue's code stays as it is: agencies match it against their own systems.
            pdf.table(List.of("Category", "Indicator", "Code"), rows, 22, 38, 40);
        }
    }

    private static void consent(RecordPdf pdf, List<Packet> packets) {
        JsonNode assessment = part(packets, "concern").path("concern").path("consentAssessment");
        pdf.section("Consent in law");
        if (assessment.isMissingNode()) {
            pdf.note("Not disclosed to this recipient.");
            return;
        }
        pdf.field("Age when observed", text(assessment, "ageAtObservation"));
        pdf.field("Legally capable of consent", RecordPdf.text(assessment.get("legallyCapableOfConsent")));
        pdf.field("Potential offences", RecordPdf.value("potentialOffences", assessment.path("potentialOffences")));
        pdf.field("Child protection issue (under 18)", RecordPdf.text(assessment.get("childProtectionIssue")));
        pdf.json(assessment, Set.of("ageAtObservation", "legallyCapableOfConsent", "potentialOffences", "childProtectionIssue"));
    }

    private static void decision(RecordPdf pdf, List<Packet> packets) {
        JsonNode decisions = part(packets, "concern").path("concern").path("decisions");
        pdf.section("The decision and rationale");
        if (decisions.isMissingNode() || decisions.isEmpty()) {
            pdf.note(decisions.isMissingNode() ? "Not disclosed to this recipient." : "No decision recorded.");
            return;
        }
        for (JsonNode d : decisions) {
            pdf.subsection(code(d, "outcome") + " — " + text(d, "decidedAt"));
            pdf.field("Outcome", code(d, "outcome"));
            pdf.field("Rationale", text(d, "rationale"));
            JsonNode consent = d.path("consent");
            pdf.field("Consent to share", join(code(consent, "status"),
                    consent.hasNonNull("from") ? "from the " + code(consent, "from").toLowerCase(java.util.Locale.ROOT) : null));
            if (consent.hasNonNull("reason")) {
                pdf.field("Why shared without consent", text(consent, "reason"));
            }
            if (d.hasNonNull("overrideRationale")) {
                pdf.field("Override rationale", text(d, "overrideRationale"));
            }
            if (d.hasNonNull("reviewBy")) {
                pdf.field("Review by", text(d, "reviewBy"));
            }
            pdf.field("Decided by", text(d, "decidedBy"));
            pdf.json(d, Set.of("id", "outcome", "rationale", "consent", "overrideRationale", "reviewBy", "decidedBy", "decidedAt"));
        }
    }

    private static void intelligence(RecordPdf pdf, JsonNode intelligence) {
        pdf.section("Intelligence (police only)");
        List<List<String>> vehicles = new ArrayList<>();
        for (JsonNode v : intelligence.path("vehicles")) {
            String reg = text(v, "reg");
            String flags = v.path("partial").asBoolean() ? "partial" : v.path("unverifiedFormat").asBoolean() ? "unverified format" : code(v, "format");
            vehicles.add(List.of(nz(reg), nz(flags), nz(join(text(v, "colour"), text(v, "make"))), nz(text(v, "seenAt"))));
        }
        pdf.subsection("Vehicles");
        pdf.table(List.of("Registration", "Format", "Colour and make", "Seen"), vehicles, 20, 20, 30, 30);
        List<List<String>> persons = new ArrayList<>();
        for (JsonNode p : intelligence.path("persons")) {
            persons.add(List.of(nz(text(p, "name")), nz(text(p, "description"))));
        }
        pdf.subsection("Persons");
        pdf.table(List.of("Name", "Description"), persons);
        List<List<String>> locations = new ArrayList<>();
        for (JsonNode l : intelligence.path("locations")) {
            locations.add(List.of(nz(l.isTextual() ? l.asText() : text(l, "text"))));
        }
        pdf.subsection("Locations");
        pdf.table(List.of("Location"), locations);
        pdf.json(intelligence, Set.of("vehicles", "persons", "locations"));
    }

    /** Parts this layout has no named place for (e.g. linkedCrimeTypes, evidence): printed generically, never dropped. */
    private static void others(RecordPdf pdf, List<Packet> packets) {
        Set<String> seen = new LinkedHashSet<>();
        for (Packet p : packets) {
            if (p.data() == null) {
                continue;
            }
            p.data().fieldNames().forEachRemaining(name -> {
                if (!LAID_OUT.contains(name) && seen.add(name)) {
                    pdf.section(RecordPdf.label(name));
                    JsonNode value = p.data().get(name);
                    if (value.isObject() || (value.isArray() && value.size() > 0 && value.get(0).isObject())) {
                        pdf.json(value);
                    } else {
                        pdf.field(RecordPdf.label(name), RecordPdf.value(name, value));
                    }
                }
            });
        }
    }

    private static void referral(RecordPdf pdf, JsonNode referral) {
        pdf.section("The referral");
        pdf.field("Referral id", text(referral, "id"));
        pdf.field("To", text(referral, "agencyName") == null ? text(referral, "agencyOrgId")
                : text(referral, "agencyName") + " (" + text(referral, "agencyOrgId") + ")");
        pdf.field("Lawful basis", code(referral, "lawfulBasis"));
        pdf.field("Consent status", code(referral, "consentStatus"));
        pdf.field("Status", code(referral, "status"));
        pdf.field("Made", text(referral, "createdAt"));
        pdf.field("Response due by", text(referral, "dueBy"));
        pdf.json(referral, Set.of("id", "concernId", "agencyName", "agencyOrgId", "agencyType", "role", "lawfulBasis",
                "consentStatus", "status", "createdAt", "dueBy"));
    }

    private static void banner(RecordPdf pdf, String banner) {
        if (banner != null) {
            pdf.banner(banner);
        }
    }

    /** The data of the first packet that holds the part. */
    private static JsonNode part(List<Packet> packets, String name) {
        for (Packet p : packets) {
            if (p.data() != null && p.data().has(name)) {
                return p.data();
            }
        }
        return MissingNode.getInstance();
    }

    private static boolean has(List<Packet> packets, String name) {
        return !part(packets, name).isMissingNode();
    }

    private static String fields(List<Packet> packets) {
        Set<String> all = new LinkedHashSet<>();
        packets.forEach(p -> p.fieldsDisclosed().forEach(f -> all.add(RecordPdf.code(f))));
        return String.join(", ", all);
    }

    private static String org(JsonNode org) {
        String name = text(org, "name");
        String id = text(org, "orgId");
        return name == null ? id : name + " (" + id + ")" + (org.hasNonNull("type") ? ", " + code(org, "type").toLowerCase(java.util.Locale.ROOT) : "");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : RecordPdf.text(v);
    }

    /** A code field of the packet in words ("LEGAL_OBLIGATION" → "Legal obligation"). */
    private static String code(JsonNode node, String field) {
        return RecordPdf.code(text(node, field));
    }

    /** An action's detail, "SOCIAL_CARE LA-801" → "Social care: LA-801"; "REFER" → "Refer". */
    private static String detail(String detail) {
        if (detail == null) {
            return null;
        }
        int space = detail.indexOf(' ');
        return space < 0 ? RecordPdf.code(detail) : RecordPdf.code(detail.substring(0, space)) + ": " + detail.substring(space + 1);
    }

    private static String raisedBy(String raisedBy) {
        return raisedBy == null ? null : switch (raisedBy) {
            case "staff" -> "Staff of the setting";
            case "mis" -> "The school's MIS, for the person named";
            case "system" -> "The platform: a pattern of missing episodes";
            default -> raisedBy;
        };
    }

    private static String label(String code) {
        return code == null ? "" : RecordPdf.code(code);
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
