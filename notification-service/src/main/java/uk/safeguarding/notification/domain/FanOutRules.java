package uk.safeguarding.notification.domain;

import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.event.data.AdviceRequestedEvent;
import uk.safeguarding.platform.event.data.ConcernEvent;
import uk.safeguarding.platform.event.data.IntelligenceMatchEvent;
import uk.safeguarding.platform.event.data.MissingEvent;
import uk.safeguarding.platform.event.data.PatternDetectedEvent;
import uk.safeguarding.platform.event.data.ReferralEvent;
import uk.safeguarding.platform.event.data.SupportPlanPromptEvent;
import uk.safeguarding.platform.redaction.PacketPurpose;
import uk.safeguarding.platform.security.OrganisationType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who hears of what (contract sections 6 to 9): turns each event into deliveries to the
 * addressed organisations, or into cancellations. The right agency hears at once; the wrong
 * one never: every recipient here is named by the event or by the directory, never guessed.
 *
 * <table>
 *   <tr><th>event</th><th>recipient</th><th>purpose</th><th>packets</th></tr>
 *   <tr><td>referral.created, .updated, .escalated</td><td>the agency</td><td>REFERRAL</td><td>referral + concern</td></tr>
 *   <tr><td>referral.revoked</td><td>(its PENDING and RETRYING deliveries are cancelled)</td><td></td><td></td></tr>
 *   <tr><td>referral.overdue; referral.responded NOT_IN_NEED</td><td>the setting's inbox</td><td>PROMPT</td><td>referral + concern</td></tr>
 *   <tr><td>concern.raised by staff or MIS</td><td>the setting's inbox</td><td>NOTIFICATION</td><td>concern</td></tr>
 *   <tr><td>concern.raised by the system; concern.updated REVIEW_DUE</td><td>the setting's inbox</td><td>PROMPT</td><td>concern</td></tr>
 *   <tr><td>concern.updated (other changes)</td><td>every agency with a non-revoked referral of the concern</td><td>REFERRAL</td><td>concern</td></tr>
 *   <tr><td>concern.advice-requested</td><td>the specialist</td><td>ADVICE</td><td>anonymised concern</td></tr>
 *   <tr><td>missing.reported, .returned of a looked-after child</td><td>the placing authority</td><td>NOTIFICATION</td><td>episode</td></tr>
 *   <tr><td>missing.reported graded MEDIUM or HIGH</td><td>the setting's police force</td><td>NOTIFICATION</td><td>episode</td></tr>
 *   <tr><td>missing.return-interview.overdue; missing.pattern-detected with promptDcpo</td><td>the setting's inbox</td><td>PROMPT</td><td>episode</td></tr>
 *   <tr><td>intelligence.match-detected</td><td>the police force</td><td>NOTIFICATION</td><td>the match</td></tr>
 *   <tr><td>concern.updated POLICE_INTELLIGENCE_MATCH</td><td>the setting's inbox (never the agencies)</td><td>PROMPT</td><td>concern</td></tr>
 *   <tr><td>support-plan.prompt (REVIEW_DUE, LAC_REVIEW_DUE, NEARING_ADULTHOOD)</td><td>the setting's inbox; the placing authority's inbox when looked after</td><td>PROMPT</td><td>support plan</td></tr>
 * </table>
 */
public final class FanOutRules {

    /** Whose data a delivery carries, and so which packets are fetched for it. */
    public enum SubjectKind {
        /** The referral packet and the concern packet. */
        REFERRAL,
        CONCERN,
        /** The concern's anonymised summary for an advice request. */
        ADVICE,
        MISSING,
        /** An intelligence match for its police force (concern-service's match packet). */
        INTELLIGENCE_MATCH,
        /** The concern packet, prompting the DCPO: "matches intelligence already shared with police: consider a referral". */
        POLICE_INTELLIGENCE_PROMPT,
        /** A support plan whose review or whose child's 18th birthday is near (referral-service's support-plan packet). */
        SUPPORT_PLAN
    }

