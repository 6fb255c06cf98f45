/**
 * The data of every event of the contract (section 9), in one place so producer and
 * consumers can never drift. Events carry no personal data: only ids, organisation ids,
 * codes, levels, age bands and times — never names, dates of birth, identifiers, free text
 * or intelligence.
 */
package uk.safeguarding.platform.event.data;
