package uk.safeguarding.notification.rest;

import uk.safeguarding.notification.domain.DeliveryStatus;
import uk.safeguarding.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Query parameters shared by the lists (contract section 3): page ≥ 0, 1 ≤ size ≤ 200. */
final class Paging {

    static final int MAX_SIZE = 200;

    private Paging() {
    }

    static void check(int page, int size) {
        if (page < 0) {
            throw ProblemException.badRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be 1 to " + MAX_SIZE);
        }
    }

    static DeliveryStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DeliveryStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "must be one of "
                    + Arrays.stream(DeliveryStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
