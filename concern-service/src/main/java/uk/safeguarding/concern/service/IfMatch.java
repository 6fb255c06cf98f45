package uk.safeguarding.concern.service;

import uk.safeguarding.platform.problem.ProblemException;

import java.util.Arrays;

/** If-Match against a resource's current ETag: absent or {@code *} matches; a stale one is a 412. */
final class IfMatch {

    private IfMatch() {
    }

    static void require(String ifMatch, String currentEtag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(currentEtag));
        if (!matches) {
            throw ProblemException.preconditionFailed("the resource has changed since you read it (If-Match does not match the ETag " + currentEtag + ")");
        }
    }
}
