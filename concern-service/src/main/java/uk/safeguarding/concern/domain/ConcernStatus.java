package uk.safeguarding.concern.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The status machine of a concern (contract section 5): {@code RAISED → REFERRED | MONITORING | CLOSED},
 * {@code MONITORING → REFERRED | MONITORING | CLOSED}; a REFERRED concern is closed by {@code /close}.
 */
public enum ConcernStatus {
    RAISED, MONITORING, REFERRED, CLOSED;

    private static final Map<ConcernStatus, Set<ConcernStatus>> NEXT = Map.of(
            RAISED, EnumSet.of(REFERRED, MONITORING, CLOSED),
            MONITORING, EnumSet.of(REFERRED, MONITORING, CLOSED),
            REFERRED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ConcernStatus.class));

    public boolean canMoveTo(ConcernStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** A DCPO decides while the concern is RAISED or MONITORING. */
    public boolean awaitsDecision() {
        return this == RAISED || this == MONITORING;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** The status a decision moves the concern to. */
    public static ConcernStatus after(Outcome outcome) {
        return switch (outcome) {
            case REFER -> REFERRED;
            case MONITOR -> MONITORING;
            case NO_FURTHER_ACTION -> CLOSED;
        };
    }
}
