package uk.safeguarding.platform.event.data;

/** Age bands used wherever an age must be told without a date of birth (events, anonymised views, statistics). */
public enum AgeBand {
    UNDER_10("0-9"), AGE_10_12("10-12"), AGE_13_15("13-15"), AGE_16_17("16-17"), AGE_18_PLUS("18+");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AgeBand ofAge(int years) {
        if (years < 10) {
            return UNDER_10;
        }
        if (years < 13) {
            return AGE_10_12;
        }
        if (years < 16) {
            return AGE_13_15;
        }
        if (years < 18) {
            return AGE_16_17;
        }
        return AGE_18_PLUS;
    }
}
