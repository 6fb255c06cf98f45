package uk.safeguarding.concern.api;

import java.util.List;

/** A page of a list, newest first. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
