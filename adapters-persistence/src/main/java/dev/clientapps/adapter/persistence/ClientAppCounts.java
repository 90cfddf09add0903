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

    static long total(Sql sql, ClientId client, AppFilter filter) {
        List<long[]> rows = sql.query(
                "select total, favorites, approved, favorite_and_approved from client_app_count where client_id = ?",
                List.of(client.value()),
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        if (rows.isEmpty()) {
            return 0; // a client that never held an app has no counter row yet
        }
        long[] row = rows.get(0);
        return of(row[0], row[1], row[2], row[3], filter.favorite(), filter.approved());
    }

    /**
     * The number of apps with the wanted flags, by inclusion-exclusion over the four counters
     * (null: either value).
     */
    static long of(long total, long favorites, long approved, long both, Boolean favorite, Boolean approvedWanted) {
        if (favorite == null && approvedWanted == null) {
            return total;
        }
        if (approvedWanted == null) {
            return favorite ? favorites : total - favorites;
        }
        if (favorite == null) {
            return approvedWanted ? approved : total - approved;
        }
        if (favorite) {
            return approvedWanted ? both : favorites - both;
        }
        return approvedWanted ? approved - both : total - favorites - approved + both;
    }
}
