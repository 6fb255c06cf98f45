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

    /** The time zone in which working days are counted. */
    @WithDefault("Europe/London")
    String workingDayZone();
}
