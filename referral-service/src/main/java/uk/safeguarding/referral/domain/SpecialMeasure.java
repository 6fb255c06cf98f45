package uk.safeguarding.referral.domain;

/** Special measures for a young witness (Youth Justice and Criminal Evidence Act 1999, ss. 23–30; procedure 3.6). */
public enum SpecialMeasure {
    SCREENS, LIVE_LINK, EVIDENCE_IN_PRIVATE, REMOVAL_OF_WIGS_AND_GOWNS, VIDEO_RECORDED_EVIDENCE_IN_CHIEF,
    PRE_RECORDED_CROSS_EXAMINATION, INTERMEDIARY, AIDS_TO_COMMUNICATION
}
