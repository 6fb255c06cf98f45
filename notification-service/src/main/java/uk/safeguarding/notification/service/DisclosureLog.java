package uk.safeguarding.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.notification.domain.DisclosureAction;
import uk.safeguarding.notification.domain.DisclosureChain;
import uk.safeguarding.notification.repository.DisclosureEntry;
import uk.safeguarding.notification.repository.DisclosureRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The disclosure log: appended in the transaction of the change that disclosed, by one writer
 * at a time (a transaction-scoped advisory lock), each entry chained to the one before.
 */
@ApplicationScoped
public class DisclosureLog {

    private static final int VERIFY_PAGE = 1000;

    private final DisclosureRepository repository;
    private final ObjectMapper mapper;

    public DisclosureLog(DisclosureRepository repository, ObjectMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    /** What was disclosed to whom, and why. */
    public record Disclosure(UUID childId, String recipientOrgId, String eventId, UUID deliveryId, DisclosureAction action,
                             String packetType, List<String> fieldsDisclosed, String lawfulBasis, String consentStatus) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DisclosureEntry append(Disclosure d) {
        repository.lockChain();
        DisclosureEntry last = repository.last();
        DisclosureEntry row = new DisclosureEntry();
        row.seq = last == null ? 1 : last.seq + 1;
        row.at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        row.childId = d.childId();
        row.recipientOrgId = d.recipientOrgId();
        row.eventId = d.eventId();
        row.deliveryId = d.deliveryId();
        row.action = d.action().name();
        row.packetType = d.packetType();
        row.fieldsDisclosed = writeFields(d.fieldsDisclosed());
        row.lawfulBasis = d.lawfulBasis();
        row.consentStatus = d.consentStatus();
        row.prevHash = last == null ? DisclosureChain.GENESIS : last.hash;
        row.hash = DisclosureChain.hash(toChainEntry(row));
        repository.persist(row);
        return row;
    }

    /** Walks the whole chain in order; names the first entry that does not hold. */
    @Transactional(Transactional.TxType.REQUIRED)
    public DisclosureChain.Verification verify() {
        DisclosureChain.Verifier verifier = new DisclosureChain.Verifier();
        long after = 0;
        boolean intact = true;
        while (intact) {
            List<DisclosureEntry> page = repository.after(after, VERIFY_PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (DisclosureEntry row : page) {
                if (!verifier.accept(toChainEntry(row), row.hash)) {
                    intact = false;
                    break;
                }
                after = row.seq;
            }
            repository.getEntityManager().clear();
        }
        DisclosureChain.Verification walked = verifier.result();
        return new DisclosureChain.Verification(walked.valid(), repository.count(), walked.brokenAt());
    }

    public DisclosureChain.Entry toChainEntry(DisclosureEntry row) {
        return new DisclosureChain.Entry(row.seq, row.at.toInstant(), row.childId, row.recipientOrgId, row.eventId,
                row.deliveryId, row.action, row.packetType, readFields(row.fieldsDisclosed), row.lawfulBasis,
                row.consentStatus, row.prevHash);
    }

    public List<String> readFields(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            // A row altered outside the service: it cannot verify.
            return List.of("<unreadable>");
        }
    }

    private String writeFields(List<String> fields) {
        try {
            return mapper.writeValueAsString(fields == null ? List.of() : fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
