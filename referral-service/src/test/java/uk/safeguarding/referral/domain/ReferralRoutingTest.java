package uk.safeguarding.referral.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.safeguarding.platform.directory.Organisation;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.platform.security.OrganisationType.CHILDRENS_HOME;
import static uk.safeguarding.platform.security.OrganisationType.HEALTH;
import static uk.safeguarding.platform.security.OrganisationType.LOCAL_AUTHORITY;
import static uk.safeguarding.platform.security.OrganisationType.OFSTED;
import static uk.safeguarding.platform.security.OrganisationType.POLICE_FORCE;
import static uk.safeguarding.platform.security.OrganisationType.SCHOOL;
import static uk.safeguarding.platform.security.OrganisationType.SPECIALIST_SERVICE;

class ReferralRoutingTest {

    /** A Monday, 10:00 UTC (GMT): one working day later is Tuesday 10:00, 24 hours later too; Friday shows the difference. */
    static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-30T10:00:00Z");
    static final OffsetDateTime FRIDAY = OffsetDateTime.parse("2026-11-27T15:00:00Z");

    static final Map<String, Organisation> ORGS = Stream.of(
            new Organisation("LA-1", "Home authority", LOCAL_AUTHORITY, null, null, null),
            new Organisation("LA-2", "Placing authority", LOCAL_AUTHORITY, null, null, null),
            new Organisation("PF-1", "Police", POLICE_FORCE, null, null, null),
            new Organisation("OFSTED", "Ofsted", OFSTED, null, null, null),
            new Organisation("SPEC-1", "Specialist", SPECIALIST_SERVICE, null, null, null),
            new Organisation("HEALTH-1", "Sexual health", HEALTH, null, null, null),
            new Organisation("SCHOOL-1", "School", SCHOOL, "LA-1", "PF-1", null),
            new Organisation("HOME-1", "Home", CHILDRENS_HOME, "LA-1", "PF-1", "SC000001"),
            new Organisation("LA-3", "Other authority", LOCAL_AUTHORITY, null, null, null),
            new Organisation("PF-2", "Other force", POLICE_FORCE, null, null, null),
            new Organisation("HOME-2", "Home in another area", CHILDRENS_HOME, "LA-3", "PF-2", "SC000002"),
            new Organisation("SCHOOL-2", "Another school", SCHOOL, "LA-3", "PF-2", null))
            .collect(Collectors.toMap(Organisation::id, Function.identity()));

    static ReferralRouting.Directory directory(boolean withOfsted) {
        return new ReferralRouting.Directory() {
            @Override
            public Optional<Organisation> find(String orgId) {
                return Optional.ofNullable(ORGS.get(orgId)).filter(o -> withOfsted || o.type() != OFSTED);
            }

            @Override
            public Optional<Organisation> ofsted() {
                return withOfsted ? Optional.of(ORGS.get("OFSTED")) : Optional.empty();
            }
        };
    }

    final ReferralRouting routing = new ReferralRouting(WorkingDayCalendar.englandAndWales(ZoneId.of("Europe/London")));

    /** A decision to vary: setting, residence, looked after + placing authority, outcome, cse, specialist. */
    record Case(String setting, String residence, String placing, String outcome, boolean cse, String specialist, boolean agreed) {
        ReferralRouting.Decision decision(OffsetDateTime at) {
            return new ReferralRouting.Decision(UUID.randomUUID(), UUID.randomUUID(), setting, residence, placing != null,
                    placing, outcome, cse, "NOT_SOUGHT", specialist, agreed, at);
        }
    }

    static Case school(String outcome, boolean cse) {
        return new Case("SCHOOL-1", null, null, outcome, cse, null, false);
    }

