package uk.safeguarding.notification.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.safeguarding.platform.redaction.DisclosureField;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.platform.redaction.RedactionPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Packets shaped as referral-service and concern-service build them (parts named as theirs), cut
 * by the shared redaction table for the recipient: the data the referral form is laid out from.
 */
public final class FormPackets {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FormPackets() {
    }

    public static List<Packet> forRecipient(UUID referralId, UUID concernId, UUID childId, String agencyOrgId, String agencyName,
                                            RecipientType recipient, boolean active) {
        Set<DisclosureField> allowed = RedactionPolicy.fieldsFor(recipient, PacketPurpose.REFERRAL);
        return List.of(referralPacket(referralId, concernId, agencyOrgId, agencyName, recipient, allowed, active),
                concernPacket(concernId, childId, recipient, allowed));
    }

    static Packet referralPacket(UUID referralId, UUID concernId, String agencyOrgId, String agencyName, RecipientType recipient,
                                 Set<DisclosureField> allowed, boolean active) {
        List<String> fields = new ArrayList<>();
        ObjectNode data = MAPPER.createObjectNode();
        ObjectNode referral = data.putObject("referral");
        fields.add("REFERRAL");
        referral.put("id", referralId.toString());
        referral.put("concernId", concernId.toString());
        referral.put("agencyOrgId", agencyOrgId);
        referral.put("agencyType", recipient == RecipientType.POLICE ? "POLICE_FORCE" : recipient.name());
        referral.put("agencyName", agencyName);
        referral.put("role", recipient == RecipientType.POLICE ? "POLICE" : recipient == RecipientType.OFSTED ? "OFSTED" : "SOCIAL_CARE");
        referral.put("lawfulBasis", recipient == RecipientType.OFSTED ? "LEGAL_OBLIGATION" : "PUBLIC_TASK");
        referral.put("consentStatus", "NOT_SOUGHT");
        referral.put("status", active ? "SENT" : "REVOKED");
        referral.put("dueBy", "2026-11-29T09:30:00Z");
        referral.put("createdAt", "2026-11-28T09:30:00Z");
        if (allowed.contains(DisclosureField.SETTING)) {
            fields.add("SETTING");
            ObjectNode setting = data.putObject("setting");
            setting.put("orgId", "SC-200001");
            setting.put("name", "Oak House Children's Home");
        }
        if (allowed.contains(DisclosureField.REG40_SUMMARY)) {
            fields.add("REG40_SUMMARY");
            ObjectNode notice = data.putObject("reg40");
            notice.put("notice", "REG40_4A_SUSPECTED_CSE");
            ObjectNode home = notice.putObject("home");
            home.put("orgId", "SC-200001");
            home.put("name", "Oak House Children's Home");
            home.put("ofstedUrn", "SC123456");
        }
        return new Packet("REFERRAL", recipient, PacketPurpose.REFERRAL, null, fields, active, data);
    }

