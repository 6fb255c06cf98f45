package uk.safeguarding.gateway.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** Same rule as every service: keep the caller's {@code X-Correlation-Id} when well-formed, else a new UUID. */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    private static final Pattern WELL_FORMED = Pattern.compile("^[A-Za-z0-9._:-]{8,128}$");

    private CorrelationId() {
    }

    public static String acceptOrCreate(String offered) {
        return offered != null && WELL_FORMED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
