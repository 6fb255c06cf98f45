package uk.safeguarding.referral.domain;

import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.security.OrganisationType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import static uk.safeguarding.platform.security.OrganisationType.CHILDRENS_HOME;
import static uk.safeguarding.platform.security.OrganisationType.HEALTH;
import static uk.safeguarding.platform.security.OrganisationType.LOCAL_AUTHORITY;
import static uk.safeguarding.platform.security.OrganisationType.OFSTED;
import static uk.safeguarding.platform.security.OrganisationType.POLICE_FORCE;
import static uk.safeguarding.platform.security.OrganisationType.SPECIALIST_SERVICE;

/**
 * Which agencies a decided concern is referred to (contract section 6, procedure 3.3–3.4):
 * one referral per agency, with its lawful basis and due time. The rules are the table
 * {@link #RULES}; an agency the directory cannot resolve still yields a referral, flagged
 * {@code unresolvedAgency}, never a skipped one.
 */
public final class ReferralRouting {

    /** What the rules read: the facts of {@code concern.decided} (and the child, learnt from events). */
    public record Decision(UUID concernId, UUID childId, String settingOrgId, String residenceOrgId,
                           boolean lookedAfter, String placingAuthorityOrgId, String outcome,
                           boolean cseSuspected, String consentStatus, String specialistOrgId,
                           boolean specialistAgreed, OffsetDateTime decidedAt) {
    }

    /** The directory as routing sees it. */
    public interface Directory {
        Optional<Organisation> find(String orgId);

        /** The inspectorate (the organisation of type OFSTED). */
        Optional<Organisation> ofsted();
    }

    /** One referral to create. {@code agencyOrgId} is null when not even the id is known. */
    public record Route(AgencyRole role, String agencyOrgId, OrganisationType agencyType, LawfulBasis lawfulBasis,
                        String consentStatus, OffsetDateTime dueBy, boolean unresolvedAgency, String rule) {
    }

    /** The facts a rule looks at: the decision, and the setting and residence as the directory knows them. */
    public record Facts(Decision decision, Optional<Organisation> setting, Optional<Organisation> residence,
                        Directory directory) {

        boolean refer() {
            return "REFER".equals(decision.outcome());
        }

        /**
         * The home (contract section 6): the child's residence when it names a children's home,
         * else the setting when it is one.
         */
        Optional<Organisation> home() {
            Optional<Organisation> residenceHome = residence.filter(o -> o.type() == CHILDRENS_HOME);
            return residenceHome.isPresent() ? residenceHome : setting.filter(o -> o.type() == CHILDRENS_HOME);
        }

        boolean inChildrensHome() {
            return home().isPresent();
        }

        /**
         * The area whose social care and police are referred to (procedure 3.3: "in which the home
         * is located"): the home when there is one, else the setting. A residence named but not
         * (yet) in the directory leaves the area unknown (an unresolved referral), never the
         * setting's by default: the school's authority is the wrong one for a child living in a home.
         */
        Optional<Organisation> area() {
            if (decision.residenceOrgId() != null && residence.isEmpty()) {
                return Optional.empty();
            }
            return home().or(() -> setting);
        }
    }

    /**
     * One row of the routing table.
     *
     * @param agency the agency's id (empty: unknown, e.g. the setting is not in the directory)
     * @param agencyTypes the types the agency must have
     * @param assumedType the type recorded when the agency cannot be resolved
     * @param consent the consent status the referral records
     */
    public record Rule(String name, AgencyRole role, Predicate<Facts> applies, Function<Facts, Optional<String>> agency,
                       Set<OrganisationType> agencyTypes, OrganisationType assumedType, LawfulBasis lawfulBasis,
                       Due due, Function<Decision, String> consent, String reference) {
    }

    public static final String GIVEN = "GIVEN";

    public static final List<Rule> RULES = List.of(
            new Rule("REFER_SOCIAL_CARE", AgencyRole.SOCIAL_CARE, Facts::refer,
                    f -> f.area().map(Organisation::localAuthorityOrgId),
                    EnumSet.of(LOCAL_AUTHORITY), LOCAL_AUTHORITY, LawfulBasis.PUBLIC_TASK, Due.workingDays(1),
                    Decision::consentStatus, "procedure 3.3: children's social care of the area (\"in which the home is located\")"),
            new Rule("REFER_POLICE", AgencyRole.POLICE, Facts::refer,
                    f -> f.area().map(Organisation::policeForceOrgId),
                    EnumSet.of(POLICE_FORCE), POLICE_FORCE, LawfulBasis.PUBLIC_TASK, Due.hours(24),
                    Decision::consentStatus, "procedure 3.3: the area's police force"),
            new Rule("REG40_OFSTED", AgencyRole.OFSTED, f -> f.decision().cseSuspected() && f.inChildrensHome(),
                    f -> f.directory().ofsted().map(Organisation::id),
                    EnumSet.of(OFSTED), OFSTED, LawfulBasis.LEGAL_OBLIGATION, Due.hours(24),
                    Decision::consentStatus, "Children's Homes (England) Regulations 2015 reg. 40(4)(a)"),
            new Rule("REG40_PLACING_AUTHORITY", AgencyRole.PLACING_AUTHORITY,
                    f -> f.decision().cseSuspected() && f.inChildrensHome() && f.decision().lookedAfter(),
                    f -> Optional.ofNullable(f.decision().placingAuthorityOrgId()),
                    EnumSet.of(LOCAL_AUTHORITY), LOCAL_AUTHORITY, LawfulBasis.LEGAL_OBLIGATION, Due.hours(24),
                    Decision::consentStatus, "Children's Homes (England) Regulations 2015 reg. 40(4)(a)"),
            // Procedure 3.3: "Ofsted, the placing authority and police must be informed", whatever the outcome.
            new Rule("CSE_HOME_POLICE", AgencyRole.POLICE, f -> f.decision().cseSuspected() && f.inChildrensHome(),
                    f -> f.home().map(Organisation::policeForceOrgId),
                    EnumSet.of(POLICE_FORCE), POLICE_FORCE, LawfulBasis.LEGAL_OBLIGATION, Due.hours(24),
                    Decision::consentStatus, "procedure 3.3: suspected CSE at a home: the home's police force must be informed"),
            // The child agreed to this referral (procedure 3.4): that agreement is the consent it rests on.
            new Rule("AGREED_SPECIALIST", AgencyRole.SPECIALIST,
                    f -> f.decision().specialistAgreed() && f.decision().specialistOrgId() != null,
                    f -> Optional.ofNullable(f.decision().specialistOrgId()),
                    EnumSet.of(SPECIALIST_SERVICE, HEALTH), SPECIALIST_SERVICE, LawfulBasis.CONSENT, Due.workingDays(5),
                    d -> GIVEN, "procedure 3.4: a referral the child agrees to"));

