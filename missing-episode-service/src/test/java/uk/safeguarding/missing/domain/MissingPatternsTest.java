package uk.safeguarding.missing.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.safeguarding.missing.domain.MissingPatterns.Episode;
import uk.safeguarding.missing.domain.MissingPatterns.Finding;
import uk.safeguarding.missing.domain.MissingPatterns.Rule;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static uk.safeguarding.missing.domain.MissingPatterns.Rule.DISCLOSURE_AT_INTERVIEW;
import static uk.safeguarding.missing.domain.MissingPatterns.Rule.FOUND_NO_KNOWN_LINKS;
import static uk.safeguarding.missing.domain.MissingPatterns.Rule.LONG_ABSENCE_WHEREABOUTS_UNKNOWN;
import static uk.safeguarding.missing.domain.MissingPatterns.Rule.RETURNED_WELL_CARED_FOR;
import static uk.safeguarding.missing.domain.MissingPatterns.Rule.THREE_IN_90_DAYS;
import static uk.safeguarding.missing.domain.Presentation.INJURED;
import static uk.safeguarding.missing.domain.Presentation.WELL_CARED_FOR;
import static uk.safeguarding.missing.domain.Whereabouts.KNOWN;
import static uk.safeguarding.missing.domain.Whereabouts.UNKNOWN;

