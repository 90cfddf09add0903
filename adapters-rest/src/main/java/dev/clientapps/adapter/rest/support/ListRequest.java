package dev.clientapps.adapter.rest.support;

import dev.clientapps.domain.catalog.CategoryId;
import dev.clientapps.domain.catalog.VendorId;
import dev.clientapps.domain.listing.AppFilter;
import dev.clientapps.domain.listing.CatalogFilter;
import dev.clientapps.domain.listing.Page;
import dev.clientapps.domain.listing.PageRequest;
import dev.clientapps.domain.listing.Position;
import dev.clientapps.domain.listing.Sort;
import dev.clientapps.domain.listing.SortField;
import dev.clientapps.domain.listing.SortOrder;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.UUID;

/**
 * The query parameters of a list endpoint (CONTRACT §3), parsed and validated, with the canonical
 * "scope" text that seals cursors to exactly these filters and this sort.
 */
public final class ListRequest {

    public static final int Q_MAX = 200;
    public static final int TYPE_MAX = 50;

    private final CatalogFilter catalogFilter;
    private final AppFilter appFilter;
    private final Sort sort;
    private final QueryParams params;
    private final CursorScope scope;

    /** {@code clientId} null: the catalog list; otherwise that client's app list, with the flag filters. */
    private ListRequest(String resource, String clientId, MultivaluedMap<String, String> query) {
        this.params = new QueryParams(query);
        String q = params.text("q", Q_MAX);
        UUID category = params.uuid("category_id");
        UUID vendor = params.uuid("vendor_id");
        String type = params.nonEmptyText("type", TYPE_MAX);
        this.catalogFilter = new CatalogFilter(q,
                category == null ? null : new CategoryId(category),
                vendor == null ? null : new VendorId(vendor),
                type);
        this.sort = new Sort(
                params.oneOf("sort_by", SortField.class, SortField::apiName, SortField.CANONICAL_NAME),
                params.oneOf("sort_order", SortOrder.class, SortOrder::apiName, SortOrder.ASC));
        this.scope = new CursorScope(resource).add(q).add(category).add(vendor).add(type)
                .add(sort.field().apiName()).add(sort.order().apiName());
        if (clientId == null) {
            this.appFilter = null;
        } else {
            Boolean favorite = params.bool("is_favorite");
            Boolean approved = params.bool("is_approved");
            Instant updatedAfter = params.instant("updated_after");
            this.appFilter = new AppFilter(catalogFilter, favorite, approved, updatedAfter);
            scope.add(clientId).add(favorite).add(approved).add(updatedAfter);
        }
    }

    public static ListRequest catalog(MultivaluedMap<String, String> query) {
        return new ListRequest("catalog-apps", null, query);
    }

    /** A client's app list: the catalog filters plus is_favorite and is_approved; cursors bound to the client. */
    public static ListRequest apps(String clientId, MultivaluedMap<String, String> query) {
        return new ListRequest("apps", clientId, query);
    }

    /** The filters of a client's app list (null for the catalog list). */
    public AppFilter appFilter() {
        return appFilter;
    }

    public CatalogFilter catalogFilter() {
        return catalogFilter;
    }

    public Sort sort() {
        return sort;
    }

    /**
     * The page to read, after the cursor (which must belong to these filters and this sort). Only a
     * paged read validates page_size and cursor; an export ignores them.
     */
    public PageRequest page() {
        int pageSize = params.intInRange("page_size", 1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE);
        String cursor = params.raw("cursor");
        if (cursor == null) {
            return PageRequest.first(pageSize);
        }
        return new PageRequest(pageSize, Cursors.decode(cursor, scope.toString()));
    }

    public String nextCursor(Page<?> page) {
        Position next = page.next();
        return next == null ? null : Cursors.encode(next, scope.toString());
    }
}
