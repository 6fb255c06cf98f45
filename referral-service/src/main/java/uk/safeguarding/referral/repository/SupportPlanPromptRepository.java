package uk.safeguarding.referral.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The claims of sent support-plan prompts, and the children reported nearing 18. */
@ApplicationScoped
public class SupportPlanPromptRepository {

    private EntityManager em() {
        return Panache.getEntityManager();
    }

    /**
     * Claims (plan, kind, due date): true for the one transaction that inserted it. A second
     * replica's insert waits for the first to commit and then finds the conflict.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(UUID planId, String kind, LocalDate dueDate, UUID childId, OffsetDateTime at) {
        return em().createNativeQuery("insert into support_plan_prompt (plan_id, kind, due_date, child_id, sent_at) "
                        + "values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, planId).setParameter(2, kind).setParameter(3, dueDate).setParameter(4, childId)
                .setParameter(5, at).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long sent(UUID planId, String kind) {
        return ((Number) em().createNativeQuery("select count(*) from support_plan_prompt where plan_id = ?1 and kind = ?2")
                .setParameter(1, planId).setParameter(2, kind).getSingleResult()).longValue();
    }

    /** Records the first report only: the day the child entered the window stays the due date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void nearingAdulthood(UUID childId, LocalDate reportedOn, OffsetDateTime at) {
        em().createNativeQuery("insert into child_nearing_adulthood (child_id, reported_on, recorded_at) values (?1, ?2, ?3) "
                        + "on conflict do nothing")
                .setParameter(1, childId).setParameter(2, reportedOn).setParameter(3, at).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LocalDate> nearingAdulthoodSince(UUID childId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em().createNativeQuery("select reported_on from child_nearing_adulthood where child_id = ?1")
                .setParameter(1, childId).getResultList();
        return rows.stream().findFirst().map(SupportPlanPromptRepository::date);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
