package uk.safeguarding.concern.domain;

/** One indicator of possible sexual exploitation (procedure 3.1) with its weight in the risk model. */
public record Indicator(String code, String category, String description, int weight, boolean significant) {
}