    /** What a prompt of this kind asks of the DCPO; nothing of any other concern. */
    public static String promptOf(SubjectKind kind) {
        return kind == SubjectKind.POLICE_INTELLIGENCE_PROMPT ? "matches intelligence already shared with police: consider a referral" : null;
    }

    /** What a support-plan prompt asks of the DCPO and the social worker (procedure 3.4). */
    public static String promptOf(String supportPlanPromptKind, java.time.LocalDate dueDate) {
        if (supportPlanPromptKind == null) {
            return null;
        }
        return switch (supportPlanPromptKind) {
            case "REVIEW_DUE" -> "support plan review due by " + dueDate + ": review it with the child and the agencies";
            case "LAC_REVIEW_DUE" -> "Looked After Child review on " + dueDate + ": review the support plan as part of it";
            case "NEARING_ADULTHOOD" -> "the child turns 18 within six months: plan the links to adult services";
            default -> null;
        };
    }

    /** Why the recipient is addressed. */
    public enum RecipientRule {
        AGENCY, SPECIALIST, PLACING_AUTHORITY,
        /** The police force of the child's setting; resolved from the directory, at send time if not yet known. */
        SETTING_POLICE,
        /** The setting itself: the DCPO's inbox, never a webhook. */
        SETTING
    }

    public static final String PUBLIC_TASK = "PUBLIC_TASK";
    private static final Set<String> POLICE_GRADES = Set.of("MEDIUM", "HIGH");

    public sealed interface Action permits Deliver, CancelReferral {
    }

    public record Subject(SubjectKind kind, UUID childId, String settingOrgId, UUID concernId, UUID referralId,
                          UUID episodeId, UUID adviceRequestId, UUID matchId, SupportPlanPrompt supportPlan) {
        public Subject(SubjectKind kind, UUID childId, String settingOrgId, UUID concernId, UUID referralId, UUID episodeId,
                       UUID adviceRequestId, UUID matchId) {
            this(kind, childId, settingOrgId, concernId, referralId, episodeId, adviceRequestId, matchId, null);
        }

        public Subject(SubjectKind kind, UUID childId, String settingOrgId, UUID concernId, UUID referralId, UUID episodeId,
                       UUID adviceRequestId) {
            this(kind, childId, settingOrgId, concernId, referralId, episodeId, adviceRequestId, null);
        }
    }

    /**
     * @param recipientOrgId null only for {@link RecipientRule#SETTING_POLICE} when the setting is not yet in the directory
     * @param recipientOrgType known from the event (a referral's agency type), else looked up when sending
     */
    public record Deliver(RecipientRule rule, String recipientOrgId, OrganisationType recipientOrgType,
                          PacketPurpose purpose, Subject subject, String lawfulBasis, String consentStatus) implements Action {
        /** Prompts and notices to the setting go to its DCPO's inbox, whatever channel it has. */
        public boolean inboxOnly() {
            return rule == RecipientRule.SETTING || purpose == PacketPurpose.PROMPT;
        }
    }

    public record CancelReferral(UUID referralId) implements Action {
    }

    /** The plan a support-plan prompt is about, what it prompts for and the date due. */
    public record SupportPlanPrompt(UUID planId, String kind, java.time.LocalDate dueDate) {
    }

    /** A referral of the concern that has not been revoked, as projected from referral events. */
    public record ReferralLink(UUID referralId, String agencyOrgId, String agencyType, String lawfulBasis,
                               String consentStatus) {
    }

    /** What the rules may look up. */
    public interface Lookups {
        Optional<Organisation> organisation(String orgId);

        List<ReferralLink> activeReferrals(UUID concernId);
    }

    private FanOutRules() {
    }

