package uk.safeguarding.notification.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import uk.safeguarding.notification.domain.Checkpoint;
import uk.safeguarding.notification.domain.DisclosureChain;
import uk.safeguarding.notification.repository.DisclosureCheckpoint;
import uk.safeguarding.notification.api.CheckpointView;
import uk.safeguarding.notification.api.VerificationView;
import uk.safeguarding.notification.service.DisclosureVerification;

import java.time.OffsetDateTime;

/** Checkpoints exactly as signed, so a reader can rebuild the signed bytes from what it sees. */
@Mapper(componentModel = "jakarta-cdi")
public interface CheckpointMapper {

    @Mapping(target = "at", source = "at", qualifiedByName = "rfc3339")
    CheckpointView toApiModel(DisclosureCheckpoint row);

    @Mapping(target = "entries", source = "checkpoint.entries")
    @Mapping(target = "headHash", source = "checkpoint.headHash")
    @Mapping(target = "at", source = "checkpoint.at")
    CheckpointView toApiModel(Checkpoint.Signed signed);

    VerificationView toApiModel(DisclosureVerification.Result result);

    default String witness(DisclosureVerification.Witness witness) {
        return witness == null ? null : witness.name();
    }

    @Named("rfc3339")
    default String rfc3339(OffsetDateTime at) {
        return DisclosureChain.formatTime(at.toInstant());
    }
}
