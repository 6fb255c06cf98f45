package uk.safeguarding.concern.repository;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Lists of codes kept in one text column, comma separated. */
final class Codes {

    private Codes() {
    }

    static String join(Collection<?> codes) {
        return codes.stream().map(Object::toString).distinct().reduce((a, b) -> a + "," + b).orElse("");
    }

    static <T> List<T> split(String column, Function<String, T> parse) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(parse).toList();
    }
}
