package uk.safeguarding.platform.testapp;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import uk.safeguarding.platform.event.Topics;
import uk.safeguarding.platform.outbox.Outbox;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Caller;
import uk.safeguarding.platform.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/widgets")
public class WidgetResource {

    public enum Colour { RED, GREEN }

    public record WidgetRequest(@NotBlank @Size(max = 20) String name, @NotNull Colour colour, LocalDate madeOn,
                                @Valid List<Part> parts, String secret) {
    }

    public record Part(@NotBlank String code) {
    }

    public record WidgetResponse(UUID id, String name, Colour colour) {
    }

    private final Outbox outbox;
    private final Caller caller;

    public WidgetResource(Outbox outbox, Caller caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    @POST
    @Transactional
    public Response create(@Valid @NotNull WidgetRequest request, @Context UriInfo uri) {
        caller.require(Role.STAFF, Role.DCPO);
        Widget widget = new Widget();
        widget.id = UUID.randomUUID();
        widget.name = request.name();
        widget.colour = request.colour().name();
        widget.secret = request.secret();
        widget.persist();
        outbox.publish(Topics.CONCERNS, "uk.safeguarding.widget.created.v1", widget.id.toString(),
                Map.of("widgetId", widget.id, "colour", widget.colour));
        return Response.created(uri.getAbsolutePathBuilder().path(widget.id.toString()).build())
                .entity(new WidgetResponse(widget.id, widget.name, request.colour())).build();
    }

    @GET
    @Path("/{id}")
    public WidgetResponse get(@PathParam("id") UUID id) {
        Widget widget = Widget.findById(id);
        if (widget == null) {
            throw ProblemException.notFound("widget");
        }
        return new WidgetResponse(widget.id, widget.name, Colour.valueOf(widget.colour));
    }

    /** Text parameters that reach the database as they are: a NUL there is a PostgreSQL error unless refused first. */
    @GET
    @Path("/named/{name}")
    public List<WidgetResponse> named(@PathParam("name") String name, @jakarta.ws.rs.QueryParam("colour") String colour) {
        List<Widget> found = colour == null ? Widget.list("name", name) : Widget.list("name = ?1 and colour = ?2", name, colour);
        return found.stream().map(w -> new WidgetResponse(w.id, w.name, Colour.valueOf(w.colour))).toList();
    }
}