    static Packet concernPacket(UUID concernId, UUID childId, RecipientType recipient, Set<DisclosureField> allowed) {
        List<String> fields = new ArrayList<>();
        ObjectNode data = MAPPER.createObjectNode();
        try {
            if (allowed.contains(DisclosureField.CHILD_IDENTITY)) {
                fields.add("CHILD_IDENTITY");
                data.set("child", MAPPER.readTree("""
                        {"givenName":"Amira","familyName":"Okonkwo-Łęcka","dateOfBirth":"2012-03-14","dateOfBirthEstimated":false,
                         "gender":"FEMALE","nhsNumber":"9434765870"}"""));
            }
            if (allowed.contains(DisclosureField.CONCERN)) {
                fields.add("CONCERN");
                data.set("concern", MAPPER.readTree("""
                        {"id":"%s","childId":"%s","observedAt":"2026-11-28T09:30:00Z",
                         "summary":"Seen getting into a silver car with two unknown adult men outside the home at 23:00; returned with a new phone.",
                         "status":"REFERRED","riskScore":11,"riskLevel":"HIGH","professionalRiskLevel":null,"riskModelVersion":"2026.1",
                         "consentAssessment":{"ageAtObservation":14,"legallyCapableOfConsent":false,
                           "potentialOffences":["UNDER_16_SEXUAL_ACTIVITY","PAYING_FOR_SEXUAL_SERVICES_OF_CHILD"],"childProtectionIssue":true},
                         "cseSuspected":true,"raisedBy":"staff.oakhouse@SC-200001",
                         "decisions":[{"id":"%s","outcome":"REFER","rationale":"Significant indicators and potential offences: refer to police and social care today.",
                           "cseSuspected":true,"reviewBy":null,"professionalRiskLevel":null,"riskLevel":"HIGH",
                           "consent":{"status":"NOT_SOUGHT","from":null,"reason":"Seeking consent would place the child at greater risk."},
                           "specialistReferral":null,"overrideRationale":null,"decidedAt":"2026-11-28T10:05:00Z","decidedBy":"dcpo.oakhouse@SC-200001"}],
                         "linkedCrimeTypes":["GROOMING_OFFLINE","ORGANISED_SEXUAL_ABUSE"]}
                        """.formatted(concernId, childId, UUID.randomUUID())));
            }
            if (allowed.contains(DisclosureField.INDICATORS)) {
                fields.add("INDICATORS");
                data.set("indicators", MAPPER.readTree("""
                        [{"code":"BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS","category":"EMOTIONAL_BEHAVIOURAL","description":"Getting in and out of cars driven by unknown adults"},
                         {"code":"INCOME_UNEXPLAINED_POSSESSIONS","category":"INCOME","description":"Unexplained possessions"}]"""));
            }
            if (allowed.contains(DisclosureField.INTELLIGENCE)) {
                fields.add("INTELLIGENCE");
                data.set("intelligence", MAPPER.readTree("""
                        {"vehicles":[{"reg":"AB12CDE","partial":false,"make":"Vauxhall Astra","colour":"silver","seenAt":"2026-11-27T23:00:00Z","unverifiedFormat":false,"format":"CURRENT"}],
                         "persons":[{"name":"Dean","description":"white man, about 30, shaved head"}],
                         "locations":[{"text":"Car park behind the Broadmead shopping centre"}]}"""));
                data.set("evidence", MAPPER.readTree("""
                        [{"kind":"PHONE_OR_DEVICE","description":"Phone the child returned with","preservedAt":"2026-11-28T09:45:00Z","storedWhere":"Manager's safe"}]"""));
            }
            if (allowed.contains(DisclosureField.SETTING)) {
                fields.add("SETTING");
                data.set("setting", MAPPER.readTree("""
                        {"setting":{"orgId":"SC-200001","name":"Oak House Children's Home","type":"CHILDRENS_HOME"},"residence":null,
                         "lookedAfter":true,"placingAuthorityOrgId":"LA-802"}"""));
            }
            if (allowed.contains(DisclosureField.REG40_SUMMARY)) {
                fields.add("REG40_SUMMARY");
                data.set("reg40", MAPPER.readTree("""
                        {"regulation":"Children's Homes (England) Regulations 2015, reg. 40(4)(a)",
                         "home":{"orgId":"SC-200001","name":"Oak House Children's Home","ofstedUrn":"SC123456"},
                         "childAge":14,"childInitials":"A.O.","indicatorCategories":["EMOTIONAL_BEHAVIOURAL","INCOME"],
                         "riskLevel":"HIGH","cseSuspected":true,
                         "actionsTaken":[{"at":"2026-11-28T10:05:00Z","action":"DECISION","detail":"REFER"},
                                         {"at":"2026-11-28T10:06:00Z","action":"REFERRAL","detail":"POLICE PF-AVS"}]}"""));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String type = recipient == RecipientType.OFSTED ? "REG40_4A_SUSPECTED_CSE" : "CONCERN";
        return new Packet(type, recipient, PacketPurpose.REFERRAL,
                allowed.contains(DisclosureField.CHILD_IDENTITY) ? childId : null, fields, true, data);
    }
}
