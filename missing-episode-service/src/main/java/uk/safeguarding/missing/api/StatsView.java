package uk.safeguarding.missing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.safeguarding.missing.domain.SmallNumbers.Count;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "Collated, anonymised missing statistics: no name or identifier of a child. In views across "
        + "settings (local authority, police) counts of 1 to 4 are shown as \"<5\" (0 is shown as 0), and durations "
        + "are withheld (null, durationsSuppressed) when fewer than 5 returned episodes lie behind them.")
public record StatsView(
        LocalDate from,
        LocalDate to,
        @Schema(description = "SETTING (the DCPO's own, exact), LOCAL_AUTHORITY_AREA or POLICE_FORCE_AREA (suppressed)") String scope,
        @Schema(description = "How many settings the figures cover") int settings,
        boolean smallNumbersSuppressed,
        Figures totals,
        @Schema(description = "By ISO week of lastSeenAt (UTC), weeks with episodes only") List<Week> byWeek) {

    @Schema(description = "Counts are numbers, or the string \"<5\" when suppressed")
    public record Figures(
            @Schema(implementation = Object.class) Count episodes,
            @Schema(implementation = Object.class) Count children,
            @Schema(implementation = Object.class) Count childrenWith3PlusEpisodes,
            Double medianDurationHours,
            Double maxDurationHours,
            Boolean durationsSuppressed,
            @Schema(implementation = Object.class) Count interviewsOfferedWithin72h,
            @Schema(implementation = Object.class) Count interviewsDone,
            @Schema(implementation = Object.class) Count interviewsDeclined,
            @Schema(implementation = Object.class) Count interviewsOverdue) {
    }

    public record Week(@Schema(example = "2026-W48") String isoWeek, LocalDate weekStart, Figures figures) {
    }
}
