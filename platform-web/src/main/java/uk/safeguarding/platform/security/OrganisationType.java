package uk.safeguarding.platform.security;

/** The organisation types of the directory (contract section 6). */
public enum OrganisationType {
    SCHOOL, CHILDRENS_HOME, LOCAL_AUTHORITY, POLICE_FORCE, OFSTED, SPECIALIST_SERVICE, HEALTH;

    public boolean isSetting() {
        return this == SCHOOL || this == CHILDRENS_HOME;
    }
}
