package uk.safeguarding.concern.mapping;

/** Small text helpers for mappers (kept out of the mapper so MapStruct never picks them for String properties). */
public final class Text {

    private Text() {
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
