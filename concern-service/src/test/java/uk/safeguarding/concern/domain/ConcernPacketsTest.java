package uk.safeguarding.concern.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What each recipient type gets, and what it never gets, by the shared redaction table. */
class ConcernPacketsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-00000000c417");

    /** Every part carries a marker so a leak is visible in the serialised packet. */
    private static final Map<String, String> MARKERS = Map.of(
            "child", "IDENTITY-Alice-Smith", "upn", "B801200005001", "concern", "CONCERN-summary",
            "indicators", "INDICATOR-codes", "intelligence", "INTEL-AB51ABC", "setting", "SETTING-URN-1",
            "reg40", "REG40-home", "anonymisedSummary", "ANON-summary", "linkedCrimeTypes", "LINKED-GROOMING_ONLINE",
            "evidence", "EVIDENCE-phone");

    static final class FakeSource implements PacketSource {
        final boolean agreed;
        final String upn;
        final Set<String> read = new HashSet<>();

        FakeSource(boolean agreed, String upn) {
            this.agreed = agreed;
            this.upn = upn;
        }

        private Object part(String name) {
            read.add(name);
            return Map.of("marker", MARKERS.get(name));
        }

        @Override public UUID childId() { return CHILD; }
        @Override public Object identity() { return part("child"); }
        @Override public String upn() { read.add("upn"); return upn; }
        @Override public Object concern() { return part("concern"); }
        @Override public Object indicators() { return part("indicators"); }
        @Override public Object intelligence() { return part("intelligence"); }
        @Override public Object setting() { return part("setting"); }
        @Override public Object reg40Summary() { return part("reg40"); }
        @Override public Object anonymisedSummary() { return part("anonymisedSummary"); }
        @Override public boolean specialistReferralAgreed() { return agreed; }
        @Override public Object linkedCrimeTypes() { return part("linkedCrimeTypes"); }
        @Override public Object evidence() { return part("evidence"); }
    }

    @ParameterizedTest(name = "[{index}] {0} for {1} (agreed {2}, upn {3}) → {5}")
    @CsvSource(delimiter = '|', value = {
            // recipient | purpose | specialist agreed | has UPN | packet type | parts | fields disclosed | active | childId
            // procedure 3.5: linked crime types to police and social care, the evidence log to police only
            "POLICE             | REFERRAL     | false | true  | CONCERN                | child concern indicators intelligence setting linkedCrimeTypes evidence | CHILD_IDENTITY CONCERN INDICATORS INTELLIGENCE SETTING LINKED_CRIME_TYPES EVIDENCE | true | true",
            "POLICE             | NOTIFICATION | false | true  | CONCERN                | child concern indicators intelligence setting linkedCrimeTypes evidence | CHILD_IDENTITY CONCERN INDICATORS INTELLIGENCE SETTING LINKED_CRIME_TYPES EVIDENCE | true | true",
            "LOCAL_AUTHORITY    | REFERRAL     | false | true  | CONCERN                | child concern indicators setting linkedCrimeTypes | CHILD_IDENTITY CONCERN INDICATORS SETTING LINKED_CRIME_TYPES | true | true",
            "LOCAL_AUTHORITY    | NOTIFICATION | false | true  | CONCERN                | child concern indicators setting linkedCrimeTypes | CHILD_IDENTITY CONCERN INDICATORS SETTING LINKED_CRIME_TYPES | true | true",
            "OFSTED             | NOTIFICATION | false | true  | REG40_4A_SUSPECTED_CSE | reg40                                         | REG40_SUMMARY                                          | true | false",
            "OFSTED             | REFERRAL     | false | true  | REG40_4A_SUSPECTED_CSE | reg40                                         | REG40_SUMMARY                                          | true | false",
            "SPECIALIST_SERVICE | REFERRAL     | true  | true  | CONCERN                | child concern                                 | CHILD_IDENTITY CONCERN                                 | true | true",
            "HEALTH             | REFERRAL     | true  | true  | CONCERN                | child concern                                 | CHILD_IDENTITY CONCERN                                 | true | true",
            // identity goes to a specialist only with an agreed referral
            "SPECIALIST_SERVICE | REFERRAL     | false | true  | CONCERN                |                                               |                                                        | false | false",
            "HEALTH             | REFERRAL     | false | true  | CONCERN                |                                               |                                                        | false | false",
            "SPECIALIST_SERVICE | NOTIFICATION | true  | true  | CONCERN                |                                               |                                                        | true | false",
            // advice: the anonymised summary only, whoever the specialist
            "SPECIALIST_SERVICE | ADVICE       | false | true  | ADVICE_REQUEST         | anonymisedSummary                             | ANONYMISED_SUMMARY                                     | true | false",
            "HEALTH             | ADVICE       | true  | true  | ADVICE_REQUEST         | anonymisedSummary                             | ANONYMISED_SUMMARY                                     | true | false",
            "POLICE             | ADVICE       | false | true  | ADVICE_REQUEST         |                                               |                                                        | true | false",
            // settings receive prompts; only a school gets the UPN
            "SCHOOL             | PROMPT       | false | true  | CONCERN                | child upn concern indicators setting          | CHILD_IDENTITY UPN CONCERN INDICATORS SETTING          | true | true",
            "SCHOOL             | PROMPT       | false | false | CONCERN                | child concern indicators setting              | CHILD_IDENTITY CONCERN INDICATORS SETTING              | true | true",
            "CHILDRENS_HOME     | PROMPT       | false | true  | CONCERN                | child concern indicators setting              | CHILD_IDENTITY CONCERN INDICATORS SETTING              | true | true",
            "OPS                | NOTIFICATION | false | true  | CONCERN                |                                               |                                                        | true | false",
    })
    void redactedByTheSharedTable(RecipientType recipient, PacketPurpose purpose, boolean agreed, boolean hasUpn, String packetType,
                                  String parts, String fields, boolean active, boolean withChildId) throws Exception {
        FakeSource source = new FakeSource(agreed, hasUpn ? MARKERS.get("upn") : null);
        Packet packet = ConcernPackets.build(recipient, purpose, source, MAPPER);

        List<String> expectedParts = words(parts);
        assertThat(packet.packetType()).isEqualTo(packetType);
        assertThat(packet.recipientType()).isEqualTo(recipient);
        assertThat(packet.purpose()).isEqualTo(purpose);
        assertThat(packet.active()).isEqualTo(active);
        assertThat(packet.childId()).isEqualTo(withChildId ? CHILD : null);
        List<String> keys = new ArrayList<>();
        packet.data().fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrderElementsOf(expectedParts);
        assertThat(packet.fieldsDisclosed()).containsExactlyInAnyOrderElementsOf(words(fields));

        String json = MAPPER.writeValueAsString(packet);
        MARKERS.forEach((part, marker) -> {
            if (expectedParts.contains(part)) {
                assertThat(json).contains(marker);
            } else {
                assertThat(json).as("%s must not reach %s", part, recipient).doesNotContain(marker);
            }
        });
        // a part the recipient may not have is never even read (intelligence is never decrypted for them)
        Set<String> read = new HashSet<>(source.read);
        read.remove("upn");
        Set<String> expectedRead = new HashSet<>(expectedParts);
        expectedRead.remove("upn");
        assertThat(read).isEqualTo(expectedRead);
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }
}
