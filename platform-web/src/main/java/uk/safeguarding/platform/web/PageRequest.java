package uk.safeguarding.platform.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.safeguarding.platform.problem.ProblemException;

/**
 * {@code ?page=0&size=50} of every list (contract section 3), taken as {@code @BeanParam}: page ≥ 0,
 * 1 ≤ size ≤ 200; a bad one is a 400 naming it.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @Parameter(description = "0-based page", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "items per page", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
    String size;

    public PageRequest() {
    }

    private PageRequest(String page, String size) {
        this.page = page;
        this.size = size;
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(Integer.toString(page), Integer.toString(size));
    }

    public int page() {
        Integer p = Params.integer("page", page);
        if (p == null) {
            return 0;
        }
        if (p < 0) {
            throw ProblemException.badRequest("page", "must be 0 or more");
        }
        return p;
    }

    public int size() {
        Integer s = Params.integer("size", size);
        if (s == null) {
            return DEFAULT_SIZE;
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        return s;
    }

    /** Checks both at once, so a resource can refuse a bad page before it does any work. */
    public PageRequest validated() {
        page();
        size();
        return this;
    }

    public int offset() {
        return page() * size();
    }
}
