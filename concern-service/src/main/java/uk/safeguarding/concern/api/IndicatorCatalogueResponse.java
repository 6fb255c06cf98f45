package uk.safeguarding.concern.api;

import uk.safeguarding.concern.domain.Indicator;

import java.util.List;

/** The indicator catalogue of the risk model in force. */
public record IndicatorCatalogueResponse(String riskModelVersion, List<Indicator> indicators) {
}
