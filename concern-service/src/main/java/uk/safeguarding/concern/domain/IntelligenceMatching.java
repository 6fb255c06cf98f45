package uk.safeguarding.concern.domain;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Intelligence matching for police (contract section 11; procedure 3.5: perpetrators seldom
 * exploit one child). Which items can match, on what normalised value, and when the holders make
 * a match.
 *
 * <table>
 *   <tr><th>item</th><th>matches on</th><th>never matches</th></tr>
 *   <tr><td>vehicle</td><td>the registration, upper case without spaces, exact</td>
 *       <td>no registration; {@code partial}; {@code unverifiedFormat} (fits no UK format)</td></tr>
 *   <tr><td>person</td><td>the name, case- and space-insensitive (Unicode NFKC, lower case, no white space), exact</td>
 *       <td>no name; a placeholder such as "unknown" or "n/a"</td></tr>
 *   <tr><td>location</td><td colspan="2">never: free text</td></tr>
 * </table>
 * Items held by concerns of two or more different children form a match; the same child twice does not.
 */
public final class IntelligenceMatching {

    public enum Kind { VEHICLE, PERSON }

    /** What can be matched: the kind and the normalised value (never logged, never in an event). */
    public record MatchValue(Kind kind, String normalised) {
        public MatchValue {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(normalised);
        }

        /** The input of the keyed hash: the kind is part of it, so a name never equals a plate. */
        public String keyInput() {
            return kind.name() + ":" + normalised;
        }

        @Override
        public String toString() {
            return "MatchValue[" + kind + "]";
        }
    }

    /** One concern holding the value. */
    public record Holder(UUID concernId, UUID childId) {
    }

    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    /** Names staff write when they have none: matching on them would join unrelated children. */
    private static final Set<String> PLACEHOLDER_NAMES = Set.of("unknown", "notknown", "unnamed", "noname", "n/a", "na",
            "none", "?", "-", "x", "tbc", "notgiven");

    private IntelligenceMatching() {
    }

    /**
     * A vehicle matches on its registration only when it is whole and verified: a partial plate
     * or one fitting no UK format is kept for police but never matched on its own.
     */
    public static Optional<MatchValue> vehicle(String reg, boolean partial) {
        String normalised = VehicleRegistration.normalise(reg);
        if (normalised == null || partial || VehicleRegistration.unverified(normalised, false)) {
            return Optional.empty();
        }
        return Optional.of(new MatchValue(Kind.VEHICLE, normalised));
    }

    /** A person matches on the name, whatever its case and spacing. */
    public static Optional<MatchValue> person(String name) {
        String normalised = normaliseName(name);
        if (normalised == null || PLACEHOLDER_NAMES.contains(normalised)) {
            return Optional.empty();
        }
        return Optional.of(new MatchValue(Kind.PERSON, normalised));
    }

    /** NFKC (so composed and decomposed letters, and non-breaking spaces, compare equal), lower case, no white space. */
    public static String normaliseName(String name) {
        if (name == null) {
            return null;
        }
        String n = SPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("").toLowerCase(Locale.ROOT);
        return n.isEmpty() ? null : n;
    }

    /** How a matched name is shown: as first written, trimmed, runs of spaces made one. */
    public static String displayName(String name) {
        return name == null ? null : SPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC).strip()).replaceAll(" ");
    }

    /** Holders of one value within one force form a match when they are concerns of two or more different children. */
    public static boolean isMatch(Collection<Holder> holders) {
        return distinctChildren(holders) >= 2;
    }

    public static long distinctChildren(Collection<Holder> holders) {
        return holders.stream().map(Holder::childId).filter(Objects::nonNull).distinct().count();
    }
}
