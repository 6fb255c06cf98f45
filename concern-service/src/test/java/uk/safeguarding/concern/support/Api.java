package uk.safeguarding.concern.support;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Short calls of the API for tests. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static UUID child(String token, Map<String, Object> body) {
        ExtractableResponse<Response> r = as(token).body(body).when().post("/api/children").then().statusCode(201).extract();
        return UUID.fromString(r.path("id"));
    }

    public static UUID child(String setting) {
        return child(World.staff(setting), Bodies.child(setting));
    }

    public static ExtractableResponse<Response> raise(String token, Map<String, Object> body) {
        return as(token).body(body).when().post("/api/concerns").then().extract();
    }

    public static UUID concern(String token, Map<String, Object> body) {
        ExtractableResponse<Response> r = raise(token, body);
        if (r.statusCode() != 201) {
            throw new AssertionError("raise answered " + r.statusCode() + ": " + r.body().asString());
        }
        return UUID.fromString(r.path("id"));
    }

    public static ExtractableResponse<Response> decide(String token, UUID concernId, Map<String, Object> body) {
        return as(token).body(body).when().post("/api/concerns/" + concernId + "/decision").then().extract();
    }
}