    /**
     * Not a rule of the decision: social care's {@code NOT_IN_NEED} response names the agencies
     * (procedure 3.3: "the Social Worker should consider onward referral to relevant agencies"),
     * each referred on the local authority's public task, due within 5 working days. An onward
     * specialist or health service still receives identity only with the child's own agreement.
     */
    public static final Rule ONWARD = new Rule("NOT_IN_NEED_ONWARD", AgencyRole.ONWARD, f -> false, f -> Optional.empty(),
            EnumSet.of(LOCAL_AUTHORITY, POLICE_FORCE, SPECIALIST_SERVICE, HEALTH), LOCAL_AUTHORITY, LawfulBasis.PUBLIC_TASK,
            Due.workingDays(5), Decision::consentStatus, "procedure 3.3: onward referral when not in need");

    /** The referral to one organisation named for onward referral. */
    public Route onward(Organisation agency, String consentStatus, OffsetDateTime respondedAt) {
        return new Route(AgencyRole.ONWARD, agency.id(), agency.type(), ONWARD.lawfulBasis(), consentStatus,
                ONWARD.due().from(respondedAt, calendar), false, ONWARD.name());
    }

    /** A referral made later on the child's own agreement (procedure 3.4), by the table's specialist rule. */
    public List<Route> agreedSpecialist(Decision agreement, Directory directory) {
        return route(new Decision(agreement.concernId(), agreement.childId(), agreement.settingOrgId(), agreement.residenceOrgId(),
                false, null, null, false, agreement.consentStatus(), agreement.specialistOrgId(), true, agreement.decidedAt()), directory)
                .stream().filter(r -> r.role() == AgencyRole.SPECIALIST).toList();
    }

    /** The agency types a role's agency must have (from the table). */
    public static Set<OrganisationType> agencyTypesOf(AgencyRole role) {
        if (role == AgencyRole.ONWARD) {
            return ONWARD.agencyTypes();
        }
        return RULES.stream().filter(r -> r.role() == role).findFirst().map(Rule::agencyTypes).orElse(Set.of());
    }

    private final WorkingDayCalendar calendar;

    public ReferralRouting(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public List<Route> route(Decision decision, Directory directory) {
        Facts facts = new Facts(decision, find(directory, decision.settingOrgId()), find(directory, decision.residenceOrgId()), directory);
        List<Route> routes = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.applies().test(facts)) {
                routes.add(resolve(rule, facts, directory));
            }
        }
        return onePerAgency(routes);
    }

    private Route resolve(Rule rule, Facts facts, Directory directory) {
        String agencyId = rule.agency().apply(facts).orElse(null);
        Optional<Organisation> agency = find(directory, agencyId).filter(o -> rule.agencyTypes().contains(o.type()));
        OffsetDateTime dueBy = rule.due().from(facts.decision().decidedAt(), calendar);
        return new Route(rule.role(), agencyId, agency.map(Organisation::type).orElse(rule.assumedType()),
                rule.lawfulBasis(), rule.consent().apply(facts.decision()), dueBy, agency.isEmpty(), rule.name());
    }

    /**
     * Two rules reaching the same agency (a placing authority that is also the home's local
     * authority; the area's police also told of suspected CSE at the home) make one referral:
     * the strongest lawful basis, its role, the earliest due time.
     */
    static List<Route> onePerAgency(List<Route> routes) {
        // An unresolved agency is one per role: two unnamed police forces are the same unknown force, but an
        // id of the wrong type (a force named as placing authority) must not swallow a resolved referral.
        Map<String, Route> byAgency = new LinkedHashMap<>();
        for (Route route : routes) {
            String key = route.unresolvedAgency() ? "?" + route.agencyOrgId() + "?" + route.role() : route.agencyOrgId();
            byAgency.merge(key, route, ReferralRouting::merge);
        }
        List<Route> result = new ArrayList<>(byAgency.values());
        result.sort(Comparator.comparingInt(r -> r.role().ordinal()));
        return List.copyOf(result);
    }

    private static Route merge(Route a, Route b) {
        Route strongest = a.lawfulBasis().compareTo(b.lawfulBasis()) <= 0 ? a : b;
        OffsetDateTime due = a.dueBy().isBefore(b.dueBy()) ? a.dueBy() : b.dueBy();
        return new Route(strongest.role(), strongest.agencyOrgId(), strongest.agencyType(), strongest.lawfulBasis(),
                strongest.consentStatus(), due, strongest.unresolvedAgency(), a.rule() + "+" + b.rule());
    }

    private static Optional<Organisation> find(Directory directory, String orgId) {
        return orgId == null ? Optional.empty() : directory.find(orgId);
    }
}
