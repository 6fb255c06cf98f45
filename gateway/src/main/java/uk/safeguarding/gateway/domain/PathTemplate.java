package uk.safeguarding.gateway.domain;

/**
 * The path as it may appear in a log line: every segment that could be an identifier
 * (a UUID, an organisation id, a UPN, a number) becomes {@code {id}}; only the contract's
 * lower-case words stay. A query string is never logged.
 */
public final class PathTemplate {

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("^[a-z]+(-[a-z]+)*(\\.[a-z]+)?$");
    private static final int MAX_SEGMENTS = 12;

    private PathTemplate() {
    }

    public static String of(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        String[] segments = bare.split("/", -1);
        StringBuilder template = new StringBuilder();
        int kept = 0;
        for (int i = 1; i < segments.length; i++) {
            if (++kept > MAX_SEGMENTS) {
                template.append("/…");
                break;
            }
            String segment = segments[i];
            template.append('/');
            if (segment.isEmpty()) {
                continue;
            }
            template.append(WORD.matcher(segment).matches() && segment.length() <= 40 ? segment : "{id}");
        }
        return template.length() == 0 ? "/" : template.toString();
    }
}
