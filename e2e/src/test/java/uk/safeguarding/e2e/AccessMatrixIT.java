package uk.safeguarding.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.e2e.Fixtures.as;
import static uk.safeguarding.e2e.Fixtures.eventually;

/**
 * Issue 11: the access matrix. Every {@code /api/**} operation the running services publish in
 * their OpenAPI documents (never a hand-kept list) × every role (the demo users, the MIS client)
 * × an own-tenant and a foreign-tenant record, through the gateway with real Keycloak tokens.
 * <p>
 * A <b>leak</b> is a 2xx answer that the contract's role table (section 2) and redaction table
 * (section 8) forbid: a foreign record's id, name or path answered 2xx; a field the role's
 * redaction withholds (Ofsted: {@code childId}, names, date of birth, UPN, free text; staff and
 * agencies other than police: intelligence; ops, audit, admin and the MIS client: personal data);
 * a role that counts with no organisation type (staff on a local authority) answered with data.
 * A 403/404 where the other was expected is a <i>deviation</i>, printed but not failed. Writes send
 * {@code {}} (never valid) at records made for the matrix, so nothing else in the suite changes.
 */
@ExtendWith(StackExtension.class)
class AccessMatrixIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] SERVICE_PORTS = {8081, 8082, 8083, 8084};
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    /** Personal data of a child and the setting's free text. */
    private static final Set<String> PERSONAL = Set.of("givenName", "familyName", "dateOfBirth", "nhsNumber", "upn", "summary",
            "circumstances", "lastSeenLocation", "foundLocation", "findings", "responseNote", "revokeReason", "updates",
            "anonymisedNarrative");
    private static final Set<String> INTELLIGENCE = Set.of("intelligence", "vehicles", "persons");

    enum Kind { SETTING, AGENCY, ANY, WRONG_TYPE }

    /** One seeded tenant: a child, its concern and missing episode, the referrals of the concern by agency. */
    record Tenant(String name, String settingOrgId, String localAuthorityOrgId, String childId, String familyName, String upn, String concernId,
                  String episodeId, Map<String, String> referralByAgency) {
        Set<String> markers() {
            Set<String> m = new LinkedHashSet<>(List.of(childId, concernId, episodeId, familyName));
            m.addAll(referralByAgency.values());
            if (upn != null) {
                m.add(upn);
            }
            return m;
        }
    }

    record User(String login, String orgId, String role, Kind kind, Set<String> forbiddenFields) {
        boolean mis() {
            return login.startsWith("mis-");
        }
    }

    record Operation(int port, String method, String path, List<String> queryParams) {
    }

    record Finding(String kind, String operation, String user, String variant, int status, String why) {
        @Override
        public String toString() {
            return kind + " " + operation + " as " + user + " (" + variant + ") → " + status + ": " + why;
        }
    }

    private final Map<String, String[]> tokens = new LinkedHashMap<>();

    private String token(User user) {
        String[] cached = tokens.get(user.login());
        if (cached != null && Instant.parse(cached[1]).isAfter(Instant.now())) {
            return cached[0];
        }
        String token = user.mis() ? StackExtension.tokens().client("mis-hillside", "mis-hillside-secret")
                : StackExtension.tokens().user(user.login());
        // Access tokens last at most 5 minutes: take a new one well before.
        tokens.put(user.login(), new String[] {token, Instant.now().plus(Duration.ofMinutes(3)).toString()});
        return token;
    }

    @Test
    void noRoleSeesAnotherOrganisationsRecordOrAFieldItsRedactionWithholds() throws Exception {
        List<Operation> operations = operations();
        assertThat(operations).as("operations published by the services").hasSizeGreaterThan(30);

        Tenant oak = seedOakHouse();
        Tenant hillside = seedHillside();
        String matrixOrg = seedMatrixAgency();

        List<User> users = users();
        Map<String, List<Tenant>> visible = new LinkedHashMap<>();
        Map<String, List<Tenant>> foreign = new LinkedHashMap<>();
        for (User u : users) {
            List<Tenant> mine = new ArrayList<>();
            List<Tenant> others = new ArrayList<>();
            for (Tenant t : List.of(oak, hillside)) {
                (sees(u, t) ? mine : others).add(t);
            }
            visible.put(u.login(), mine);
            foreign.put(u.login(), others);
        }

        List<Finding> leaks = new ArrayList<>();
        List<Finding> deviations = new ArrayList<>();
        List<Finding> errors = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int cells = 0;
        // Operations outer, users inner: every user's requests are spread over the run (the gateway's per-client rate).
        for (Operation op : operations) {
            boolean parameterised = op.path().contains("{") || !op.queryParams().isEmpty();
            for (User u : users) {
                // Own: a record of the caller's setting or addressed to it; foreign: every seeded record it may not see.
                Map<String, Tenant> variants = new LinkedHashMap<>();
                if (!visible.get(u.login()).isEmpty()) {
                    variants.put("own", visible.get(u.login()).get(0));
                }
                List<Tenant> foreignHere = foreign.get(u.login()).stream().filter(t -> !hosts(u, op, t)).toList();
                if (parameterised || variants.isEmpty()) {
                    for (Tenant t : foreignHere) {
                        variants.put("foreign " + t.name(), t);
                    }
                }
                Set<String> foreignMarkers = new LinkedHashSet<>();
                foreignHere.forEach(t -> foreignMarkers.addAll(t.markers()));
                if (u.kind() == Kind.AGENCY) {
                    // Another agency's referral of the same concern is not this agency's.
                    oak.referralByAgency().forEach((agency, id) -> {
                        if (!agency.equals(u.orgId())) {
                            foreignMarkers.add(id);
                        }
                    });
                }
                for (Map.Entry<String, Tenant> variant : variants.entrySet()) {
                    boolean isForeign = variant.getKey().startsWith("foreign");
                    Tenant subject = variant.getValue();
                    String url = concrete(op, u, subject, isForeign, oak, matrixOrg);
                    Response response = call(u, op.method(), url);
                    cells++;
                    int status = response.statusCode();
                    statuses.merge(status, 1, Integer::sum);
                    String label = op.method() + " " + op.path();
                    String body = response.asString();
                    boolean foreignRecord = isForeign && pathNamesRecord(op);
                    if (status >= 500) {
                        errors.add(new Finding("ERROR", label, u.login(), variant.getKey(), status, "server error"));
                        continue;
                    }
                    if (status < 200 || status >= 300) {
                        if (foreignRecord && status != 403 && status != 404 && op.method().equals("GET")) {
                            deviations.add(new Finding("DEVIATION", label, u.login(), variant.getKey(), status, "expected 404 for a foreign record"));
                        }
                        if (u.kind() == Kind.WRONG_TYPE && status != 403 && status != 404 && status != 400) {
                            deviations.add(new Finding("DEVIATION", label, u.login(), variant.getKey(), status,
                                    "expected 403: the role counts with no organisation type"));
                        }
                        continue;
                    }
                    leaks.addAll(judge(label, u, variant.getKey(), status, body, foreignRecord, foreignMarkers,
                            u.login().equals("ofsted.inspector") ? oak : null, subjectAccessRead(label, u, url)));
                }
            }
        }

        System.out.printf("[access-matrix] %d operations x %d roles/users, own and foreign records: %d cells; statuses %s%n",
                operations.size(), users.size(), cells, statuses);
        System.out.printf("[access-matrix] leaks: %d, deviations: %d, server errors: %d%n", leaks.size(), deviations.size(), errors.size());
        deviations.forEach(d -> System.out.println("[access-matrix] " + d));
        errors.forEach(e -> System.out.println("[access-matrix] " + e));
        leaks.forEach(l -> System.out.println("[access-matrix] " + l));
        assertThat(leaks).as("leaks").isEmpty();
    }

    /** Contract section 6 through the gateway: after revocation the force sees the referral as four facts and nothing else. */
    @Test
    void aRevokedReferralDisclosesNothingMoreToTheAgency() {
        String referralId = null;
        String concernId = null;
        String childId = null;
        // Revocation is only while PENDING: the force's webhook refuses this concern's deliveries, so its
        // referral is not SENT before the DCPO revokes it (a delivery may still win a race: then a new concern).
        WebhookReceiver receiver = Agencies.receiver();
        Agencies.webhook(Scenario.POLICE);
        for (int attempt = 0; attempt < 3 && referralId == null; attempt++) {
            Map<String, Object> child = new LinkedHashMap<>();
            child.put("givenName", "Revoked");
            child.put("familyName", runTag() + "rev");
            child.put("dateOfBirth", LocalDate.now(ZoneOffset.UTC).minusYears(15).toString());
            child.put("dateOfBirthEstimated", false);
            child.put("gender", "FEMALE");
            child.put("settingOrgId", Scenario.HILLSIDE);
            child.put("lookedAfter", false);
            child.put("vulnerabilities", List.of());
            String child0 = as("dcpo.hillside").body(child).when().post("/api/children").then().statusCode(201).extract().path("id");
            String concern0 = as("staff.hillside").body(Scenario.concern(child0, List.of("BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS"), false, null))
                    .when().post("/api/concerns").then().statusCode(201).extract().path("id");
            receiver.failFirst("/" + Scenario.POLICE, concern0, 1_000);
            as("dcpo.hillside").body(Scenario.decision("REFER", false, null))
                    .when().post("/api/concerns/" + concern0 + "/decision").then().statusCode(200);
            String[] police = new String[1];
            eventually(Duration.ofSeconds(60), () -> {
                List<Map<String, Object>> items = as("dcpo.hillside").when().get("/api/referrals?concernId=" + concern0
                        + "&agencyOrgId=" + Scenario.POLICE).then().statusCode(200).extract().jsonPath().getList("items");
                assertThat(items).hasSize(1);
                police[0] = (String) items.get(0).get("id");
            });
            int status = as("dcpo.hillside").body(Map.of("reason", "sent to the force in error (e2e)"))
                    .when().post("/api/referrals/" + police[0] + "/revoke").then().extract().statusCode();
            if (status == 200) {
                referralId = police[0];
                concernId = concern0;
                childId = child0;
            }
        }
        assertThat(referralId).as("a referral revoked while PENDING").isNotNull();
        String id = referralId;
        String concern = concernId;
        String child = childId;
        Map<String, Object> read = as("police.avon").when().get("/api/referrals/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(read.keySet()).containsExactlyInAnyOrder("id", "agencyOrgId", "status", "revokedAt");
        assertThat(read).containsEntry("status", "REVOKED");
        String listed = as("police.avon").when().get("/api/referrals?size=200").then().statusCode(200).extract().asString();
        assertThat(listed).doesNotContain(child, concern, "in error");
        as("police.avon").body(Map.of("outcome", "NO_FURTHER_ACTION")).when().post("/api/referrals/" + id + "/response")
                .then().statusCode(409);
        eventually(Duration.ofSeconds(60), () -> as("police.avon").when().get("/api/concerns/" + concern).then().statusCode(404));
        String inbox = as("police.avon").when().get("/api/inbox?size=200").then().statusCode(200).extract().asString();
        assertThat(inbox).doesNotContain(child, concern);
    }

    /** Issue 11/17: a control character in a path or query parameter is a 400 naming it, in every service and at the gateway. */
    @Test
    void aControlCharacterInAnyParameterIsA400NamingItThroughTheGateway() {
        String[][] cases = {
                {"dcpo.hillside", "/api/children/%00", "childId"},
                {"dcpo.hillside", "/api/children?q=%00", "q"},
                {"admin.user", "/api/organisations/%00", "id"},
                {"police.avon", "/api/referrals?agencyOrgId=%00", "agencyOrgId"},
                {"dcpo.hillside", "/api/missing-episodes/%00", "id"},
                {"dcpo.hillside", "/api/missing-episodes?childId=%00", "childId"},
                {"admin.user", "/api/agencies/%00/channel", "orgId"},
                {"ops.user", "/api/deliveries?agencyOrgId=%00", "agencyOrgId"},
                {"dcpo.hillside", "/api/children/%00/timeline", "childId"}};
        for (String[] c : cases) {
            given().auth().oauth2(StackExtension.tokens().user(c[0])).urlEncodingEnabled(false).when().get(c[1]).then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo(c[2]));
        }
    }

    // ---- judging an answer -----------------------------------------------------------------

    private static List<Finding> judge(String op, User u, String variant, int status, String body, boolean foreignRecordPath,
                                       Set<String> foreignMarkers, Tenant identityWithheld, boolean subjectAccessRead) {
        List<Finding> found = new ArrayList<>();
        if (foreignRecordPath) {
            found.add(new Finding("LEAK", op, u.login(), variant, status, "another organisation's record answered " + status));
        }
        if (u.kind() == Kind.WRONG_TYPE && !body.isBlank() && !publicCatalogue(op)) {
            found.add(new Finding("LEAK", op, u.login(), variant, status, "a role without its organisation type was answered"));
        }
        for (String marker : foreignMarkers) {
            if (body.contains(marker)) {
                found.add(new Finding("LEAK", op, u.login(), variant, status, "holds a foreign record's id or name (" + marker + ")"));
            }
        }
        if (identityWithheld != null) {
            for (String marker : List.of(identityWithheld.childId(), identityWithheld.familyName())) {
                if (body.contains(marker)) {
                    found.add(new Finding("LEAK", op, u.login(), variant, status, "holds the child's id or name"));
                }
            }
        }
        JsonNode json = parse(body);
        if (json != null) {
            // A subject-access read holds the child's personal data, never intelligence (third-party data).
            Set<String> forbidden = subjectAccessRead ? INTELLIGENCE : u.forbiddenFields();
            Set<String> names = new LinkedHashSet<>();
            fieldNames(json, names);
            for (String field : names) {
                if (forbidden.contains(field)) {
                    found.add(new Finding("LEAK", op, u.login(), variant, status, "field " + field + " withheld from " + u.role()));
                }
            }
        }
        return found;
    }

    /**
     * Contract 12: the auditor answers subject access requests and reviews retention, so it reads a
     * child by id, identity included, and, given the child's id, the child's concerns, referrals,
     * missing episodes and support plans (read-only; the child of any setting, as the auditor has no
     * tenancy). Nothing else: every other answer to the auditor is judged as ever.
     */
    private static final Set<String> SUBJECT_ACCESS_LISTS = Set.of("GET /api/concerns", "GET /api/referrals",
            "GET /api/missing-episodes", "GET /api/support-plans");

    private static boolean subjectAccessRead(String op, User u, String url) {
        if (!"auditor".equals(u.role())) {
            return false;
        }
        return op.equals("GET /api/children/{childId}")
                || (SUBJECT_ACCESS_LISTS.contains(op) && Pattern.compile("[?&]childId=[0-9a-f-]{36}(&|$)").matcher(url).find());
    }

    private static boolean publicCatalogue(String op) {
        // Published to every role: the indicator catalogue and the agencies of the directory.
        return op.equals("GET /api/indicators") || op.equals("GET /api/organisations") || op.equals("GET /api/organisations/{id}");
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank() || !(body.startsWith("{") || body.startsWith("["))) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    private static void fieldNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                // A field with nothing in it discloses nothing (an empty list of items added, say).
                if (!value.isNull() && !((value.isArray() || value.isObject()) && value.isEmpty())) {
                    names.add(field.getKey());
                }
                fieldNames(field.getValue(), names);
            }
        } else if (node.isArray()) {
            node.forEach(n -> fieldNames(n, names));
        }
    }

    // ---- the operations, from the services' own documents ----------------------------------

    private static List<Operation> operations() throws Exception {
        List<Operation> ops = new ArrayList<>();
        for (int port : SERVICE_PORTS) {
            String doc = given().baseUri("http://localhost:" + port).queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).extract().asString();
            JsonNode paths = JSON.readTree(doc).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    String m = method.getKey().toUpperCase(Locale.ROOT);
                    if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(m)) {
                        continue;
                    }
                    List<String> query = new ArrayList<>();
                    for (JsonNode p : method.getValue().path("parameters")) {
                        if ("query".equals(p.path("in").asText())) {
                            query.add(p.path("name").asText());
                        }
                    }
                    ops.add(new Operation(port, m, path.getKey(), query));
                }
            }
        }
        return ops;
    }

    /** Whether the path names one of the tenant's records (not a random id or an organisation), so a foreign one must be 404. */
    private static boolean pathNamesRecord(Operation op) {
        Matcher m = PARAM.matcher(op.path());
        while (m.find()) {
            String name = m.group(1);
            if (name.equals("childId") || name.equals("concernId")) {
                return true;
            }
            if (name.equals("id") && (op.path().startsWith("/api/referrals/") || op.path().startsWith("/api/missing-episodes/"))) {
                return true;
            }
        }
        return false;
    }

    private static String concrete(Operation op, User u, Tenant t, boolean foreign, Tenant oak, String matrixOrg) {
        Matcher m = PARAM.matcher(op.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(pathValue(m.group(1), op.path(), op.method(), u, t, foreign, oak, matrixOrg)));
        }
        m.appendTail(path);
        List<String> query = new ArrayList<>();
        for (String q : op.queryParams()) {
            String value = switch (q) {
                case "childId" -> t.childId();
                case "concernId" -> t.concernId();
                case "q" -> t.familyName();
                case "settingOrgId" -> t.settingOrgId();
                case "agencyOrgId" -> foreign ? "LA-802" : u.orgId();
                default -> null;
            };
            if (value != null) {
                query.add(q + "=" + value);
            }
        }
        return path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    private static String pathValue(String name, String path, String method, User u, Tenant t, boolean foreign, Tenant oak,
                                    String matrixOrg) {
        return switch (name) {
            case "childId" -> t.childId();
            case "concernId" -> t.concernId();
            case "upn" -> t.upn() != null ? t.upn() : "B801200005001";
            case "orgId" -> matrixOrg;
            case "id" -> {
                if (path.startsWith("/api/referrals/")) {
                    yield referralFor(u, t, foreign, oak);
                }
                if (path.startsWith("/api/missing-episodes/")) {
                    yield t.episodeId();
                }
                if (path.startsWith("/api/organisations/")) {
                    // Writes go to the matrix's own organisation, never to one the rest of the suite uses.
                    yield !method.equals("GET") ? matrixOrg : foreign ? t.settingOrgId() : u.orgId();
                }
                yield UUID.randomUUID().toString();
            }
            default -> UUID.randomUUID().toString();
        };
    }

    /** Own: the referral addressed to the agency, or one of the setting's. Foreign: one addressed to another organisation. */
    private static String referralFor(User u, Tenant t, boolean foreign, Tenant oak) {
        if (!foreign) {
            String mine = t.referralByAgency().get(u.orgId());
            if (mine != null) {
                return mine;
            }
            return t.referralByAgency().values().stream().findFirst().orElse(UUID.randomUUID().toString());
        }
        // Another agency's referral of the same concern is foreign to an agency; Oak House's referral to anyone outside it.
        // Oak House's own users have no foreign referral to ask for (Hillside's concern is not referred): an unknown id.
        if (u.orgId().equals(oak.settingOrgId())) {
            return UUID.randomUUID().toString();
        }
        return oak.referralByAgency().entrySet().stream().filter(e -> !e.getKey().equals(u.orgId()))
                .map(Map.Entry::getValue).findFirst().orElse(UUID.randomUUID().toString());
    }

    private Response call(User u, String method, String url) {
        for (int attempt = 0; ; attempt++) {
            var request = given().auth().oauth2(token(u)).urlEncodingEnabled(false).contentType("application/json");
            if (!method.equals("GET") && !method.equals("DELETE")) {
                request = request.body("{}");
            }
            Response response = request.when().request(method, url);
            if (response.statusCode() != 429 || attempt > 20) {
                return response;
            }
            // The gateway's per-client rate: wait as long as it says, then go on.
            long seconds = Long.parseLong(response.header("Retry-After") == null ? "1" : response.header("Retry-After"));
            try {
                Thread.sleep(Duration.ofSeconds(Math.max(1, seconds)).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- who, and what they may see ----------------------------------------------------------

    private static List<User> users() {
        Set<String> agencyForbidden = union(INTELLIGENCE, Set.of("upn"));
        Set<String> noPersonal = union(PERSONAL, INTELLIGENCE);
        return List.of(
                new User("staff.hillside", Scenario.HILLSIDE, "staff", Kind.SETTING, INTELLIGENCE),
                new User("dcpo.hillside", Scenario.HILLSIDE, "dcpo", Kind.SETTING, Set.of()),
                new User("dcpo.riverside", "URN-100002", "dcpo", Kind.SETTING, Set.of()),
                new User("staff.oakhouse", Scenario.OAK_HOUSE, "staff", Kind.SETTING, union(INTELLIGENCE, Set.of("upn"))),
                new User("dcpo.oakhouse", Scenario.OAK_HOUSE, "dcpo", Kind.SETTING, Set.of("upn")),
                new User("mis-hillside", Scenario.HILLSIDE, "mis-client", Kind.SETTING, noPersonal),
                new User("sw.bristol", Scenario.BRISTOL, "social-worker", Kind.AGENCY, agencyForbidden),
                new User("sw.northsomerset", Scenario.NORTH_SOMERSET, "social-worker", Kind.AGENCY, agencyForbidden),
                new User("police.avon", Scenario.POLICE, "police", Kind.AGENCY, Set.of("upn")),
                new User("ofsted.inspector", Scenario.OFSTED, "ofsted", Kind.AGENCY, union(noPersonal, Set.of("childId", "note", "rationale"))),
                new User("specialist.base", Scenario.SPECIALIST, "specialist", Kind.AGENCY, agencyForbidden),
                new User("health.bristol", "HEALTH-001", "specialist", Kind.AGENCY, agencyForbidden),
                new User("ops.user", Scenario.BRISTOL, "ops", Kind.ANY, noPersonal),
                new User("auditor.user", Scenario.BRISTOL, "auditor", Kind.ANY, noPersonal),
                new User("admin.user", Scenario.BRISTOL, "admin", Kind.ANY, noPersonal),
                new User("staff.wrongtype", Scenario.BRISTOL, "staff", Kind.WRONG_TYPE, union(noPersonal, Set.of("childId"))));
    }

    /** Which seeded tenant a user may see: its own setting's, or one referred to its agency; ops, audit and admin have no tenancy. */
    private static boolean sees(User u, Tenant t) {
        return switch (u.kind()) {
            case ANY -> true;
            case WRONG_TYPE -> false;
            case SETTING -> u.orgId().equals(t.settingOrgId());
            case AGENCY -> t.referralByAgency().containsKey(u.orgId());
        };
    }

    /**
     * Missing episodes are also the host authority's (contract sections 2 and 7: a social worker of
     * the local authority a setting is in records return interviews for the children it hosts).
     */
    private static boolean hosts(User u, Operation op, Tenant t) {
        return op.path().startsWith("/api/missing-episodes") && u.role().equals("social-worker")
                && u.orgId().equals(t.localAuthorityOrgId());
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new LinkedHashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return all;
    }

    // ---- seeding: records made for the matrix only ---------------------------------------------

    private static String runTag() {
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return "Mx" + tag;
    }

    /** A looked-after child at Oak House, a concern with intelligence referred with cse suspected (5 agencies), a missing episode. */
    private static Tenant seedOakHouse() {
        String family = runTag() + "oak";
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("givenName", "Matrix");
        child.put("familyName", family);
        child.put("dateOfBirth", LocalDate.now(ZoneOffset.UTC).minusYears(14).minusMonths(3).toString());
        child.put("dateOfBirthEstimated", false);
        child.put("gender", "FEMALE");
        child.put("settingOrgId", Scenario.OAK_HOUSE);
        child.put("lookedAfter", true);
        child.put("placingAuthorityOrgId", Scenario.NORTH_SOMERSET);
        child.put("vulnerabilities", List.of("IN_OR_LEAVING_CARE"));
        String childId = as("dcpo.oakhouse").body(child).when().post("/api/children").then().statusCode(201).extract().path("id");
        Map<String, Object> intelligence = Map.of("vehicles", List.of(Map.of("reg", "MX12ABC", "partial", false)),
                "persons", List.of(Map.of("description", "older man seen at the gates")), "locations", List.of("the park"));
        String concernId = as("staff.oakhouse").body(Scenario.concern(childId, List.of("BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS"), false, intelligence))
                .when().post("/api/concerns").then().statusCode(201).extract().path("id");
        as("dcpo.oakhouse").body(Scenario.decision("REFER", true, Map.of("specialistOrgId", Scenario.SPECIALIST, "agreed", true, "by", "CHILD")))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200);
        Map<String, String> referrals = new LinkedHashMap<>();
        eventually(Duration.ofSeconds(60), () -> {
            List<Map<String, Object>> items = as("dcpo.oakhouse").when().get("/api/referrals?concernId=" + concernId)
                    .then().statusCode(200).extract().jsonPath().getList("items");
            assertThat(items).hasSize(5);
            items.forEach(r -> referrals.put((String) r.get("agencyOrgId"), (String) r.get("id")));
        });
        String episodeId = missing("dcpo.oakhouse", childId);
        // The agencies' views of the concern follow the referral events: wait until police can read it.
        eventually(Duration.ofSeconds(60), () -> as("police.avon").when().get("/api/concerns/" + concernId).then().statusCode(200));
        return new Tenant("Oak House", Scenario.OAK_HOUSE, Scenario.BRISTOL, childId, family, null, concernId, episodeId, referrals);
    }

    /** A Hillside pupil with a UPN, a concern nobody was referred, a missing episode. */
    private static Tenant seedHillside() {
        String family = runTag() + "hill";
        String upn = upn();
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("givenName", "Matrix");
        child.put("familyName", family);
        child.put("dateOfBirth", LocalDate.now(ZoneOffset.UTC).minusYears(13).minusMonths(5).toString());
        child.put("dateOfBirthEstimated", false);
        child.put("gender", "MALE");
        child.put("upn", upn);
        child.put("settingOrgId", Scenario.HILLSIDE);
        child.put("lookedAfter", false);
        child.put("vulnerabilities", List.of());
        String childId = Fixtures.asMis().body(child).when().put("/api/children/by-upn/" + upn).then().statusCode(201).extract().path("id");
        String concernId = as("staff.hillside").body(Scenario.concern(childId, List.of("EDUCATION_DISENGAGEMENT"), false,
                        Map.of("vehicles", List.of(Map.of("reg", "MX63HIL", "partial", false)))))
                .when().post("/api/concerns").then().statusCode(201).extract().path("id");
        String episodeId = missing("dcpo.hillside", childId);
        return new Tenant("Hillside", Scenario.HILLSIDE, Scenario.BRISTOL, childId, family, upn, concernId, episodeId, Map.of());
    }

    private static String missing(String user, String childId) {
        return as(user).body(Map.of("childId", childId, "lastSeenAt", Scenario.now().minusHours(5).toString(),
                        "lastSeenLocation", "Matrix bus station", "circumstances", "Left with an older friend", "riskGrade", "LOW"))
                .when().post("/api/missing-episodes").then().statusCode(201).extract().path("id");
    }

    /** An agency registered for the matrix, so that channel writes touch nobody else's channel. */
    private static String seedMatrixAgency() {
        String id = "SPEC-" + runTag().toUpperCase(Locale.ROOT);
        as("admin.user").body(Map.of("id", id, "name", "Matrix specialist service", "type", "SPECIALIST_SERVICE"))
                .when().post("/api/organisations").then().statusCode(201);
        return id;
    }

    /** A valid permanent UPN (contract section 4): check letter over positions 2–13. */
    static String upn() {
        String letters = "ABCDEFGHJKLMNPQRTUVWXYZ";
        String digits = "802" + (2000 + ThreadLocalRandom.current().nextInt(1000)) + "26"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (i + 2) * (digits.charAt(i) - '0');
        }
        return letters.charAt(sum % 23) + digits;
    }
}
