package uk.safeguarding.gateway.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.gateway.domain.SubjectAccess.Part;
import uk.safeguarding.gateway.domain.SubjectAccess.Source;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectAccessTest {

    @ParameterizedTest(name = "{0}.{1} withheld: {2}")
    @CsvSource({
            "CONCERNS,         intelligence, true",
            "CONCERNS,         summary,      false",
            "CONCERNS,         indicators,   false",
            "REFERRALS,        intelligence, false",
            "MISSING_EPISODES, circumstances, false",
            "DISCLOSURES,      fieldsDisclosed, false"})
    void the_third_party_table(Source source, String field, boolean withheld) {
        List<SubjectAccess.Withheld> out = new ArrayList<>();
        Map<String, Object> kept = SubjectAccess.withhold(source, Map.of("id", "r1", field, List.of("x", "y")), out);
        assertThat(kept.containsKey(field)).isEqualTo(!withheld);
        assertThat(out).hasSize(withheld ? 1 : 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void intelligence_is_withheld_and_said_to_be_with_its_count_and_reason() {
        Map<String, Object> concern = Map.of("id", "c1", "summary", "seen with an adult",
                "intelligence", Map.of("vehicles", List.of(Map.of("reg", "AB12CDE")), "persons", List.of(Map.of("name", "Dean")),
                        "locations", List.of()));
        Map<String, Object> bundle = SubjectAccess.bundle(Map.of("id", "child"), List.of(new Part(Source.CONCERNS, true, List.of(concern))),
                OffsetDateTime.parse("2026-12-01T09:00:00Z"));
        assertThat(bundle).containsKeys("child", "concerns", "referrals", "missingEpisodes", "supportPlans", "disclosures",
                "withheld", "incomplete", "generatedAt");
        assertThat(bundle.toString()).doesNotContain("AB12CDE", "Dean").contains("seen with an adult");
        assertThat((List<?>) bundle.get("withheld")).singleElement().isEqualTo(
                new SubjectAccess.Withheld("concerns", "c1", "intelligence", 2, SubjectAccess.THIRD_PARTY));
        // The sources not answered are named, never silently empty.
        assertThat((List<Object>) bundle.get("incomplete")).containsExactly("referrals", "missingEpisodes", "supportPlans", "disclosures");
    }

    @Test
    void intelligence_withheld_by_the_service_itself_is_said_to_be_with_the_count_it_gave() {
        List<SubjectAccess.Withheld> out = new ArrayList<>();
        Map<String, Object> kept = SubjectAccess.withhold(Source.CONCERNS,
                Map.of("id", "c1", "summary", "seen with an adult", "intelligenceItemsWithheld", 3), out);
        assertThat(kept).containsOnlyKeys("id", "summary");
        assertThat(out).singleElement().isEqualTo(new SubjectAccess.Withheld("concerns", "c1", "intelligence", 3, SubjectAccess.THIRD_PARTY));
        out.clear();
        SubjectAccess.withhold(Source.CONCERNS, Map.of("id", "c2", "intelligenceItemsWithheld", 0), out);
        assertThat(out).isEmpty();
    }

    @Test
    void empty_intelligence_withholds_nothing_worth_listing() {
        List<SubjectAccess.Withheld> out = new ArrayList<>();
        SubjectAccess.withhold(Source.CONCERNS, Map.of("id", "c", "intelligence", Map.of("vehicles", List.of())), out);
        assertThat(out).isEmpty();
    }
}
