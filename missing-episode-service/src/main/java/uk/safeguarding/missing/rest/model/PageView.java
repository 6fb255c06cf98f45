package uk.safeguarding.missing.rest.model;

import java.util.List;

/** A page of a list, newest first. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
