package uk.safeguarding.notification.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.event.data.AdviceRequestedEvent;
import uk.safeguarding.platform.event.data.ConcernEvent;
import uk.safeguarding.platform.event.data.IntelligenceMatchEvent;
import uk.safeguarding.platform.event.data.MissingEvent;
import uk.safeguarding.platform.event.data.PatternDetectedEvent;
import uk.safeguarding.platform.event.data.ReferralEvent;
import uk.safeguarding.platform.event.data.SupportPlanPromptEvent;
import uk.safeguarding.platform.security.OrganisationType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The fan-out table, one row per rule: event in, deliveries (rule recipient purpose subject) or cancellations out. */
class FanOutRulesTest {

    static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID CONCERN = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    static final UUID REFERRAL = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID EPISODE = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    static final UUID EPISODE_2 = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
    static final UUID ADVICE = UUID.fromString("00000000-0000-0000-0000-0000000000ad");
    static final UUID MATCH = UUID.fromString("00000000-0000-0000-0000-0000000000a7");
    static final UUID PLAN = UUID.fromString("00000000-0000-0000-0000-0000000000b8");
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-28T09:30:00Z");

    static final FanOutRules.Lookups LOOKUPS = new FanOutRules.Lookups() {
        final Map<String, Organisation> orgs = Map.of(
                "HOME-1", new Organisation("HOME-1", "Home", OrganisationType.CHILDRENS_HOME, "LA-801", "POL-1", "SC1"),
                "URN-2", new Organisation("URN-2", "School", OrganisationType.SCHOOL, "LA-801", null, null));

        @Override
        public Optional<Organisation> organisation(String orgId) {
            return Optional.ofNullable(orgs.get(orgId));
        }

        @Override
        public List<FanOutRules.ReferralLink> activeReferrals(UUID concernId) {
            return concernId.equals(CONCERN) ? List.of(
                    new FanOutRules.ReferralLink(REFERRAL, "LA-801", "LOCAL_AUTHORITY", "PUBLIC_TASK", "NOT_SOUGHT"),
                    new FanOutRules.ReferralLink(UUID.fromString("00000000-0000-0000-0000-0000000000a2"), "POL-1", "POLICE_FORCE", "PUBLIC_TASK", "NOT_SOUGHT"),
                    new FanOutRules.ReferralLink(UUID.fromString("00000000-0000-0000-0000-0000000000a3"), "SPEC-1", "SPECIALIST_SERVICE", "CONSENT", "GIVEN"))
                    : List.of();
        }
    };

    static ReferralEvent referral(String agency, String agencyType, String role, String outcome) {
        return new ReferralEvent(REFERRAL, CONCERN, CHILD, "HOME-1", agency, agencyType, role, "PUBLIC_TASK", "NOT_SOUGHT",
                "PENDING", null, outcome, AT, false, AT);
    }

    static ReferralEvent unresolved(String agency, String agencyType, String role) {
        return new ReferralEvent(REFERRAL, CONCERN, CHILD, "HOME-1", agency, agencyType, role, "CONSENT", "GIVEN",
                "PENDING", null, null, AT, true, AT);
    }

    static ConcernEvent concern(String raisedBy, String change) {
        return new ConcernEvent(CONCERN, CHILD, "HOME-1", null, true, "LA-900", "REFERRED", "HIGH", "2026.1",
                List.of("DISCLOSURE_BY_CHILD"), List.of(), raisedBy, change, List.of(), AT);
    }

