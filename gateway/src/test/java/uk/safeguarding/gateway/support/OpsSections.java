package uk.safeguarding.gateway.support;

import uk.safeguarding.gateway.domain.Upstream;

import java.util.Map;

/** The services' answers behind the operations console, with personal data planted where it must not show. */
public final class OpsSections {

    private OpsSections() {
    }

    public static void script(StubUpstreams stubs) {
        stubs.answer(Upstream.NOTIFICATION, "GET", "/api/deliveries/summary", StubUpstreams.Answer.json(200, """
                {"byStatus":{"DELIVERED":41,"RETRYING":2,"DEAD_LETTERED":1},
                 "byAgency":{"LA-801":{"DELIVERED":30,"DEAD_LETTERED":1},"PF-01":{"DELIVERED":11}},
                 "note":"Jo Bloggs"}"""));
        stubs.answer(Upstream.NOTIFICATION, "GET", "/api/deliveries?status=DEAD_LETTERED&page=0&size=50", StubUpstreams.Answer.json(200, """
                {"items":[{"id":"d-0001","status":"DEAD_LETTERED","agencyOrgId":"LA-801","attempts":8,
                  "lastAttemptAt":"2026-11-28T09:00:00Z","childId":"0c5e2b7a-1d3f-4e6a-8b9c-7d1e2f3a4b5c",
                  "lastError":"HTTP 500 for Jo Bloggs","packet":{"givenName":"Jo"}}],"page":0,"size":50,"total":1}"""));
        stubs.answer(Upstream.MISSING, "GET", "/api/missing-episodes/unlinked?page=0&size=50", StubUpstreams.Answer.json(200, """
                {"items":[{"id":"m-0001","settingOrgId":"URN-100001","status":"MISSING","riskGrade":"HIGH",
                  "pendingLink":true,"reportedAt":"2026-11-28T08:00:00Z","lastSeenLocation":"the park"}],"total":1}"""));
        stubs.answer(Upstream.MISSING, "GET", "/api/missing-episodes?status=RETURNED&interviewOverdue=true&page=0&size=50",
                StubUpstreams.Answer.json(500, "{\"status\":500}"));
        // A referral-service without the overdue filter yet: its 404 makes the section unavailable.
        stubs.answer(Upstream.REFERRAL, "GET", "/api/referrals?overdue=true&page=0&size=50",
                new StubUpstreams.Answer(404, Map.of("Content-Type", "application/problem+json"), "{\"status\":404}", 0));
    }
}
