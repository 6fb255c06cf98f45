package uk.safeguarding.platform.redaction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.platform.redaction.DisclosureField.*;

/** The contract's redaction table (section 8), row by row. */
class RedactionPolicyTest {

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(RecipientType.POLICE, PacketPurpose.REFERRAL, EnumSet.of(CHILD_IDENTITY, CONCERN, INDICATORS, INTELLIGENCE, SETTING, REFERRAL, MISSING_EPISODE, LINKED_CRIME_TYPES, EVIDENCE)),
                Arguments.of(RecipientType.LOCAL_AUTHORITY, PacketPurpose.REFERRAL, EnumSet.of(CHILD_IDENTITY, CONCERN, INDICATORS, SETTING, REFERRAL, MISSING_EPISODE, LINKED_CRIME_TYPES, SUPPORT_PLAN)),
                Arguments.of(RecipientType.OFSTED, PacketPurpose.REFERRAL, EnumSet.of(REG40_SUMMARY, REFERRAL)),
                Arguments.of(RecipientType.SPECIALIST_SERVICE, PacketPurpose.REFERRAL, EnumSet.of(CHILD_IDENTITY, CONCERN, REFERRAL)),
                Arguments.of(RecipientType.HEALTH, PacketPurpose.REFERRAL, EnumSet.of(CHILD_IDENTITY, CONCERN, REFERRAL)),
                Arguments.of(RecipientType.SPECIALIST_SERVICE, PacketPurpose.ADVICE, EnumSet.of(ANONYMISED_SUMMARY)),
                Arguments.of(RecipientType.HEALTH, PacketPurpose.ADVICE, EnumSet.of(ANONYMISED_SUMMARY)),
                Arguments.of(RecipientType.SPECIALIST_SERVICE, PacketPurpose.NOTIFICATION, EnumSet.noneOf(DisclosureField.class)),
                Arguments.of(RecipientType.SCHOOL, PacketPurpose.PROMPT, EnumSet.of(CHILD_IDENTITY, UPN, CONCERN, INDICATORS, SETTING, REFERRAL, MISSING_EPISODE, SUPPORT_PLAN)),
                Arguments.of(RecipientType.CHILDRENS_HOME, PacketPurpose.PROMPT, EnumSet.of(CHILD_IDENTITY, CONCERN, INDICATORS, SETTING, REFERRAL, MISSING_EPISODE, SUPPORT_PLAN)),
                Arguments.of(RecipientType.OPS, PacketPurpose.NOTIFICATION, EnumSet.noneOf(DisclosureField.class)));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("table")
    void eachRecipientGetsExactlyItsRow(RecipientType recipient, PacketPurpose purpose, Set<DisclosureField> expected) {
        assertThat(RedactionPolicy.fieldsFor(recipient, purpose)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(RecipientType.class)
    void onlySchoolsEverReceiveTheUpn(RecipientType recipient) {
        for (PacketPurpose purpose : PacketPurpose.values()) {
            assertThat(RedactionPolicy.allows(recipient, purpose, UPN)).isEqualTo(recipient == RecipientType.SCHOOL && purpose != PacketPurpose.ADVICE);
        }
    }

    @ParameterizedTest
    @EnumSource(RecipientType.class)
    void onlyPoliceEverReceiveIntelligence(RecipientType recipient) {
        for (PacketPurpose purpose : PacketPurpose.values()) {
            assertThat(RedactionPolicy.allows(recipient, purpose, INTELLIGENCE)).isEqualTo(recipient == RecipientType.POLICE && purpose != PacketPurpose.ADVICE);
        }
    }

    @ParameterizedTest
    @EnumSource(RecipientType.class)
    void onlyTheSettingAndLocalAuthorityEverReceiveSupportPlans(RecipientType recipient) {
        boolean holder = recipient == RecipientType.LOCAL_AUTHORITY || recipient == RecipientType.SCHOOL
                || recipient == RecipientType.CHILDRENS_HOME;
        for (PacketPurpose purpose : PacketPurpose.values()) {
            assertThat(RedactionPolicy.allows(recipient, purpose, SUPPORT_PLAN)).isEqualTo(holder && purpose != PacketPurpose.ADVICE);
        }
    }

    @ParameterizedTest
    @EnumSource(PacketPurpose.class)
    void ofstedNeverReceivesIdentity(PacketPurpose purpose) {
        assertThat(RedactionPolicy.fieldsFor(RecipientType.OFSTED, purpose)).doesNotContain(CHILD_IDENTITY, UPN, INTELLIGENCE, CONCERN);
    }

    @ParameterizedTest
    @EnumSource(RecipientType.class)
    void adviceIsNeverIdentifiable(RecipientType recipient) {
        assertThat(RedactionPolicy.fieldsFor(recipient, PacketPurpose.ADVICE)).doesNotContain(CHILD_IDENTITY, UPN, SETTING, INTELLIGENCE);
    }

    // ---- the one door for answers: every recipient type x every field ----

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Y: the field reaches that recipient (purpose REFERRAL for agencies, PROMPT for settings, NOTIFICATION for ops). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # field                | POLICE | LOCAL_AUTHORITY | OFSTED | SPECIALIST_SERVICE | HEALTH | SCHOOL | CHILDRENS_HOME | OPS
            id                     | Y      | Y               | Y      | Y                  | Y      | Y      | Y              | Y
            concernId              | Y      | Y               | Y      | Y                  | Y      | Y      | Y              | Y
            agencyOrgId            | Y      | Y               | Y      | Y                  | Y      | Y      | Y              | Y
            settingOrgId           | Y      | Y               | Y      | Y                  | Y      | Y      | Y              | Y
            status                 | Y      | Y               | Y      | Y                  | Y      | Y      | Y              | Y
            riskLevel              | Y      | Y               | Y      | Y                  | Y      | Y      | Y              | Y
            childId                | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            child                  | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            givenName              | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            familyName             | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            dateOfBirth            | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            dateOfBirthEstimated   | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            nhsNumber              | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            lastSeenLocation       | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            circumstances          | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            foundLocation          | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            findings               | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            upn                    | N      | N               | N      | N                  | N      | Y      | N              | N
            summary                | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            note                   | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            responseNote           | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            revokeReason           | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            rationale              | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            reason                 | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            text                   | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            updates                | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            latestUpdate           | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            latestEscalation       | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            anonymisedNarrative    | Y      | Y               | N      | Y                  | Y      | Y      | Y              | N
            intelligence           | Y      | N               | N      | N                  | N      | N      | N              | N
            vehicles               | Y      | N               | N      | N                  | N      | N      | N              | N
            persons                | Y      | N               | N      | N                  | N      | N      | N              | N
            locations              | Y      | N               | N      | N                  | N      | N      | N              | N
            """)
    void everyRecipientTypeByEveryField(String field, String police, String la, String ofsted, String specialist, String health,
                                        String school, String home, String ops) {
        String[] expected = {police, la, ofsted, specialist, health, school, home, ops};
        RecipientType[] recipients = {RecipientType.POLICE, RecipientType.LOCAL_AUTHORITY, RecipientType.OFSTED,
                RecipientType.SPECIALIST_SERVICE, RecipientType.HEALTH, RecipientType.SCHOOL, RecipientType.CHILDRENS_HOME, RecipientType.OPS};
        for (int i = 0; i < recipients.length; i++) {
            RecipientType r = recipients[i];
            PacketPurpose purpose = switch (r) {
                case SCHOOL, CHILDRENS_HOME -> PacketPurpose.PROMPT;
                case OPS -> PacketPurpose.NOTIFICATION;
                default -> PacketPurpose.REFERRAL;
            };
            ObjectNode answer = JSON.createObjectNode().put(field, "x");
            boolean passes = RedactionPolicy.redact(r, purpose, answer).has(field);
            assertThat(passes).as(field + " to " + r).isEqualTo(expected[i].equals("Y"));
            assertThat(RedactionPolicy.passes(r, purpose, field)).isEqualTo(passes);
        }
    }

    @Test
    void everyNamedFieldHasARow() {
        // A field added to the table must be added to the test above too.
        assertThat(RedactionPolicy.ANSWER_FIELDS).hasSize(27);
    }

    @Test
    void redactionReachesNestedObjectsAndArraysAndLeavesTheOriginal() {
        ObjectNode answer = JSON.createObjectNode().put("id", "r1").put("childId", "c1");
        answer.putObject("onwardReferral").put("considered", true).put("rationale", "the DCPO's words").putArray("orgIds").add("LA-801");
        answer.putArray("updates").addObject().put("text", "more");
        answer.putArray("items").addObject().put("childId", "c2").put("status", "SENT");
        ObjectNode forOfsted = RedactionPolicy.redact(RecipientType.OFSTED, PacketPurpose.REFERRAL, answer);
        assertThat(forOfsted.toString()).doesNotContain("c1", "c2", "the DCPO's words", "more").contains("LA-801", "SENT", "r1");
        assertThat(answer.toString()).contains("c1", "the DCPO's words");
    }

    @Test
    void adviceCarriesNoReferenceToTheCase() {
        ObjectNode item = JSON.createObjectNode().put("id", "d1").put("adviceRequestId", "a1").put("concernId", "k1")
                .put("episodeId", "e1").put("childId", "c1").put("settingOrgId", "URN-1");
        ObjectNode forSpecialist = RedactionPolicy.redact(RecipientType.SPECIALIST_SERVICE, PacketPurpose.ADVICE, item);
        assertThat(forSpecialist.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "adviceRequestId");
    }

    @Test
    void aRevokedReferralIsItsIdAgencyStatusAndTimeOnly() {
        ObjectNode view = JSON.createObjectNode().put("id", "r1").put("agencyOrgId", "PF-AVS").put("status", "REVOKED")
                .put("revokedAt", "2026-11-28T09:30:00Z").put("childId", "c1").put("concernId", "k1").put("revokeReason", "x")
                .put("lawfulBasis", "PUBLIC_TASK");
        view.putArray("updates").addObject().put("text", "t");
        assertThat(RedactionPolicy.revoked(view).fieldNames()).toIterable().containsExactly("id", "agencyOrgId", "status", "revokedAt");
    }
}
