package uk.safeguarding.concern.service;

import uk.safeguarding.platform.web.Params;

import uk.safeguarding.platform.web.PageRequest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.concern.api.IntelligenceMatchView;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.concern.repository.IntelligenceMatch;
import uk.safeguarding.concern.repository.IntelligenceMatchConcern;
import uk.safeguarding.concern.repository.IntelligenceMatchRepository;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.redaction.DisclosureField;
import uk.safeguarding.platform.redaction.Packet;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.redaction.RecipientType;
import uk.safeguarding.platform.redaction.RedactionPolicy;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.Role;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The reads of matches: a force's police see the force's matches (anyone else 403; another force's
 * match 404), and notification-service fetches a match's packet, redacted by the shared table.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IntelligenceMatches {

    public static final String PACKET_TYPE = "INTELLIGENCE_MATCH";
    /** What a match discloses: the value, the settings, and the referrals (with concern and child ids). */
    private static final List<DisclosureField> FIELDS = List.of(DisclosureField.INTELLIGENCE, DisclosureField.SETTING,
            DisclosureField.REFERRAL);

    private final IntelligenceMatchRepository matches;
    private final Caller caller;
    private final ObjectMapper mapper;

    public IntelligenceMatches(IntelligenceMatchRepository matches, Caller caller, ObjectMapper mapper) {
        this.matches = matches;
        this.caller = caller;
        this.mapper = mapper;
    }

    public Page<IntelligenceMatchView> list(PageRequest paging) {
        caller.require(Role.POLICE);
        PanacheQuery<IntelligenceMatch> query = matches.ofForce(caller.orgId()).page(paging.page(), paging.size());
        List<IntelligenceMatch> page = query.list();
        return new Page<>(views(page), paging.page(), paging.size(), query.count());
    }

    public IntelligenceMatchView get(String id) {
        caller.require(Role.POLICE);
        UUID matchId = Params.uuid("id", id);
        IntelligenceMatch match = matchId == null ? null : matches.findById(matchId);
        Caller.visibleOr404(match, match != null && caller.isOwnOrg(match.forceOrgId) && match.children >= 2, "match " + id);
        return views(List.of(match)).get(0);
    }

    /** For notification-service: the match for its force's police; for anyone else, and once withdrawn, nothing (inactive). */
    public Packet packet(UUID matchId, RecipientType recipient) {
        IntelligenceMatch match = matches.findById(matchId);
        if (match == null) {
            throw ProblemException.notFound("match " + matchId);
        }
        List<DisclosureField> fields = FIELDS.stream().filter(f -> RedactionPolicy.allows(recipient, PacketPurpose.NOTIFICATION, f)).toList();
        boolean active = match.children >= 2 && fields.contains(DisclosureField.INTELLIGENCE);
        return new Packet(PACKET_TYPE, recipient, PacketPurpose.NOTIFICATION, null,
                active ? fields.stream().map(Enum::name).toList() : List.of(), active,
                active ? mapper.valueToTree(views(List.of(match)).get(0)) : mapper.createObjectNode());
    }

    private List<IntelligenceMatchView> views(List<IntelligenceMatch> page) {
        Map<UUID, List<IntelligenceMatchConcern>> concerns = matches.concernsOf(page.stream().map(m -> m.id).toList()).stream()
                .collect(Collectors.groupingBy(c -> c.matchId));
        return page.stream().map(m -> new IntelligenceMatchView(m.id, m.kind.name(), m.value,
                concerns.getOrDefault(m.id, List.of()).stream().map(c -> new IntelligenceMatchView.Concern(c.concernId, c.childId,
                        c.settingOrgId, c.referralId, c.firstSeenAt)).toList(), m.createdAt, m.updatedAt)).toList();
    }
}
