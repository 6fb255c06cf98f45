package uk.safeguarding.missing.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.missing.config.MissingConfig;
import uk.safeguarding.missing.domain.SmallNumbers;
import uk.safeguarding.missing.api.StatsView;
import uk.safeguarding.platform.directory.OrganisationProjection;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.OrganisationType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

import static uk.safeguarding.platform.security.Role.DCPO;
import static uk.safeguarding.platform.security.Role.POLICE;
import static uk.safeguarding.platform.security.Role.SOCIAL_WORKER;

/**
 * Collated, anonymised missing statistics (procedure 3.1: "collate and share data on missing
 * incidents"), computed in one SQL statement: totals and by ISO week of the time last seen. The
 * setting's DCPO sees its own setting exactly; a local authority or police force sees the settings
 * of its area with counts of 1–4 shown as {@code "<5"}. Nothing names or identifies a child.
 */
@ApplicationScoped
public class MissingStatistics {

    /** The longest period one request may cover. */
    static final int MAX_DAYS = 366;
    static final String WORK_MEM = "32MB";

    static final String SQL = """
            with e as (
                select child_id,
                       cast(date_trunc('week', last_seen_at at time zone 'UTC') as date) as week,
                       status, returned_at, interview_offered_at,
                       extract(epoch from (returned_at - last_seen_at)) / 3600.0 as hours
                from missing_episode
                where setting_org_id = any(?) and last_seen_at >= ? and last_seen_at < ?
            ), agg as (
                select week,
                       count(*) as episodes,
                       count(distinct child_id) as children,
                       count(hours) as returned,
                       percentile_cont(0.5) within group (order by hours) as median_hours,
                       max(hours) as max_hours,
                       count(*) filter (where interview_offered_at <= returned_at + ? * interval '1 second') as offered_in_time,
                       count(*) filter (where status = 'INTERVIEWED') as done,
                       count(*) filter (where status = 'INTERVIEW_DECLINED') as declined,
                       count(*) filter (where interview_offered_at > returned_at + ? * interval '1 second'
                                           or (interview_offered_at is null and returned_at + ? * interval '1 second' < ?)) as overdue
                from e
                group by grouping sets ((week), ())
            ), frequent as (
                select week, count(*) filter (where n >= 3) as children_3plus
                from (select week, child_id, count(*) as n from e group by grouping sets ((week, child_id), (child_id))) per_child
                group by week
            )
            select a.week, a.episodes, a.children, coalesce(f.children_3plus, 0), a.returned, a.median_hours, a.max_hours,
                   a.offered_in_time, a.done, a.declined, a.overdue
            from agg a left join frequent f on a.week is not distinct from f.week
            order by a.week nulls first""";

    private final AgroalDataSource dataSource;
    private final Caller caller;
    private final MissingConfig config;
    private final Clock clock;

    public MissingStatistics(AgroalDataSource dataSource, Caller caller, MissingConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    public StatsView stats(LocalDate from, LocalDate to, String settingOrgId) {
        Scope scope = scope(settingOrgId);
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusWeeks(12).plusDays(1) : from;
        if (start.isAfter(end)) {
            throw ProblemException.badRequest("from", "must not be after to");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw ProblemException.badRequest("to", "the period may cover at most " + MAX_DAYS + " days");
        }
        List<Row> rows = scope.settings().isEmpty() ? List.of() : query(scope.settings(), start, end);
        SmallNumbers numbers = scope.suppress() ? SmallNumbers.suppressedBelow(config.suppressBelow()) : SmallNumbers.exact();
        StatsView.Figures totals = rows.stream().filter(r -> r.week() == null).findFirst().orElse(Row.EMPTY).figures(numbers);
        List<StatsView.Week> weeks = rows.stream().filter(r -> r.week() != null)
                .map(r -> new StatsView.Week(isoWeek(r.week()), r.week(), r.figures(numbers))).toList();
        return new StatsView(start, end, scope.name(), scope.settings().size(), scope.suppress(), totals, weeks);
    }

    /** Runs the statistics query for the given settings and period (whole UTC days, both inclusive). */
    public List<Row> query(List<String> settings, LocalDate from, LocalDate to) {
        return QuarkusTransaction.requiringNew().call(() -> run(settings, from, to));
    }

    private List<Row> run(List<String> settings, LocalDate from, LocalDate to) {
        long deadline = config.interviewDeadline().toSeconds();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SQL)) {
            try (Statement memory = c.createStatement()) {
                // the year of a whole area sorts ~100,000 rows: keep that in memory (this transaction only)
                memory.execute("set local work_mem = '" + WORK_MEM + "'");
            }
            s.setArray(1, c.createArrayOf("text", settings.toArray()));
            s.setObject(2, from.atStartOfDay().atOffset(ZoneOffset.UTC));
            s.setObject(3, to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            s.setDouble(4, deadline);
            s.setDouble(5, deadline);
            s.setDouble(6, deadline);
            s.setObject(7, OffsetDateTime.now(clock));
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            (Double) rs.getObject(6), number(rs.getObject(7)), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                            rs.getLong(11)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("missing statistics query failed: " + e.getSQLState(), e);
        }
    }

    private Scope scope(String settingOrgId) {
        String org = caller.orgId();
        if (caller.acts(DCPO)) {
            if (settingOrgId != null && !settingOrgId.equals(org)) {
                throw ProblemException.notFound("setting");
            }
            return new Scope("SETTING", List.of(org), false);
        }
        Scope area;
        if (caller.acts(SOCIAL_WORKER)) {
            area = new Scope("LOCAL_AUTHORITY_AREA", settingsWhere("localAuthorityOrgId", org), true);
        } else if (caller.acts(POLICE)) {
            area = new Scope("POLICE_FORCE_AREA", settingsWhere("policeForceOrgId", org), true);
        } else {
            throw ProblemException.forbidden("statistics are for a setting's DCPO, a local authority or a police force");
        }
        if (settingOrgId == null) {
            return area;
        }
        if (!area.settings().contains(settingOrgId)) {
            throw ProblemException.notFound("setting");
        }
        return new Scope(area.name(), List.of(settingOrgId), true);
    }

    private static List<String> settingsWhere(String field, String org) {
        return OrganisationProjection.<OrganisationProjection>list(field + " = ?1 and type in ?2", org,
                        List.of(OrganisationType.SCHOOL, OrganisationType.CHILDRENS_HOME))
                .stream().map(o -> o.id).sorted().toList();
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    static String isoWeek(LocalDate weekStart) {
        return String.format("%d-W%02d", weekStart.get(IsoFields.WEEK_BASED_YEAR), weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    record Scope(String name, List<String> settings, boolean suppress) {
    }

    /** One row of the query: a week (null for the totals). */
    public record Row(LocalDate week, long episodes, long children, long childrenWith3Plus, long returned, Double medianHours,
                      Double maxHours, long offeredInTime, long done, long declined, long overdue) {

        static final Row EMPTY = new Row(null, 0, 0, 0, 0, null, null, 0, 0, 0, 0);

        StatsView.Figures figures(SmallNumbers n) {
            boolean hideDurations = n.isSuppressed(returned);
            return new StatsView.Figures(n.count(episodes), n.count(children), n.count(childrenWith3Plus),
                    hideDurations ? null : round(medianHours), hideDurations ? null : round(maxHours),
                    hideDurations ? Boolean.TRUE : null,
                    n.count(offeredInTime), n.count(done), n.count(declined), n.count(overdue));
        }

        private static Double round(Double hours) {
            return hours == null ? null : Math.round(hours * 10.0) / 10.0;
        }
    }
}
