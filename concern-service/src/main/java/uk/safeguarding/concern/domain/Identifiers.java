package uk.safeguarding.concern.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** Check-digit rules of the identifiers a child may carry (contract section 4). */
public final class Identifiers {

    /** Check letter, 3-digit LA, 4-digit establishment, 2-digit year, 3-digit serial; a temporary UPN ends in a letter. */
    private static final Pattern UPN = Pattern.compile("^[A-HJ-NPQRT-Z][0-9]{11}[0-9A-HJ-NPQRT-Z]$");
    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final Pattern NHS = Pattern.compile("^[0-9]{10}$");

    private Identifiers() {
    }

    /** Upper case without white space: how a UPN is compared and stored. */
    public static String normaliseUpn(String upn) {
        return upn == null ? null : upn.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Without white space: NHS numbers are often written 943 476 5870. */
    public static String normaliseNhsNumber(String nhs) {
        return nhs == null ? null : nhs.replaceAll("\\s", "");
    }

    public static boolean isValidUpn(String upn) {
        if (upn == null || !UPN.matcher(upn).matches()) {
            return false;
        }
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            sum += position * valueOf(upn.charAt(position - 1));
        }
        return upn.charAt(0) == CHECK_LETTERS.charAt(sum % 23);
    }

    /** Digits count as themselves; letters take their place in the check-letter table (A=0 … Z=22). */
    static int valueOf(char c) {
        if (Character.isDigit(c)) {
            return c - '0';
        }
        return CHECK_LETTERS.indexOf(c);
    }

    /** The check letter a UPN with these 12 trailing characters must start with. */
    public static char upnCheckLetter(String lastTwelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (i + 2) * valueOf(lastTwelve.charAt(i));
        }
        return CHECK_LETTERS.charAt(sum % 23);
    }

    /** Modulus 11 with weights 10..2 over the first nine digits; 11 → 0, 10 → invalid. */
    public static boolean isValidNhsNumber(String nhs) {
        if (nhs == null || !NHS.matcher(nhs).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (nhs.charAt(i) - '0');
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == nhs.charAt(9) - '0';
    }
}
