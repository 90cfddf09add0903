package dev.clientapps.adapter.persistence;

import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.listing.AppFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Exact totals of the filtered lists (q, category, vendor, type, with or without flags), counted
 * once and reused while nothing they depend on has changed. Each total is remembered with the
 * client's and the catalog's versions read in the same snapshot (migration V6: every statement that
 * may change such a count writes a new version in its own transaction). The page statement compares
 * the versions it sees with the remembered ones and runs count(*) only when they differ, so a reused
 * total is exactly the count(*) of that statement's snapshot. Nothing is invalidated from here: a
 * write by this instance, another instance or plain SQL is noticed the same way, by its version.
 * Lists with updated_after are not remembered (every write moves updated_at).
 */
final class FilteredCounts {

    /** Entries kept, least recently used dropped first; q is at most 200 characters, so a few MB at most. */
    static final int CAPACITY = 4096;

    private static final String CLIENT_VERSION =
            "coalesce((select version from client_app_count where client_id = ?), 0)";
    private static final String CATALOG_VERSION = "(select version from catalog_version)";

    private record Key(UUID client, AppFilter filter) {
    }

    private record Counted(long clientVersion, long catalogVersion, long count) {
    }

    /** Versions that no row holds (a client without a counter row reads as 0): always counts. */
    private static final Counted UNKNOWN = new Counted(-1, -1, 0);

    private final Map<Key, Counted> remembered = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Counted> eldest) {
            return size() > CAPACITY;
        }
    };

    static boolean answers(AppFilter filter) {
        return filter.updatedAfter() == null;
    }

    /**
     * The total of every match of {@code from + where} for {@code client}: the remembered count when
     * the versions still match, else count(*), which is then remembered with its versions.
     */
    Keyset.Total total(ClientId client, AppFilter filter, String from, String where, List<Object> whereParams) {
        Key key = new Key(client.value(), filter);
        Counted known = recall(key);
        String columns = "case when " + CLIENT_VERSION + " = ? and " + CATALOG_VERSION + " = ? then ?::bigint"
                + " else (select count(*)" + from + where + ") end as total_count, "
                + CLIENT_VERSION + " as client_version, " + CATALOG_VERSION + " as catalog_version";
        List<Object> params = new ArrayList<>(List.of(key.client(), known.clientVersion(), known.catalogVersion(),
                known.count()));
        params.addAll(whereParams);
        params.add(key.client());
        return new Keyset.Total(columns, params, rs -> {
            Counted seen = new Counted(rs.getLong("client_version"), rs.getLong("catalog_version"),
                    rs.getLong("total_count"));
            if (!seen.equals(known)) {
                remember(key, seen);
            }
            return seen.count();
        });
    }

    private synchronized Counted recall(Key key) {
        return remembered.getOrDefault(key, UNKNOWN);
    }

    private synchronized void remember(Key key, Counted counted) {
        remembered.put(key, counted);
    }
}
