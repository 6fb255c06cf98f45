package uk.safeguarding.concern.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.concern.api.IntelligenceView;
import uk.safeguarding.concern.domain.IntelligenceMatching;
import uk.safeguarding.concern.mapping.ConcernMapper;
import uk.safeguarding.concern.repository.Child;
import uk.safeguarding.concern.repository.ChildRepository;
import uk.safeguarding.concern.repository.Concern;
import uk.safeguarding.concern.repository.ConcernIndicatorRepository;
import uk.safeguarding.concern.repository.ConcernRepository;
import uk.safeguarding.concern.repository.Intelligence;
import uk.safeguarding.concern.repository.IntelligenceMatch;
import uk.safeguarding.concern.repository.IntelligenceMatchConcern;
import uk.safeguarding.concern.repository.IntelligenceMatchRepository;
import uk.safeguarding.concern.repository.IntelligenceMatchRepository.HeldItem;
import uk.safeguarding.concern.repository.IntelligenceReferralPrompt;
import uk.safeguarding.concern.repository.IntelligenceRepository;
import uk.safeguarding.concern.repository.ReferralProjection;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.directory.OrganisationDirectory;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.IntelligenceMatchEvent;
import uk.safeguarding.platform.outbox.Outbox;
import uk.safeguarding.platform.security.OrganisationType;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs the match rules ({@link IntelligenceMatching}) whenever intelligence is stored or a concern
 * holding intelligence is referred to a police force, in the transaction of that change: creates or
 * grows the force's match and announces it ({@code intelligence.match-detected}, ids and counts
 * only), and prompts the DCPO of a concern not referred to police whose value its area's force
 * already holds ({@code concern.updated} {@code POLICE_INTELLIGENCE_MATCH}). Every lookup is by
 * the keyed hash of the value, through its index.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IntelligenceMatcher {

    public static final String CHANGE_POLICE_INTELLIGENCE_MATCH = "POLICE_INTELLIGENCE_MATCH";

    private final IntelligenceMatchRepository matches;
    private final IntelligenceRepository items;
    private final ConcernRepository concerns;
    private final ChildRepository children;
    private final ConcernIndicatorRepository indicators;
    private final OrganisationDirectory directory;
    private final ConcernMapper mapper;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Times times;

    public IntelligenceMatcher(IntelligenceMatchRepository matches, IntelligenceRepository items, ConcernRepository concerns,
                               ChildRepository children, ConcernIndicatorRepository indicators, OrganisationDirectory directory,
                               ConcernMapper mapper, Outbox outbox, ObjectMapper json, Times times) {
        this.times = times;
        this.matches = matches;
        this.items = items;
        this.concerns = concerns;
        this.children = children;
        this.indicators = indicators;
        this.directory = directory;
        this.mapper = mapper;
        this.outbox = outbox;
        this.json = json;
    }

    /** Intelligence was stored on a concern. */
    public void afterStored(Collection<Intelligence> stored) {
        rematch(stored.stream().map(i -> i.matchKey).filter(java.util.Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)));
    }

    /** A concern was referred to a police force. */
    public void afterReferredToPolice(UUID concernId) {
        rematch(new TreeSet<>(matches.keysOf(concernId)));
    }

    /** A referral was revoked: it discloses nothing more, so its concern leaves the force's matches. */
    public void afterRevoked(UUID referralId) {
        forget(matches.concernsThrough(referralId));
    }

    /** A child's records are erased: its concerns leave every match. */
    public void forgetChild(UUID childId) {
        forget(matches.concernsOfChild(childId));
    }

    private void forget(List<IntelligenceMatchConcern> rows) {
        Set<UUID> touched = new HashSet<>();
        for (IntelligenceMatchConcern row : rows) {
            touched.add(row.matchId);
            matches.removeConcern(row);
        }
        matches.getEntityManager().flush();
        for (UUID id : touched) {
            IntelligenceMatch m = matches.findById(id);
            m.children = (int) matches.concernsOf(List.of(id)).stream().map(r -> r.childId).distinct().count();
        }
    }

    /** Keys in a fixed order, so two transactions locking several keys never deadlock. */
    private void rematch(TreeSet<String> keys) {
        for (String key : keys) {
            matches.lock(key);
            rematchOne(key);
        }
    }

    private void rematchOne(String key) {
        List<HeldItem> held = matches.itemsWithKey(key);
        if (held.isEmpty()) {
            return;
        }
        Set<UUID> concernIds = held.stream().map(HeldItem::concernId).collect(Collectors.toSet());
        // force -> concern -> its (earliest) unrevoked referral to that force
        Map<String, Map<UUID, ReferralProjection>> byForce = new LinkedHashMap<>();
        for (ReferralProjection r : matches.policeReferralsOf(concernIds)) {
            byForce.computeIfAbsent(r.agencyOrgId, f -> new LinkedHashMap<>()).putIfAbsent(r.concernId, r);
        }
        for (Map.Entry<String, Map<UUID, ReferralProjection>> force : byForce.entrySet()) {
            List<HeldItem> inForce = held.stream().filter(h -> force.getValue().containsKey(h.concernId())).toList();
            List<IntelligenceMatching.Holder> holders = inForce.stream()
                    .map(h -> new IntelligenceMatching.Holder(h.concernId(), h.childId())).toList();
            if (IntelligenceMatching.isMatch(holders)) {
                createOrGrow(force.getKey(), key, inForce, force.getValue());
            }
        }
        promptUnreferred(key, held, byForce.keySet(), concernIds.stream()
                .filter(id -> byForce.values().stream().anyMatch(m -> m.containsKey(id))).collect(Collectors.toSet()));
    }

    private void createOrGrow(String force, String key, List<HeldItem> inForce, Map<UUID, ReferralProjection> referrals) {
        OffsetDateTime now = times.now();
        IntelligenceMatch match = matches.of(force, key).orElse(null);
        boolean created = match == null;
        Map<UUID, IntelligenceMatchConcern> listed = new LinkedHashMap<>();
        if (created) {
            Intelligence first = items.findById(inForce.get(0).itemId());
            match = new IntelligenceMatch();
            match.id = UUID.randomUUID();
            match.forceOrgId = force;
            match.matchKey = key;
            match.kind = IntelligenceMatching.Kind.valueOf(first.kind.name());
            match.value = displayValue(first);
            match.createdAt = now;
            match.updatedAt = now;
            matches.persist(match);
        } else {
            for (IntelligenceMatchConcern row : matches.concernsOf(List.of(match.id))) {
                listed.put(row.concernId, row);
            }
        }
        int added = 0;
        Map<UUID, List<HeldItem>> byConcern = inForce.stream().collect(Collectors.groupingBy(HeldItem::concernId, LinkedHashMap::new,
                Collectors.toList()));
        for (Map.Entry<UUID, List<HeldItem>> c : byConcern.entrySet()) {
            if (listed.containsKey(c.getKey())) {
                continue;
            }
            HeldItem h = c.getValue().get(0);
            IntelligenceMatchConcern row = new IntelligenceMatchConcern();
            row.matchId = match.id;
            row.concernId = h.concernId();
            row.childId = h.childId();
            row.settingOrgId = h.settingOrgId();
            row.referralId = referrals.get(h.concernId()).referralId;
            row.firstSeenAt = c.getValue().stream().map(this::firstSeen).min(OffsetDateTime::compareTo).orElse(h.addedAt());
            matches.persistConcern(row);
            listed.put(row.concernId, row);
            added++;
        }
        int childrenNow = (int) listed.values().stream().map(r -> r.childId).distinct().count();
        if (!created && added == 0 && childrenNow == match.children) {
            return;
        }
        match.children = childrenNow;
        match.updatedAt = now;
        if (created || added > 0) {
            outbox.publish(Topics.CONCERNS, EventTypes.INTELLIGENCE_MATCH_DETECTED, force,
                    new IntelligenceMatchEvent(match.id, force, match.kind.name(), listed.size(), created ? "CREATED" : "GREW", now));
        }
    }

    /**
     * An open concern not referred to any police force, holding a value that its area's force holds
     * through another concern: its DCPO is prompted, once per value, and told nothing of the other concern.
     */
    private void promptUnreferred(String key, List<HeldItem> held, Set<String> forcesHolding, Set<UUID> referredToPolice) {
        if (forcesHolding.isEmpty()) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        for (HeldItem h : held) {
            if (referredToPolice.contains(h.concernId()) || !seen.add(h.concernId()) || !h.status().awaitsDecision()
                    || matches.prompted(h.concernId(), key)) {
                continue;
            }
            Concern c = concerns.findById(h.concernId());
            Child child = children.findById(c.childId);
            Optional<String> areaForce = areaForce(c, child);
            if (areaForce.isEmpty() || !forcesHolding.contains(areaForce.get())) {
                continue;
            }
            OffsetDateTime now = times.now();
            IntelligenceReferralPrompt prompt = new IntelligenceReferralPrompt();
            prompt.concernId = c.id;
            prompt.matchKey = key;
            prompt.forceOrgId = areaForce.get();
            prompt.promptedAt = now;
            matches.persistPrompt(prompt);
            outbox.publish(Topics.CONCERNS, EventTypes.CONCERN_UPDATED, c.childId.toString(),
                    mapper.toEvent(c, child, indicators.codesOf(c.id), CHANGE_POLICE_INTELLIGENCE_MATCH, List.of(), now));
        }
    }

    /** The area's force (contract section 6): the home's when the child lives in a children's home, else the setting's. */
    private Optional<String> areaForce(Concern c, Child child) {
        Optional<Organisation> residence = directory.find(child.residenceOrgId).filter(o -> o.type() == OrganisationType.CHILDRENS_HOME);
        Optional<Organisation> area = residence.isPresent() ? residence : directory.find(c.settingOrgId);
        return area.map(Organisation::policeForceOrgId);
    }

    private String displayValue(Intelligence item) {
        return switch (item.kind) {
            case VEHICLE -> parse(item, IntelligenceView.Vehicle.class).reg();
            case PERSON -> IntelligenceMatching.displayName(parse(item, IntelligenceView.Person.class).name());
            case LOCATION -> throw new IllegalStateException("locations never match");
        };
    }

    private OffsetDateTime firstSeen(HeldItem h) {
        Intelligence item = items.findById(h.itemId());
        if (item.kind == Intelligence.Kind.VEHICLE) {
            OffsetDateTime seenAt = parse(item, IntelligenceView.Vehicle.class).seenAt();
            if (seenAt != null) {
                return seenAt;
            }
        }
        return h.addedAt();
    }

    private <T> T parse(Intelligence item, Class<T> type) {
        try {
            return json.readValue(item.content, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("intelligence item " + item.id + " unreadable");
        }
    }
}
