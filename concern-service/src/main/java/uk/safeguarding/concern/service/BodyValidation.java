package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import uk.safeguarding.platform.problem.ProblemException;

import java.util.Set;

/**
 * Checks a request body's shape after the caller's role: a role that may never do this hears
 * 403 before any 400 about its body.
 */
@ApplicationScoped
public class BodyValidation {

    private final Validator validator;

    public BodyValidation(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T body) {
        if (body == null) {
            throw ProblemException.badRequest("body", "is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
