package uk.safeguarding.concern.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped catalogue is the contract's table (section 5), row by row. */
class IndicatorCatalogueTest {

    private static final IndicatorCatalogue CATALOGUE = Catalogues.shipped();

    @ParameterizedTest(name = "{0} {1} weight {2} significant {3}")
    @CsvSource({
            "HEALTH_PHYSICAL_INJURIES,HEALTH,3,true",
            "HEALTH_CHRONIC_FATIGUE,HEALTH,1,false",
            "HEALTH_RECURRING_STI,HEALTH,3,true",
            "HEALTH_PREGNANCY,HEALTH,2,false",
            "HEALTH_SUBSTANCE_MISUSE,HEALTH,2,false",
            "HEALTH_SEXUALLY_RISKY_BEHAVIOUR,HEALTH,2,false",
            "EDUCATION_DISENGAGEMENT,EDUCATION,1,false",
            "BEHAVIOUR_VOLATILE,EMOTIONAL_BEHAVIOURAL,1,false",
            "BEHAVIOUR_PETTY_CRIME,EMOTIONAL_BEHAVIOURAL,1,false",
            "BEHAVIOUR_SECRETIVE,EMOTIONAL_BEHAVIOURAL,1,false",
            "BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS,EMOTIONAL_BEHAVIOURAL,3,true",
            "BEHAVIOUR_SEEN_IN_EXPLOITATION_PLACES,EMOTIONAL_BEHAVIOURAL,3,true",
            "IDENTITY_LOW_SELF_ESTEEM_SELF_HARM,IDENTITY,2,false",
            "REL_HOSTILITY,RELATIONSHIPS,1,false",
            "REL_PHYSICAL_AGGRESSION,RELATIONSHIPS,1,false",
            "REL_PLACEMENT_BREAKDOWN,RELATIONSHIPS,1,false",
            "REL_RELIABLE_SOURCE_REPORTS,RELATIONSHIPS,3,true",
            "REL_DETACHMENT_AGE_APPROPRIATE,RELATIONSHIPS,1,false",
            "REL_ASSOCIATES_WITH_EXPLOITED_PEERS,RELATIONSHIPS,2,false",
            "REL_SEXUALLY_ACTIVE,RELATIONSHIPS,1,false",
            "REL_OLDER_PARTNER,RELATIONSHIPS,3,true",
            "REL_UNEXPLAINED_OLDER_ADULTS,RELATIONSHIPS,2,false",
            "REL_ONLINE_RELATIONSHIPS_ADULTS,RELATIONSHIPS,2,false",
            "REL_CONTACT_FROM_UNKNOWN_ADULTS,RELATIONSHIPS,2,false",
            "REL_ADULTS_LOITERING,RELATIONSHIPS,2,false",
            "REL_PEER_SEXUAL_BULLYING,RELATIONSHIPS,2,false",
            "MISSING_PERSISTENT,RELATIONSHIPS,2,false",
            "MISSING_RETURNS_WELL_CARED_FOR,RELATIONSHIPS,2,false",
            "MISSING_LONG_PERIODS_NO_BASE,RELATIONSHIPS,3,true",
            "MISSING_FOUND_NO_KNOWN_LINKS,RELATIONSHIPS,2,false",
            "DISCLOSURE_BY_CHILD,RELATIONSHIPS,3,true",
            "ONLINE_INDECENT_IMAGES,RELATIONSHIPS,3,true",
            "PRESENTATION_CHANGE_IN_APPEARANCE,SOCIAL_PRESENTATION,1,false",
            "PRESENTATION_UNUSUAL_CLOTHING,SOCIAL_PRESENTATION,1,false",
            "FAMILY_HISTORY_OF_ABUSE,FAMILY_ENVIRONMENT,1,false",
            "HOUSING_STREET_HOMELESSNESS,HOUSING,2,false",
            "HOUSING_UNKNOWN_KEYS,HOUSING,2,false",
            "INCOME_UNEXPLAINED_MONEY,INCOME,2,false",
            "INCOME_UNEXPLAINED_POSSESSIONS,INCOME,2,false",
            "INCOME_UNEXPLAINED_SOCIAL_ACTIVITIES,INCOME,1,false"
    })
    void everyRowOfTheContractTable(String code, String category, int weight, boolean significant) {
        Indicator indicator = CATALOGUE.get(code);
        assertThat(indicator.category()).isEqualTo(category);
        assertThat(indicator.weight()).isEqualTo(weight);
        assertThat(indicator.significant()).isEqualTo(significant);
        assertThat(indicator.description()).isNotBlank();
    }

    @Test
    void fortyCodesOfVersion2026_1() {
        assertThat(CATALOGUE.version()).isEqualTo("2026.1");
        assertThat(CATALOGUE.indicators()).hasSize(40);
        assertThat(CATALOGUE.indicators().stream().filter(Indicator::significant).map(Indicator::code)).containsExactlyInAnyOrder(
                "HEALTH_PHYSICAL_INJURIES", "HEALTH_RECURRING_STI", "BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS",
                "BEHAVIOUR_SEEN_IN_EXPLOITATION_PLACES", "REL_RELIABLE_SOURCE_REPORTS", "REL_OLDER_PARTNER",
                "MISSING_LONG_PERIODS_NO_BASE", "DISCLOSURE_BY_CHILD", "ONLINE_INDECENT_IMAGES");
    }

    @Test
    void categoriesInCatalogueOrderWithoutRepeats() {
        assertThat(CATALOGUE.categoriesOf(List.of("INCOME_UNEXPLAINED_MONEY", "HEALTH_PREGNANCY", "HEALTH_CHRONIC_FATIGUE")))
                .containsExactly("HEALTH", "INCOME");
        assertThat(CATALOGUE.knows("NOT_A_CODE")).isFalse();
        assertThat(CATALOGUE.knows(null)).isFalse();
    }

    @Test
    void aBrokenModelIsRefused() {
        assertThatThrownBy(() -> new IndicatorCatalogue("x", List.of(new Indicator("A", "C", "d", 1, false), new Indicator("A", "C", "d", 2, false))))
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> new IndicatorCatalogue("x", List.of(new Indicator("A", "C", "d", -1, false))))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new IndicatorCatalogue(" ", List.of())).hasMessageContaining("version");
        assertThatThrownBy(() -> IndicatorCatalogue.read(new ByteArrayInputStream(
                "{\"version\":\"1\",\"indicators\":[],\"extra\":1}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(java.io.IOException.class);
    }
}
