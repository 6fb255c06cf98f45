package uk.safeguarding.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.e2e.MisRosterSync.Pupil;
import uk.safeguarding.e2e.MisRosterSync.Result;
import uk.safeguarding.e2e.MisRosterSync.Run;
import uk.safeguarding.mis.client.ApiClient;
import uk.safeguarding.mis.client.ApiException;
import uk.safeguarding.mis.client.api.ChildrenApi;
import uk.safeguarding.mis.client.model.ChildRequest;
import uk.safeguarding.mis.client.model.ChildResponse;
import uk.safeguarding.mis.client.model.Gender;
import uk.safeguarding.mis.client.model.PageChildResponse;
import uk.safeguarding.mis.client.model.Vulnerability;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 16, for integrators: a school MIS (the demo client {@code mis-hillside}) syncs its roster
 * through the gateway with the client generated from the gateway's OpenAPI document, as
 * {@code docs/mis-integration.md} describes: 200 pupils, then a second night's roster in which some
 * pupils changed, some left and some joined. What the platform then holds is read back through the
 * same generated client as the school's DCPO (the MIS itself reads nothing back).
 */
@ExtendWith(StackExtension.class)
class MisRosterSyncIT {

    static final String SCHOOL = Scenario.HILLSIDE;
    static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /** A permanent UPN (contract section 4): check letter over positions 2–13, here for LA 801, a random establishment. */
    static String upn(int establishment, int serial) {
        String digits = "801" + establishment + "26" + String.format("%03d", serial);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (i + 2) * (digits.charAt(i) - '0');
        }
        return CHECK_LETTERS.charAt(sum % 23) + digits;
    }

    static MisRosterSync mis() {
        return new MisRosterSync(StackExtension.stack().gatewayUrl(), StackExtension.stack().issuer() + "/protocol/openid-connect/token",
                "mis-hillside", "mis-hillside-secret", SCHOOL);
    }

    /** The generated client as the school's DCPO, who reads what the MIS wrote. */
    static ChildrenApi asDcpo() {
        ApiClient api = new ApiClient();
        api.updateBaseUri(StackExtension.stack().gatewayUrl());
        String token = StackExtension.tokens().user("dcpo.hillside");
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new ChildrenApi(api);
    }

    /** Every child of the school whose name holds {@code q}, page by page (size 50, newest first). */
    static Map<String, ChildResponse> byUpn(ChildrenApi api, String q) throws ApiException {
        Map<String, ChildResponse> found = new HashMap<>();
        int page = 0;
        long total;
        do {
            PageChildResponse answer = api.searchChildren(page, q, 50);
            answer.getItems().forEach(c -> found.put(c.getUpn(), c));
            total = answer.getTotal();
            page++;
        } while ((long) page * 50 < total);
        assertThat(found).hasSize((int) total);
        return found;
    }

    @Test
    void aSchoolMisSyncsItsRosterTwiceWithTheGeneratedClient() throws Exception {
        String tag = "Roster" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        int establishment = 4000 + ThreadLocalRandom.current().nextInt(1000);
        List<Pupil> roster = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < 200; i++) {
            roster.add(new Pupil(upn(establishment, i), "Pupil" + i, tag, today.minusYears(11 + i % 6).minusDays(i),
                    i % 2 == 0 ? Gender.FEMALE : Gender.MALE, i % 10 == 0 ? List.of(Vulnerability.SPECIAL_NEEDS) : List.of()));
        }
        MisRosterSync mis = mis();

        // Night 1: every pupil is new.
        Run first = mis.sync("night-1-" + tag, roster);
        System.out.printf("[mis-sync] night 1: %d pupils in %d ms (%d answered 429 first)%n", roster.size(), first.took().toMillis(),
                first.throttled());
        assertThat(first.count(201)).isEqualTo(200);
        Map<String, Result> night1 = first.results().stream().collect(Collectors.toMap(Result::upn, r -> r));
        assertThat(night1.values().stream().map(Result::childId).distinct()).hasSize(200);
        assertThat(night1.values()).allSatisfy(r -> assertThat(r.etag()).isNotBlank());

        // A request retried with its key (say the answer was lost on the way) replays its first answer;
        // the same key with another body is refused.
        Pupil zero = roster.get(0);
        Result replay = mis.upsert("night-1-" + tag + ":" + zero.upn(), zero).result();
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.replayed()).isTrue();
        assertThat(night1.values()).noneMatch(Result::replayed);
        assertThat(replay.childId()).isEqualTo(night1.get(zero.upn()).childId());
        ApiException reused = catchThrowableOfType(() -> mis.upsert("night-1-" + tag + ":" + zero.upn(), zero.renamed(tag + "x")),
                ApiException.class);
        assertThat(reused.getCode()).isEqualTo(409);
        assertThat(MisRosterSync.problem(reused).path("status").asInt()).isEqualTo(409);

        // Night 2: pupils 0-9 left, 10-19 changed their family name, 20-29 gained a vulnerability, five joined.
        List<Pupil> second = new ArrayList<>();
        Map<String, Pupil> expected = new LinkedHashMap<>();
        for (int i = 10; i < 200; i++) {
            Pupil p = roster.get(i);
            if (i < 20) {
                p = p.renamed(tag + "-Changed");
            } else if (i < 30) {
                p = p.with(Vulnerability.RUNAWAY_HISTORY);
            }
            second.add(p);
        }
        for (int i = 200; i < 205; i++) {
            second.add(new Pupil(upn(establishment, i), "Joiner" + i, tag, today.minusYears(12), Gender.NOT_STATED, List.of()));
        }
        second.forEach(p -> expected.put(p.upn(), p));
        Run next = mis.sync("night-2-" + tag, second);
        System.out.printf("[mis-sync] night 2: %d pupils in %d ms (%d answered 429 first)%n", second.size(), next.took().toMillis(),
                next.throttled());
        assertThat(next.count(201)).isEqualTo(5);
        assertThat(next.count(200)).isEqualTo(190);
        for (Result r : next.results()) {
            Result before = night1.get(r.upn());
            int serial = Integer.parseInt(r.upn().substring(10));
            if (before == null) {
                continue;
            }
            assertThat(r.childId()).as("the same child, keyed by school and UPN").isEqualTo(before.childId());
            if (serial < 30) {
                assertThat(r.etag()).as("changed: a new ETag").isNotEqualTo(before.etag());
            } else {
                assertThat(r.etag()).as("unchanged: the same ETag").isEqualTo(before.etag());
            }
        }

        // What the platform now holds, read by the school's DCPO (paged): every pupil as last synced. A leaver is
        // still there: a child-protection file is kept (and transferred), never deleted because a roster dropped it.
        Map<String, ChildResponse> held = byUpn(asDcpo(), tag);
        assertThat(held).hasSize(205);
        expected.forEach((upn, pupil) -> {
            ChildResponse child = held.get(upn);
            assertThat(child).as(upn).isNotNull();
            assertThat(child.getFamilyName()).as(upn).isEqualTo(pupil.familyName());
            assertThat(child.getVulnerabilities()).as(upn).containsExactlyInAnyOrderElementsOf(pupil.vulnerabilities());
            assertThat(child.getSettingOrgId()).isEqualTo(SCHOOL);
        });
        for (int i = 0; i < 10; i++) {
            Pupil leaver = roster.get(i);
            assertThat(held.get(leaver.upn()).getFamilyName()).isEqualTo(leaver.familyName());
            assertThat(held.get(leaver.upn()).getId()).isEqualTo(night1.get(leaver.upn()).childId());
        }

        // The MIS writes and reads nothing back; its errors name the field.
        ApiException readBack = catchThrowableOfType(() -> mis.children().searchChildren(0, tag, 50), ApiException.class);
        assertThat(readBack.getCode()).isEqualTo(403);
        ChildRequest body = mis.request(roster.get(50));
        ApiException badUpn = catchThrowableOfType(() -> mis.children().upsertChildByUpn("X12345", body.upn(null), null),
                ApiException.class);
        assertThat(badUpn.getCode()).isEqualTo(400);
        JsonNode problem = MisRosterSync.problem(badUpn);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("upn");
        assertThat(badUpn.getResponseHeaders().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        ApiException disagree = catchThrowableOfType(() -> mis.children().upsertChildByUpn(roster.get(51).upn(),
                mis.request(roster.get(52)), null), ApiException.class);
        assertThat(disagree.getCode()).isEqualTo(400);
        assertThat(MisRosterSync.problem(disagree).path("errors").get(0).path("field").asText()).isEqualTo("upn");
        ApiException otherSchool = catchThrowableOfType(() -> mis.children().upsertChildByUpn(roster.get(53).upn(),
                mis.request(roster.get(53)).settingOrgId("URN-100002"), null), ApiException.class);
        assertThat(otherSchool.getCode()).isEqualTo(403);
        ApiException future = catchThrowableOfType(() -> mis.children().upsertChildByUpn(roster.get(54).upn(),
                mis.request(roster.get(54)).dateOfBirth(today.plusDays(3)), null), ApiException.class);
        assertThat(future.getCode()).isEqualTo(400);
        assertThat(MisRosterSync.problem(future).path("errors").get(0).path("field").asText()).isEqualTo("dateOfBirth");
        assertThat(held.get(roster.get(54).upn()).getDateOfBirth()).isEqualTo(roster.get(54).dateOfBirth());
    }
}
