package uk.safeguarding.platform.redaction;

/** Why a packet is sent: a specialist gets identity for an agreed referral, an anonymised summary for advice. */
public enum PacketPurpose {
    REFERRAL, ADVICE, NOTIFICATION, PROMPT
}