    static MissingEvent missing(String setting, boolean lookedAfter, String grade) {
        return new MissingEvent(EPISODE, CHILD, setting, "MISSING", grade, lookedAfter, lookedAfter ? "LA-900" : null, false,
                AT, null, null, null, AT);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row("referral.created → the agency", "referral.created", referral("LA-801", "LOCAL_AUTHORITY", "SOCIAL_CARE", null),
                        "AGENCY LA-801 LOCAL_AUTHORITY REFERRAL REFERRAL PUBLIC_TASK"),
                row("referral.created to Ofsted", "referral.created", referral("OFSTED", "OFSTED", "OFSTED", null),
                        "AGENCY OFSTED OFSTED REFERRAL REFERRAL PUBLIC_TASK"),
                row("referral.created to a specialist", "referral.created", referral("SPEC-1", "SPECIALIST_SERVICE", "SPECIALIST", null),
                        "SPECIALIST SPEC-1 SPECIALIST_SERVICE REFERRAL REFERRAL PUBLIC_TASK"),
                row("referral.created for an agency the directory does not know: nothing yet", "referral.created",
                        unresolved("SPEC-TYPO", "SPECIALIST_SERVICE", "SPECIALIST")),
                row("referral.updated once the agency is registered → the agency", "referral.updated",
                        referral("SPEC-1", "SPECIALIST_SERVICE", "SPECIALIST", null),
                        "SPECIALIST SPEC-1 SPECIALIST_SERVICE REFERRAL REFERRAL PUBLIC_TASK"),
                row("referral.updated → the agency", "referral.updated", referral("POL-1", "POLICE_FORCE", "POLICE", null),
                        "AGENCY POL-1 POLICE_FORCE REFERRAL REFERRAL PUBLIC_TASK"),
                row("referral.escalated → the agency", "referral.escalated", referral("POL-1", "POLICE_FORCE", "POLICE", null),
                        "AGENCY POL-1 POLICE_FORCE REFERRAL REFERRAL PUBLIC_TASK"),
                row("referral.revoked cancels", "referral.revoked", referral("LA-801", "LOCAL_AUTHORITY", "SOCIAL_CARE", null),
                        "CANCEL " + REFERRAL),
                row("referral.overdue prompts the setting", "referral.overdue", referral("LA-801", "LOCAL_AUTHORITY", "SOCIAL_CARE", null),
                        "SETTING HOME-1 null PROMPT REFERRAL PUBLIC_TASK inbox"),
                row("referral.responded NOT_IN_NEED prompts the setting", "referral.responded",
                        referral("LA-801", "LOCAL_AUTHORITY", "SOCIAL_CARE", "NOT_IN_NEED"),
                        "SETTING HOME-1 null PROMPT REFERRAL PUBLIC_TASK inbox"),
                row("referral.responded S47_ENQUIRY: nothing", "referral.responded",
                        referral("LA-801", "LOCAL_AUTHORITY", "SOCIAL_CARE", "S47_ENQUIRY")),
                row("referral.status-changed: nothing", "referral.status-changed", referral("LA-801", "LOCAL_AUTHORITY", "SOCIAL_CARE", null)),
                row("concern.raised by staff: notice to the setting", "concern.raised", concern("staff", null),
                        "SETTING HOME-1 null NOTIFICATION CONCERN PUBLIC_TASK inbox"),
                row("concern.raised by MIS: notice to the setting", "concern.raised", concern("mis", null),
                        "SETTING HOME-1 null NOTIFICATION CONCERN PUBLIC_TASK inbox"),
                row("concern.raised by the system: prompt", "concern.raised", concern("system", null),
                        "SETTING HOME-1 null PROMPT CONCERN PUBLIC_TASK inbox"),
                row("concern.updated REVIEW_DUE: prompt only", "concern.updated", concern("staff", "REVIEW_DUE"),
                        "SETTING HOME-1 null PROMPT CONCERN PUBLIC_TASK inbox"),
                row("concern.updated INDICATOR_ADDED → every referred agency", "concern.updated", concern("staff", "INDICATOR_ADDED"),
                        "AGENCY LA-801 LOCAL_AUTHORITY REFERRAL CONCERN PUBLIC_TASK",
                        "AGENCY POL-1 POLICE_FORCE REFERRAL CONCERN PUBLIC_TASK",
                        "SPECIALIST SPEC-1 SPECIALIST_SERVICE REFERRAL CONCERN CONSENT"),
                row("concern.updated of a concern never referred: nothing", "concern.updated",
                        new ConcernEvent(UUID.randomUUID(), CHILD, "HOME-1", null, false, null, "MONITORING", "LOW", "2026.1",
                                List.of(), List.of(), "staff", "RESCREENED", List.of(), AT)),
                row("concern.advice-requested → the specialist, anonymised", "concern.advice-requested",
                        new AdviceRequestedEvent(ADVICE, CONCERN, CHILD, "HOME-1", "SPEC-9", AT),
                        "SPECIALIST SPEC-9 null ADVICE ADVICE PUBLIC_TASK"),
                row("missing.reported LOW, looked after → placing authority only", "missing.reported", missing("HOME-1", true, "LOW"),
                        "PLACING_AUTHORITY LA-900 LOCAL_AUTHORITY NOTIFICATION MISSING PUBLIC_TASK"),
                row("missing.reported HIGH, looked after → placing authority and the setting's police", "missing.reported",
                        missing("HOME-1", true, "HIGH"),
                        "PLACING_AUTHORITY LA-900 LOCAL_AUTHORITY NOTIFICATION MISSING PUBLIC_TASK",
                        "SETTING_POLICE POL-1 POLICE_FORCE NOTIFICATION MISSING PUBLIC_TASK"),
                row("missing.reported MEDIUM, not looked after → police only", "missing.reported", missing("HOME-1", false, "MEDIUM"),
                        "SETTING_POLICE POL-1 POLICE_FORCE NOTIFICATION MISSING PUBLIC_TASK"),
                row("missing.reported MEDIUM, setting without a known force → police resolved at send time", "missing.reported",
                        missing("URN-UNKNOWN", false, "MEDIUM"),
                        "SETTING_POLICE null POLICE_FORCE NOTIFICATION MISSING PUBLIC_TASK"),
                row("missing.reported LOW, not looked after: nobody", "missing.reported", missing("HOME-1", false, "LOW")),
                row("missing.returned, looked after → placing authority", "missing.returned", missing("HOME-1", true, "HIGH"),
                        "PLACING_AUTHORITY LA-900 LOCAL_AUTHORITY NOTIFICATION MISSING PUBLIC_TASK"),
                row("missing.returned, not looked after: nobody (police hear of reports only)", "missing.returned",
                        missing("HOME-1", false, "HIGH")),
                row("missing.return-interview.overdue prompts the setting", "missing.return-interview.overdue",
                        missing("HOME-1", true, "LOW"), "SETTING HOME-1 null PROMPT MISSING PUBLIC_TASK inbox"),
                row("missing.return-interview.recorded: nothing", "missing.return-interview.recorded", missing("HOME-1", true, "LOW")),
                row("missing.pattern-detected with promptDcpo prompts the setting", "missing.pattern-detected",
                        new PatternDetectedEvent(CHILD, "HOME-1", "DISCLOSURE_BY_CHILD", "DISCLOSED_EXPLOITATION",
                                List.of(EPISODE, EPISODE_2), true, AT),
                        "SETTING HOME-1 null PROMPT MISSING PUBLIC_TASK inbox"),
                row("missing.pattern-detected without promptDcpo: nothing", "missing.pattern-detected",
                        new PatternDetectedEvent(CHILD, "HOME-1", "MISSING_PERSISTENT", "THREE_IN_90_DAYS", List.of(EPISODE), false, AT)),
                row("intelligence.match-detected → the force, the match packet", "intelligence.match-detected",
                        new IntelligenceMatchEvent(MATCH, "POL-1", "VEHICLE", 2, "CREATED", AT),
                        "AGENCY POL-1 POLICE_FORCE NOTIFICATION INTELLIGENCE_MATCH PUBLIC_TASK"),
                row("intelligence.match-detected without a force: nothing", "intelligence.match-detected",
                        new IntelligenceMatchEvent(MATCH, null, "VEHICLE", 2, "CREATED", AT)),
                row("concern.updated POLICE_INTELLIGENCE_MATCH: the DCPO is prompted, never the referred agencies", "concern.updated",
                        concern("staff", "POLICE_INTELLIGENCE_MATCH"),
                        "SETTING HOME-1 null PROMPT POLICE_INTELLIGENCE_PROMPT PUBLIC_TASK inbox"),
                row("support-plan.prompt, looked after → the setting's DCPO and the placing authority, both inboxes", "support-plan.prompt",
                        new SupportPlanPromptEvent(PLAN, CHILD, "HOME-1", "LA-900", "REVIEW_DUE", LocalDate.of(2026, 12, 8)),
                        "SETTING HOME-1 null PROMPT SUPPORT_PLAN PUBLIC_TASK inbox",
                        "PLACING_AUTHORITY LA-900 LOCAL_AUTHORITY PROMPT SUPPORT_PLAN PUBLIC_TASK inbox"),
                row("support-plan.prompt, not looked after → the DCPO alone", "support-plan.prompt",
                        new SupportPlanPromptEvent(PLAN, CHILD, "URN-1", null, "NEARING_ADULTHOOD", LocalDate.of(2026, 12, 1)),
                        "SETTING URN-1 null PROMPT SUPPORT_PLAN PUBLIC_TASK inbox"),
                row("support-plan.prompt without a plan id: nothing", "support-plan.prompt",
                        new SupportPlanPromptEvent(null, CHILD, "URN-1", "LA-900", "LAC_REVIEW_DUE", LocalDate.of(2026, 12, 1)))
        );
    }

    private static Arguments row(String name, String type, Object event, String... expected) {
        return Arguments.of(name, type, event, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void fan_out(String name, String type, Object event, List<String> expected) {
        List<FanOutRules.Action> actions = apply(type, event);
        assertThat(actions).map(DESCRIBE).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void subjects_carry_the_ids_the_packets_need(String name, String type, Object event, List<String> expected) {
        List<FanOutRules.Action> actions = apply(type, event);
        for (FanOutRules.Action action : actions) {
            if (action instanceof FanOutRules.Deliver d) {
                FanOutRules.Subject s = d.subject();
                if (s.kind() == FanOutRules.SubjectKind.INTELLIGENCE_MATCH) {
                    // A match names several children: the packet lists them, the subject none.
                    assertThat(s.matchId()).isEqualTo(MATCH);
                    assertThat(s.childId()).isNull();
                    continue;
                }
                assertThat(s.childId()).isEqualTo(CHILD);
                switch (s.kind()) {
                    case REFERRAL -> assertThat(s.referralId()).isEqualTo(REFERRAL).isNotNull();
                    case CONCERN -> assertThat(s.concernId()).isNotNull();
                    case ADVICE -> assertThat(s.adviceRequestId()).isEqualTo(ADVICE);
                    case MISSING -> assertThat(s.episodeId()).isIn(EPISODE, EPISODE_2);
                    case POLICE_INTELLIGENCE_PROMPT -> assertThat(s.concernId()).isEqualTo(CONCERN);
                    case SUPPORT_PLAN -> assertThat(s.supportPlan().planId()).isEqualTo(PLAN);
                    default -> throw new AssertionError("unexpected subject " + s.kind());
                }
                if (s.kind() == FanOutRules.SubjectKind.REFERRAL) {
                    assertThat(s.concernId()).isEqualTo(CONCERN);
                }
            }
        }
    }

    private static List<FanOutRules.Action> apply(String type, Object event) {
        if (event instanceof ReferralEvent e) {
            return FanOutRules.forReferral(type, e);
        }
        if (event instanceof ConcernEvent e) {
            return FanOutRules.forConcern(type, e, LOOKUPS);
        }
        if (event instanceof AdviceRequestedEvent e) {
            return FanOutRules.forAdvice(e);
        }
        if (event instanceof MissingEvent e) {
            return FanOutRules.forMissing(type, e, LOOKUPS);
        }
        if (event instanceof IntelligenceMatchEvent e) {
            return FanOutRules.forIntelligenceMatch(e);
        }
        if (event instanceof SupportPlanPromptEvent e) {
            return FanOutRules.forSupportPlanPrompt(e);
        }
        return FanOutRules.forPattern((PatternDetectedEvent) event);
    }

    private static final Function<FanOutRules.Action, String> DESCRIBE = action -> {
        if (action instanceof FanOutRules.CancelReferral c) {
            return "CANCEL " + c.referralId();
        }
        FanOutRules.Deliver d = (FanOutRules.Deliver) action;
        return String.join(" ", d.rule().name(), String.valueOf(d.recipientOrgId()),
                String.valueOf(d.recipientOrgType()), d.purpose().name(), d.subject().kind().name(), d.lawfulBasis())
                + (d.inboxOnly() ? " inbox" : "");
    };
}
