package uk.safeguarding.concern.repository;

import java.util.List;

/**
 * What erasure deletes in concern-service, one statement per table, children of a table before it
 * (foreign keys). A new table holding a child's data is one more line here. (Intelligence matches
 * are recounted by {@code IntelligenceMatcher.forgetChild}, which runs first.)
 */
public final class ErasedTables {

    private static final String CONCERNS = "(select id from concern where child_id = :child)";

    public static final List<String> STATEMENTS = List.of(
            "delete from concern_history where concern_id in " + CONCERNS,
            "delete from evidence_custody where evidence_id in (select id from evidence where concern_id in " + CONCERNS + ")",
            "delete from evidence where concern_id in " + CONCERNS,
            "delete from specialist_consent where concern_id in " + CONCERNS,
            "delete from intelligence_referral_prompt where concern_id in " + CONCERNS,
            "delete from concern_intelligence where concern_id in " + CONCERNS,
            "delete from concern_indicator where concern_id in " + CONCERNS,
            "delete from concern_decision where concern_id in " + CONCERNS,
            "delete from advice_request where concern_id in " + CONCERNS,
            "delete from referral_projection where child_id = :child",
            "delete from legal_hold where child_id = :child",
            "delete from concern where child_id = :child",
            "delete from child_projection where child_id = :child",
            "delete from child_adulthood_announcement where child_id = :child",
            "delete from child where id = :child");

    private ErasedTables() {
    }
}
