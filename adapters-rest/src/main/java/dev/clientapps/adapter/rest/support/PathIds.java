package dev.clientapps.adapter.rest.support;

import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.shared.NotFound;
import dev.clientapps.domain.shared.Uuids;
import java.util.UUID;
import java.util.function.Function;

/** Ids taken from path segments: a malformed one names nothing, so it is "not found" (CONTRACT §6). */
public final class PathIds {

    private PathIds() {
    }

    public static ClientId client(String segment) {
        return new ClientId(uuid(segment, NotFound::client));
    }

    public static AppId app(String segment) {
        return new AppId(uuid(segment, NotFound::app));
    }

    public static CatalogAppId catalogApp(String segment) {
        return new CatalogAppId(uuid(segment, NotFound::catalogApp));
    }

    /** The uuid in {@code segment}, or the given "not found" rejection. */
    public static UUID uuid(String segment, Function<String, NotFound> notFound) {
        return Uuids.parse(segment).orElseThrow(() -> notFound.apply(segment));
    }
}
