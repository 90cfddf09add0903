package dev.clientapps.bootstrap.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks every REST Assured exchange of the test suite against the OpenAPI document the service
 * serves, so the document and the code cannot drift apart: every response to a documented
 * operation must match its documented status, headers and schema, and a request the service
 * accepts must be one the document calls valid. (Requests the service refuses are often
 * invalid on purpose; their error responses are still checked.)
 */
public final class ContractValidation implements OrderedFilter {

    /** Exchanges the document does not describe at all: unknown routes, wrong methods. */
    private static final Set<String> UNDOCUMENTED = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");
    private static OpenApiInteractionValidator validator;

    private ContractValidation() {
    }

    /** Installs the check for the REST Assured requests of this test run (again, if something reset them). */
    public static synchronized void install() {
        if (validator == null) {
            validator = OpenApiInteractionValidator.createForInlineApiSpecification(servedDocument())
                    .withResolveRefs(true)
                    .withResolveCombinators(true)
                    .build();
        }
        if (RestAssured.filters().stream().noneMatch(ContractValidation.class::isInstance)) {
            RestAssured.filters(new ContractValidation());
        }
    }

    private static String servedDocument() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/q/openapi answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        String path = URI.create(requestSpec.getURI()).getRawPath();
        if (!path.startsWith("/v2/")) {
            return response;
        }
        Request request = RestAssuredRequest.of(requestSpec);
        ValidationReport requestReport = validator.validateRequest(request);
        if (requestReport.getMessages().stream().anyMatch(m -> UNDOCUMENTED.contains(m.getKey()))) {
            return response;
        }
        List<String> problems = new ArrayList<>();
        if (response.statusCode() < 400) {
            requestReport.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(m -> problems.add("request accepted although the document refuses it: " + m));
        }
        validator.validateResponse(path, request.getMethod(), RestAssuredResponse.of(response)).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> problems.add("response does not match the document: " + m));
        if (!problems.isEmpty()) {
            throw new AssertionError(requestSpec.getMethod() + " " + path + " → " + response.statusCode() + "\n"
                    + String.join("\n", problems) + "\nbody: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static String abbreviate(String body) {
        return body.length() <= 500 ? body : body.substring(0, 500) + "...";
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
