package uk.safeguarding.missing.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.missing.domain.RiskGrade;
import uk.safeguarding.missing.repository.MissingEpisode;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.directory.OrganisationDirectory;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static uk.safeguarding.platform.security.Role.DCPO;
import static uk.safeguarding.platform.security.Role.MIS_CLIENT;
import static uk.safeguarding.platform.security.Role.POLICE;
import static uk.safeguarding.platform.security.Role.SOCIAL_WORKER;
import static uk.safeguarding.platform.security.Role.STAFF;

/**
 * Who sees and does what with an episode (contract sections 2 and 7):
 * <ul>
 * <li>staff, DCPO and MIS of the reporting setting: everything of their setting's episodes;</li>
 * <li>a social worker of the placing authority, or of the host authority (the local authority of the
 *     setting, or of the home the child lives in): reads, and records the return interview;</li>
 * <li>police of the setting's force: reads episodes graded MEDIUM or HIGH (those are notified to it);</li>
 * <li>the auditor: lists one child's episodes, for subject access.</li>
 * </ul>
 * Anyone else is told the episode does not exist.
 */
@ApplicationScoped
public class EpisodeAccess {

    static final Role[] SETTING_ROLES = {STAFF, DCPO, MIS_CLIENT};
    /** A school MIS reports episodes but reads nothing back. */
    static final Role[] READERS = {STAFF, DCPO, SOCIAL_WORKER, POLICE};

    private final Caller caller;
    private final OrganisationDirectory directory;

    public EpisodeAccess(Caller caller, OrganisationDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    public void requireReader() {
        caller.require(READERS);
    }

    /** The auditor reading one child's episodes for subject access (contract 12): any setting's, read-only. */
    public boolean readsForSubjectAccess() {
        return caller.readsForSubjectAccess(READERS);
    }

    public boolean canRead(MissingEpisode e) {
        String org = caller.orgId();
        if (org == null) {
            return false;
        }
        if (caller.actsAny(SETTING_ROLES) && org.equals(e.settingOrgId)) {
            return true;
        }
        if (caller.acts(SOCIAL_WORKER) && isPlacingOrHostAuthority(e, org)) {
            return true;
        }
        return caller.acts(POLICE) && e.riskGrade.notifiesPolice()
                && org.equals(directory.find(e.settingOrgId).map(Organisation::policeForceOrgId).orElse(null));
    }

    /** Report and return: the reporting setting's own people. */
    public boolean maySettingWrite(MissingEpisode e) {
        return caller.actsAny(SETTING_ROLES) && caller.isOwnOrg(e.settingOrgId);
    }

    /** The setting's DCPO, or a social worker of the placing or host authority. */
    public boolean mayRecordInterview(MissingEpisode e) {
        String org = caller.orgId();
        return (caller.acts(DCPO) && Objects.equals(org, e.settingOrgId))
                || (caller.acts(SOCIAL_WORKER) && isPlacingOrHostAuthority(e, org));
    }

    private boolean isPlacingOrHostAuthority(MissingEpisode e, String org) {
        return org != null && (org.equals(e.placingAuthorityOrgId)
                || org.equals(localAuthorityOf(e.settingOrgId))
                || org.equals(localAuthorityOf(e.residenceOrgId)));
    }

    private String localAuthorityOf(String orgId) {
        return directory.find(orgId).map(Organisation::localAuthorityOrgId).orElse(null);
    }

    /** The same rules as {@link #canRead} as an HQL condition on {@code e}, for lists. */
    public Filter readFilter() {
        String org = caller.orgId();
        List<String> any = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("org", org);
        if (caller.actsAny(SETTING_ROLES)) {
            any.add("e.settingOrgId = :org");
        }
        if (caller.acts(SOCIAL_WORKER)) {
            any.add("e.placingAuthorityOrgId = :org");
            any.add("e.settingOrgId in (select o.id from OrganisationProjection o where o.localAuthorityOrgId = :org)");
            any.add("e.residenceOrgId in (select o.id from OrganisationProjection o where o.localAuthorityOrgId = :org)");
        }
        if (caller.acts(POLICE)) {
            params.put("policeGrades", java.util.Arrays.stream(RiskGrade.values()).filter(RiskGrade::notifiesPolice).toList());
            any.add("(e.riskGrade in :policeGrades"
                    + " and e.settingOrgId in (select o.id from OrganisationProjection o where o.policeForceOrgId = :org))");
        }
        if (any.isEmpty() || org == null) {
            return new Filter("1 = 0", Map.of());
        }
        return new Filter("(" + String.join(" or ", any) + ")", params);
    }

    public record Filter(String hql, Map<String, Object> params) {
    }
}
