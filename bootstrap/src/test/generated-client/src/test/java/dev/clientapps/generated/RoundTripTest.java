package dev.clientapps.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clientapps.generated.api.AppsApi;
import dev.clientapps.generated.model.App;
import dev.clientapps.generated.model.AppPage;
import dev.clientapps.generated.model.BulkRequest;
import dev.clientapps.generated.model.BulkResult;
import dev.clientapps.generated.model.UpdateAppRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A Java client generated from the served document, used the way a consumer would. */
class RoundTripTest {

    private static final UUID ACME = UUID.fromString("aa7cf840-9ca9-46a3-9778-9015d6580d50");
    private static final UUID SLACK_APP = UUID.fromString("f1a2b3c4-d5e6-7890-abcd-ef1234567890");
    private static final UUID UNKNOWN = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");

    private final AppsApi apps = new AppsApi(client());

    private static ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(System.getProperty("service.url"));
        String token = System.getProperty("service.token");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void listGetPatchAndBulkRoundTripWithTheirTypes() throws ApiException {
        AppPage page = apps.listApps(ACME, "slack", null, null, null, null, null, null, "canonical_name", "asc", 5,
                null);
        assertTrue(page.getTotalCount() >= 1);
        App listed = page.getData().stream().filter(app -> app.getId().equals(SLACK_APP)).findFirst().orElseThrow();
        assertEquals("Slack", listed.getCatalogApp().getCanonicalName());
        assertEquals("Salesforce, Inc.", listed.getCatalogApp().getVendor().getName());
        assertNotNull(listed.getCreatedAt());

        App counted = apps.updateApp(SLACK_APP, ACME, new UpdateAppRequest().licenseCount(42).isFavorite(true), "*");
        assertEquals(42, counted.getLicenseCount());
        App cleared = apps.updateApp(SLACK_APP, ACME, new UpdateAppRequest().licenseCount(null), null);
        assertNull(cleared.getLicenseCount());
        assertTrue(cleared.getIsFavorite(), "absent fields stay as they were");
        App fetched = apps.getApp(SLACK_APP, ACME, null);
        assertNull(fetched.getLicenseCount());
        assertEquals(cleared.getUpdatedAt(), fetched.getUpdatedAt());

        BulkResult removed = apps.removeFavorites(ACME, new BulkRequest().appIds(List.of(SLACK_APP, UNKNOWN)));
        assertEquals(List.of(SLACK_APP), removed.getSucceeded());
        assertEquals(UNKNOWN, removed.getFailed().get(0).getId());
        assertEquals("App not found", removed.getFailed().get(0).getError());
        assertFalse(apps.getApp(SLACK_APP, ACME, null).getIsFavorite());
    }

    @Test
    void errorsArriveAsApiExceptionsWithTheEnvelope() {
        ApiException notFound = assertThrows(ApiException.class, () -> apps.getApp(UNKNOWN, ACME, null));
        assertEquals(404, notFound.getCode());
        assertTrue(notFound.getResponseBody().contains("\"code\":\"not_found\""));
        ApiException stale = assertThrows(ApiException.class,
                () -> apps.updateApp(SLACK_APP, ACME, new UpdateAppRequest().licenseCount(1), "\"stale\""));
        assertEquals(412, stale.getCode());
        assertTrue(stale.getResponseBody().contains("\"code\":\"precondition_failed\""));
    }
}
