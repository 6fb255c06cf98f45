package uk.safeguarding.referral.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import uk.safeguarding.platform.event.data.ReferralEvent;
import uk.safeguarding.referral.api.OnwardReferral;
import uk.safeguarding.referral.api.ReferralView;
import uk.safeguarding.referral.domain.ReferralLifecycle;
import uk.safeguarding.referral.domain.ReferralStatus;
import uk.safeguarding.referral.repository.Referral;
import uk.safeguarding.referral.repository.ReferralNote;

import java.time.OffsetDateTime;
import java.util.List;

@Mapper
public interface ReferralMapper {

    @Mapping(target = "onwardReferral", expression = "java(onwardReferral(referral))")
    @Mapping(target = "overdue", expression = "java(overdue(referral))")
    @Mapping(target = "updates", ignore = true)
    ReferralView toApiModel(Referral referral);

    /** Without free text: for ops and admin. */
    default ReferralView toMetadata(Referral referral) {
        ReferralView full = toApiModel(referral);
        return new ReferralView(full.id(), full.concernId(), full.childId(), full.settingOrgId(), full.agencyOrgId(),
                full.agencyType(), full.role(), full.lawfulBasis(), full.consentStatus(), full.status(), full.outcome(),
                null, null, full.dueBy(), full.unresolvedAgency(), full.overdue(), null, full.createdAt(), full.updatedAt(),
                full.sentAt(), full.acknowledgedAt(), full.respondedAt(), full.revokedAt(), null);
    }

    default ReferralView toApiModel(Referral referral, List<ReferralNote> notes) {
        ReferralView full = toApiModel(referral);
        return new ReferralView(full.id(), full.concernId(), full.childId(), full.settingOrgId(), full.agencyOrgId(),
                full.agencyType(), full.role(), full.lawfulBasis(), full.consentStatus(), full.status(), full.outcome(),
                full.responseNote(), full.onwardReferral(), full.dueBy(), full.unresolvedAgency(), full.overdue(),
                full.revokeReason(), full.createdAt(), full.updatedAt(), full.sentAt(), full.acknowledgedAt(),
                full.respondedAt(), full.revokedAt(), notes.stream().map(this::toApiModel).toList());
    }

    default ReferralView.NoteView toApiModel(ReferralNote note) {
        return new ReferralView.NoteView(note.id, note.kind.name(), note.text, note.actor, note.createdAt);
    }

    @Mapping(target = "referralId", source = "referral.id")
    @Mapping(target = "status", source = "referral.status")
    @Mapping(target = "previousStatus", source = "previousStatus")
    @Mapping(target = "at", source = "at")
    ReferralEvent toEvent(Referral referral, ReferralStatus previousStatus, OffsetDateTime at);

    default OnwardReferral onwardReferral(Referral referral) {
        if (referral.onwardConsidered == null) {
            return null;
        }
        return new OnwardReferral(referral.onwardConsidered, referral.onwardOrgIdList(), referral.onwardRationale);
    }

    default boolean overdue(Referral referral) {
        return ReferralLifecycle.awaitingAcknowledgement(referral.status) && referral.dueBy.isBefore(OffsetDateTime.now());
    }
}
