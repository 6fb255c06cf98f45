package uk.safeguarding.platform.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem+json responses. */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, List.of());
    }

    public static Response response(int status, String title, String detail, List<Problem.FieldError> errors) {
        return builder(status, title, detail, errors).build();
    }

    public static Response.ResponseBuilder builder(int status, String title, String detail, List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(typeFor(status), title, status, detail, null, errors));
    }

    public static String typeFor(int status) {
        return "https://safeguarding.example/problems/" + status;
    }
}
