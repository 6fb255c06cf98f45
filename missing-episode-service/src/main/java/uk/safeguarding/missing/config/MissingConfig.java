package uk.safeguarding.missing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The clocks of the procedure and the schedules that watch them (application.properties: {@code missing.*}). */
@ConfigMapping(prefix = "safeguarding.missing")
public interface MissingConfig {

    /** A return interview must be offered within this time of the return. */
    @WithDefault("PT72H")
    Duration interviewDeadline();

    /** How often overdue interviews are looked for (a Quarkus scheduler interval, e.g. {@code 1m}). */
    @WithDefault("1m")
    String overdueCheckEvery();

    /** A report still unlinked to a known child after this is alerted to ops. */
    @WithDefault("PT5M")
    Duration unlinkedAlertAfter();

    @WithDefault("1m")
    String unlinkedCheckEvery();

    /** How far ahead of this server a reporter's clock may be before a time counts as "in the future". */
    @WithDefault("PT1M")
    Duration clockSkew();

    /** Counts from 1 to this − 1 are shown as {@code "<n"} in views across settings. */
    @WithDefault("5")
    int suppressBelow();

    /** How many episodes a scheduler run handles in one transaction. */
    @WithDefault("200")
    int schedulerBatch();
}
