package uk.safeguarding.concern.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import uk.safeguarding.concern.domain.Ages;
import uk.safeguarding.concern.domain.NearingAdulthood;
import uk.safeguarding.platform.event.EventTypes;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.event.data.NearingAdulthoodEvent;
import uk.safeguarding.platform.outbox.Outbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Announces {@code child.nearing-adulthood} (ids only) once per child as {@link NearingAdulthood}
 * says, so referral-service can prompt about the support plan's links to adult services without
 * ever holding a date of birth. The claim row and the outbox row share a transaction.
 */
@ApplicationScoped
public class NearingAdulthoodAnnouncer {

    private static final Logger LOG = Logger.getLogger(NearingAdulthoodAnnouncer.class);
    static final int PAGE = 200;

    private final Outbox outbox;
    private final Clock clock;

    public NearingAdulthoodAnnouncer(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(identity = "nearing-adulthood", every = "${safeguarding.concern.nearing-adulthood.every:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        try {
            announceFor(LocalDate.now(clock.withZone(Ages.ENGLAND)));
        } catch (RuntimeException e) {
            LOG.warnf("nearing-adulthood check failed (%s); the next run tries again", e.getClass().getSimpleName());
        }
    }

    /** @return how many children were announced for {@code today} (a day in England) */
    public int announceFor(LocalDate today) {
        // Every child whose announcement could be due today and who is not 18 yet, with a margin the exact rule trims.
        LocalDate youngest = today.plusMonths(NearingAdulthood.WINDOW_MONTHS + 4).minusYears(18);
        LocalDate oldest = today.minusYears(18).minusDays(2);
        int announced = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            UUID from = after;
            record Batch(int announced, UUID last, int size) {
            }
            Batch batch = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                                "select c.id, c.date_of_birth, c.setting_org_id from child c where c.id > ?1 "
                                        + "and c.date_of_birth between ?2 and ?3 "
                                        + "and not exists (select 1 from child_adulthood_announcement a where a.child_id = c.id) "
                                        + "order by c.id limit " + PAGE)
                        .setParameter(1, from).setParameter(2, oldest).setParameter(3, youngest).getResultList();
                int count = 0;
                UUID last = from;
                OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
                for (Object[] row : rows) {
                    UUID childId = (UUID) row[0];
                    last = childId;
                    LocalDate born = row[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[1];
                    if (NearingAdulthood.isDue(born, today) && claim(childId, now)) {
                        outbox.publish(Topics.CHILDREN, EventTypes.CHILD_NEARING_ADULTHOOD, childId.toString(),
                                new NearingAdulthoodEvent(childId, (String) row[2]));
                        count++;
                    }
                }
                return new Batch(count, last, rows.size());
            });
            announced += batch.announced();
            if (batch.size() < PAGE) {
                break;
            }
            after = batch.last();
        }
        if (announced > 0) {
            LOG.infof("%d child(ren) announced nearing 18", announced);
        }
        return announced;
    }

    private static boolean claim(UUID childId, OffsetDateTime at) {
        return Panache.getEntityManager().createNativeQuery(
                        "insert into child_adulthood_announcement (child_id, announced_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, childId).setParameter(2, at).executeUpdate() == 1;
    }
}
