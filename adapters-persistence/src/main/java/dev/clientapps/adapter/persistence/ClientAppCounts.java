package dev.clientapps.adapter.persistence;

import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.listing.AppFilter;
import dev.clientapps.domain.listing.CatalogFilter;
import java.util.List;

/**
 * A client's exact app totals from the {@code client_app_count} row that triggers keep in step
 * with {@code client_app} (migration V4), instead of counting the client's rows on every list.
 * It answers the lists filtered by nothing but {@code is_favorite} and/or {@code is_approved}.
 */
final class ClientAppCounts {

    private ClientAppCounts() {
    }

    /** Whether the counters can answer this filter (no catalog filter, no updated_after). */
    static boolean answers(AppFilter filter) {
        return filter.catalog().equals(CatalogFilter.NONE) && filter.updatedAfter() == null;
    }

    /** The total of {@code filter} read from the counter row; a client without one holds no app. */
    static Keyset.Total total(ClientId client, AppFilter filter) {
        return Keyset.Total.of("coalesce((select " + column(filter.favorite(), filter.approved())
                + " from client_app_count where client_id = ?), 0)", List.of(client.value()));
    }

    /** The wanted flags (null: either value) by inclusion-exclusion over the four counters. */
    static String column(Boolean favorite, Boolean approved) {
        if (favorite == null && approved == null) {
            return "total";
        }
        if (approved == null) {
            return favorite ? "favorites" : "total - favorites";
        }
        if (favorite == null) {
            return approved ? "approved" : "total - approved";
        }
        if (favorite) {
            return approved ? "favorite_and_approved" : "favorites - favorite_and_approved";
        }
        return approved ? "approved - favorite_and_approved" : "total - favorites - approved + favorite_and_approved";
    }
}