class MissingPatternsTest {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 5, 22, 0, 0, 0, ZoneOffset.UTC);

    // ---- one episode: the per-episode rules --------------------------------------------------------------

    static Stream<Arguments> perEpisode() {
        Duration h24 = Duration.ofHours(24);
        return Stream.of(
                // description, away (null: not returned), whereabouts, presentation, knownLinksToArea, disclosed, expected rules
                arguments("still missing: nothing", null, null, null, null, null, Set.of()),
                arguments("short absence, all well", Duration.ofHours(3), KNOWN, Set.of(), true, null, Set.of()),
                arguments("exactly 24 h, whereabouts unknown: not more than 24 h", h24, UNKNOWN, Set.of(), true, null, Set.of()),
                arguments("24 h and 1 s, whereabouts unknown", h24.plusSeconds(1), UNKNOWN, Set.of(), true, null,
                        Set.of(LONG_ABSENCE_WHEREABOUTS_UNKNOWN)),
                arguments("24 h and 1 s, whereabouts known", h24.plusSeconds(1), KNOWN, Set.of(), true, null, Set.of()),
                arguments("3 days, whereabouts known", Duration.ofDays(3), KNOWN, Set.of(), true, null, Set.of()),
                arguments("3 days, whereabouts unknown", Duration.ofDays(3), UNKNOWN, Set.of(), true, null,
                        Set.of(LONG_ABSENCE_WHEREABOUTS_UNKNOWN)),
                arguments("returned well cared for", Duration.ofHours(5), KNOWN, Set.of(WELL_CARED_FOR), true, null,
                        Set.of(RETURNED_WELL_CARED_FOR)),
                arguments("returned injured only", Duration.ofHours(5), KNOWN, Set.of(INJURED), true, null, Set.of()),
                arguments("found with no known links to the area", Duration.ofHours(5), KNOWN, Set.of(), false, null,
                        Set.of(FOUND_NO_KNOWN_LINKS)),
                arguments("exploitation disclosed at interview", Duration.ofHours(5), KNOWN, Set.of(), true, true,
                        Set.of(DISCLOSURE_AT_INTERVIEW)),
                arguments("interview without disclosure", Duration.ofHours(5), KNOWN, Set.of(), true, false, Set.of()),
                arguments("everything at once", Duration.ofHours(30), UNKNOWN, Set.of(WELL_CARED_FOR, INJURED), false, true,
                        Set.of(LONG_ABSENCE_WHEREABOUTS_UNKNOWN, RETURNED_WELL_CARED_FOR, FOUND_NO_KNOWN_LINKS, DISCLOSURE_AT_INTERVIEW)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("perEpisode")
    void perEpisodeRules(String description, Duration away, Whereabouts whereabouts, Set<Presentation> presentation,
                         Boolean knownLinks, Boolean disclosed, Set<Rule> expected) {
        Episode e = new Episode(UUID.randomUUID(), T0, away == null ? null : T0.plus(away), whereabouts,
                presentation == null ? null : (presentation.isEmpty() ? EnumSet.noneOf(Presentation.class) : EnumSet.copyOf(presentation)),
                knownLinks, disclosed);

        List<Finding> found = MissingPatterns.detect(List.of(e), List.of());

        assertThat(found).extracting(Finding::rule).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(found).allSatisfy(f -> assertThat(f.episodeIds()).containsExactly(e.id()));
        // once per episode: with the findings announced, nothing is found again
        assertThat(MissingPatterns.detect(List.of(e), found)).isEmpty();
    }

    @Test
    void perEpisodeRulesFireForEachEpisodeOnce() {
        Episode first = returned(T0, Duration.ofHours(2), false);
        Episode second = returned(T0.plusDays(200), Duration.ofHours(2), false);
        List<Finding> announced = MissingPatterns.detect(List.of(first), List.of());
        assertThat(announced).extracting(Finding::rule).containsExactly(FOUND_NO_KNOWN_LINKS);

        List<Finding> later = MissingPatterns.detect(List.of(first, second), announced);

        assertThat(later).containsExactly(new Finding(FOUND_NO_KNOWN_LINKS, List.of(second.id())));
    }

    @Test
    void rulesTableMapsToTheContractIndicators() {
        assertThat(THREE_IN_90_DAYS.indicatorCode()).isEqualTo("MISSING_PERSISTENT");
        assertThat(RETURNED_WELL_CARED_FOR.indicatorCode()).isEqualTo("MISSING_RETURNS_WELL_CARED_FOR");
        assertThat(LONG_ABSENCE_WHEREABOUTS_UNKNOWN.indicatorCode()).isEqualTo("MISSING_LONG_PERIODS_NO_BASE");
        assertThat(FOUND_NO_KNOWN_LINKS.indicatorCode()).isEqualTo("MISSING_FOUND_NO_KNOWN_LINKS");
        assertThat(DISCLOSURE_AT_INTERVIEW.indicatorCode()).isEqualTo("DISCLOSURE_BY_CHILD");
        assertThat(EnumSet.allOf(Rule.class)).filteredOn(Rule::promptDcpo).containsExactly(DISCLOSURE_AT_INTERVIEW);
    }

    // ---- many episodes: 3 or more in any 90 days ---------------------------------------------------------

    static Stream<Arguments> persistent() {
        long day = 86_400;
        long d90 = 90 * day;
        return Stream.of(
                // description, last-seen offsets in seconds from T0, indexes covered by an earlier finding, expected windows (indexes)
                arguments("one episode", List.of(0L), List.of(), List.of()),
                arguments("two episodes in a week", List.of(0L, 3 * day), List.of(), List.of()),
                arguments("the third episode within 90 days", List.of(0L, 30 * day, 60 * day), List.of(), List.of(List.of(0, 1, 2))),
                arguments("third exactly 90 days after the first", List.of(0L, 45 * day, d90), List.of(), List.of(List.of(0, 1, 2))),
                arguments("third 90 days and 1 s after the first", List.of(0L, 45 * day, d90 + 1), List.of(), List.of()),
                arguments("three on the same day", List.of(0L, 3600L, 7200L), List.of(), List.of(List.of(0, 1, 2))),
                arguments("reported out of order", List.of(60 * day, 0L, 30 * day), List.of(), List.of(List.of(1, 2, 0))),
                arguments("four within 90 days at once: one finding", List.of(0L, day, 2 * day, 3 * day), List.of(),
                        List.of(List.of(0, 1, 2, 3))),
                arguments("a fourth in the covered window: nothing new", List.of(0L, day, 2 * day, 3 * day), List.of(0, 1, 2),
                        List.of()),
                arguments("a fourth and fifth: still only two uncovered", List.of(0L, day, 2 * day, 3 * day, 4 * day),
                        List.of(0, 1, 2), List.of()),
                arguments("a new window of three uncovered", List.of(0L, day, 2 * day, 100 * day, 110 * day, 120 * day),
                        List.of(0, 1, 2), List.of(List.of(3, 4, 5))),
                arguments("three uncovered overlapping the old window", List.of(0L, day, 2 * day, 3 * day, 4 * day, 5 * day),
                        List.of(0, 1, 2), List.of(List.of(3, 4, 5))),
                arguments("old episode outside, new three inside", List.of(0L, 200 * day, 201 * day, 202 * day), List.of(),
                        List.of(List.of(1, 2, 3))),
                arguments("sparse: never three in 90 days", List.of(0L, 60 * day, 120 * day, 180 * day), List.of(), List.of()),
                arguments("two windows found at once", List.of(0L, day, 2 * day, 300 * day, 301 * day, 302 * day), List.of(),
                        List.of(List.of(0, 1, 2), List.of(3, 4, 5))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("persistent")
    void threeIn90Days(String description, List<Long> offsets, List<Integer> covered, List<List<Integer>> expected) {
        List<Episode> episodes = new ArrayList<>();
        for (long offset : offsets) {
            episodes.add(missing(T0.plusSeconds(offset)));
        }
        List<Finding> earlier = covered.isEmpty() ? List.of()
                : List.of(new Finding(THREE_IN_90_DAYS, covered.stream().map(i -> episodes.get(i).id()).toList()));

        List<Finding> found = MissingPatterns.detect(episodes, earlier);

        assertThat(found).allSatisfy(f -> assertThat(f.rule()).isEqualTo(THREE_IN_90_DAYS));
        assertThat(found).extracting(Finding::episodeIds).containsExactlyElementsOf(
                expected.stream().map(w -> w.stream().map(i -> episodes.get(i).id()).toList()).toList());
    }

    @Test
    void theThirdEpisodeIsTheOneThatFires() {
        List<Episode> episodes = new ArrayList<>();
        List<Finding> announced = new ArrayList<>();
        List<Integer> findingsAfterEach = new ArrayList<>();
        IntStream.range(0, 6).forEach(i -> {
            episodes.add(missing(T0.plusDays(10L * i)));
            List<Finding> found = MissingPatterns.detect(episodes, announced);
            findingsAfterEach.add(found.size());
            announced.addAll(found);
        });
        // 1st, 2nd: nothing; 3rd: MISSING_PERSISTENT; 4th, 5th: covered window; 6th: a new window of three
        assertThat(findingsAfterEach).containsExactly(0, 0, 1, 0, 0, 1);
    }

    @Test
    void windowKeyIgnoresOrder() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(new Finding(THREE_IN_90_DAYS, List.of(a, b)).windowKey())
                .isEqualTo(new Finding(THREE_IN_90_DAYS, List.of(b, a)).windowKey());
    }

    private static Episode missing(OffsetDateTime lastSeenAt) {
        return new Episode(UUID.randomUUID(), lastSeenAt, null, null, null, null, null);
    }

    private static Episode returned(OffsetDateTime lastSeenAt, Duration away, boolean knownLinks) {
        return new Episode(UUID.randomUUID(), lastSeenAt, lastSeenAt.plus(away), KNOWN, EnumSet.noneOf(Presentation.class),
                knownLinks, null);
    }
}
