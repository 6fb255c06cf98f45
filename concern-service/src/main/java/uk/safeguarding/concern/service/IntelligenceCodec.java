package uk.safeguarding.concern.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.concern.api.IntelligenceRequest;
import uk.safeguarding.concern.api.IntelligenceView;
import uk.safeguarding.concern.domain.IntelligenceMatching;
import uk.safeguarding.concern.domain.VehicleRegistration;
import uk.safeguarding.concern.repository.Intelligence;
import uk.safeguarding.concern.repository.IntelligenceRepository;
import uk.safeguarding.concern.mapping.Text;
import uk.safeguarding.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns submitted intelligence into stored items (registrations normalised and checked) and
 * stored items back into a view. The content is encrypted by the entity's converter; nothing
 * here logs it.
 */
@ApplicationScoped
public class IntelligenceCodec {

    private final ObjectMapper mapper;
    private final IntelligenceRepository items;
    private final MatchKeys matchKeys;
    private final IntelligenceMatcher matcher;

    public IntelligenceCodec(ObjectMapper mapper, IntelligenceRepository items, MatchKeys matchKeys, IntelligenceMatcher matcher) {
        this.mapper = mapper;
        this.items = items;
        this.matchKeys = matchKeys;
        this.matcher = matcher;
    }

    /**
     * Normalises and checks; a vehicle needs at least a registration, make or colour.
     *
     * @param field where the intelligence sits in the request body ("intelligence." or "")
     */
    public IntelligenceView normalise(IntelligenceRequest request, String field) {
        List<IntelligenceView.Vehicle> vehicles = new ArrayList<>();
        List<IntelligenceRequest.Vehicle> submitted = request.vehicles() == null ? List.of() : request.vehicles();
        for (int i = 0; i < submitted.size(); i++) {
            IntelligenceRequest.Vehicle v = submitted.get(i);
            String reg = VehicleRegistration.normalise(v.reg());
            String make = Text.blankToNull(v.make());
            String colour = Text.blankToNull(v.colour());
            if (reg == null && make == null && colour == null) {
                throw ProblemException.badRequest(field + "vehicles[" + i + "]", "needs a registration, make or colour");
            }
            boolean partial = Boolean.TRUE.equals(v.partial());
            vehicles.add(new IntelligenceView.Vehicle(reg, partial, make, colour, v.seenAt(),
                    VehicleRegistration.unverified(reg, partial),
                    VehicleRegistration.formatOf(reg).map(Enum::name).orElse(null)));
        }
        List<IntelligenceView.Person> persons = request.persons() == null ? List.of()
                : request.persons().stream().map(p -> new IntelligenceView.Person(Text.blankToNull(p.name()), p.description().strip())).toList();
        List<IntelligenceView.Location> locations = request.locations() == null ? List.of()
                : request.locations().stream().map(l -> new IntelligenceView.Location(l.strip())).toList();
        return new IntelligenceView(List.copyOf(vehicles), persons, locations);
    }

    /**
     * Stores the items, each with the keyed hash it is matched on, and runs matching: this is the one
     * place intelligence is written, so whatever stores it is matched.
     */
    public List<Intelligence> store(UUID concernId, IntelligenceView view, OffsetDateTime at, String actor) {
        List<Intelligence> stored = new ArrayList<>();
        view.vehicles().forEach(v -> stored.add(persist(concernId, Intelligence.Kind.VEHICLE, v,
                IntelligenceMatching.vehicle(v.reg(), v.partial() || v.unverifiedFormat()), at, actor)));
        view.persons().forEach(p -> stored.add(persist(concernId, Intelligence.Kind.PERSON, p,
                IntelligenceMatching.person(p.name()), at, actor)));
        view.locations().forEach(l -> stored.add(persist(concernId, Intelligence.Kind.LOCATION, l, Optional.empty(), at, actor)));
        matcher.afterStored(stored);
        return stored;
    }

    /** How many items of intelligence the concern holds, read without decrypting any. */
    public int count(UUID concernId) {
        return (int) items.countOf(concernId);
    }

    public IntelligenceView read(UUID concernId) {
        List<IntelligenceView.Vehicle> vehicles = new ArrayList<>();
        List<IntelligenceView.Person> persons = new ArrayList<>();
        List<IntelligenceView.Location> locations = new ArrayList<>();
        for (Intelligence item : items.of(concernId)) {
            switch (item.kind) {
                case VEHICLE -> vehicles.add(parse(item, IntelligenceView.Vehicle.class));
                case PERSON -> persons.add(parse(item, IntelligenceView.Person.class));
                case LOCATION -> locations.add(parse(item, IntelligenceView.Location.class));
            }
        }
        return new IntelligenceView(vehicles, persons, locations);
    }

    private Intelligence persist(UUID concernId, Intelligence.Kind kind, Object content, Optional<IntelligenceMatching.MatchValue> value,
                                 OffsetDateTime at, String actor) {
        Intelligence item = new Intelligence();
        item.concernId = concernId;
        item.kind = kind;
        item.matchKey = value.map(matchKeys::of).orElse(null);
        try {
            item.content = mapper.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("intelligence item not serialisable");
        }
        item.addedAt = at;
        item.addedBy = actor;
        items.persist(item);
        return item;
    }

    private <T> T parse(Intelligence item, Class<T> type) {
        try {
            return mapper.readValue(item.content, type);
        } catch (JsonProcessingException e) {
            // Never the content in the message.
            throw new IllegalStateException("intelligence item " + item.id + " unreadable");
        }
    }
}
