package uk.safeguarding.referral.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days: Monday to Friday except the bank holidays of England and Wales, which are data
 * ({@code calendar/bank-holidays-england-and-wales.txt}, years 2025–2028). Outside the years the
 * data covers only weekends are skipped.
 * <p>
 * "Within n working days" counts working-day time only: a decision at 15:00 on a Friday is due
 * at 15:00 on the next working day; one made on a weekend or bank holiday starts the clock at
 * the start of the next working day and is due by the end of that day.
 */
public final class WorkingDayCalendar {

    public static final String ENGLAND_AND_WALES = "calendar/bank-holidays-england-and-wales.txt";

    private final Set<LocalDate> holidays;
    private final int firstYear;
    private final int lastYear;
    private final ZoneId zone;

    public WorkingDayCalendar(Set<LocalDate> holidays, int firstYear, int lastYear, ZoneId zone) {
        this.holidays = Set.copyOf(holidays);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.zone = zone;
    }

    /** The calendar of England and Wales, counted in {@code zone} (Europe/London). */
    public static WorkingDayCalendar englandAndWales(ZoneId zone) {
        try (InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(ENGLAND_AND_WALES)) {
            if (in == null) {
                throw new IllegalStateException(ENGLAND_AND_WALES + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), zone);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorkingDayCalendar parse(BufferedReader reader, ZoneId zone) throws IOException {
        Set<LocalDate> dates = new TreeSet<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.startsWith("# coverage:")) {
                String[] years = line.substring("# coverage:".length()).strip().split("\\s+");
                first = Integer.parseInt(years[0]);
                last = Integer.parseInt(years[1]);
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                dates.add(LocalDate.parse(line.split("\\s+", 2)[0]));
            }
        }
        if (first == Integer.MAX_VALUE) {
            throw new IllegalStateException("the bank holiday list names no coverage");
        }
        return new WorkingDayCalendar(dates, first, last, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether the bank holiday data covers this date's year. */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    public boolean isBankHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** {@code start} plus {@code days} working days of working-day time, in UTC. */
    public OffsetDateTime plusWorkingDays(OffsetDateTime start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1");
        }
        ZonedDateTime local = start.atZoneSameInstant(zone);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (!isWorkingDay(day)) {
            // The clock starts at the start of the next working day.
            day = nextWorkingDay(day);
            time = LocalTime.MIDNIGHT;
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            // A whole working day from its start ends at midnight after it (the next calendar day).
            for (int i = 1; i < days; i++) {
                day = nextWorkingDay(day);
            }
            return ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
        for (int i = 0; i < days; i++) {
            day = nextWorkingDay(day);
        }
        return ZonedDateTime.of(day, time, zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
