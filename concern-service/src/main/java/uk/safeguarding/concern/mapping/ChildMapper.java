package uk.safeguarding.concern.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;
import uk.safeguarding.concern.api.ChildRequest;
import uk.safeguarding.concern.api.ChildResponse;
import uk.safeguarding.concern.domain.Identifiers;
import uk.safeguarding.concern.repository.Child;
import uk.safeguarding.platform.event.data.ChildEvent;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI,
        imports = {Identifiers.class, Text.class, java.util.List.class})
public interface ChildMapper {

    @Mapping(target = "vulnerabilities", expression = "java(List.copyOf(child.vulnerabilities()))")
    ChildResponse toApiModel(Child child);

    /** Copies the request onto the entity; identifiers normalised, absent flags false. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "vulnerabilityCodes", ignore = true)
    @Mapping(target = "givenName", expression = "java(request.givenName().strip())")
    @Mapping(target = "familyName", expression = "java(request.familyName().strip())")
    @Mapping(target = "upn", expression = "java(Identifiers.normaliseUpn(Text.blankToNull(request.upn())))")
    @Mapping(target = "nhsNumber", expression = "java(Identifiers.normaliseNhsNumber(Text.blankToNull(request.nhsNumber())))")
    @Mapping(target = "residenceOrgId", expression = "java(Text.blankToNull(request.residenceOrgId()))")
    @Mapping(target = "placingAuthorityOrgId", expression = "java(Text.blankToNull(request.placingAuthorityOrgId()))")
    @Mapping(target = "dateOfBirthEstimated", expression = "java(Boolean.TRUE.equals(request.dateOfBirthEstimated()))")
    @Mapping(target = "lookedAfter", expression = "java(Boolean.TRUE.equals(request.lookedAfter()))")
    void updateEntity(ChildRequest request, @MappingTarget Child child);

    @Mapping(target = "childId", source = "child.id")
    @Mapping(target = "settingOrgId", source = "child.settingOrgId")
    @Mapping(target = "residenceOrgId", source = "child.residenceOrgId")
    @Mapping(target = "lookedAfter", source = "child.lookedAfter")
    @Mapping(target = "placingAuthorityOrgId", source = "child.placingAuthorityOrgId")
    @Mapping(target = "ageBand", source = "ageBand")
    ChildEvent toEvent(Child child, String ageBand);
}
