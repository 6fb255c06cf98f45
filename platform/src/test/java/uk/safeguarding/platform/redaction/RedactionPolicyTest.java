package uk.safeguarding.platform.redaction;

import org.junit.jupiter.params.ParameterizedTest;
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
}
