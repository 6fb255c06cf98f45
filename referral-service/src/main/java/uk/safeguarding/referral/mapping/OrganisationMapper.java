package uk.safeguarding.referral.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.referral.api.OrganisationBody;
import uk.safeguarding.referral.repository.DirectoryEntry;

/** The API model of a directory entry is the platform's {@link Organisation}: the payload of organisation events too. */
@Mapper
public interface OrganisationMapper {

    Organisation toApiModel(DirectoryEntry entry);

    /** Copies what the admin writes; the id and bookkeeping are the use case's. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    void toEntity(OrganisationBody body, @MappingTarget DirectoryEntry entry);

    default Organisation toEvent(DirectoryEntry entry) {
        return toApiModel(entry);
    }
}
