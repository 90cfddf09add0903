package dev.clientapps.adapter.rest.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the headers every response carries: X-Request-Id on all of them, Location on 201s.
 * They come from filters rather than from each resource method, so they are added here once.
 */
public class ResponseHeadersFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getResponses() != null) {
            api.getComponents().getResponses().values().forEach(ResponseHeadersFilter::withRequestId);
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (response.getRef() != null) {
                        return;
                    }
                    withRequestId(response);
                    if (status.equals("201")) {
                        response.addHeader("Location", OASFactory.createHeader().ref("Location"));
                    }
                });
            }
        }
    }

    private static void withRequestId(APIResponse response) {
        response.addHeader("X-Request-Id", OASFactory.createHeader().ref("RequestId"));
    }
}
