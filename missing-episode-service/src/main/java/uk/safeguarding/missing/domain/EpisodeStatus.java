package uk.safeguarding.missing.domain;

/** {@code MISSING → RETURNED → INTERVIEWED | INTERVIEW_DECLINED}. Open = MISSING: the child is still away. */
public enum EpisodeStatus {
    MISSING, RETURNED, INTERVIEWED, INTERVIEW_DECLINED;

    public boolean isOpen() {
        return this == MISSING;
    }

    public boolean mayReturn() {
        return this == MISSING;
    }

    public boolean mayRecordInterview() {
        return this == RETURNED;
    }
}
