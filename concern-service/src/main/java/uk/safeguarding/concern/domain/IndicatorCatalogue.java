package uk.safeguarding.concern.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator catalogue of one risk model version. Weights are configuration of the
 * safeguarding partnership: the catalogue is read from a JSON document, and every concern
 * records the version it was screened with.
 */
public final class IndicatorCatalogue {

    private final String version;
    private final Map<String, Indicator> byCode;

    public IndicatorCatalogue(String version, List<Indicator> indicators) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a risk model needs a version");
        }
        this.version = version;
        Map<String, Indicator> map = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            if (indicator.weight() < 0) {
                throw new IllegalArgumentException("negative weight for " + indicator.code());
            }
            if (map.put(indicator.code(), indicator) != null) {
                throw new IllegalArgumentException("duplicate indicator " + indicator.code());
            }
        }
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    private final List<Indicator> ordered;

    public static IndicatorCatalogue read(InputStream json) throws IOException {
        Document doc = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .readValue(json, Document.class);
        return new IndicatorCatalogue(doc.version(), doc.indicators());
    }

    public String version() {
        return version;
    }

    public List<Indicator> indicators() {
        return ordered;
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public boolean knows(String code) {
        return code != null && byCode.containsKey(code);
    }

    public Indicator get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown indicator " + code));
    }

    /** The distinct categories of these codes, in catalogue order. */
    public List<String> categoriesOf(Collection<String> codes) {
        return ordered.stream().filter(i -> codes.contains(i.code())).map(Indicator::category).distinct().toList();
    }

    record Document(String version, List<Indicator> indicators) {
    }
}
