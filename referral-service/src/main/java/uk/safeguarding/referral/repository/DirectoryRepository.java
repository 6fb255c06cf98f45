package uk.safeguarding.referral.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.platform.security.OrganisationType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DirectoryRepository implements PanacheRepositoryBase<DirectoryEntry, String> {

    /** Newest first, optionally of one type. */
    public List<DirectoryEntry> listNewestFirst(OrganisationType type) {
        return type == null
                ? list("order by createdAt desc, id")
                : list("type = ?1 order by createdAt desc, id", type);
    }

    /**
     * The national inspectorate: the one organisation of type OFSTED. The directory admits no
     * second (409 on register, and a unique index), so routing never has to choose.
     */
    public Optional<DirectoryEntry> inspectorate() {
        return find("type", OrganisationType.OFSTED).singleResultOptional();
    }
}
