package uk.safeguarding.referral.domain;

import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.security.OrganisationType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What makes a directory entry whole: a setting names its local authority and police force,
 * which must exist with those types; a children's home carries its Ofsted URN; an agency
 * names neither.
 */
public final class OrganisationRules {

    /** Ids chosen by the admin: upper-case words joined by hyphens, e.g. {@code LA-801}, {@code URN-100001}. */
    public static final Pattern ID = Pattern.compile("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$");
    /** Ofsted's unique reference number of a social care provider, e.g. {@code SC200001} (newer ones are 7 digits). */
    public static final Pattern OFSTED_URN = Pattern.compile("^(SC[0-9]{6}|[0-9]{7})$");

    /** {@code unprocessable}: the shape is right but a named organisation is missing or of the wrong type. */
    public record Violation(String field, String message, boolean unprocessable) {
    }

    private OrganisationRules() {
    }

    public static List<Violation> check(Organisation org, Function<String, Optional<Organisation>> directory) {
        List<Violation> violations = new ArrayList<>();
        if (org.type().isSetting()) {
            reference(violations, "localAuthorityOrgId", org.localAuthorityOrgId(), OrganisationType.LOCAL_AUTHORITY, directory);
            reference(violations, "policeForceOrgId", org.policeForceOrgId(), OrganisationType.POLICE_FORCE, directory);
        } else {
            if (org.localAuthorityOrgId() != null) {
                violations.add(new Violation("localAuthorityOrgId", "only a setting names a local authority", false));
            }
            if (org.policeForceOrgId() != null) {
                violations.add(new Violation("policeForceOrgId", "only a setting names a police force", false));
            }
            if (org.ofstedUrn() != null) {
                violations.add(new Violation("ofstedUrn", "only a setting carries an Ofsted URN", false));
            }
        }
        if (org.type() == OrganisationType.CHILDRENS_HOME && org.ofstedUrn() == null) {
            violations.add(new Violation("ofstedUrn", "a children's home must carry its Ofsted URN", false));
        }
        if (org.ofstedUrn() != null && !OFSTED_URN.matcher(org.ofstedUrn()).matches()) {
            violations.add(new Violation("ofstedUrn", "must be an Ofsted URN such as SC200001", false));
        }
        return violations;
    }

    private static void reference(List<Violation> violations, String field, String orgId, OrganisationType type,
                                  Function<String, Optional<Organisation>> directory) {
        if (orgId == null || orgId.isBlank()) {
            violations.add(new Violation(field, "a setting must name its " + describe(type), false));
            return;
        }
        Optional<Organisation> named = directory.apply(orgId);
        if (named.isEmpty()) {
            violations.add(new Violation(field, "no such organisation in the directory", true));
        } else if (named.get().type() != type) {
            violations.add(new Violation(field, "must be a " + type + " organisation", true));
        }
    }

    private static String describe(OrganisationType type) {
        return type == OrganisationType.LOCAL_AUTHORITY ? "local authority" : "police force";
    }
}
