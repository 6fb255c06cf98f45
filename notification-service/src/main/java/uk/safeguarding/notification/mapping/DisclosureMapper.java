package uk.safeguarding.notification.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import uk.safeguarding.notification.domain.DisclosureChain;
import uk.safeguarding.notification.repository.DisclosureEntry;
import uk.safeguarding.notification.api.DisclosureView;
import uk.safeguarding.notification.service.DisclosureLog;

import java.time.OffsetDateTime;

/** An entry exactly as it was hashed, so a reader can recompute the hash from what it sees. */
@Mapper(componentModel = "jakarta-cdi", uses = DisclosureLog.class)
public interface DisclosureMapper {

    @Mapping(target = "at", source = "at", qualifiedByName = "rfc3339")
    @Mapping(target = "fieldsDisclosed", source = "fieldsDisclosed")
    DisclosureView toApiModel(DisclosureEntry entry);

    @Named("rfc3339")
    default String rfc3339(OffsetDateTime at) {
        return DisclosureChain.formatTime(at.toInstant());
    }
}
