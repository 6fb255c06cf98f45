package uk.safeguarding.referral.repository;

import java.util.List;

/**
 * What erasure ({@code child.erased}) removes in referral-service, one statement per table. A
 * referral's facts stay (ids, agency, lawful basis, status, times: the record that it was made);
 * its free text goes, as do support plans. A new table holding a child's data is one more line.
 */
public final class ErasedTables {

    private static final String REFERRALS = "(select id from referral where child_id = :child)";

    public static final List<String> STATEMENTS = List.of(
            "update referral set response_note = null, onward_rationale = null, revoke_reason = null where child_id = :child",
            "delete from referral_note where referral_id in " + REFERRALS,
            "delete from support_plan_version where plan_id in (select id from support_plan where child_id = :child)",
            "delete from support_plan_prompt where child_id = :child",
            "delete from child_nearing_adulthood where child_id = :child",
            "delete from support_plan where child_id = :child",
            "delete from child_projection where child_id = :child");

    private ErasedTables() {
    }
}
