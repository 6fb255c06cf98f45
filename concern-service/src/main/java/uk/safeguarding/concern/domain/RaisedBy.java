package uk.safeguarding.concern.domain;

/** Who raised a concern, as events tell it. */
public enum RaisedBy {
    STAFF("staff"), MIS("mis"), SYSTEM("system");

    private final String label;

    RaisedBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