    public static List<Action> forReferral(String shortType, ReferralEvent e) {
        Subject subject = new Subject(SubjectKind.REFERRAL, e.childId(), e.settingOrgId(), e.concernId(), e.referralId(), null, null);
        return switch (shortType) {
            // An agency the directory could not resolve receives nothing until admin registers it
            // (referral-service then announces referral.updated with unresolvedAgency false).
            case "referral.created", "referral.updated", "referral.escalated" -> e.unresolvedAgency() ? List.of() : List.of(new Deliver(
                    e.role() != null && e.role().equals("SPECIALIST") ? RecipientRule.SPECIALIST : RecipientRule.AGENCY,
                    e.agencyOrgId(), orgType(e.agencyType()), PacketPurpose.REFERRAL, subject, e.lawfulBasis(), e.consentStatus()));
            case "referral.revoked" -> List.of(new CancelReferral(e.referralId()));
            case "referral.overdue" -> List.of(prompt(e.settingOrgId(), subject, e.lawfulBasis(), e.consentStatus()));
            case "referral.responded" -> "NOT_IN_NEED".equals(e.outcome())
                    ? List.of(prompt(e.settingOrgId(), subject, e.lawfulBasis(), e.consentStatus()))
                    : List.of();
            default -> List.of();
        };
    }

    public static List<Action> forConcern(String shortType, ConcernEvent e, Lookups lookups) {
        Subject subject = new Subject(SubjectKind.CONCERN, e.childId(), e.settingOrgId(), e.concernId(), null, null, null);
        return switch (shortType) {
            case "concern.raised" -> List.of("system".equals(e.raisedBy())
                    ? prompt(e.settingOrgId(), subject, PUBLIC_TASK, null)
                    : new Deliver(RecipientRule.SETTING, e.settingOrgId(), null, PacketPurpose.NOTIFICATION, subject, PUBLIC_TASK, null));
            case "concern.updated" -> {
                if ("REVIEW_DUE".equals(e.change())) {
                    yield List.of(prompt(e.settingOrgId(), subject, PUBLIC_TASK, null));
                }
                if ("POLICE_INTELLIGENCE_MATCH".equals(e.change())) {
                    // Only the setting hears of it: its concern is not referred to police.
                    yield List.of(prompt(e.settingOrgId(), new Subject(SubjectKind.POLICE_INTELLIGENCE_PROMPT, e.childId(),
                            e.settingOrgId(), e.concernId(), null, null, null), PUBLIC_TASK, null));
                }
                List<Action> actions = new ArrayList<>();
                for (ReferralLink link : lookups.activeReferrals(e.concernId())) {
                    Subject forReferral = new Subject(SubjectKind.CONCERN, e.childId(), e.settingOrgId(), e.concernId(),
                            link.referralId(), null, null);
                    actions.add(new Deliver("SPECIALIST_SERVICE".equals(link.agencyType()) || "HEALTH".equals(link.agencyType())
                            ? RecipientRule.SPECIALIST : RecipientRule.AGENCY,
                            link.agencyOrgId(), orgType(link.agencyType()), PacketPurpose.REFERRAL, forReferral,
                            link.lawfulBasis(), link.consentStatus()));
                }
                yield actions;
            }
            default -> List.of();
        };
    }

    public static List<Action> forAdvice(AdviceRequestedEvent e) {
        Subject subject = new Subject(SubjectKind.ADVICE, e.childId(), e.settingOrgId(), e.concernId(), null, null, e.adviceRequestId());
        // Advice is sought without identifiable information (procedure 3.1): the packet is the anonymised summary.
        return List.of(new Deliver(RecipientRule.SPECIALIST, e.specialistOrgId(), null, PacketPurpose.ADVICE, subject, PUBLIC_TASK, null));
    }

