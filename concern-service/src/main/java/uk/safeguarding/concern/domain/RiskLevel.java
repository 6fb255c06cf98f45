package uk.safeguarding.concern.domain;

public enum RiskLevel {
    LOW, MEDIUM, HIGH;

    public RiskLevel atLeast(RiskLevel floor) {
        return compareTo(floor) >= 0 ? this : floor;
    }
}
