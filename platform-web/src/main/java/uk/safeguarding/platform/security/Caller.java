package uk.safeguarding.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.directory.OrganisationDirectory;
import uk.safeguarding.platform.problem.ProblemException;

import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who is calling: subject, client, organisation and the roles that count for that
 * organisation's type (contract section 2). Use cases ask it, never the raw token.
 */
@RequestScoped
public class Caller {

    public static final String ORG_ID_CLAIM = "org_id";

    private final SecurityIdentity identity;
    /** The service's directory (platform-data's projection); the gateway has none, so its callers have no organisation type. */
    private final Instance<OrganisationDirectory> directory;
    private Optional<Organisation> organisation;

    public Caller(SecurityIdentity identity, Instance<OrganisationDirectory> directory) {
        this.identity = identity;
        this.directory = directory;
    }

    public String subject() {
        return jwt().map(JsonWebToken::getSubject).orElse(identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName());
    }

    /** The OAuth client the token was issued to ({@code azp}). */
    public String clientId() {
        return jwt().map(t -> t.<String>getClaim("azp")).orElse("unknown");
    }

    public String orgId() {
        return jwt().map(t -> t.<Object>getClaim(ORG_ID_CLAIM)).map(Object::toString).orElse(null);
    }

    public Optional<Organisation> organisation() {
        if (organisation == null) {
            organisation = directory.isResolvable() ? directory.get().find(orgId()) : Optional.empty();
        }
        return organisation;
    }

    public Optional<OrganisationType> orgType() {
        return organisation().map(Organisation::type);
    }

    /** The role is held and counts for the caller's organisation type. */
    public boolean acts(Role role) {
        return identity.hasRole(role.claim()) && role.countsFor(orgType());
    }

    public boolean actsAny(Role... roles) {
        return Arrays.stream(roles).anyMatch(this::acts);
    }

    /** 403 unless one of the roles counts for this caller; returns the first that does. */
    public Role require(Role... allowed) {
        return Arrays.stream(allowed).filter(this::acts).findFirst()
                .orElseThrow(() -> ProblemException.forbidden("your role, for your organisation, may not do this"));
    }

    /**
     * The auditor answering a subject access request (contract 12): it reads one child's records, named by
     * {@code childId}, read-only, whatever the setting (it has no tenancy). A caller who also holds one of
     * {@code ownView} reads as that role instead.
     */
    public boolean readsForSubjectAccess(Role... ownView) {
        return acts(Role.AUDITOR) && !actsAny(ownView);
    }

    /** The child a subject-access read is for: a list without {@code childId} is 400 naming it. */
    public static <T> T subjectAccessChild(T childId) {
        if (childId == null) {
            throw ProblemException.badRequest("childId", "is required: the auditor reads one child's records, for subject access");
        }
        return childId;
    }

    /** 403 when writing for another setting than the caller's own. */
    public void requireOwnOrg(String orgId) {
        if (orgId == null || !orgId.equals(orgId())) {
            throw ProblemException.forbidden("you may only write for your own organisation");
        }
    }

    public boolean isOwnOrg(String orgId) {
        return orgId != null && orgId.equals(orgId());
    }

    /** A record the caller may not see answers 404, never 403: no hint that it exists. */
    public static <T> T visibleOr404(T record, boolean visible, String what) {
        if (record == null || !visible) {
            throw ProblemException.notFound(what);
        }
        return record;
    }

    /** A short name of who acted, for histories: subject and organisation, never a person's name. */
    public String actor() {
        return subject() + "@" + Optional.ofNullable(orgId()).orElse("-");
    }

    private Optional<JsonWebToken> jwt() {
        Principal principal = identity.getPrincipal();
        return principal instanceof JsonWebToken token ? Optional.of(token) : Optional.empty();
    }
}
