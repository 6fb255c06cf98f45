package uk.safeguarding.concern.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.concern.api.IndicatorCatalogueResponse;
import uk.safeguarding.concern.domain.IndicatorCatalogue;

@Path("/api/indicators")
@Tag(name = "Concerns")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final IndicatorCatalogue catalogue;

    public IndicatorResource(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(operationId = "getIndicatorCatalogue", summary = "The indicator catalogue of the risk model in force",
            description = "Codes, categories, descriptions, weights and significant flags, with riskModelVersion. Any signed-in caller.")
    @APIResponse(responseCode = "200", description = "the catalogue")
    @APIResponse(responseCode = "401", description = "no or bad token")
    public IndicatorCatalogueResponse catalogue() {
        return new IndicatorCatalogueResponse(catalogue.version(), catalogue.indicators());
    }
}
