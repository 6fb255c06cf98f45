package uk.safeguarding.concern.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** concern-service settings. */
@ConfigMapping(prefix = "safeguarding.concern")
public interface ConcernConfig {

    RiskModel riskModel();

    ReviewDue reviewDue();

    Erasure erasure();
    NearingAdulthood nearingAdulthood();

    interface RiskModel {
        /**
         * The indicator catalogue (codes, categories, weights, significant flags, version) of the
         * safeguarding partnership: a file path, else a classpath resource.
         */
        @WithDefault("risk-model/2026.1.json")
        String catalogue();
    }

    interface ReviewDue {
        /** How often MONITOR review dates are checked (read by the scheduler as {@code concern.review-due.every}). */
        @WithDefault("15m")
        String every();
    }

    interface Erasure {
        /** When the daily erasure runs, a Quartz cron in Europe/London (read by the scheduler as {@code concern.erasure.cron}); "off" disables it. */
        @WithDefault("0 30 2 * * ?")
        String cron();
    }

    interface NearingAdulthood {
        /**
         * How often children are checked for child.nearing-adulthood (read by the scheduler as
         * {@code concern.nearing-adulthood.every}; {@code off} disables it). Each child is announced once.
         */
        @WithDefault("1h")
        String every();
    }
}
