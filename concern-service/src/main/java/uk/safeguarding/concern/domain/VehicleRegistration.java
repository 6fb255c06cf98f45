package uk.safeguarding.concern.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UK registration marks (procedure 3.5: staff pass vehicle registrations to the police). Stored
 * normalised; a mark that fits no UK format, or a partial one, is kept but flagged unverified.
 */
public final class VehicleRegistration {

    public enum Format { CURRENT, PREFIX, SUFFIX, DATELESS }

    private static final Map<Format, Pattern> FORMATS = new LinkedHashMap<>();

    static {
        // Since 2001: two-letter memory tag, two-digit age identifier, three random letters.
        FORMATS.put(Format.CURRENT, Pattern.compile("^[A-HJ-PR-Y]{2}[0-9]{2}[A-HJ-PR-Z]{3}$"));
        // 1983–2001: age letter, 1–3 digits, three letters.
        FORMATS.put(Format.PREFIX, Pattern.compile("^[A-HJ-NPR-TV-Y][0-9]{1,3}[A-Z]{3}$"));
        // 1963–1983: three letters, 1–3 digits, age letter.
        FORMATS.put(Format.SUFFIX, Pattern.compile("^[A-Z]{3}[0-9]{1,3}[A-HJ-NPR-TV-Y]$"));
        // Before 1963: 1–3 letters and 1–4 digits, either way round.
        FORMATS.put(Format.DATELESS, Pattern.compile("^([A-Z]{1,3}[0-9]{1,4}|[0-9]{1,4}[A-Z]{1,3})$"));
    }

    private VehicleRegistration() {
    }

    /** Upper case, no spaces. */
    public static String normalise(String reg) {
        if (reg == null) {
            return null;
        }
        String n = reg.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return n.isEmpty() ? null : n;
    }

    /** The first UK format the normalised mark fits. */
    public static Optional<Format> formatOf(String normalised) {
        if (normalised == null) {
            return Optional.empty();
        }
        return FORMATS.entrySet().stream().filter(e -> e.getValue().matcher(normalised).matches()).map(Map.Entry::getKey).findFirst();
    }

    /** A mark is unverified when it is partial or fits none of the formats; no mark at all is nothing to verify. */
    public static boolean unverified(String normalised, boolean partial) {
        return normalised != null && (partial || formatOf(normalised).isEmpty());
    }
}
