package uk.safeguarding.concern.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.safeguarding.platform.directory.OrganisationProjection;
import uk.safeguarding.platform.security.OrganisationType;

import java.time.OffsetDateTime;
import java.util.List;

/** Sets up the organisation projection and reads the database directly, for tests. */
@ApplicationScoped
public class Fixtures {

    private final EntityManager em;

    public Fixtures(EntityManager em) {
        this.em = em;
    }

    public void org(String id, OrganisationType type, String name, String la, String police, String ofstedUrn) {
        QuarkusTransaction.requiringNew().run(() -> {
            OrganisationProjection o = em.find(OrganisationProjection.class, id);
            if (o == null) {
                o = new OrganisationProjection();
                o.id = id;
                em.persist(o);
            }
            o.type = type;
            o.name = name;
            o.localAuthorityOrgId = la;
            o.policeForceOrgId = police;
            o.ofstedUrn = ofstedUrn;
            o.updatedAt = OffsetDateTime.parse("2020-01-01T00:00:00Z");
        });
    }

    /** The standard directory of the tests. */
    public void world() {
        org(World.LA, OrganisationType.LOCAL_AUTHORITY, "Northshire Children's Services", null, null, null);
        org(World.LA_2, OrganisationType.LOCAL_AUTHORITY, "Southshire Children's Services", null, null, null);
        org(World.POLICE, OrganisationType.POLICE_FORCE, "Northshire Police", null, null, null);
        org(World.POLICE_2, OrganisationType.POLICE_FORCE, "Southshire Police", null, null, null);
        org(World.OFSTED, OrganisationType.OFSTED, "Ofsted", null, null, null);
        org(World.SPECIALIST, OrganisationType.SPECIALIST_SERVICE, "CSE Specialist Service", null, null, null);
        org(World.HEALTH, OrganisationType.HEALTH, "Sexual Health Clinic", null, null, null);
        org(World.SCHOOL, OrganisationType.SCHOOL, "Northshire Academy", World.LA, World.POLICE, null);
        org(World.SCHOOL_2, OrganisationType.SCHOOL, "Southshire High", World.LA_2, World.POLICE_2, null);
        org(World.HOME, OrganisationType.CHILDRENS_HOME, "Oak House", World.LA, World.POLICE, "SC123456");
        org(World.HOME_2, OrganisationType.CHILDRENS_HOME, "Elm House", World.LA_2, World.POLICE_2, "SC654321");
    }

    @SuppressWarnings("unchecked")
    public List<Object> column(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return (List<Object>) q.getResultList();
        });
    }

    public void execute(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }
}
