package uk.safeguarding.notification.rest.model;

import java.util.List;

/** A page of a list, newest first (contract section 3). */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
