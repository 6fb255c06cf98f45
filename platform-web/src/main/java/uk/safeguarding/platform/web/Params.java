package uk.safeguarding.platform.web;

import uk.safeguarding.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Path and query parameters, read the same way in every service (contract section 3): a bad one is
 * a 400 problem naming it — a malformed id in a path too, never a 404 — and an absent optional one
 * is null. Enum values are their exact upper-case names, as in request bodies.
 */
public final class Params {

    private Params() {
    }

    /** A UUID, or null when absent. */
    public static UUID uuid(String name, String value) {
        return parse(name, value, Params::strictUuid, "must be a UUID");
    }

    /** A UUID that must be there (a path id, a required filter). */
    public static UUID requiredUuid(String name, String value) {
        return required(name, uuid(name, value));
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        return parse(name, value, v -> Enum.valueOf(type, v), "must be one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    public static <E extends Enum<E>> E requiredEnum(String name, String value, Class<E> type) {
        return required(name, enumValue(name, value, type));
    }

    public static LocalDate date(String name, String value) {
        return parse(name, value, LocalDate::parse, "must be an ISO 8601 date (yyyy-mm-dd)");
    }

    public static OffsetDateTime dateTime(String name, String value) {
        return parse(name, value, OffsetDateTime::parse, "must be an RFC 3339 time with an offset");
    }

    public static Integer integer(String name, String value) {
        return parse(name, value, Integer::valueOf, "must be a whole number");
    }

    public static Boolean bool(String name, String value) {
        return parse(name, value, v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(v);
        }, "must be true or false");
    }

    public static <T> T required(String name, T value) {
        if (value == null) {
            throw ProblemException.badRequest(name, "is required");
        }
        return value;
    }

    /** {@code UUID.fromString} accepts "1-1-1-1-1"; an id is the canonical 36 characters. */
    private static UUID strictUuid(String value) {
        UUID id = UUID.fromString(value);
        if (!id.toString().equalsIgnoreCase(value)) {
            throw new IllegalArgumentException(value);
        }
        return id;
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.badRequest(name, message);
        }
    }
}
