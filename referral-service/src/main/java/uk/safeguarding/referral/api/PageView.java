package uk.safeguarding.referral.api;

import java.util.List;

/** A page of a list, newest first. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
