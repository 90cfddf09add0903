package dev.clientapps.adapter.persistence;

import dev.clientapps.domain.app.AppFlag;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.AppState;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.app.LicenseCount;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.listing.AppFilter;
import dev.clientapps.domain.listing.AppQuery;
import dev.clientapps.domain.listing.Page;
import dev.clientapps.domain.listing.Sort;
import dev.clientapps.domain.listing.SortField;
import dev.clientapps.domain.port.LoadAppsPort;
import dev.clientapps.domain.port.LockAppsPort;
import dev.clientapps.domain.port.SaveAppsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Client apps in PostgreSQL. Every statement filters on client_id first. */
@ApplicationScoped
public class AppPersistenceAdapter implements LoadAppsPort, LockAppsPort, SaveAppsPort {

    private static final int APP_WIDTH = 7;
    private static final String SELECT_APP = selectApp("", "client_app");

    /**
     * The whole app, catalog record included, in one row: {@link #APP_WIDTH} columns of the app, then
     * the catalog app's from column {@code APP_WIDTH + 1} on (read by position, see
     * {@link CatalogRows}). {@code from} is the client_app rows to read: the table, or a subquery
     * that has already picked one page of them, so the catalog, vendor and categories are joined for
     * that page only. {@code extraColumns}, selected after those, starts with a comma.
     */
    private static String selectApp(String extraColumns, String from) {
        return """
                select a.id, a.client_id, a.is_favorite, a.is_approved, a.license_count, a.created_at, a.updated_at,
                """ + CatalogRows.COLUMNS + extraColumns + "\nfrom " + from + " a\n"
                + "join catalog_app c on c.id = a.catalog_app_id\n"
                + CatalogRows.JOINS + "\n";
    }

    private final Sql sql;
    private final FilteredCounts filteredCounts = new FilteredCounts();

    @Inject
    AppPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<ClientApp> loadApp(ClientId clientId, AppId appId) {
        return single(SELECT_APP + "where a.client_id = ? and a.id = ?", List.of(clientId.value(), appId.value()));
    }

    @Override
    public Optional<ClientApp> loadAppOfCatalogApp(ClientId clientId, CatalogAppId catalogAppId) {
        return single(SELECT_APP + "where a.client_id = ? and a.catalog_app_id = ?",
                List.of(clientId.value(), catalogAppId.value()));
    }

    @Override
    public Optional<ClientApp> lockApp(ClientId clientId, AppId appId) {
        return single(SELECT_APP + "where a.client_id = ? and a.id = ? for update of a",
                List.of(clientId.value(), appId.value()));
    }

    private Optional<ClientApp> single(String query, List<Object> params) {
        return sql.query(query, params, AppPersistenceAdapter::app).stream().findFirst();
    }

    @Override
    public Page<ClientApp> listApps(AppQuery query) {
        // client_app has no updated_at index (V8): that order is client_app_recency r's primary key
        boolean sortedByUpdatedAt = query.sort().field() == SortField.UPDATED_AT;
        boolean byRecency = sortedByUpdatedAt || query.filter().updatedAfter() != null;
        List<Object> params = new ArrayList<>();
        String where = where(query.clientId(), query.filter(), params, byRecency ? "r" : "a");
        String from = (CatalogFilterSql.needsCatalogApp(query.filter().catalog())
                ? " from client_app a join catalog_app c on c.id = a.catalog_app_id"
                : " from client_app a")
                + (byRecency ? " join client_app_recency r on r.client_id = a.client_id and r.id = a.id" : "");
        Keyset keyset = sortedByUpdatedAt
                ? new Keyset("a", "r", query.sort())
                : new Keyset("a", query.sort());
        return keyset.read(sql, from, where, params, query.page(),
                AppPersistenceAdapter::selectApp, AppPersistenceAdapter::app, total(query, from, where, params));
    }

    /** From the counters, else a remembered count(*) while still exact, else count(*) (updated_after). */
    private Keyset.Total total(AppQuery query, String from, String where, List<Object> params) {
        if (ClientAppCounts.answers(query.filter())) {
            return ClientAppCounts.total(query.clientId(), query.filter());
        }
        if (FilteredCounts.answers(query.filter())) {
            return filteredCounts.total(query.clientId(), query.filter(), from, where, params);
        }
        return Keyset.Total.countOf(from, where, params);
    }

