package uk.safeguarding.platform.idempotency;

import java.util.Optional;

/**
 * Where {@link IdempotencyFilters} keep the first result of a key. The web edge decides what a
 * key means (scope, body hash, replay); the store only keeps it, each call in its own transaction.
 * platform-data's is the service's own database.
 */
public interface IdempotencyStore {

    /** The first response for a key, as it will be replayed. */
    record Remembered(int status, String body, String contentType, String location, String etag) {
    }

    /** What a claim found: nothing yet (the key is now ours), the same body still running, another body, or a result. */
    enum Outcome { FRESH, IN_PROGRESS, OTHER_BODY, DONE }

    /** {@code result} only when DONE. */
    record Claim(Outcome outcome, Remembered result) {
        public static Claim of(Outcome outcome) {
            return new Claim(outcome, null);
        }

        public static Claim done(Remembered result) {
            return new Claim(Outcome.DONE, result);
        }
    }

    /** Claims the key's scope for this body, or says what an earlier request with it left. */
    Claim claim(String scopeHash, String requestHash);

    /** The request finished: remember its result, or forget the claim (a 5xx may be tried again). */
    void finish(String scopeHash, Optional<Remembered> result);
}
