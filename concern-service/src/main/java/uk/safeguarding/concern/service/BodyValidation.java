package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import uk.safeguarding.platform.problem.Problem;
import uk.safeguarding.platform.problem.ProblemException;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks a request body's shape after the caller's role (a role that may never do this hears
 * 403 before any 400 about its body), naming list elements the way a client wrote them:
 * {@code vulnerabilities[1]}, {@code intelligence.persons[0].description}.
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
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(field(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                    .toList();
            throw ProblemException.invalid(errors);
        }
        return body;
    }

    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getKind() == ElementKind.BEAN || node.getName() == null) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
