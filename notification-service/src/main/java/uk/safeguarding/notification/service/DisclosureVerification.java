package uk.safeguarding.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.safeguarding.notification.client.CheckpointWitness;
import uk.safeguarding.notification.config.CheckpointKeys;
import uk.safeguarding.notification.domain.Checkpoint;
import uk.safeguarding.notification.domain.CheckpointAudit;
import uk.safeguarding.notification.domain.CheckpointSignature;
import uk.safeguarding.notification.domain.DisclosureChain;
import uk.safeguarding.notification.repository.CheckpointRepository;
import uk.safeguarding.notification.repository.DisclosureCheckpoint;
import uk.safeguarding.notification.repository.DisclosureEntry;
import uk.safeguarding.notification.repository.DisclosureRepository;

import java.util.List;

/**
 * {@code GET /api/disclosures/verify}: the hash chain, every stored checkpoint's signature, and
 * the log against the newest checkpoint with a valid signature on the topic (the witness a
 * database superuser cannot rewrite) and against each stored one whose signature holds.
 */
@ApplicationScoped
public class DisclosureVerification {

    private static final Logger LOG = Logger.getLogger(DisclosureVerification.class);
    private static final int PAGE = 1000;

    /** Where the newest checkpoint was taken from. */
    public enum Witness { TOPIC, UNAVAILABLE }

    /**
     * @param invalidCheckpointAt the first stored checkpoint whose signature does not hold (written without the key)
     * @param checkpoint          the newest checkpoint with a valid signature (topic or stored)
     */
    public record Result(boolean valid, long entries, Long brokenAt, Long truncatedAfter, Long invalidCheckpointAt,
                         Checkpoint.Signed checkpoint, Witness witness) {
    }

    private final DisclosureLog log;
    private final DisclosureRepository disclosures;
    private final CheckpointRepository checkpoints;
    private final CheckpointWitness witness;
    private final CheckpointKeys keys;

    public DisclosureVerification(DisclosureLog log, DisclosureRepository disclosures, CheckpointRepository checkpoints,
                                  CheckpointWitness witness, CheckpointKeys keys) {
        this.log = log;
        this.disclosures = disclosures;
        this.checkpoints = checkpoints;
        this.witness = witness;
        this.keys = keys;
    }

    public Result verify() {
        Checkpoint.Signed witnessed;
        Witness source;
        try {
            witnessed = witness.newest(keys.publicKey()).orElse(null);
            source = Witness.TOPIC;
        } catch (CheckpointWitness.Unavailable e) {
            // Still check the chain and the stored checkpoints, and say the witness was not read.
            LOG.warnf("verify: %s", e.getMessage());
            witnessed = null;
            source = Witness.UNAVAILABLE;
        }
        Checkpoint.Signed fromTopic = witnessed;
        Witness read = source;
        return QuarkusTransaction.requiringNew().call(() -> check(fromTopic, read));
    }

    private Result check(Checkpoint.Signed witnessed, Witness source) {
        CheckpointAudit audit = new CheckpointAudit();
        Checkpoint.Signed newest = witnessed;
        if (witnessed != null) {
            DisclosureEntry row = disclosures.findById(witnessed.entries());
            audit.compare(witnessed.checkpoint(), row == null ? null : row.hash);
        }
        Long invalidAt = null;
        long after = 0;
        while (true) {
            List<Object[]> page = checkpoints.withLogHashAfter(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (Object[] pair : page) {
                DisclosureCheckpoint stored = (DisclosureCheckpoint) pair[0];
                Checkpoint.Signed signed = CheckpointService.toSigned(stored);
                if (CheckpointSignature.verify(signed.checkpoint(), signed.signature(), keys.publicKey())) {
                    audit.compare(signed.checkpoint(), (String) pair[1]);
                    if (newest == null || signed.entries() > newest.entries()) {
                        newest = signed;
                    }
                } else if (invalidAt == null) {
                    invalidAt = stored.entries;
                }
                after = stored.entries;
            }
            checkpoints.getEntityManager().clear();
        }
        DisclosureChain.Verification chain = log.verify();
        DisclosureEntry last = disclosures.last();
        CheckpointAudit.Outcome outcome = audit.result(chain, last == null ? 0 : last.seq);
        return new Result(outcome.valid() && invalidAt == null, chain.entries(), outcome.brokenAt(), outcome.truncatedAfter(),
                invalidAt, newest, source);
    }
}
