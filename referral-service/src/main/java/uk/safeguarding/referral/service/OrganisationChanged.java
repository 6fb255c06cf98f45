package uk.safeguarding.referral.service;

import uk.safeguarding.platform.directory.Organisation;

/** Fired (synchronously, in the writing transaction) when an organisation is registered or updated. */
public record OrganisationChanged(Organisation organisation) {
}
