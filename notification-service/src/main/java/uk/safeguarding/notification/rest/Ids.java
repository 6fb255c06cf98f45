package uk.safeguarding.notification.rest;

import uk.safeguarding.platform.problem.ProblemException;

import java.util.UUID;

/** Identifiers from paths and queries: a malformed one is a 400 naming the parameter, not a 404. */
final class Ids {

    private Ids() {
    }

    static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, "must be a UUID");
        }
    }
}
