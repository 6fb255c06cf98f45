package uk.safeguarding.concern.api;

import java.time.OffsetDateTime;
import java.util.List;

/** Intelligence as stored: registrations normalised and flagged when unverified. */
public record IntelligenceView(List<Vehicle> vehicles, List<Person> persons, List<Location> locations) {

    /** @param format the UK format the registration fits (CURRENT, PREFIX, SUFFIX, DATELESS), if any */
    public record Vehicle(String reg, boolean partial, String make, String colour, OffsetDateTime seenAt,
                          boolean unverifiedFormat, String format) {
    }

    public record Person(String name, String description) {
    }

    public record Location(String text) {
    }
}
