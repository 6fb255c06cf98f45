package uk.safeguarding.missing.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.safeguarding.missing.service.MissingStatistics;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestTokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.safeguarding.missing.support.Api.BASE;
import static uk.safeguarding.missing.support.Api.get;

/**
 * Measures the statistics query on 100,000 episodes (50 settings of one area, 20,000 children, one
 * year). Not part of the normal run (tag {@code benchmark}); run it with
 * {@code mvn -B -o -q -f missing-episode-service/pom.xml test -Dgroups=benchmark -DexcludedGroups=none}.
 * Prints the timings and writes them to {@code target/stats-benchmark.txt}.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "missing_bench"))
class StatsBenchmarkTest {

    static final int EPISODES = 100_000;
    static final int SETTINGS = 50;
    static final int RUNS = 7;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    MissingStatistics statistics;

    @Test
    void statsOn100000Episodes() throws Exception {
        long insertStart = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into organisation_projection (id, name, type, local_authority_org_id, police_force_org_id) values "
                    + "('BENCH-LA', 'Bench LA', 'LOCAL_AUTHORITY', null, null), ('BENCH-POL', 'Bench police', 'POLICE_FORCE', null, null)");
            s.execute("insert into organisation_projection (id, name, type, local_authority_org_id, police_force_org_id) "
                    + "select 'BENCH-URN-' || i, 'Bench school ' || i, 'SCHOOL', 'BENCH-LA', 'BENCH-POL' from generate_series(0, "
                    + (SETTINGS - 1) + ") i");
            // every 10th of the last 20,000 still missing (one open episode per child at most), the rest returned;
            // of the returned: 2 in 10 awaiting interview, 1 declined, the rest interviewed, offered 0-99 h after return
            s.execute("""
                    insert into missing_episode (id, child_id, setting_org_id, status, risk_grade, last_seen_at, last_seen_location,
                        circumstances, reported_by_actor, looked_after, pending_link, returned_at, interview_offered_at,
                        interview_declined, created_at, updated_at)
                    select gen_random_uuid(), md5('child' || (g %% 20000))::uuid, 'BENCH-URN-' || ((g / 7) %% %d),
                           st, 'LOW', seen, 'x', 'x', 'bench', false, false,
                           case when st = 'MISSING' then null else seen + ((g %% 96) + 1) * interval '1 hour' end,
                           case when st in ('INTERVIEWED', 'INTERVIEW_DECLINED')
                                then seen + ((g %% 96) + 1 + (g %% 100)) * interval '1 hour' end,
                           case when st = 'INTERVIEW_DECLINED' then true when st = 'INTERVIEWED' then false end,
                           seen, seen
                    from (select g, timestamptz '2025-01-01T00:00:00Z' + g * interval '5 minutes' as seen,
                                 case when g > %d and g %% 10 = 0 then 'MISSING'
                                      when g %% 10 in (1, 2) then 'RETURNED'
                                      when g %% 10 = 3 then 'INTERVIEW_DECLINED'
                                      else 'INTERVIEWED' end as st
                          from generate_series(1, %d) g) x
                    """.formatted(SETTINGS, EPISODES - 20_000, EPISODES));
            s.execute("analyze missing_episode");
        }
        double insertSeconds = (System.nanoTime() - insertStart) / 1e9;

        List<String> all = IntStream.range(0, SETTINGS).mapToObj(i -> "BENCH-URN-" + i).toList();
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        List<MissingStatistics.Row> rows = statistics.query(all, from, to);
        assertThat(rows.get(0).week()).isNull();
        assertThat(rows.get(0).episodes()).isEqualTo(EPISODES);

        String report = String.join("\n",
                "stats benchmark: %d episodes, %d settings, 20000 children, inserted in %.1f s".formatted(EPISODES, SETTINGS, insertSeconds),
                line("SQL, one setting (DCPO), one year", time(() -> statistics.query(List.of("BENCH-URN-3"), from, to))),
                line("SQL, 50 settings (area), one year, 100,000 episodes", time(() -> statistics.query(all, from, to))),
                line("SQL, 50 settings (area), 12 weeks", time(() -> statistics.query(all, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 23)))),
                line("HTTP GET /stats as the LA social worker, one year", time(() -> get(TestTokens.token("BENCH-LA", "social-worker"),
                        BASE + "/stats?from=2025-01-01&to=2025-12-31").statusCode(200).body("totals.episodes", equalTo(EPISODES)))));
        System.out.println("\n" + report + "\n");
        Files.writeString(Path.of("target", "stats-benchmark.txt"), report + "\n");
    }

    private static long[] time(Supplier<?> run) {
        run.get(); // warm up
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.get();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted;
    }

    private static String line(String what, long[] sorted) {
        return "%-55s median %4d ms  (min %d, max %d, %d runs)".formatted(what, sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1], sorted.length) + "  " + Arrays.toString(sorted);
    }
}
