package uk.safeguarding.missing.mapping;

import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import uk.safeguarding.missing.domain.ReturnInterviewDeadline;
import uk.safeguarding.missing.repository.EpisodeReturn;
import uk.safeguarding.missing.repository.MissingEpisode;
import uk.safeguarding.missing.repository.ReturnInterview;
import uk.safeguarding.missing.api.ConductedBy;
import uk.safeguarding.missing.api.EpisodeView;
import uk.safeguarding.missing.api.RecordInterview;
import uk.safeguarding.missing.api.RecordReturn;
import uk.safeguarding.missing.api.ReportMissing;
import uk.safeguarding.missing.api.ReportedBy;
import uk.safeguarding.platform.event.data.MissingEvent;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/** Entity ⇄ API model ⇄ event. Events carry ids, codes, flags and times only. */
@Mapper
public interface EpisodeMapper {

    @Mapping(target = "reportedBy", expression = "java(reportedBy(episode))")
    @Mapping(target = "returnDetails", expression = "java(toApiModel(episode.returnDetails, episode.lastSeenAt))")
    @Mapping(target = "returnInterview", expression = "java(toApiModel(episode.returnInterview, episode.returnedAt(), deadline))")
    @Mapping(target = "interviewDueBy", expression = "java(deadline.dueBy(episode.returnedAt()))")
    @Mapping(target = "interviewOverdue", expression = "java(deadline.overdue(episode.returnedAt(), episode.interviewOfferedAt(), now))")
    EpisodeView toApiModel(MissingEpisode episode, @Context ReturnInterviewDeadline deadline, @Context OffsetDateTime now);

    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "childId", source = "childId")
    @Mapping(target = "lastSeenAt", source = "lastSeenAt")
    @Mapping(target = "lastSeenLocation", source = "lastSeenLocation")
    @Mapping(target = "circumstances", source = "circumstances")
    @Mapping(target = "riskGrade", source = "riskGrade")
    @Mapping(target = "policeReference", source = "policeReference")
    @Mapping(target = "reportedByName", source = "reportedBy.name")
    @Mapping(target = "reportedByRole", source = "reportedBy.role")
    MissingEpisode toEntity(ReportMissing report);

    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "returnedAt", source = "returnedAt")
    @Mapping(target = "foundLocation", source = "foundLocation")
    @Mapping(target = "knownLinksToArea", source = "knownLinksToArea")
    @Mapping(target = "whereaboutsDuringAbsence", source = "whereaboutsDuringAbsence")
    @Mapping(target = "presentation", source = "presentation")
    EpisodeReturn toEntity(RecordReturn recordReturn);

    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "offeredAt", source = "offeredAt")
    @Mapping(target = "conductedAt", source = "conductedAt")
    @Mapping(target = "declined", source = "declined")
    @Mapping(target = "conductedByName", source = "conductedBy.name")
    @Mapping(target = "conductedByOrgId", source = "conductedBy.orgId")
    @Mapping(target = "independent", source = "independent")
    @Mapping(target = "findings", source = "findings")
    @Mapping(target = "disclosedExploitation", source = "disclosedExploitation")
    ReturnInterview toEntity(RecordInterview interview);

    @Mapping(target = "episodeId", source = "episode.id")
    @Mapping(target = "returnedAt", source = "episode.returnDetails.returnedAt")
    @Mapping(target = "interviewDeclined", source = "episode.returnInterview.declined")
    @Mapping(target = "disclosedExploitation", source = "episode.returnInterview.disclosedExploitation")
    @Mapping(target = "at", source = "at")
    MissingEvent toEvent(MissingEpisode episode, OffsetDateTime at);

    /** Every time kept as PostgreSQL keeps it (UTC, microseconds), so rules see what is stored. */
    default OffsetDateTime instant(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    default ReportedBy reportedBy(MissingEpisode episode) {
        return episode.reportedByName == null ? null : new ReportedBy(episode.reportedByName, episode.reportedByRole);
    }

    default EpisodeView.ReturnView toApiModel(EpisodeReturn r, OffsetDateTime lastSeenAt) {
        if (r == null || r.returnedAt == null) {
            return null;
        }
        return new EpisodeView.ReturnView(r.returnedAt, r.foundLocation, r.knownLinksToArea,
                r.whereaboutsDuringAbsence == null ? null : r.whereaboutsDuringAbsence.name(),
                r.presentation == null ? java.util.List.of()
                        : r.presentation.stream().sorted(Comparator.naturalOrder()).map(Enum::name).toList(),
                hours(Duration.between(lastSeenAt, r.returnedAt)));
    }

    default EpisodeView.InterviewView toApiModel(ReturnInterview i, OffsetDateTime returnedAt, ReturnInterviewDeadline deadline) {
        if (i == null || i.offeredAt == null) {
            return null;
        }
        return new EpisodeView.InterviewView(i.offeredAt, deadline.offeredInTime(returnedAt, i.offeredAt), i.conductedAt,
                i.declined, i.conductedByName == null ? null : new ConductedBy(i.conductedByName, i.conductedByOrgId),
                i.independent, i.findings, i.disclosedExploitation);
    }

    /** Hours to one decimal place. */
    static Double hours(Duration d) {
        return Math.round(d.toMinutes() / 6.0) / 10.0;
    }
}
