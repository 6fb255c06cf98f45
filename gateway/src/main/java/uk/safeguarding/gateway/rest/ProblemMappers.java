package uk.safeguarding.gateway.rest;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.safeguarding.gateway.web.Problems;

/** The gateway's own endpoints answer every error as problem+json, like the services. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = 1)
    public Response invalid(InvalidParameterException e) {
        return problem(400, Problems.withField(Problems.body(400, "Invalid request", "invalid value for " + e.field()),
                e.field(), e.getMessage()).encode());
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e) {
        return problem(401, Problems.unauthorized().encode());
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e) {
        return problem(401, Problems.unauthorized().encode());
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return problem(403, Problems.forbidden().encode());
    }

    @ServerExceptionMapper(priority = 1)
    public Response identityProviderDown(io.quarkus.oidc.OIDCException e) {
        LOG.warnf("the identity provider could not be reached (%s)", e.getClass().getSimpleName());
        return Response.status(503).type(Problems.MEDIA_TYPE).header("Retry-After", "5")
                .entity(Problems.body(503, "Service unavailable",
                        "the identity provider is unavailable; retry after the time in Retry-After").encode()).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response notFound(NotFoundException e) {
        return problem(404, Problems.notFound().encode());
    }

    @ServerExceptionMapper(priority = 10)
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return problem(status, Problems.body(status, title, title).encode());
    }

    @ServerExceptionMapper(priority = 100)
    public Response unexpected(Exception e) {
        LOG.errorf("unexpected %s", e.getClass().getName());
        return problem(500, Problems.body(500, "Internal error", "the request could not be completed").encode());
    }

    private static Response problem(int status, String body) {
        return Response.status(status).type(Problems.MEDIA_TYPE).entity(body).build();
    }
}
