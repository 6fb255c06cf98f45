package uk.safeguarding.missing.domain;

/** The reporter's risk grading of the absence; MEDIUM and HIGH are notified to the setting's police force. */
public enum RiskGrade {
    HIGH, MEDIUM, LOW;

    public boolean notifiesPolice() {
        return this != LOW;
    }
}
