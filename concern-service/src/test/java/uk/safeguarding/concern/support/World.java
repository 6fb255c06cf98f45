package uk.safeguarding.concern.support;

import uk.safeguarding.testing.TestTokens;

/** The organisations of the tests and tokens of their people. */
public final class World {

    public static final String LA = "LA-801";
    public static final String LA_2 = "LA-802";
    public static final String POLICE = "PF-01";
    public static final String POLICE_2 = "PF-02";
    public static final String OFSTED = "OFSTED";
    public static final String SPECIALIST = "SPEC-1";
    public static final String HEALTH = "HEALTH-1";
    public static final String SCHOOL = "URN-100001";
    public static final String SCHOOL_2 = "URN-100002";
    public static final String HOME = "HOME-1";
    public static final String HOME_2 = "HOME-2";

    private World() {
    }

    public static String staff(String org) {
        return TestTokens.token(org, "staff");
    }

    public static String dcpo(String org) {
        return TestTokens.token(org, "dcpo");
    }

    public static String mis(String org) {
        return TestTokens.builder(org, "mis-client").client("mis-" + org).subject("service-account-mis-" + org).build();
    }

    public static String police(String org) {
        return TestTokens.token(org, "police");
    }

    public static String socialWorker(String org) {
        return TestTokens.token(org, "social-worker");
    }

    public static String specialist(String org) {
        return TestTokens.token(org, "specialist");
    }

    public static String ofsted() {
        return TestTokens.token(OFSTED, "ofsted");
    }

    public static String notifier() {
        return TestTokens.builder(null, "notifier").client("notifier").subject("service-account-notifier").build();
    }
}
