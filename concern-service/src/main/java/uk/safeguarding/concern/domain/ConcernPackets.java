package uk.safeguarding.concern.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.safeguarding.platform.redaction.DisclosureField;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.platform.redaction.RedactionPolicy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds the packet of a concern for one recipient type, only through the shared redaction
 * table ({@link RedactionPolicy}): a part goes in only when the table allows its field.
 */
public final class ConcernPackets {

    public static final String CONCERN = "CONCERN";
    public static final String REG40 = "REG40_4A_SUSPECTED_CSE";
    public static final String ADVICE_REQUEST = "ADVICE_REQUEST";

    private ConcernPackets() {
    }

    public static String packetType(RecipientType recipient, PacketPurpose purpose) {
        if (recipient == RecipientType.OFSTED) {
            return REG40;
        }
        return purpose == PacketPurpose.ADVICE ? ADVICE_REQUEST : CONCERN;
    }

    /** Nothing for a recipient that may be told nothing more (its referral was revoked): inactive, no child id, no data. */
    public static Packet withdrawn(RecipientType recipient, PacketPurpose purpose, ObjectMapper mapper) {
        return new Packet(packetType(recipient, purpose), recipient, purpose, null, List.of(), false, mapper.createObjectNode());
    }

    public static Packet build(RecipientType recipient, PacketPurpose purpose, PacketSource source, ObjectMapper mapper) {
        Set<DisclosureField> allowed = EnumSet.noneOf(DisclosureField.class);
        allowed.addAll(RedactionPolicy.fieldsFor(recipient, purpose));
        boolean active = true;
        boolean specialist = recipient == RecipientType.SPECIALIST_SERVICE || recipient == RecipientType.HEALTH;
        if (specialist && purpose == PacketPurpose.REFERRAL && !source.specialistReferralAgreed()) {
            // Identity goes to a specialist only with the child's own agreement to a referral to it (procedure 3.4).
            allowed.clear();
            active = false;
        }
        ObjectNode data = mapper.createObjectNode();
        List<String> disclosed = new ArrayList<>();
        put(data, disclosed, allowed, DisclosureField.CHILD_IDENTITY, "child", source::identity, mapper);
        put(data, disclosed, allowed, DisclosureField.UPN, "upn", source::upn, mapper);
        put(data, disclosed, allowed, DisclosureField.CONCERN, "concern", source::concern, mapper);
        put(data, disclosed, allowed, DisclosureField.INDICATORS, "indicators", source::indicators, mapper);
        put(data, disclosed, allowed, DisclosureField.INTELLIGENCE, "intelligence", source::intelligence, mapper);
        put(data, disclosed, allowed, DisclosureField.SETTING, "setting", source::setting, mapper);
        put(data, disclosed, allowed, DisclosureField.REG40_SUMMARY, "reg40", source::reg40Summary, mapper);
        put(data, disclosed, allowed, DisclosureField.ANONYMISED_SUMMARY, "anonymisedSummary", source::anonymisedSummary, mapper);
        put(data, disclosed, allowed, DisclosureField.LINKED_CRIME_TYPES, "linkedCrimeTypes", source::linkedCrimeTypes, mapper);
        put(data, disclosed, allowed, DisclosureField.EVIDENCE, "evidence", source::evidence, mapper);
        return new Packet(packetType(recipient, purpose), recipient, purpose,
                allowed.contains(DisclosureField.CHILD_IDENTITY) ? source.childId() : null,
                List.copyOf(disclosed), active, data);
    }

    private static void put(ObjectNode data, List<String> disclosed, Set<DisclosureField> allowed, DisclosureField field,
                            String name, Supplier<Object> part, ObjectMapper mapper) {
        if (!allowed.contains(field)) {
            return;
        }
        Object value = part.get();
        if (value == null) {
            return;
        }
        data.set(name, mapper.valueToTree(value));
        disclosed.add(field.name());
    }
}
