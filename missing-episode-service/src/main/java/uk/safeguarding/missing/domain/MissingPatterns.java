package uk.safeguarding.missing.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The missing-pattern rules of the procedure (3.1 "Relationships", 3.2) as the contract states
 * them (section 7). Each finding becomes one {@code missing.pattern-detected} event, which
 * concern-service turns into an indicator; a finding is made once per child per rule window:
 * <ul>
 * <li>{@link Rule#THREE_IN_90_DAYS}: 3 or more episodes whose last-seen times fall within 90 days
 *     (first to last at most exactly 90 days apart). Episodes behind an earlier finding are
 *     covered; the rule fires again only for a new 90-day window holding 3 episodes not covered.</li>
 * <li>the other rules look at one episode and fire once for it.</li>
 * </ul>
 */
public final class MissingPatterns {

    public static final Duration PERSISTENT_WINDOW = Duration.ofDays(90);
    public static final int PERSISTENT_EPISODES = 3;
    public static final Duration LONG_ABSENCE = Duration.ofHours(24);
    private static final Comparator<Episode> ORDER = Comparator.comparing(Episode::lastSeenAt).thenComparing(Episode::id);

    /** The rule table: indicator code, whether the DCPO is prompted at once, and (per-episode rules) the test. */
    public enum Rule {
        THREE_IN_90_DAYS("MISSING_PERSISTENT", false, null),
        RETURNED_WELL_CARED_FOR("MISSING_RETURNS_WELL_CARED_FOR", false,
                e -> e.presentation() != null && e.presentation().contains(Presentation.WELL_CARED_FOR)),
        LONG_ABSENCE_WHEREABOUTS_UNKNOWN("MISSING_LONG_PERIODS_NO_BASE", false,
                e -> e.returnedAt() != null && e.whereabouts() == Whereabouts.UNKNOWN
                        && Duration.between(e.lastSeenAt(), e.returnedAt()).compareTo(LONG_ABSENCE) > 0),
        FOUND_NO_KNOWN_LINKS("MISSING_FOUND_NO_KNOWN_LINKS", false,
                e -> Boolean.FALSE.equals(e.knownLinksToArea())),
        DISCLOSURE_AT_INTERVIEW("DISCLOSURE_BY_CHILD", true,
                e -> Boolean.TRUE.equals(e.disclosedExploitation()));

        private final String indicatorCode;
        private final boolean promptDcpo;
        private final Predicate<Episode> perEpisode;

        Rule(String indicatorCode, boolean promptDcpo, Predicate<Episode> perEpisode) {
            this.indicatorCode = indicatorCode;
            this.promptDcpo = promptDcpo;
            this.perEpisode = perEpisode;
        }

        public String indicatorCode() {
            return indicatorCode;
        }

        public boolean promptDcpo() {
            return promptDcpo;
        }
    }

    /** The facts of one episode the rules read; null where not (yet) recorded. */
    public record Episode(UUID id, OffsetDateTime lastSeenAt, OffsetDateTime returnedAt, Whereabouts whereabouts,
                          Set<Presentation> presentation, Boolean knownLinksToArea, Boolean disclosedExploitation) {
    }

    /** One finding: the rule and the episodes behind it (sorted by last-seen time). */
    public record Finding(Rule rule, List<UUID> episodeIds) {
        public Finding {
            episodeIds = List.copyOf(episodeIds);
        }

        /** Identifies the window (or the episode) so the same finding is never announced twice. */
        public String windowKey() {
            return String.join(",", episodeIds.stream().map(UUID::toString).sorted().toList());
        }
    }

    private MissingPatterns() {
    }

    /**
     * The findings the child's episodes support that were not made before.
     *
     * @param episodes all episodes of one child
     * @param earlier  the findings already made (and announced) for this child
     */
    public static List<Finding> detect(Collection<Episode> episodes, Collection<Finding> earlier) {
        List<Finding> found = new ArrayList<>(persistent(episodes, earlier));
        Set<String> announced = new HashSet<>();
        earlier.forEach(f -> announced.add(f.rule() + "/" + f.windowKey()));
        List<Episode> ordered = episodes.stream().sorted(ORDER).toList();
        for (Rule rule : Rule.values()) {
            if (rule.perEpisode == null) {
                continue;
            }
            for (Episode e : ordered) {
                Finding f = new Finding(rule, List.of(e.id()));
                if (rule.perEpisode.test(e) && !announced.contains(rule + "/" + f.windowKey())) {
                    found.add(f);
                }
            }
        }
        return found;
    }

    /** 3+ uncovered episodes within 90 days, scanned from the earliest; each window found covers its episodes. */
    static List<Finding> persistent(Collection<Episode> episodes, Collection<Finding> earlier) {
        Set<UUID> covered = new HashSet<>();
        earlier.stream().filter(f -> f.rule() == Rule.THREE_IN_90_DAYS).forEach(f -> covered.addAll(f.episodeIds()));
        List<Episode> open = episodes.stream().filter(e -> !covered.contains(e.id())).sorted(ORDER).toList();
        List<Finding> found = new ArrayList<>();
        int i = 0;
        while (i < open.size()) {
            OffsetDateTime windowEnd = open.get(i).lastSeenAt().plus(PERSISTENT_WINDOW);
            int j = i;
            while (j + 1 < open.size() && !open.get(j + 1).lastSeenAt().isAfter(windowEnd)) {
                j++;
            }
            if (j - i + 1 >= PERSISTENT_EPISODES) {
                found.add(new Finding(Rule.THREE_IN_90_DAYS, open.subList(i, j + 1).stream().map(Episode::id).toList()));
                i = j + 1;
            } else {
                i++;
            }
        }
        return found;
    }
}
