package uk.safeguarding.platform.web;

import uk.safeguarding.platform.problem.ProblemException;

import java.util.Arrays;

/**
 * If-Match against a resource's current ETag (contract section 3), the same in every service:
 * {@code *} or any listed tag (weak or strong, quoted or not) that names the current version
 * matches; anything else is a 412. Absent is allowed by {@link #check} and refused (428) by
 * {@link #require}, for resources that are never updated blind.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** An ETag for a version counter. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static void check(String ifMatch, String currentEtag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = opaque(currentEtag);
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(current));
        if (!matches) {
            throw ProblemException.preconditionFailed(
                    "the resource has changed since you read it (If-Match does not name its ETag " + etagOf(current) + ")");
        }
    }

    public static void require(String ifMatch, String currentEtag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "Precondition required", "send If-Match with the ETag you read");
        }
        check(ifMatch, currentEtag);
    }

    private static String opaque(String tag) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }

    private static String etagOf(String opaque) {
        return "\"" + opaque + "\"";
    }
}
