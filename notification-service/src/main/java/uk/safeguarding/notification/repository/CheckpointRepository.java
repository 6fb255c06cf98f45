package uk.safeguarding.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CheckpointRepository implements PanacheRepositoryBase<DisclosureCheckpoint, Long> {

    /** One checkpointer at a time across replicas, until the end of the transaction; false when another holds it. */
    public boolean tryLock() {
        return (Boolean) getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(8786)").getSingleResult();
    }

    public DisclosureCheckpoint newest() {
        return find("order by entries desc").firstResult();
    }

    public PanacheQuery<DisclosureCheckpoint> newestFirst() {
        return findAll(Sort.descending("entries"));
    }

    /** Stored checkpoints after {@code entries}, oldest first, each with the hash the log holds at its seq (null: no such entry). */
    public List<Object[]> withLogHashAfter(long entries, int limit) {
        return getEntityManager().createQuery("""
                        select c, l.hash from DisclosureCheckpoint c left join DisclosureEntry l on l.seq = c.entries
                        where c.entries > ?1 order by c.entries""", Object[].class)
                .setParameter(1, entries).setMaxResults(limit).getResultList();
    }
}
