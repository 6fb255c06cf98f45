package uk.safeguarding.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.safeguarding.notification.client.PacketClient;
import uk.safeguarding.notification.client.PacketClient.Owner;
import uk.safeguarding.notification.client.PacketClient.PacketRequest;
import uk.safeguarding.notification.domain.DisclosureAction;
import uk.safeguarding.notification.domain.ReferralForm;
import uk.safeguarding.notification.repository.ReferralLink;
import uk.safeguarding.notification.repository.ReferralLinkRepository;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.directory.OrganisationDirectory;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.platform.security.Role;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The multi-agency referral form (contract 12): the very packets the addressed agency receives
 * (fetched from their owners now, as at every send), laid out as a PDF. The agency's download is
 * a disclosure in the log; the referring DCPO sees what the agency was sent, which discloses
 * nothing new. Anyone else, and the agency once the referral is revoked: 404.
 */
@ApplicationScoped
public class FormService {

    private static final Logger LOG = Logger.getLogger(FormService.class);
    static final Role[] AGENCY_ROLES = {Role.SOCIAL_WORKER, Role.POLICE, Role.OFSTED_INSPECTOR, Role.SPECIALIST};

    private final ReferralLinkRepository links;
    private final OrganisationDirectory directory;
    private final PacketClient packets;
    private final DisclosureLog disclosureLog;

    public FormService(ReferralLinkRepository links, OrganisationDirectory directory, PacketClient packets, DisclosureLog disclosureLog) {
        this.links = links;
        this.directory = directory;
        this.packets = packets;
        this.disclosureLog = disclosureLog;
    }

    public byte[] form(UUID referralId, Caller caller) {
        ReferralLink link = QuarkusTransaction.joiningExisting().call(() -> links.findById(referralId));
        if (link == null) {
            throw ProblemException.notFound("referral");
        }
        boolean agency = caller.isOwnOrg(link.agencyOrgId) && caller.actsAny(AGENCY_ROLES);
        boolean referrer = caller.acts(Role.DCPO) && caller.isOwnOrg(link.settingOrgId);
        if (!agency && !referrer) {
            throw ProblemException.notFound("referral");
        }
        if (agency && link.revoked) {
            // A revoked referral discloses nothing more.
            throw ProblemException.notFound("referral");
        }
        RecipientType recipient = recipientType(link).orElseThrow(() -> ProblemException.notFound("referral"));
        List<Packet> fetched;
        try {
            fetched = packets.fetchAll(List.of(
                    new PacketRequest(Owner.REFERRAL, link.referralId, recipient, PacketPurpose.REFERRAL, null),
                    new PacketRequest(Owner.CONCERN, link.concernId, recipient, PacketPurpose.REFERRAL, null)));
        } catch (PacketClient.PacketUnavailable e) {
            LOG.warnf("form of referral %s: %s", referralId, e.getMessage());
            if (e.status() == 404) {
                throw ProblemException.notFound("referral");
            }
            throw new ProblemException(503, "Service unavailable", "the referral's records cannot be read just now; try again",
                    List.of(), Map.of("Retry-After", "30"));
        }
        boolean withdrawn = fetched.stream().anyMatch(p -> !p.active());
        if (agency && withdrawn) {
            throw ProblemException.notFound("referral");
        }
        String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        String banner = withdrawn || link.revoked ? "REVOKED: this referral was withdrawn; the agency can no longer read it" : null;
        byte[] pdf = ReferralForm.render(fetched, recipient, banner, now);
        if (agency) {
            String downloadId = "form:" + UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> {
                for (Packet p : fetched) {
                    disclosureLog.append(new DisclosureLog.Disclosure(p.childId() != null ? p.childId() : link.childId,
                            link.agencyOrgId, downloadId, null, DisclosureAction.FORM_DOWNLOADED,
                            p.packetType() == null ? "UNKNOWN" : p.packetType(), p.fieldsDisclosed(), link.lawfulBasis,
                            link.consentStatus));
                }
            });
            LOG.infof("referral %s form downloaded by %s", referralId, link.agencyOrgId);
        }
        return pdf;
    }

    private Optional<RecipientType> recipientType(ReferralLink link) {
        Optional<OrganisationType> type = directory.find(link.agencyOrgId).map(Organisation::type);
        if (type.isEmpty() && link.agencyType != null) {
            try {
                type = Optional.of(OrganisationType.valueOf(link.agencyType));
            } catch (IllegalArgumentException e) {
                type = Optional.empty();
            }
        }
        return type.map(RecipientType::of);
    }
}
