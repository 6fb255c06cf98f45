package uk.safeguarding.missing.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.missing.domain.MissingPatterns;
import uk.safeguarding.platform.children.ChildProjection;
import uk.safeguarding.missing.repository.MissingEpisode;
import uk.safeguarding.missing.repository.MissingEpisodeRepository;
import uk.safeguarding.platform.directory.OrganisationProjection;
import uk.safeguarding.platform.security.OrganisationType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Organisations and children for tests, written straight into the projections; ids unique per call. */
@ApplicationScoped
public class TestData {

    private final MissingEpisodeRepository episodes;

    public TestData(MissingEpisodeRepository episodes) {
        this.episodes = episodes;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A local authority and a police force, a school and a children's home in their area, and a school elsewhere. */
    public record Area(String la, String police, String school, String home, String otherLa, String otherPolice, String otherSchool) {
    }

    public Area area() {
        Area a = new Area(unique("LA"), unique("POL"), unique("URN"), unique("HOME"), unique("LA"), unique("POL"), unique("URN"));
        organisation(a.la(), OrganisationType.LOCAL_AUTHORITY, null, null);
        organisation(a.police(), OrganisationType.POLICE_FORCE, null, null);
        organisation(a.otherLa(), OrganisationType.LOCAL_AUTHORITY, null, null);
        organisation(a.otherPolice(), OrganisationType.POLICE_FORCE, null, null);
        organisation(a.school(), OrganisationType.SCHOOL, a.la(), a.police());
        organisation(a.home(), OrganisationType.CHILDRENS_HOME, a.la(), a.police());
        organisation(a.otherSchool(), OrganisationType.SCHOOL, a.otherLa(), a.otherPolice());
        return a;
    }

    public void organisation(String id, OrganisationType type, String la, String police) {
        QuarkusTransaction.requiringNew().run(() -> {
            OrganisationProjection o = new OrganisationProjection();
            o.id = id;
            o.name = "Test " + id;
            o.type = type;
            o.localAuthorityOrgId = la;
            o.policeForceOrgId = police;
            o.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            o.persist();
        });
    }

    /** A child known to the service (as if its child.registered had been applied). */
    public UUID child(String setting, String residence, boolean lookedAfter, String placingAuthority) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            ChildProjection c = new ChildProjection();
            c.childId = id;
            c.settingOrgId = setting;
            c.residenceOrgId = residence;
            c.lookedAfter = lookedAfter;
            c.placingAuthorityOrgId = placingAuthority;
            c.ageBand = "13-15";
            c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
            episodes.getEntityManager().persist(c);
        });
        return id;
    }

    public UUID child(String setting) {
        return child(setting, null, false, null);
    }

    public ChildProjection knownChild(UUID childId) {
        return QuarkusTransaction.requiringNew().call(() -> episodes.getEntityManager().find(ChildProjection.class, childId));
    }

    public MissingEpisode episode(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MissingEpisode e = episodes.findById(id);
            if (e != null) {
                episodes.getEntityManager().detach(e);
            }
            return e;
        });
    }

    public long findings(UUID childId, MissingPatterns.Rule rule) {
        return QuarkusTransaction.requiringNew().call(() -> episodes.getEntityManager()
                .createQuery("select count(f) from PatternFinding f where f.childId = :c and f.rule = :r", Long.class)
                .setParameter("c", childId).setParameter("r", rule).getSingleResult());
    }
}
