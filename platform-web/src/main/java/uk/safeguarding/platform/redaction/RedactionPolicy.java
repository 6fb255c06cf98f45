package uk.safeguarding.platform.redaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static uk.safeguarding.platform.redaction.DisclosureField.ANONYMISED_SUMMARY;
import static uk.safeguarding.platform.redaction.DisclosureField.CHILD_IDENTITY;
import static uk.safeguarding.platform.redaction.DisclosureField.CONCERN;
import static uk.safeguarding.platform.redaction.DisclosureField.EVIDENCE;
import static uk.safeguarding.platform.redaction.DisclosureField.INDICATORS;
import static uk.safeguarding.platform.redaction.DisclosureField.INTELLIGENCE;
import static uk.safeguarding.platform.redaction.DisclosureField.LINKED_CRIME_TYPES;
import static uk.safeguarding.platform.redaction.DisclosureField.MISSING_EPISODE;
import static uk.safeguarding.platform.redaction.DisclosureField.REFERRAL;
import static uk.safeguarding.platform.redaction.DisclosureField.REG40_SUMMARY;
import static uk.safeguarding.platform.redaction.DisclosureField.SETTING;
import static uk.safeguarding.platform.redaction.DisclosureField.SUPPORT_PLAN;
import static uk.safeguarding.platform.redaction.DisclosureField.UPN;

/**
 * The shared redaction table of the contract (section 8): what each recipient type may
 * receive. Every data-owning service builds its packets through it and nothing else, and every
 * answer that goes to an agency (a read, a list item, the answer to its own action, an inbox
 * item, a packet) leaves through {@link #redact}: the one door. A revoked referral leaves
 * through {@link #revoked} (contract section 6: {@code {id, agencyOrgId, status, revokedAt}}).
 */
public final class RedactionPolicy {

    /**
     * The JSON fields of an answer that disclose something, by the group they belong to. A field
     * not named here carries no personal data (ids of records and organisations, codes, levels,
     * statuses, times) and passes; a named one passes only when the recipient's row holds its group.
     * Nested objects and arrays are judged by the same names.
     */
    static final Map<String, DisclosureField> ANSWER_FIELDS = Map.ofEntries(
            // who the child is
            Map.entry("childId", CHILD_IDENTITY),
            Map.entry("child", CHILD_IDENTITY),
            Map.entry("givenName", CHILD_IDENTITY),
            Map.entry("familyName", CHILD_IDENTITY),
            Map.entry("dateOfBirth", CHILD_IDENTITY),
            Map.entry("dateOfBirthEstimated", CHILD_IDENTITY),
            Map.entry("nhsNumber", CHILD_IDENTITY),
            // free text about the child and where it was (missing episodes): for those who may know who the child is
            Map.entry("lastSeenLocation", CHILD_IDENTITY),
            Map.entry("circumstances", CHILD_IDENTITY),
            Map.entry("foundLocation", CHILD_IDENTITY),
            Map.entry("findings", CHILD_IDENTITY),
            Map.entry("upn", UPN),
            // the free text of the setting and of the agencies: part of the concern
            Map.entry("summary", CONCERN),
            Map.entry("note", CONCERN),
            Map.entry("responseNote", CONCERN),
            Map.entry("revokeReason", CONCERN),
            Map.entry("rationale", CONCERN),
            Map.entry("reason", CONCERN),
            Map.entry("text", CONCERN),
            Map.entry("updates", CONCERN),
            Map.entry("latestUpdate", CONCERN),
            Map.entry("latestEscalation", CONCERN),
            Map.entry("anonymisedNarrative", CONCERN),
            Map.entry("intelligence", INTELLIGENCE),
            Map.entry("vehicles", INTELLIGENCE),
            Map.entry("persons", INTELLIGENCE),
            Map.entry("locations", INTELLIGENCE));

    /** The ids of a child's case: withheld where only the anonymised summary may go (advice, procedure 3.1). */
    static final Set<String> CASE_REFERENCES = Set.of("concernId", "episodeId", "settingOrgId", "residenceOrgId");

    /** All an addressed agency ever sees of a revoked referral (contract section 6). */
    public static final List<String> REVOKED_FIELDS = List.of("id", "agencyOrgId", "status", "revokedAt");

    private static final Map<RecipientType, Set<DisclosureField>> TABLE = new EnumMap<>(RecipientType.class);

