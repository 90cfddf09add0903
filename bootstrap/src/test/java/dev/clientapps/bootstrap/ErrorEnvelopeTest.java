package dev.clientapps.bootstrap;

import static dev.clientapps.bootstrap.support.Api.operator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.FreshDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Every error the service can produce comes in the contract's envelope, with a request id. */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class ErrorEnvelopeTest {

    private static ValidatableResponse envelope(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType(containsString("application/json"))
                .header("X-Request-Id", notNullValue())
                .body("error.code", equalTo(code))
                .body("error.message", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("at dev.clientapps")));
    }

    @Test
    void unknownRoutesInsideAndOutsideTheApiAre404() {
        envelope(operator().get("/v2/nothing-here").then(), 404, "not_found");
        envelope(given().get("/nothing/at/all").then(), 404, "not_found");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        String client = Api.createClient(Api.unique("C"));
        envelope(operator().put("/v2/clients/" + client + "/apps").then(), 405, "method_not_allowed");
        envelope(operator().put("/v2/clients").then(), 405, "method_not_allowed");
    }

    @Test
    void malformedJsonNonObjectsAndEmptyBodiesAre400() {
        for (String body : new String[] {"{\"name\":", "[1,2]", "\"text\"", "{\"name\":\"a\",\"name\":\"b\"}", "{} {}"}) {
            envelope(operator().contentType("application/json").body(body).post("/v2/clients").then(),
                    400, "invalid_request");
        }
        envelope(operator().contentType("application/json").post("/v2/clients").then(), 400, "invalid_request");
    }

    @Test
    void nonJsonContentTypeIs415AndCharsetIsAccepted() {
        envelope(operator().contentType("text/plain").body("{\"name\":\"x\"}").post("/v2/clients").then(),
                415, "unsupported_media_type");
        operator().contentType("application/json; charset=utf-8").body("{\"name\":\"x\"}").post("/v2/clients")
                .then().statusCode(201);
    }

    @Test
    void bodiesOverOneMebibyteAre413() {
        String big = "{\"name\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        envelope(operator().contentType("application/json").body(big).post("/v2/clients").then(),
                413, "payload_too_large");
    }

    @Test
    void requestIdIsEchoedWhenSaneAndGeneratedOtherwise() {
        given().header("X-Request-Id", "trace-123.abc").get("/q/health/live")
                .then().header("X-Request-Id", equalTo("trace-123.abc"));
        given().header("X-Request-Id", "bad id with spaces").get("/v2/nothing")
                .then().header("X-Request-Id", anyOf(matchesPattern("[0-9a-f-]{36}")));
        operator().get("/v2/catalog/apps").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
