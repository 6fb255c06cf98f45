package uk.safeguarding.missing.repository;

import uk.safeguarding.testing.ShippedMigrations;

/** The last release's migrations are kept as they shipped, and Flyway refuses an edited or removed one. */
class UpgradeValidationTest extends ShippedMigrations {

    UpgradeValidationTest() {
        super("missing_shipped");
    }
}