    static {
        TABLE.put(RecipientType.POLICE, EnumSet.of(CHILD_IDENTITY, CONCERN, INDICATORS, INTELLIGENCE, SETTING, REFERRAL, MISSING_EPISODE));
        TABLE.put(RecipientType.LOCAL_AUTHORITY, EnumSet.of(CHILD_IDENTITY, CONCERN, INDICATORS, SETTING, REFERRAL, MISSING_EPISODE));
        TABLE.put(RecipientType.OFSTED, EnumSet.of(REG40_SUMMARY, REFERRAL));
        // Specialists: identity and concern only with an agreed referral (see fieldsFor).
        TABLE.put(RecipientType.SPECIALIST_SERVICE, EnumSet.of(CHILD_IDENTITY, CONCERN, REFERRAL));
        TABLE.put(RecipientType.HEALTH, EnumSet.of(CHILD_IDENTITY, CONCERN, REFERRAL));
        // A setting receives prompts about its own children; only schools hold the UPN.
        TABLE.put(RecipientType.SCHOOL, EnumSet.of(CHILD_IDENTITY, UPN, CONCERN, INDICATORS, SETTING, REFERRAL, MISSING_EPISODE));
        TABLE.put(RecipientType.CHILDRENS_HOME, EnumSet.of(CHILD_IDENTITY, CONCERN, INDICATORS, SETTING, REFERRAL, MISSING_EPISODE));
        TABLE.put(RecipientType.OPS, EnumSet.noneOf(DisclosureField.class));
        // Procedure 3.5: linked crime types to police and social care; the evidence log to police only.
        TABLE.get(RecipientType.POLICE).addAll(EnumSet.of(LINKED_CRIME_TYPES, EVIDENCE));
        TABLE.get(RecipientType.LOCAL_AUTHORITY).add(LINKED_CRIME_TYPES);
        // Procedure 3.4: a support plan's services and dates to the setting's DCPO and the local authority only.
        for (RecipientType planHolder : EnumSet.of(RecipientType.LOCAL_AUTHORITY, RecipientType.SCHOOL, RecipientType.CHILDRENS_HOME)) {
            TABLE.get(planHolder).add(SUPPORT_PLAN);
        }
    }

    private RedactionPolicy() {
    }

    /** What the recipient may receive for this purpose. */
    public static Set<DisclosureField> fieldsFor(RecipientType recipient, PacketPurpose purpose) {
        boolean specialist = recipient == RecipientType.SPECIALIST_SERVICE || recipient == RecipientType.HEALTH;
        if (purpose == PacketPurpose.ADVICE) {
            // Advice is sought without identifiable information (procedure 3.1), whoever asks.
            return specialist ? EnumSet.of(ANONYMISED_SUMMARY) : EnumSet.noneOf(DisclosureField.class);
        }
        if (specialist && purpose != PacketPurpose.REFERRAL) {
            return EnumSet.noneOf(DisclosureField.class);
        }
        return EnumSet.copyOf(TABLE.get(recipient));
    }

    public static boolean allows(RecipientType recipient, PacketPurpose purpose, DisclosureField field) {
        return fieldsFor(recipient, purpose).contains(field);
    }

    /** The group a field of an answer discloses; empty for a field that carries no personal data. */
    public static Optional<DisclosureField> groupOf(String jsonField) {
        return Optional.ofNullable(ANSWER_FIELDS.get(jsonField));
    }

    /** Whether a field of an answer may reach the recipient. */
    public static boolean passes(RecipientType recipient, PacketPurpose purpose, String jsonField) {
        Set<DisclosureField> allowed = fieldsFor(recipient, purpose);
        if (CASE_REFERENCES.contains(jsonField) && !allowed.contains(CONCERN) && allowed.contains(ANONYMISED_SUMMARY)) {
            return false;
        }
        return groupOf(jsonField).map(allowed::contains).orElse(true);
    }

    /**
     * An answer for the recipient: a copy of {@code answer} without every field (at any depth)
     * the recipient's row does not hold. The one door every agency-facing answer leaves through.
     */
    public static ObjectNode redact(RecipientType recipient, PacketPurpose purpose, ObjectNode answer) {
        ObjectNode copy = answer.deepCopy();
        strip(copy, recipient, purpose);
        return copy;
    }

    /** What an addressed agency sees of a revoked referral: {@link #REVOKED_FIELDS} and nothing else. */
    public static ObjectNode revoked(ObjectNode answer) {
        ObjectNode minimal = answer.objectNode();
        for (String field : REVOKED_FIELDS) {
            JsonNode value = answer.get(field);
            if (value != null && !value.isNull()) {
                minimal.set(field, value.deepCopy());
            }
        }
        minimal.put("status", "REVOKED");
        return minimal;
    }

    private static void strip(JsonNode node, RecipientType recipient, PacketPurpose purpose) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!passes(recipient, purpose, field.getKey())) {
                    it.remove();
                } else {
                    strip(field.getValue(), recipient, purpose);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> strip(element, recipient, purpose));
        }
    }
}
