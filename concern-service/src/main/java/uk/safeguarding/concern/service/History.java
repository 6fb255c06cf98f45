package uk.safeguarding.concern.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.concern.repository.HistoryEntry;
import uk.safeguarding.concern.repository.HistoryRepository;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Appends to a concern's chronology: every change, who, when, what. Never intelligence or free text. */
@ApplicationScoped
public class History {

    public static final String SYSTEM = "system";

    private final HistoryRepository entries;
    private final ObjectMapper mapper;

    public History(HistoryRepository entries, ObjectMapper mapper) {
        this.entries = entries;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID concernId, OffsetDateTime at, String actor, String action, Map<String, ?> details) {
        HistoryEntry e = new HistoryEntry();
        e.concernId = concernId;
        e.at = at;
        e.actor = actor;
        e.action = action;
        try {
            e.details = mapper.writeValueAsString(details);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("history details not serialisable", ex);
        }
        entries.persist(e);
    }
}
