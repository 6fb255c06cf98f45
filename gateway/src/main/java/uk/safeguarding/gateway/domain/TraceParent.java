package uk.safeguarding.gateway.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * W3C Trace Context {@code traceparent} (version 00). The gateway joins the caller's trace
 * when the header is well-formed, else starts one, and names its own span as the parent
 * of the upstream call.
 */
public record TraceParent(String traceId, String parentId, String flags) {

    public static final String HEADER = "traceparent";
    private static final Pattern FORMAT = Pattern.compile("^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();

    public static Optional<TraceParent> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        var m = FORMAT.matcher(header.trim());
        if (!m.matches() || "ff".equals(m.group(1)) || ZERO_TRACE.equals(m.group(2)) || ZERO_SPAN.equals(m.group(3))) {
            return Optional.empty();
        }
        return Optional.of(new TraceParent(m.group(2), m.group(3), m.group(4)));
    }

    /** The traceparent the gateway sends upstream: the caller's trace (or a new one, sampled) with a new span id. */
    public static TraceParent forUpstream(String incoming) {
        return parse(incoming)
                .map(parent -> new TraceParent(parent.traceId, randomHex(8), parent.flags))
                .orElseGet(() -> new TraceParent(randomHex(16), randomHex(8), "01"));
    }

    @Override
    public String toString() {
        return "00-" + traceId + "-" + parentId + "-" + flags;
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        do {
            RANDOM.nextBytes(b);
        } while (allZero(b));
        return HexFormat.of().formatHex(b);
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
