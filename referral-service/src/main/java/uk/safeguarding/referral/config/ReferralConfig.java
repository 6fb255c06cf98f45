package uk.safeguarding.referral.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of referral-service. */
@ConfigMapping(prefix = "safeguarding.referral")
public interface ReferralConfig {

    /** Registers the demo organisations of {@code demo/organisations.json} at start (env SEED_DEMO). */
    @WithDefault("false")
    boolean seedDemo();

    /** How often referrals past {@code dueBy} without acknowledgement are looked for. */
    @WithDefault("60s")
    Duration overdueCheckInterval();

    /**
     * How often support plans are read for prompts that have come due ({@code off} disables the
     * schedule; tests run it by hand). Each prompt is sent once whatever the interval.
     */
    @WithDefault("1h")
    String supportPlanPromptInterval();

    /** The time zone in which working days are counted. */
    @WithDefault("Europe/London")
    String workingDayZone();
}
