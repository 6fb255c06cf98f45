package uk.safeguarding.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.safeguarding.notification.client.CheckpointWitness;
import uk.safeguarding.notification.config.CheckpointConfig;
import uk.safeguarding.notification.config.CheckpointKeys;
import uk.safeguarding.notification.domain.Checkpoint;
import uk.safeguarding.notification.domain.CheckpointAudit;
import uk.safeguarding.notification.domain.CheckpointSignature;
import uk.safeguarding.notification.domain.DisclosureChain;
import uk.safeguarding.notification.repository.CheckpointRepository;
import uk.safeguarding.notification.repository.DisclosureCheckpoint;
import uk.safeguarding.notification.repository.DisclosureEntry;
import uk.safeguarding.notification.repository.DisclosureRepository;
import uk.safeguarding.platform.event.CloudEvent;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.DisclosureCheckpointEvent;
import uk.safeguarding.platform.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs a checkpoint of the disclosure log when it has grown since the newest one (contract
 * section 8): stored, and published through the outbox on {@code safeguarding.disclosure-checkpoints}.
 * One per growth, whichever replica gets there first (a try-lock, and one row per length).
 * A log that no longer extends the prior checkpoint (stored or on the topic) is never signed:
 * otherwise a truncation could be blessed by the next checkpoint.
 */
@ApplicationScoped
public class CheckpointService {

    private static final Logger LOG = Logger.getLogger(CheckpointService.class);
    private static final int WALK_PAGE = 1000;

    private final DisclosureRepository disclosures;
    private final CheckpointRepository checkpoints;
    private final DisclosureLog log;
    private final CheckpointKeys keys;
    private final CheckpointWitness witness;
    private final Outbox outbox;
    private final CheckpointConfig config;
    private final Clock clock;
    private final MeterRegistry registry;

    public CheckpointService(DisclosureRepository disclosures, CheckpointRepository checkpoints, DisclosureLog log,
                             CheckpointKeys keys, CheckpointWitness witness, Outbox outbox, CheckpointConfig config,
                             Clock clock, MeterRegistry registry) {
        this.disclosures = disclosures;
        this.checkpoints = checkpoints;
        this.log = log;
        this.keys = keys;
        this.witness = witness;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.registry = registry;
    }

    /**
     * @return the checkpoint signed now; empty when the log has not grown, another replica is
     *         signing, or the log does not extend the prior checkpoint
     * @throws CheckpointWitness.Unavailable when the topic cannot be read (nothing is signed without the witness)
     */
    public Optional<Checkpoint.Signed> checkpointIfGrown() {
        if (!grownSinceStored()) {
            return Optional.empty();
        }
        // Read outside the transaction: it is a network call.
        Checkpoint.Signed witnessed = witness.newest(keys.publicKey()).orElse(null);
        return QuarkusTransaction.requiringNew().call(() -> signIfGrown(witnessed));
    }

    private boolean grownSinceStored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            DisclosureEntry last = disclosures.last();
            DisclosureCheckpoint stored = checkpoints.newest();
            return last != null && (stored == null || last.seq > stored.entries);
        });
    }

    private Optional<Checkpoint.Signed> signIfGrown(Checkpoint.Signed witnessed) {
        if (!checkpoints.tryLock()) {
            return Optional.empty();
        }
        DisclosureEntry head = disclosures.last();
        if (head == null) {
            return Optional.empty();
        }
        List<Checkpoint.Signed> priors = new ArrayList<>();
        DisclosureCheckpoint stored = checkpoints.newest();
        if (stored != null) {
            Checkpoint.Signed own = toSigned(stored);
            if (!CheckpointSignature.verify(own.checkpoint(), own.signature(), keys.publicKey())) {
                return refuse("the newest stored checkpoint's signature does not hold", own.entries());
            }
            priors.add(own);
        }
        if (witnessed != null) {
            priors.add(witnessed);
        }
        CheckpointAudit audit = new CheckpointAudit();
        for (Checkpoint.Signed prior : priors) {
            audit.compare(prior.checkpoint(), hashAt(prior.entries()));
        }
        if (!audit.mayExtend(head.seq)) {
            return refuse("the log no longer holds what a checkpoint signed", head.seq);
        }
        Checkpoint.Signed prior = priors.stream().max(Comparator.comparingLong(Checkpoint.Signed::entries)).orElse(null);
        if (prior != null && prior.entries() == head.seq) {
            return Optional.empty();
        }
        Long broken = brokenSince(prior, head.seq);
        if (broken != null) {
            return refuse("an entry after the prior checkpoint does not chain", broken);
        }
        Checkpoint checkpoint = Checkpoint.of(head.seq, head.hash, clock.instant());
        String signature = CheckpointSignature.sign(checkpoint, keys.privateKey());
        CloudEvent event = outbox.publish(Topics.DISCLOSURE_CHECKPOINTS, EventTypes.DISCLOSURE_CHECKPOINT, config.recordKey(),
                new DisclosureCheckpointEvent(checkpoint.entries(), checkpoint.headHash(), checkpoint.at(), signature));
        DisclosureCheckpoint row = new DisclosureCheckpoint();
        row.entries = checkpoint.entries();
        row.headHash = checkpoint.headHash();
        row.at = OffsetDateTime.ofInstant(Instant.parse(checkpoint.at()), ZoneOffset.UTC);
        row.signature = signature;
        row.eventId = UUID.fromString(event.id());
        checkpoints.persist(row);
        registry.counter("disclosure.checkpoints.signed").increment();
        return Optional.of(new Checkpoint.Signed(checkpoint, signature));
    }

    /** The first seq in (prior, head] that does not chain on from the prior checkpoint; null when all do. */
    private Long brokenSince(Checkpoint.Signed prior, long head) {
        DisclosureChain.Verifier verifier = prior == null ? new DisclosureChain.Verifier()
                : new DisclosureChain.Verifier(prior.entries(), prior.checkpoint().headHash());
        long after = prior == null ? 0 : prior.entries();
        while (after < head) {
            List<DisclosureEntry> page = disclosures.after(after, WALK_PAGE);
            if (page.isEmpty()) {
                return after + 1;
            }
            for (DisclosureEntry row : page) {
                if (row.seq > head) {
                    return null;
                }
                if (!verifier.accept(log.toChainEntry(row), row.hash)) {
                    return verifier.result().brokenAt();
                }
                after = row.seq;
            }
            disclosures.getEntityManager().clear();
        }
        return null;
    }

    private String hashAt(long seq) {
        DisclosureEntry row = disclosures.findById(seq);
        return row == null ? null : row.hash;
    }

    private Optional<Checkpoint.Signed> refuse(String why, long seq) {
        registry.counter("disclosure.checkpoints.refused").increment();
        LOG.errorf("disclosure log: no checkpoint signed: %s (seq %d); GET /api/disclosures/verify says where", why, seq);
        return Optional.empty();
    }

    static Checkpoint.Signed toSigned(DisclosureCheckpoint row) {
        return new Checkpoint.Signed(new Checkpoint(row.entries, row.headHash, DisclosureChain.formatTime(row.at.toInstant())),
                row.signature);
    }
}
