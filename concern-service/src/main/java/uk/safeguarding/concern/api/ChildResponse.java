package uk.safeguarding.concern.api;

import uk.safeguarding.concern.domain.Gender;
import uk.safeguarding.concern.domain.Vulnerability;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ChildResponse(UUID id, String givenName, String familyName, LocalDate dateOfBirth, boolean dateOfBirthEstimated,
                            Gender gender, String upn, String nhsNumber, String settingOrgId, String residenceOrgId,
                            boolean lookedAfter, String placingAuthorityOrgId, List<Vulnerability> vulnerabilities,
                            OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
}
