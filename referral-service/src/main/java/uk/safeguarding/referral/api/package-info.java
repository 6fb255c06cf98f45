/** The JSON bodies of the public API (contract section 6): what clients send and receive. */
package uk.safeguarding.referral.api;