    /** Expected routes as "ROLE agency BASIS" ("?" for an unresolved agency). */
    static Stream<Arguments> table() {
        return Stream.of(
                // Each rule alone
                Arguments.of("REFER from a school: social care and police", school("REFER", false),
                        List.of("SOCIAL_CARE LA-1 PUBLIC_TASK", "POLICE PF-1 PUBLIC_TASK")),
                Arguments.of("MONITOR from a school: nobody", school("MONITOR", false), List.of()),
                Arguments.of("NO_FURTHER_ACTION from a school: nobody", school("NO_FURTHER_ACTION", false), List.of()),
                Arguments.of("cse suspected at a school, not in a home, MONITOR: nobody", school("MONITOR", true), List.of()),
                Arguments.of("cse suspected at a school, REFER: social care and police only", school("REFER", true),
                        List.of("SOCIAL_CARE LA-1 PUBLIC_TASK", "POLICE PF-1 PUBLIC_TASK")),
                Arguments.of("cse in a home (setting), not looked after, MONITOR: Ofsted and the home's police",
                        new Case("HOME-1", null, null, "MONITOR", true, null, false),
                        List.of("OFSTED OFSTED LEGAL_OBLIGATION", "POLICE PF-1 LEGAL_OBLIGATION")),
                Arguments.of("cse, residence a home, looked after, MONITOR: Ofsted, placing authority and the home's police",
                        new Case("SCHOOL-1", "HOME-1", "LA-2", "MONITOR", true, null, false),
                        List.of("OFSTED OFSTED LEGAL_OBLIGATION", "PLACING_AUTHORITY LA-2 LEGAL_OBLIGATION", "POLICE PF-1 LEGAL_OBLIGATION")),
                Arguments.of("cse in a home, looked after, NO_FURTHER_ACTION: still Ofsted, placing authority and police",
                        new Case("HOME-1", null, "LA-2", "NO_FURTHER_ACTION", true, null, false),
                        List.of("OFSTED OFSTED LEGAL_OBLIGATION", "PLACING_AUTHORITY LA-2 LEGAL_OBLIGATION", "POLICE PF-1 LEGAL_OBLIGATION")),
                Arguments.of("cse, school pupil living in a home of another area, MONITOR: the HOME's police, not the school's",
                        new Case("SCHOOL-1", "HOME-2", "LA-2", "MONITOR", true, null, false),
                        List.of("OFSTED OFSTED LEGAL_OBLIGATION", "PLACING_AUTHORITY LA-2 LEGAL_OBLIGATION", "POLICE PF-2 LEGAL_OBLIGATION")),
                Arguments.of("REFER, school pupil living in a home of another area: the home's authority and force (procedure 3.3)",
                        new Case("SCHOOL-1", "HOME-2", null, "REFER", false, null, false),
                        List.of("SOCIAL_CARE LA-3 PUBLIC_TASK", "POLICE PF-2 PUBLIC_TASK")),
                Arguments.of("REFER + cse, pupil in a home of another area, placed by the school's authority: five-way routing merged to four",
                        new Case("SCHOOL-1", "HOME-2", "LA-1", "REFER", true, null, false),
                        List.of("SOCIAL_CARE LA-3 PUBLIC_TASK", "POLICE PF-2 LEGAL_OBLIGATION", "OFSTED OFSTED LEGAL_OBLIGATION",
                                "PLACING_AUTHORITY LA-1 LEGAL_OBLIGATION")),
                Arguments.of("REFER, residence naming a school (not a home): the setting is the area",
                        new Case("SCHOOL-1", "SCHOOL-2", null, "REFER", false, null, false),
                        List.of("SOCIAL_CARE LA-1 PUBLIC_TASK", "POLICE PF-1 PUBLIC_TASK")),
                Arguments.of("REFER, residence missing from the directory: area unknown, unresolved (never the school's by default)",
                        new Case("SCHOOL-1", "HOME-404", null, "REFER", false, null, false),
                        List.of("SOCIAL_CARE ? PUBLIC_TASK", "POLICE ? PUBLIC_TASK")),
                Arguments.of("no cse, pupil living in a home, MONITOR: nobody",
                        new Case("SCHOOL-1", "HOME-2", "LA-2", "MONITOR", false, null, false), List.of()),
                Arguments.of("no cse in a home, looked after, MONITOR: nobody",
                        new Case("HOME-1", null, "LA-2", "MONITOR", false, null, false), List.of()),
                Arguments.of("agreed specialist, MONITOR: the specialist on consent",
                        new Case("SCHOOL-1", null, null, "MONITOR", false, "SPEC-1", true), List.of("SPECIALIST SPEC-1 CONSENT")),
                Arguments.of("agreed health service: a HEALTH agency is a specialist too",
                        new Case("SCHOOL-1", null, null, "MONITOR", false, "HEALTH-1", true), List.of("SPECIALIST HEALTH-1 CONSENT")),
                Arguments.of("specialist named but not agreed: nobody",
                        new Case("SCHOOL-1", null, null, "MONITOR", false, "SPEC-1", false), List.of()),
                // Combinations
                Arguments.of("REFER + cse, looked-after child living in a home: four referrals, police once on the stronger basis",
                        new Case("HOME-1", null, "LA-2", "REFER", true, null, false),
                        List.of("SOCIAL_CARE LA-1 PUBLIC_TASK", "POLICE PF-1 LEGAL_OBLIGATION", "OFSTED OFSTED LEGAL_OBLIGATION",
                                "PLACING_AUTHORITY LA-2 LEGAL_OBLIGATION")),
                Arguments.of("REFER + cse + agreed specialist for a looked-after child in a home: five",
                        new Case("HOME-1", null, "LA-2", "REFER", true, "SPEC-1", true),
                        List.of("SOCIAL_CARE LA-1 PUBLIC_TASK", "POLICE PF-1 LEGAL_OBLIGATION", "OFSTED OFSTED LEGAL_OBLIGATION",
                                "PLACING_AUTHORITY LA-2 LEGAL_OBLIGATION", "SPECIALIST SPEC-1 CONSENT")),
                Arguments.of("REFER + agreed specialist from a school: three",
                        new Case("SCHOOL-1", null, null, "REFER", false, "SPEC-1", true),
                        List.of("SOCIAL_CARE LA-1 PUBLIC_TASK", "POLICE PF-1 PUBLIC_TASK", "SPECIALIST SPEC-1 CONSENT")),
                Arguments.of("REFER + cse, placed by the home's own authority: one referral to it, on the stronger basis",
                        new Case("HOME-1", null, "LA-1", "REFER", true, null, false),
                        List.of("POLICE PF-1 LEGAL_OBLIGATION", "OFSTED OFSTED LEGAL_OBLIGATION", "PLACING_AUTHORITY LA-1 LEGAL_OBLIGATION")),
                // Agencies the directory cannot resolve: never skipped
                Arguments.of("REFER from a setting missing from the directory: two unresolved",
                        new Case("URN-UNKNOWN", null, null, "REFER", false, null, false),
                        List.of("SOCIAL_CARE ? PUBLIC_TASK", "POLICE ? PUBLIC_TASK")),
                Arguments.of("placing authority missing from the directory: unresolved by id",
                        new Case("HOME-1", null, "LA-GONE", "MONITOR", true, null, false),
                        List.of("OFSTED OFSTED LEGAL_OBLIGATION", "PLACING_AUTHORITY LA-GONE? LEGAL_OBLIGATION", "POLICE PF-1 LEGAL_OBLIGATION")),
                Arguments.of("a specialist id naming a school is unresolved",
                        new Case("SCHOOL-1", null, null, "MONITOR", false, "SCHOOL-1", true), List.of("SPECIALIST SCHOOL-1? CONSENT")),
                Arguments.of("a specialist missing from the directory is unresolved",
                        new Case("SCHOOL-1", null, null, "MONITOR", false, "SPEC-404", true), List.of("SPECIALIST SPEC-404? CONSENT")),
                Arguments.of("a placing authority naming a police force is unresolved",
                        new Case("HOME-1", null, "PF-1", "MONITOR", true, null, false),
                        List.of("OFSTED OFSTED LEGAL_OBLIGATION", "PLACING_AUTHORITY PF-1? LEGAL_OBLIGATION", "POLICE PF-1 LEGAL_OBLIGATION")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void routes(String name, Case c, List<String> expected) {
        List<ReferralRouting.Route> routes = routing.route(c.decision(MONDAY), directory(true));
        assertThat(routes).extracting(ReferralRoutingTest::describe).containsExactlyInAnyOrderElementsOf(expected);
    }

    static String describe(ReferralRouting.Route r) {
        String agency = r.agencyOrgId() == null ? "?" : r.agencyOrgId() + (r.unresolvedAgency() ? "?" : "");
        return r.role() + " " + agency + " " + r.lawfulBasis();
    }

    @Test
    void withoutOfstedInTheDirectoryTheReg40NoticeIsUnresolvedNotSkipped() {
        List<ReferralRouting.Route> routes = routing.route(new Case("HOME-1", null, null, "MONITOR", true, null, false).decision(MONDAY),
                directory(false));
        assertThat(routes).filteredOn(r -> r.role() == AgencyRole.OFSTED).singleElement().satisfies(r -> {
            assertThat(r.role()).isEqualTo(AgencyRole.OFSTED);
            assertThat(r.agencyOrgId()).isNull();
            assertThat(r.agencyType()).isEqualTo(OFSTED);
            assertThat(r.unresolvedAgency()).isTrue();
        });
    }

    @Test
    void aLookedAfterChildWithoutAPlacingAuthorityStillYieldsAnUnresolvedReferral() {
        var decision = new ReferralRouting.Decision(UUID.randomUUID(), UUID.randomUUID(), "HOME-1", null, true, null,
                "MONITOR", true, "NOT_SOUGHT", null, false, MONDAY);
        assertThat(routing.route(decision, directory(true))).extracting(ReferralRoutingTest::describe)
                .containsExactlyInAnyOrder("OFSTED OFSTED LEGAL_OBLIGATION", "PLACING_AUTHORITY ? LEGAL_OBLIGATION",
                        "POLICE PF-1 LEGAL_OBLIGATION");
    }

    @ParameterizedTest(name = "{0} due {2} after a decision at {1}")
    @MethodSource("dueTimes")
    void dueTimes(AgencyRole role, OffsetDateTime decidedAt, OffsetDateTime due) {
        Case all = new Case("HOME-1", null, "LA-2", "REFER", true, "SPEC-1", true);
        assertThat(routing.route(all.decision(decidedAt), directory(true)))
                .filteredOn(r -> r.role() == role).singleElement()
                .extracting(ReferralRouting.Route::dueBy).isEqualTo(due);
    }

    static Stream<Arguments> dueTimes() {
        return Stream.of(
                Arguments.of(AgencyRole.SOCIAL_CARE, FRIDAY, OffsetDateTime.parse("2026-11-30T15:00:00Z")),
                Arguments.of(AgencyRole.POLICE, FRIDAY, OffsetDateTime.parse("2026-11-28T15:00:00Z")),
                Arguments.of(AgencyRole.OFSTED, FRIDAY, OffsetDateTime.parse("2026-11-28T15:00:00Z")),
                Arguments.of(AgencyRole.PLACING_AUTHORITY, FRIDAY, OffsetDateTime.parse("2026-11-28T15:00:00Z")),
                Arguments.of(AgencyRole.SPECIALIST, FRIDAY, OffsetDateTime.parse("2026-12-04T15:00:00Z")),
                Arguments.of(AgencyRole.SOCIAL_CARE, MONDAY, OffsetDateTime.parse("2026-12-01T10:00:00Z")),
                Arguments.of(AgencyRole.POLICE, MONDAY, OffsetDateTime.parse("2026-12-01T10:00:00Z")));
    }

    @Test
    void aMergedReferralTakesTheEarliestDueTime() {
        // Friday: social care would be due Monday, the reg. 40 notice Saturday; the merged one is due Saturday.
        var routes = routing.route(new Case("HOME-1", null, "LA-1", "REFER", true, null, false).decision(FRIDAY), directory(true));
        assertThat(routes).filteredOn(r -> "LA-1".equals(r.agencyOrgId())).singleElement().satisfies(r -> {
            assertThat(r.role()).isEqualTo(AgencyRole.PLACING_AUTHORITY);
            assertThat(r.lawfulBasis()).isEqualTo(LawfulBasis.LEGAL_OBLIGATION);
            assertThat(r.dueBy()).isEqualTo(OffsetDateTime.parse("2026-11-28T15:00:00Z"));
        });
    }

    @Test
    void consentStatusIsTheDecisionsExceptForTheAgreedSpecialist() {
        var decision = new ReferralRouting.Decision(UUID.randomUUID(), UUID.randomUUID(), "SCHOOL-1", null, false, null,
                "REFER", false, "REFUSED", "SPEC-1", true, MONDAY);
        assertThat(routing.route(decision, directory(true)))
                .extracting(r -> r.role() + " " + r.consentStatus())
                .containsExactlyInAnyOrder("SOCIAL_CARE REFUSED", "POLICE REFUSED", "SPECIALIST GIVEN");
    }

    @Test
    void everyRuleOfTheTableIsExercisedAndNamesItsTypes() {
        assertThat(Stream.concat(ReferralRouting.RULES.stream(), Stream.of(ReferralRouting.ONWARD)).map(ReferralRouting.Rule::role).distinct())
                .containsExactlyInAnyOrder(AgencyRole.values());
        assertThat(ReferralRouting.RULES).extracting(ReferralRouting.Rule::name).doesNotHaveDuplicates();
        assertThat(ReferralRouting.agencyTypesOf(AgencyRole.SPECIALIST)).containsExactlyInAnyOrder(SPECIALIST_SERVICE, HEALTH);
        assertThat(Arrays.stream(AgencyRole.values()).map(ReferralRouting::agencyTypesOf)).allSatisfy(t -> assertThat(t).isNotEmpty());
        assertThat(ReferralRouting.RULES).filteredOn(r -> r.role() == AgencyRole.OFSTED).singleElement()
                .extracting(ReferralRouting.Rule::reference).asString().contains("40(4)(a)");
    }

    @Test
    void policeToldTwiceOverIsOneReferralOnTheStrongerBasisAndTheEarlierDueTime() {
        var routes = routing.route(new Case("HOME-1", null, null, "REFER", true, null, false).decision(FRIDAY), directory(true));
        assertThat(routes).filteredOn(r -> "PF-1".equals(r.agencyOrgId())).singleElement().satisfies(r -> {
            assertThat(r.role()).isEqualTo(AgencyRole.POLICE);
            assertThat(r.lawfulBasis()).isEqualTo(LawfulBasis.LEGAL_OBLIGATION);
            assertThat(r.dueBy()).isEqualTo(OffsetDateTime.parse("2026-11-28T15:00:00Z"));
            assertThat(r.rule()).contains("REFER_POLICE").contains("CSE_HOME_POLICE");
        });
    }

    @Test
    void twoUnnamedAgenciesOfOneRoleAreOneUnresolvedReferral() {
        // A home missing its police force id: REFER and suspected CSE both name "the home's force".
        Organisation homeless = new Organisation("HOME-X", "Home without force", CHILDRENS_HOME, "LA-1", null, "SC000009");
        ReferralRouting.Directory dir = new ReferralRouting.Directory() {
            @Override
            public Optional<Organisation> find(String orgId) {
                return "HOME-X".equals(orgId) ? Optional.of(homeless) : directory(true).find(orgId);
            }

            @Override
            public Optional<Organisation> ofsted() {
                return directory(true).ofsted();
            }
        };
        var routes = routing.route(new Case("HOME-X", null, null, "REFER", true, null, false).decision(MONDAY), dir);
        assertThat(routes).extracting(ReferralRoutingTest::describe)
                .containsExactlyInAnyOrder("SOCIAL_CARE LA-1 PUBLIC_TASK", "POLICE ? LEGAL_OBLIGATION", "OFSTED OFSTED LEGAL_OBLIGATION");
    }

    @ParameterizedTest(name = "onward to a {0}, responded {1} → due {2}")
    @MethodSource("onwardCases")
    void anOnwardReferralRestsOnTheLocalAuthoritysPublicTask(String agency, OffsetDateTime at, OffsetDateTime due) {
        ReferralRouting.Route r = routing.onward(ORGS.get(agency), "REFUSED", at);
        assertThat(describe(r)).isEqualTo("ONWARD " + agency + " PUBLIC_TASK");
        assertThat(r.agencyType()).isEqualTo(ORGS.get(agency).type());
        assertThat(r.consentStatus()).isEqualTo("REFUSED");
        assertThat(r.dueBy()).isEqualTo(due);
        assertThat(ReferralRouting.agencyTypesOf(AgencyRole.ONWARD)).contains(ORGS.get(agency).type());
    }

    static Stream<Arguments> onwardCases() {
        return Stream.of(
                Arguments.of("SPEC-1", MONDAY, OffsetDateTime.parse("2026-12-07T10:00:00Z")),
                Arguments.of("HEALTH-1", FRIDAY, OffsetDateTime.parse("2026-12-04T15:00:00Z")),
                Arguments.of("LA-3", MONDAY, OffsetDateTime.parse("2026-12-07T10:00:00Z")),
                Arguments.of("PF-2", MONDAY, OffsetDateTime.parse("2026-12-07T10:00:00Z")));
    }

    @Test
    void settingsAndOfstedAreNeverOnwardAgencies() {
        assertThat(ReferralRouting.agencyTypesOf(AgencyRole.ONWARD)).doesNotContain(SCHOOL, CHILDRENS_HOME, OFSTED);
    }

    @Test
    void aLaterAgreementRoutesOnlyTheAgreedSpecialist() {
        var agreement = new ReferralRouting.Decision(UUID.randomUUID(), UUID.randomUUID(), "HOME-1", null, true, "LA-2",
                "REFER", true, "GIVEN", "SPEC-1", true, MONDAY);
        assertThat(routing.agreedSpecialist(agreement, directory(true))).extracting(ReferralRoutingTest::describe)
                .containsExactly("SPECIALIST SPEC-1 CONSENT");
        var school = new ReferralRouting.Decision(UUID.randomUUID(), UUID.randomUUID(), "SCHOOL-1", null, false, null,
                null, false, "GIVEN", "SCHOOL-1", true, MONDAY);
        assertThat(routing.agreedSpecialist(school, directory(true))).extracting(ReferralRoutingTest::describe)
                .containsExactly("SPECIALIST SCHOOL-1? CONSENT");
    }
}
