package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.concern.repository.Concern;
import uk.safeguarding.concern.repository.ReferralProjectionRepository;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.OrganisationType;
import uk.safeguarding.platform.security.Role;

import java.util.UUID;

/**
 * Who may see a concern, and how much (contract section 2): the setting's staff, DCPO and MIS
 * client; agencies a concern was referred to. Intelligence only for the setting's DCPO and
 * police of a force the concern was referred to. Anyone else hears 404.
 */
@ApplicationScoped
public class Access {

    public static final Role[] SETTING_ROLES = {Role.STAFF, Role.DCPO, Role.MIS_CLIENT};
    /** A school MIS upserts children and raises concerns; it reads nothing back (a leaked client secret must not list a school). */
    public static final Role[] SETTING_READERS = {Role.STAFF, Role.DCPO};
    public static final Role[] READ_ROLES = {Role.STAFF, Role.DCPO, Role.POLICE, Role.SOCIAL_WORKER, Role.SPECIALIST};

    public enum Level {
        NONE(false), SETTING(false), SETTING_DCPO(true), AGENCY(false), POLICE(true);

        private final boolean intelligence;

        Level(boolean intelligence) {
            this.intelligence = intelligence;
        }

        public boolean intelligence() {
            return intelligence;
        }
    }

    private final Caller caller;
    private final ReferralProjectionRepository referrals;
    private final Specialists specialists;

    public Access(Caller caller, ReferralProjectionRepository referrals, Specialists specialists) {
        this.caller = caller;
        this.referrals = referrals;
        this.specialists = specialists;
    }

    public Caller caller() {
        return caller;
    }

    public boolean actsForSetting() {
        return caller.actsAny(SETTING_ROLES);
    }

    public Level levelFor(Concern c) {
        boolean own = caller.isOwnOrg(c.settingOrgId);
        if (own && caller.acts(Role.DCPO)) {
            return Level.SETTING_DCPO;
        }
        if (own && caller.acts(Role.STAFF)) {
            return Level.SETTING;
        }
        if (caller.acts(Role.POLICE) && referrals.referredTo(c.id, caller.orgId(), OrganisationType.POLICE_FORCE.name())) {
            return Level.POLICE;
        }
        if (caller.acts(Role.SOCIAL_WORKER) && referrals.referredTo(c.id, caller.orgId(), null)) {
            return Level.AGENCY;
        }
        // A specialist reads the concern only while the child's latest word on a referral to it is agreement (procedure 3.4).
        if (caller.acts(Role.SPECIALIST) && referrals.referredTo(c.id, caller.orgId(), null) && specialists.agreed(c.id, caller.orgId())) {
            return Level.AGENCY;
        }
        return Level.NONE;
    }

    /** For reads: 403 for a role that never reads concerns, 404 for one not visible to the caller. */
    public Level read(Concern c, UUID id) {
        caller.require(READ_ROLES);
        Level level = c == null ? Level.NONE : levelFor(c);
        if (level == Level.NONE) {
            throw ProblemException.notFound("concern " + id);
        }
        return level;
    }

    /** For writes by the setting: 404 unless the concern is the caller's setting's. */
    public Concern ownSetting(Concern c, UUID id) {
        return Caller.visibleOr404(c, c != null && caller.isOwnOrg(c.settingOrgId), "concern " + id);
    }
}
