package uk.safeguarding.referral.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.redaction.DisclosureField;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.platform.redaction.RedactionPolicy;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.referral.domain.ReferralStatus;
import uk.safeguarding.referral.repository.Referral;
import uk.safeguarding.referral.repository.ReferralNote;
import uk.safeguarding.referral.repository.ReferralNoteRepository;
import uk.safeguarding.referral.repository.ReferralRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A referral's packet: its facts for one recipient, through the shared redaction table. */
@ApplicationScoped
public class ReferralPackets {

    private final ReferralRepository referrals;
    private final ReferralNoteRepository notes;
    private final OwnedOrganisationDirectory directory;
    private final ObjectMapper json;

    public ReferralPackets(ReferralRepository referrals, ReferralNoteRepository notes, OwnedOrganisationDirectory directory,
                           ObjectMapper json) {
        this.referrals = referrals;
        this.notes = notes;
        this.directory = directory;
        this.json = json;
    }

    /**
     * The referral's facts for one recipient, through the shared redaction table. A revoked
     * referral discloses nothing more: an inactive packet of its id, agency, status and time.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Packet packet(UUID id, RecipientType recipient) {
        Referral referral = referrals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("referral"));
        if (referral.status == ReferralStatus.REVOKED) {
            ObjectNode facts = json.createObjectNode();
            facts.put("id", referral.id.toString());
            facts.put("agencyOrgId", referral.agencyOrgId);
            facts.put("revokedAt", referral.revokedAt == null ? null : referral.revokedAt.toString());
            ObjectNode data = json.createObjectNode();
            data.set("referral", RedactionPolicy.revoked(facts));
            return new Packet("REFERRAL", recipient, PacketPurpose.REFERRAL, null, List.of(), false, data);
        }
        Set<DisclosureField> allowed = RedactionPolicy.fieldsFor(recipient, PacketPurpose.REFERRAL);
        List<String> disclosed = new ArrayList<>();
        ObjectNode data = json.createObjectNode();
        if (allowed.contains(DisclosureField.REFERRAL)) {
            disclosed.add(DisclosureField.REFERRAL.name());
            ObjectNode facts = data.putObject("referral");
            facts.put("id", referral.id.toString());
            facts.put("concernId", referral.concernId.toString());
            facts.put("agencyOrgId", referral.agencyOrgId);
            facts.put("agencyType", referral.agencyType.name());
            directory.find(referral.agencyOrgId).ifPresent(a -> facts.put("agencyName", a.name()));
            facts.put("role", referral.role.name());
            facts.put("lawfulBasis", referral.lawfulBasis.name());
            facts.put("consentStatus", referral.consentStatus);
            facts.put("status", referral.status.name());
            facts.put("dueBy", referral.dueBy.toString());
            facts.put("createdAt", referral.createdAt.toString());
            if (referral.outcome != null) {
                ObjectNode response = facts.putObject("response");
                response.put("outcome", referral.outcome.name());
                response.put("note", referral.responseNote);
                if (referral.onwardConsidered != null) {
                    ObjectNode onward = response.putObject("onwardReferral");
                    onward.put("considered", referral.onwardConsidered);
                    referral.onwardOrgIdList().forEach(onward.putArray("orgIds")::add);
                    onward.put("rationale", referral.onwardRationale);
                }
            }
            notes.latest(referral.id, ReferralNote.Kind.UPDATE).ifPresent(n -> {
                ObjectNode update = facts.putObject("latestUpdate");
                update.put("note", n.text);
                update.put("at", n.createdAt.toString());
            });
            notes.latest(referral.id, ReferralNote.Kind.ESCALATION).ifPresent(n -> {
                ObjectNode escalation = facts.putObject("latestEscalation");
                escalation.put("reason", n.text);
                escalation.put("at", n.createdAt.toString());
            });
        }
        if (allowed.contains(DisclosureField.SETTING)) {
            disclosed.add(DisclosureField.SETTING.name());
            ObjectNode setting = data.putObject("setting");
            setting.put("orgId", referral.settingOrgId);
            directory.find(referral.settingOrgId).ifPresent(o -> setting.put("name", o.name()));
            if (referral.residenceOrgId != null) {
                ObjectNode residence = data.putObject("residence");
                residence.put("orgId", referral.residenceOrgId);
                directory.find(referral.residenceOrgId).ifPresent(o -> residence.put("name", o.name()));
            }
        }
        if (allowed.contains(DisclosureField.REG40_SUMMARY)) {
            // Reg. 40(4)(a): the home is named to Ofsted by name and URN, the child not at all.
            Optional<Organisation> home = directory.find(referral.settingOrgId).filter(o -> o.type() == OrganisationType.CHILDRENS_HOME)
                    .or(() -> directory.find(referral.residenceOrgId).filter(o -> o.type() == OrganisationType.CHILDRENS_HOME));
            if (home.isPresent()) {
                disclosed.add(DisclosureField.REG40_SUMMARY.name());
                ObjectNode notice = data.putObject("reg40");
                notice.put("notice", "REG40_4A_SUSPECTED_CSE");
                ObjectNode homeNode = notice.putObject("home");
                homeNode.put("orgId", home.get().id());
                homeNode.put("name", home.get().name());
                homeNode.put("ofstedUrn", home.get().ofstedUrn());
            }
        }
        // Free text (notes, reasons, rationales) goes only where the table lets the concern go: the one door.
        ObjectNode redacted = RedactionPolicy.redact(recipient, PacketPurpose.REFERRAL, data);
        UUID childId = RedactionPolicy.allows(recipient, PacketPurpose.REFERRAL, DisclosureField.CHILD_IDENTITY) ? referral.childId : null;
        return new Packet("REFERRAL", recipient, PacketPurpose.REFERRAL, childId, disclosed, true, redacted);
    }
}
