package uk.safeguarding.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.safeguarding.platform.config.PlatformConfig;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The service's own table of first results ({@link IdempotencyRecord}), each call in a transaction of its own. */
@ApplicationScoped
public class DatabaseIdempotencyStore implements IdempotencyStore {

    private final PlatformConfig config;
    private final Clock clock;

    public DatabaseIdempotencyStore(PlatformConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Claim claim(String scopeHash, String requestHash) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> {
            IdempotencyRecord row = IdempotencyRecord.findById(scopeHash, LockModeType.PESSIMISTIC_WRITE);
            if (row != null && row.createdAt.isBefore(now.minus(config.idempotency().ttl()))) {
                row.delete();
                row = null;
            }
            if (row == null) {
                IdempotencyRecord fresh = new IdempotencyRecord();
                fresh.scopeHash = scopeHash;
                fresh.requestHash = requestHash;
                fresh.createdAt = now;
                fresh.persist();
                return Claim.of(Outcome.FRESH);
            }
            if (!row.requestHash.equals(requestHash)) {
                return Claim.of(Outcome.OTHER_BODY);
            }
            if (row.status == null) {
                if (row.createdAt.isAfter(now.minus(config.idempotency().inFlightTimeout()))) {
                    return Claim.of(Outcome.IN_PROGRESS);
                }
                row.createdAt = now;
                return Claim.of(Outcome.FRESH);
            }
            return Claim.done(new Remembered(row.status, row.responseBody, row.contentType, row.location, row.etag));
        });
    }

    @Override
    public void finish(String scopeHash, Optional<Remembered> result) {
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord row = IdempotencyRecord.findById(scopeHash);
            if (row == null) {
                return;
            }
            if (result.isEmpty()) {
                row.delete();
                return;
            }
            Remembered first = result.get();
            row.status = first.status();
            row.responseBody = first.body();
            row.contentType = first.contentType();
            row.location = first.location();
            row.etag = first.etag();
        });
    }
}
