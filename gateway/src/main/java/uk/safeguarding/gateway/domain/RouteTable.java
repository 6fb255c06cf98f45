package uk.safeguarding.gateway.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Contract section 10: which service owns a public path. Decisions are taken on the
 * normalised path, so dot segments and encoded dots cannot reach another prefix.
 */
public final class RouteTable {

    /** First path segment under /api → owning service. */
    static final Map<String, Upstream> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("children", Upstream.CONCERN);
        PREFIXES.put("concerns", Upstream.CONCERN);
        PREFIXES.put("indicators", Upstream.CONCERN);
        PREFIXES.put("intelligence", Upstream.CONCERN);
        PREFIXES.put("organisations", Upstream.REFERRAL);
        PREFIXES.put("referrals", Upstream.REFERRAL);
        PREFIXES.put("support-plans", Upstream.REFERRAL);
        PREFIXES.put("missing-episodes", Upstream.MISSING);
        PREFIXES.put("agencies", Upstream.NOTIFICATION);
        PREFIXES.put("inbox", Upstream.NOTIFICATION);
        PREFIXES.put("deliveries", Upstream.NOTIFICATION);
        PREFIXES.put("disclosures", Upstream.NOTIFICATION);
        PREFIXES.put("retention", Upstream.CONCERN);
    }

    private static final Pattern TIMELINE = Pattern.compile("^/api/children/[^/]+/timeline/?$");
    private static final Pattern SUBJECT_ACCESS = Pattern.compile("^/api/children/[^/]+/subject-access/?$");
    /** The referral form is composed by notification-service from the packets it sends (contract 12). */
    private static final Pattern REFERRAL_FORM = Pattern.compile("^/api/referrals/[^/]+/form\\.pdf$");

    private RouteTable() {
    }

    /** The service a request for {@code path} is proxied to; empty when the gateway answers itself. */
    public static Optional<Upstream> upstreamFor(String method, String path) {
        if (path == null || isInternal(path) || isTimeline(method, path) || isSubjectAccess(method, path)) {
            return Optional.empty();
        }
        if (REFERRAL_FORM.matcher(path).matches()) {
            return Optional.of(Upstream.NOTIFICATION);
        }
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        String rest = path.substring("/api/".length());
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return Optional.ofNullable(PREFIXES.get(first));
    }

    /** {@code /internal/**} is never routed: it answers 404 at the edge. */
    public static boolean isInternal(String path) {
        return path != null && (path.equals("/internal") || path.startsWith("/internal/"));
    }

    /** The gateway's own {@code GET /api/children/{childId}/timeline} wins over the concern-service prefix. */
    public static boolean isTimeline(String method, String path) {
        return ("GET".equals(method) || "HEAD".equals(method)) && TIMELINE.matcher(path).matches();
    }

    /** The gateway's own {@code GET /api/children/{childId}/subject-access}, composed like the timeline. */
    public static boolean isSubjectAccess(String method, String path) {
        return ("GET".equals(method) || "HEAD".equals(method)) && SUBJECT_ACCESS.matcher(path).matches();
    }

    /** Paths that need a valid bearer token at the edge. */
    public static boolean requiresToken(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/ops/api/"));
    }

    /** Paths of the operations console's data, for role {@code ops} only. */
    public static boolean requiresOps(String path) {
        return path != null && path.startsWith("/ops/api/");
    }
}