    @Override
    public void streamApps(ClientId clientId, AppFilter filter, Sort sort, Consumer<ClientApp> sink) {
        List<Object> params = new ArrayList<>();
        String where = where(clientId, filter, params, "a");
        sql.stream(SELECT_APP + where + new Keyset("a", sort).orderBy(), params, AppPersistenceAdapter::app, sink);
    }

    /**
     * " where a.client_id = ? and ..." for every filter that is set, over client_app a (and catalog_app c),
     * updated_after on the updated_at of {@code updatedAtOf} (a, or client_app_recency r).
     */
    private static String where(ClientId clientId, AppFilter filter, List<Object> params, String updatedAtOf) {
        StringBuilder where = new StringBuilder(" where a.client_id = ?");
        params.add(clientId.value());
        CatalogFilterSql.append(where, params, filter.catalog(), "a.name_key", "a.catalog_app_id");
        if (filter.favorite() != null) {
            where.append(" and a.is_favorite = ?");
            params.add(filter.favorite());
        }
        if (filter.approved() != null) {
            where.append(" and a.is_approved = ?");
            params.add(filter.approved());
        }
        if (filter.updatedAfter() != null) {
            where.append(" and ").append(updatedAtOf).append(".updated_at > ?");
            params.add(filter.updatedAfter());
        }
        return where.toString();
    }

    @Override
    public Map<AppId, AppState> lockStates(ClientId clientId, Collection<AppId> ids) {
        List<AppId> appIds = new ArrayList<>(ids);
        List<Map.Entry<AppId, AppState>> rows = sql.query("""
                        select id, is_favorite, is_approved, license_count from client_app
                        where client_id = ? and id = any(?) order by id for update""",
                List.of(clientId.value(), Sql.uuids(appIds.stream().map(AppId::value).toList())),
                rs -> Map.entry(new AppId(Sql.uuid(rs, 1)), state(rs, 2)));
        Map<AppId, AppState> states = new HashMap<>();
        rows.forEach(row -> states.put(row.getKey(), row.getValue()));
        return states;
    }

    @Override
    public boolean insertAppIfAbsent(ClientApp app) {
        AppState state = app.state();
        return sql.update("""
                        insert into client_app (client_id, id, catalog_app_id, is_favorite, is_approved, license_count,
                                                created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (client_id, catalog_app_id) do nothing""",
                List.of(app.clientId().value(), app.id().value(), app.catalogApp().id().value(),
                        state.favorite(), state.approved(), licenseCount(state),
                        app.createdAt(), app.updatedAt())) == 1;
    }

    @Override
    public void saveState(ClientApp app) {
        AppState state = app.state();
        sql.update("""
                        update client_app set is_favorite = ?, is_approved = ?, license_count = ?, updated_at = ?
                        where client_id = ? and id = ?""",
                List.of(state.favorite(), state.approved(), licenseCount(state), app.updatedAt(),
                        app.clientId().value(), app.id().value()));
    }

    @Override
    public void setFlag(ClientId clientId, Collection<AppId> ids, AppFlag flag, boolean value, Instant now) {
        String column = switch (flag) {
            case FAVORITE -> "is_favorite";
            case APPROVED -> "is_approved";
        };
        sql.update("update client_app set " + column + " = ?, updated_at = ? where client_id = ? and id = any(?)",
                List.of(value, now, clientId.value(), Sql.uuids(ids.stream().map(AppId::value).toList())));
    }

    @Override
    public boolean deleteApp(ClientId clientId, AppId appId) {
        return sql.update("delete from client_app where client_id = ? and id = ?",
                List.of(clientId.value(), appId.value())) == 1;
    }

    private static Object licenseCount(AppState state) {
        return state.licenseCount() == null ? Sql.NullOf.INTEGER : state.licenseCount().value();
    }

    /** is_favorite, is_approved and license_count, in that order from column {@code first}. */
    private static AppState state(ResultSet rs, int first) throws SQLException {
        int count = rs.getInt(first + 2);
        LicenseCount licenseCount = rs.wasNull() ? null : new LicenseCount(count);
        return new AppState(rs.getBoolean(first), rs.getBoolean(first + 1), licenseCount);
    }

    private static ClientApp app(ResultSet rs) throws SQLException {
        return new ClientApp(
                new AppId(Sql.uuid(rs, 1)),
                new ClientId(Sql.uuid(rs, 2)),
                CatalogRows.map(rs, APP_WIDTH + 1),
                state(rs, 3),
                Sql.instant(rs, 6),
                Sql.instant(rs, 7));
    }
}
