package uk.safeguarding.concern.service;

import uk.safeguarding.platform.problem.ProblemException;

import java.util.UUID;
import java.util.function.Function;

/** Query parameters read by hand, so a bad one is a 400 naming it. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static Paging of(String page, String size) {
        int p = integer("page", page, 0);
        int s = integer("size", size, DEFAULT_SIZE);
        if (p < 0) {
            throw ProblemException.badRequest("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        return new Paging(p, s);
    }

    private static int integer(String name, String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a whole number");
        }
    }

    public static UUID uuid(String name, String value) {
        return parse(name, value, UUID::fromString, "must be a UUID");
    }

    public static <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        return parse(name, value, v -> Enum.valueOf(type, v.trim()), "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    private static <T> T parse(String name, String value, Function<String, T> parse, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, message);
        }
    }
}
