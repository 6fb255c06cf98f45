package uk.safeguarding.missing.service;

import uk.safeguarding.platform.time.Clocks;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.missing.config.MissingConfig;
import uk.safeguarding.missing.domain.ReturnInterviewDeadline;
import uk.safeguarding.missing.mapping.EpisodeMapper;
import uk.safeguarding.missing.repository.MissingEpisode;
import uk.safeguarding.missing.repository.MissingEpisodeRepository;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.redaction.DisclosureField;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.platform.redaction.RedactionPolicy;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The packet notification-service fetches at send time, redacted by the shared table for the
 * recipient type: the episode's facts (times, grade, status, flags) for holders of MISSING_EPISODE;
 * of those, circumstances, places and interview findings only for holders of CHILD_IDENTITY; the setting only
 * for holders of SETTING. Never a name (the reporter's or the interviewer's) and never the UPN,
 * which this service does not hold.
 */
@ApplicationScoped
public class EpisodePackets {

    public static final String PACKET_TYPE = "MISSING_EPISODE";

    private final MissingEpisodeRepository episodes;
    private final ObjectMapper json;
    private final ReturnInterviewDeadline deadline;
    private final Clock clock;

    public EpisodePackets(MissingEpisodeRepository episodes, ObjectMapper json, MissingConfig config, Clock clock) {
        this.episodes = episodes;
        this.json = json;
        this.deadline = new ReturnInterviewDeadline(config.interviewDeadline());
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Packet packet(UUID id, RecipientType recipient) {
        MissingEpisode e = episodes.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("missing episode"));
        return packet(e, recipient, Clocks.now(clock));
    }

    Packet packet(MissingEpisode e, RecipientType recipient, OffsetDateTime now) {
        Set<DisclosureField> allowed = RedactionPolicy.fieldsFor(recipient, PacketPurpose.NOTIFICATION);
        ObjectNode data = json.createObjectNode();
        List<String> disclosed = new ArrayList<>();
        if (!allowed.contains(DisclosureField.MISSING_EPISODE)) {
            // Nothing of a missing episode may go to this recipient: the delivery is to be cancelled.
            return new Packet(PACKET_TYPE, recipient, PacketPurpose.NOTIFICATION, e.childId, List.of(), false, data);
        }
        disclosed.add(DisclosureField.MISSING_EPISODE.name());
        data.put("episodeId", e.id.toString());
        data.put("status", e.status.name());
        data.put("riskGrade", e.riskGrade.name());
        data.put("pendingLink", e.pendingLink);
        data.put("lookedAfter", e.lookedAfter);
        data.put("lastSeenAt", e.lastSeenAt.toString());
        data.put("policeReference", e.policeReference);
        if (e.returnDetails != null && e.returnedAt() != null) {
            data.put("returnedAt", e.returnedAt().toString());
            data.put("durationHours", EpisodeMapper.hours(Duration.between(e.lastSeenAt, e.returnedAt())));
            data.put("whereaboutsDuringAbsence", e.returnDetails.whereaboutsDuringAbsence.name());
            data.put("knownLinksToArea", e.returnDetails.knownLinksToArea);
            data.putPOJO("presentation", e.returnDetails.presentation.stream().sorted().map(Enum::name).toList());
            data.put("interviewDueBy", deadline.dueBy(e.returnedAt()).toString());
            data.put("interviewOverdue", deadline.overdue(e.returnedAt(), e.interviewOfferedAt(), now));
        }
        if (e.returnInterview != null && e.returnInterview.offeredAt != null) {
            ObjectNode interview = data.putObject("returnInterview");
            interview.put("offeredAt", e.returnInterview.offeredAt.toString());
            interview.put("offeredWithinDeadline", deadline.offeredInTime(e.returnedAt(), e.returnInterview.offeredAt));
            interview.put("conductedAt", e.returnInterview.conductedAt == null ? null : e.returnInterview.conductedAt.toString());
            interview.put("declined", e.returnInterview.declined);
            interview.put("independent", e.returnInterview.independent);
            interview.put("conductedByOrgId", e.returnInterview.conductedByOrgId);
            interview.put("disclosedExploitation", e.returnInterview.disclosedExploitation);
        }
        if (allowed.contains(DisclosureField.SETTING)) {
            disclosed.add(DisclosureField.SETTING.name());
            data.put("settingOrgId", e.settingOrgId);
            data.put("residenceOrgId", e.residenceOrgId);
            data.put("placingAuthorityOrgId", e.placingAuthorityOrgId);
        }
        // Free text about the child and where it was: the shared table lets it go only to those who may know who the child is.
        data.put("lastSeenLocation", e.lastSeenLocation);
        data.put("circumstances", e.circumstances);
        if (e.returnDetails != null) {
            data.put("foundLocation", e.returnDetails.foundLocation);
        }
        if (e.returnInterview != null && e.returnInterview.findings != null) {
            ((ObjectNode) data.get("returnInterview")).put("findings", e.returnInterview.findings);
        }
        data = RedactionPolicy.redact(recipient, PacketPurpose.NOTIFICATION, data);
        return new Packet(PACKET_TYPE, recipient, PacketPurpose.NOTIFICATION, e.childId, List.copyOf(disclosed), true, data);
    }
}
