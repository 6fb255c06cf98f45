package uk.safeguarding.referral.service;

import uk.safeguarding.platform.web.IfMatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.outbox.Outbox;
import uk.safeguarding.platform.problem.Problem;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.referral.api.OrganisationBody;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.referral.domain.OrganisationRules;
import uk.safeguarding.referral.domain.OrganisationVisibility;
import uk.safeguarding.referral.mapping.OrganisationMapper;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.Role;
import uk.safeguarding.referral.repository.ChildRepository;
import uk.safeguarding.referral.repository.DirectoryEntry;
import uk.safeguarding.referral.repository.DirectoryRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The organisation directory: registration, updates and who sees which entry. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    /** The outcome of a write: the entry and whether it was created. */
    public record Written(Organisation organisation, int version, boolean created) {
    }

    private final DirectoryRepository repository;
    private final OrganisationMapper mapper;
    private final OwnedOrganisationDirectory directory;
    private final Outbox outbox;
    private final Event<OrganisationChanged> changed;
    private final ChildRepository children;

    public OrganisationService(DirectoryRepository repository, OrganisationMapper mapper, OwnedOrganisationDirectory directory,
                               Outbox outbox, Event<OrganisationChanged> changed, ChildRepository children) {
        this.repository = repository;
        this.children = children;
        this.mapper = mapper;
        this.directory = directory;
        this.outbox = outbox;
        this.changed = changed;
    }

    /** Registers a new organisation; its id must be free (409). */
    public Written register(OrganisationBody body) {
        if (body.id() == null) {
            throw ProblemException.badRequest("id", "must not be null");
        }
        if (repository.findByIdOptional(body.id()).isPresent()) {
            throw ProblemException.conflict("an organisation with this id is already registered");
        }
        return create(body.id(), body);
    }

    /** Creates or updates the organisation {@code id}; a stale {@code ifMatch} version → 412. */
    public Written put(String id, OrganisationBody body, String ifMatch) {
        if (body.id() != null && !body.id().equals(id)) {
            throw ProblemException.badRequest("id", "must match the id in the path");
        }
        Optional<DirectoryEntry> existing = repository.findByIdOptional(id);
        if (existing.isEmpty()) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw ProblemException.preconditionFailed("the organisation does not exist");
            }
            return create(id, body);
        }
        DirectoryEntry entry = existing.get();
        IfMatch.check(ifMatch, IfMatch.etag(entry.version));
        if (entry.type != body.type()) {
            throw ProblemException.conflict("an organisation's type cannot change; register a new one");
        }
        check(id, body);
        mapper.toEntity(body, entry);
        entry.updatedAt = now();
        repository.flush();
        Organisation org = entry.toOrganisation();
        outbox.publish(Topics.ORGANISATIONS, EventTypes.ORGANISATION_UPDATED, id, mapper.toEvent(entry));
        changed.fire(new OrganisationChanged(org));
        return new Written(org, entry.version, false);
    }

    private Written create(String id, OrganisationBody body) {
        check(id, body);
        if (body.type() == OrganisationType.OFSTED) {
            repository.inspectorate().filter(o -> !o.id.equals(id)).ifPresent(o -> {
                throw ProblemException.conflict("the directory already holds the national inspectorate (" + o.id + "); there is only one");
            });
        }
        DirectoryEntry entry = new DirectoryEntry();
        mapper.toEntity(body, entry);
        entry.id = id;
        entry.createdAt = now();
        entry.updatedAt = entry.createdAt;
        repository.persistAndFlush(entry);
        Organisation org = entry.toOrganisation();
        outbox.publish(Topics.ORGANISATIONS, EventTypes.ORGANISATION_REGISTERED, id, mapper.toEvent(entry));
        changed.fire(new OrganisationChanged(org));
        return new Written(org, entry.version, true);
    }

    private void check(String id, OrganisationBody body) {
        Organisation candidate = new Organisation(id, body.name(), body.type(), body.localAuthorityOrgId(),
                body.policeForceOrgId(), body.ofstedUrn());
        List<OrganisationRules.Violation> violations = OrganisationRules.check(candidate, directory::find);
        List<Problem.FieldError> shape = violations.stream().filter(v -> !v.unprocessable())
                .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        if (!shape.isEmpty()) {
            throw ProblemException.invalid(shape);
        }
        List<Problem.FieldError> references = violations.stream().filter(OrganisationRules.Violation::unprocessable)
                .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        if (!references.isEmpty()) {
            throw new ProblemException(422, "Unprocessable", "the organisation names an agency the directory does not hold",
                    references, Map.of());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DirectoryEntry> find(String id) {
        return repository.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String id) {
        return repository.findByIdOptional(id).isPresent();
    }

    /** Who the caller is, for the visibility rule: admin, organisation and type, where it places children. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganisationVisibility.Viewer viewer(Caller caller) {
        Optional<OrganisationType> type = caller.orgType();
        Set<String> placements = type.filter(t -> t == OrganisationType.LOCAL_AUTHORITY).isPresent()
                ? children.placementsOf(caller.orgId()) : Set.of();
        return new OrganisationVisibility.Viewer(caller.orgId(), type, caller.acts(Role.ADMIN), placements);
    }

    /** The entries the viewer may see, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Organisation> list(OrganisationVisibility.Viewer viewer, OrganisationType type, int page, int size) {
        List<Organisation> visible = repository.listNewestFirst(type).stream()
                .map(DirectoryEntry::toOrganisation)
                .filter(org -> OrganisationVisibility.visible(viewer, org))
                .toList();
        int from = (int) Math.min((long) page * size, visible.size());
        int to = Math.min(from + size, visible.size());
        return new Page<>(visible.subList(from, to), page, size, visible.size());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
