package uk.safeguarding.platform.redaction;

import uk.safeguarding.platform.security.OrganisationType;

/** Who a packet is for; the key of the shared redaction table. */
public enum RecipientType {
    POLICE, LOCAL_AUTHORITY, OFSTED, SPECIALIST_SERVICE, HEALTH, SCHOOL, CHILDRENS_HOME, OPS;

    public static RecipientType of(OrganisationType type) {
        return switch (type) {
            case POLICE_FORCE -> POLICE;
            case LOCAL_AUTHORITY -> LOCAL_AUTHORITY;
            case OFSTED -> OFSTED;
            case SPECIALIST_SERVICE -> SPECIALIST_SERVICE;
            case HEALTH -> HEALTH;
            case SCHOOL -> SCHOOL;
            case CHILDRENS_HOME -> CHILDRENS_HOME;
        };
    }
}
