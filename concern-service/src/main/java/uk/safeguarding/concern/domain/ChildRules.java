package uk.safeguarding.concern.domain;

import uk.safeguarding.platform.problem.Problem.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules of a child's record beyond the shape of the body (contract section 4). */
public final class ChildRules {

    /** The service holds children and young people up to their 25th birthday (leaving care support runs to 25). */
    public static final int AGE_LIMIT = 25;

    private ChildRules() {
    }

    /** The facts to check, identifiers already normalised. */
    public record Facts(LocalDate dateOfBirth, String upn, String nhsNumber, boolean lookedAfter, String placingAuthorityOrgId) {
    }

    public static List<FieldError> check(Facts f, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (f.dateOfBirth() != null) {
            if (f.dateOfBirth().isAfter(today)) {
                errors.add(new FieldError("dateOfBirth", "must not be in the future"));
            } else if (Ages.at(f.dateOfBirth(), today) >= AGE_LIMIT) {
                errors.add(new FieldError("dateOfBirth", "must be of a person under " + AGE_LIMIT));
            }
        }
        if (f.upn() != null && !Identifiers.isValidUpn(f.upn())) {
            errors.add(new FieldError("upn", "must be a unique pupil number with a valid check letter"));
        }
        if (f.nhsNumber() != null && !Identifiers.isValidNhsNumber(f.nhsNumber())) {
            errors.add(new FieldError("nhsNumber", "must be 10 digits with a valid modulus 11 check digit"));
        }
        if (f.lookedAfter() && (f.placingAuthorityOrgId() == null || f.placingAuthorityOrgId().isBlank())) {
            errors.add(new FieldError("placingAuthorityOrgId", "is required when lookedAfter is true"));
        }
        return errors;
    }
}
