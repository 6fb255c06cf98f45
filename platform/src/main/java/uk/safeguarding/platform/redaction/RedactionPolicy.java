package uk.safeguarding.platform.redaction;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
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
 * receive. Every data-owning service builds its packets through it and nothing else.
 */
public final class RedactionPolicy {

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
}