    public static List<Action> forMissing(String shortType, MissingEvent e, Lookups lookups) {
        Subject subject = new Subject(SubjectKind.MISSING, e.childId(), e.settingOrgId(), null, null, e.episodeId(), null);
        List<Action> actions = new ArrayList<>();
        switch (shortType) {
            case "missing.reported", "missing.returned" -> {
                if (e.lookedAfter() && e.placingAuthorityOrgId() != null) {
                    actions.add(new Deliver(RecipientRule.PLACING_AUTHORITY, e.placingAuthorityOrgId(), OrganisationType.LOCAL_AUTHORITY,
                            PacketPurpose.NOTIFICATION, subject, PUBLIC_TASK, null));
                }
                if (shortType.equals("missing.reported") && e.riskGrade() != null && POLICE_GRADES.contains(e.riskGrade())) {
                    String police = lookups.organisation(e.settingOrgId()).map(Organisation::policeForceOrgId).orElse(null);
                    actions.add(new Deliver(RecipientRule.SETTING_POLICE, police, OrganisationType.POLICE_FORCE,
                            PacketPurpose.NOTIFICATION, subject, PUBLIC_TASK, null));
                }
            }
            case "missing.return-interview.overdue" -> actions.add(prompt(e.settingOrgId(), subject, PUBLIC_TASK, null));
            default -> {
                // missing.return-interview.recorded: nothing to tell.
            }
        }
        return actions;
    }

    /** A new or grown match goes to its force, whose police fetch the match packet (redacted for POLICE). */
    public static List<Action> forIntelligenceMatch(IntelligenceMatchEvent e) {
        if (e.matchId() == null || e.forceOrgId() == null) {
            return List.of();
        }
        Subject subject = new Subject(SubjectKind.INTELLIGENCE_MATCH, null, null, null, null, null, null, e.matchId());
        return List.of(new Deliver(RecipientRule.AGENCY, e.forceOrgId(), OrganisationType.POLICE_FORCE, PacketPurpose.NOTIFICATION,
                subject, PUBLIC_TASK, null));
    }

    public static List<Action> forPattern(PatternDetectedEvent e) {
        if (!e.promptDcpo() || e.episodeIds() == null || e.episodeIds().isEmpty()) {
            return List.of();
        }
        // The most recent episode carries the child's disclosure.
        UUID episode = e.episodeIds().get(e.episodeIds().size() - 1);
        Subject subject = new Subject(SubjectKind.MISSING, e.childId(), e.settingOrgId(), null, null, episode, null);
        return List.of(prompt(e.settingOrgId(), subject, PUBLIC_TASK, null));
    }

    /**
     * A support plan's review, its child's LAC review or the child's 18th birthday is near: the DCPO
     * of the child's setting and, for a looked-after child, the placing authority's social workers
     * are prompted in their inboxes; nobody else.
     */
    public static List<Action> forSupportPlanPrompt(SupportPlanPromptEvent e) {
        if (e.planId() == null || e.settingOrgId() == null || e.kind() == null) {
            return List.of();
        }
        Subject subject = new Subject(SubjectKind.SUPPORT_PLAN, e.childId(), e.settingOrgId(), null, null, null, null, null,
                new SupportPlanPrompt(e.planId(), e.kind(), e.dueDate()));
        List<Action> actions = new ArrayList<>();
        actions.add(prompt(e.settingOrgId(), subject, PUBLIC_TASK, null));
        if (e.placingAuthorityOrgId() != null && !e.placingAuthorityOrgId().equals(e.settingOrgId())) {
            actions.add(new Deliver(RecipientRule.PLACING_AUTHORITY, e.placingAuthorityOrgId(), OrganisationType.LOCAL_AUTHORITY,
                    PacketPurpose.PROMPT, subject, PUBLIC_TASK, null));
        }
        return actions;
    }

    private static Deliver prompt(String settingOrgId, Subject subject, String lawfulBasis, String consentStatus) {
        return new Deliver(RecipientRule.SETTING, settingOrgId, null, PacketPurpose.PROMPT, subject, lawfulBasis, consentStatus);
    }

    static OrganisationType orgType(String type) {
        if (type == null) {
            return null;
        }
        try {
            return OrganisationType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
