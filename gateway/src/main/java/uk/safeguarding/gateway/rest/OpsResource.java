package uk.safeguarding.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguarding.gateway.config.GatewayConfig;
import uk.safeguarding.gateway.service.ForwardedHeaders;
import uk.safeguarding.gateway.service.OpsSummaryService;

import java.util.LinkedHashMap;
import java.util.Map;

@Path("/ops")
@Tag(name = "Operations console")
public class OpsResource {

    @Inject
    OpsSummaryService summaries;

    @Inject
    GatewayConfig config;

    @GET
    @Path("/api/summary")
    @RolesAllowed("ops")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpsSummary", summary = "Everything the operations console shows; no personal data",
            description = "flow: events per topic per minute and consumer-group lag over the last hour (sampled every 30 s); "
                    + "deliveries by status and by agency; dead letters; unlinked missing reports; referrals past dueBy; "
                    + "overdue return interviews. A section whose service does not answer has status unavailable.")
    @APIResponse(responseCode = "200", description = "the summary")
    @APIResponse(responseCode = "401", description = "no or a bad token")
    @APIResponse(responseCode = "403", description = "the caller lacks role ops")
    public Uni<Map<String, Object>> summary(@Context HttpHeaders headers) {
        return summaries.summary(ForwardedHeaders.of(headers));
    }

    @GET
    @Path("/config.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpsConsoleConfig", summary = "Where the console logs in (Keycloak realm URL and public client id)")
    public Map<String, Object> consoleConfig() {
        Map<String, Object> console = new LinkedHashMap<>();
        console.put("authUrl", config.ops().authUrl());
        console.put("clientId", config.ops().clientId());
        console.put("allowInjectedToken", config.ops().allowInjectedToken());
        return console;
    }
}
