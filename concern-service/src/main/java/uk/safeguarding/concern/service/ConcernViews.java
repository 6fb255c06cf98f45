package uk.safeguarding.concern.service;

import jakarta.enterprise.context.ApplicationScoped;
import uk.safeguarding.concern.api.ConcernResponse;
import uk.safeguarding.concern.domain.Indicator;
import uk.safeguarding.concern.domain.IndicatorCatalogue;
import uk.safeguarding.concern.mapping.ConcernMapper;
import uk.safeguarding.concern.repository.Concern;
import uk.safeguarding.concern.repository.ConcernDecisionRepository;
import uk.safeguarding.concern.repository.ConcernIndicator;
import uk.safeguarding.concern.repository.ConcernIndicatorRepository;

import java.util.List;

/** A concern as an API response, with its indicators and decisions, and intelligence only when allowed. */
@ApplicationScoped
public class ConcernViews {

    private final ConcernMapper mapper;
    private final ConcernIndicatorRepository indicators;
    private final ConcernDecisionRepository decisions;
    private final IntelligenceCodec intelligence;
    private final IndicatorCatalogue catalogue;

    public ConcernViews(ConcernMapper mapper, ConcernIndicatorRepository indicators, ConcernDecisionRepository decisions,
                        IntelligenceCodec intelligence, IndicatorCatalogue catalogue) {
        this.mapper = mapper;
        this.indicators = indicators;
        this.decisions = decisions;
        this.intelligence = intelligence;
        this.catalogue = catalogue;
    }

    public ConcernResponse view(Concern c, boolean withIntelligence) {
        return mapper.toApiModel(c, indicatorsOf(c), withIntelligence ? intelligence.read(c.id) : null, null,
                decisions.of(c.id).stream().map(mapper::toApiModel).toList());
    }

    /** For subject access by the auditor: no intelligence (third-party data), only how many items were withheld. */
    public ConcernResponse withIntelligenceWithheld(Concern c) {
        return mapper.toApiModel(c, indicatorsOf(c), null, intelligence.count(c.id),
                decisions.of(c.id).stream().map(mapper::toApiModel).toList());
    }

    public List<ConcernResponse.IndicatorView> indicatorsOf(Concern c) {
        return indicators.of(c.id).stream().map(i -> mapper.toApiModel(i, definition(i))).toList();
    }

    /** A code of an older risk model keeps its code even if this catalogue no longer knows it. */
    private Indicator definition(ConcernIndicator i) {
        return catalogue.find(i.code).orElse(new Indicator(i.code, null, null, 0, false));
    }
}
