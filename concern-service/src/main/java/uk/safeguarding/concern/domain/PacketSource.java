package uk.safeguarding.concern.domain;

import java.util.UUID;

/**
 * The parts of a concern a packet may be made of, each produced only when asked for, so a part
 * the recipient may not have (intelligence above all) is never even read.
 */
public interface PacketSource {

    UUID childId();

    /** Name, date of birth, gender, NHS number. */
    Object identity();

    /** The UPN, or null when the child has none. */
    String upn();

    Object concern();

    Object indicators();

    Object intelligence();

    /** Setting and residence, looked-after status and placing authority. */
    Object setting();

    /** The reg. 40(4)(a) notice for Ofsted. */
    Object reg40Summary();

    /** The anonymised summary (with the question, for an advice request). */
    Object anonymisedSummary();

    /** Whether the child's latest word on a referral to this recipient (a specialist) is agreement (procedure 3.4). */
    boolean specialistReferralAgreed();

    /** Linked crime types (procedure 3.5), or null when none. */
    default Object linkedCrimeTypes() {
        return null;
    }

    /** The evidence log with each item's chain of custody (procedure 3.5), or null when none. */
    default Object evidence() {
        return null;
    }
}
