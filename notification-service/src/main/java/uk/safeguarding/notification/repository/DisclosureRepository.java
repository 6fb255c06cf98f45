package uk.safeguarding.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DisclosureRepository implements PanacheRepositoryBase<DisclosureEntry, Long> {

    /** Serialises writers of the chain until the end of the transaction: one writer at a time. */
    public void lockChain() {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(8785)").getSingleResult();
    }

    public DisclosureEntry last() {
        return find("order by seq desc").firstResult();
    }

    public PanacheQuery<DisclosureEntry> search(UUID childId) {
        Sort sort = Sort.descending("seq");
        return childId == null ? findAll(sort) : find("childId", sort, childId);
    }

    public List<DisclosureEntry> after(long seq, int limit) {
        return find("seq > ?1 order by seq", seq).page(0, limit).list();
    }
}
