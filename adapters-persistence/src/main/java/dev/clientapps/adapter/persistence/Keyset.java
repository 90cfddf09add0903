package dev.clientapps.adapter.persistence;

import dev.clientapps.domain.listing.Page;
import dev.clientapps.domain.listing.PageRequest;
import dev.clientapps.domain.listing.Position;
import dev.clientapps.domain.listing.Sort;
import dev.clientapps.domain.listing.SortField;
import dev.clientapps.domain.listing.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Keyset pagination over (sort key, id) of one table alias: the "after this position" condition,
 * the ORDER BY, and the position of a row. The row comparison matches the (key, id) indexes, so a
 * page deep in a list costs what the first page costs. There is no OFFSET anywhere.
 * <p>
 * The page's rows may be picked in the order of another alias, whose index holds that order and
 * whose (key, id) equal the rows' own (client_app_recency for client_app's updated_at, V8).
 */
final class Keyset {

    private final String alias;
    private final String orderAlias;
    private final Sort sort;

    Keyset(String alias, Sort sort) {
        this(alias, alias, sort);
    }

    /** Rows of {@code alias}, picked in the (key, id) order of {@code orderAlias}, joined to them in the FROM. */
    Keyset(String alias, String orderAlias, Sort sort) {
        this.alias = alias;
        this.orderAlias = orderAlias;
        this.sort = sort;
    }

    /**
     * Builds the statement that reads a whole page: {@code (extraColumns, pageOfRows)} → SQL. The
     * extra columns (they start with a comma) follow the item's own, whose positions stay fixed.
     */
    @FunctionalInterface
    interface PageStatement {
        String select(String extraColumns, String pageOfRows);
    }

    /**
     * A page's total_count: the columns the page statement selects for it (total_count first), their
     * parameters, and how to read the total back from a row. The columns are part of the page
     * statement, so the total and the page come in one round trip and from one snapshot.
     */
    record Total(String columns, List<Object> params, Sql.RowMapper<Long> reader) {

        /** A scalar SQL expression, selected as total_count. */
        static Total of(String expression, List<Object> params) {
            return new Total(expression + " as total_count", params, rs -> rs.getLong("total_count"));
        }

        /** count(*) of every match of {@code from + where}, whatever the page. */
        static Total countOf(String from, String where, List<Object> params) {
            return of("(select count(*)" + from + where + ")", params);
        }
    }

    /** Reads one page whose total_count is count(*) of every match of {@code from + where}. */
    <T> Page<T> read(Sql sql, String from, String where, List<Object> params, PageRequest page,
                     PageStatement statement, Sql.RowMapper<T> item) {
        return read(sql, from, where, params, page, statement, item, Total.countOf(from, where, params));
    }

    /**
     * Reads one page in one statement: the page's rows are picked from the alias's own table in a
     * subquery (so its index serves the order and the LIMIT), {@code statement} joins everything
     * else to those rows only, and every row carries the columns of {@code total}.
     * An empty page carries no total: without a cursor that means nothing matches (0); after a
     * cursor (rows removed meanwhile) the total is read by a statement of its own.
     */
    <T> Page<T> read(Sql sql, String from, String where, List<Object> params, PageRequest page,
                     PageStatement statement, Sql.RowMapper<T> item, Total total) {
        StringBuilder pageWhere = new StringBuilder(where);
        List<Object> pageParams = new ArrayList<>(total.params());
        pageParams.addAll(params);
        appendAfter(pageWhere, pageParams, page);
        String pageOfRows = "(select " + alias + ".*" + from + pageWhere + orderBy(orderAlias) + limit(page) + ")";
        long[] totalCount = {-1};
        int[] read = {0};
        List<PageAssembly.Row<T>> rows = sql.query(
                statement.select(", " + total.columns() + ", " + positionColumns(), pageOfRows) + orderBy(),
                pageParams, rs -> {
                    if (totalCount[0] < 0) {
                        totalCount[0] = total.reader().map(rs);
                    }
                    // only the page's last row can become the next cursor's position
                    boolean last = read[0]++ == page.size() - 1;
                    return new PageAssembly.Row<>(item.map(rs), last ? position(rs) : null);
                });
        if (rows.isEmpty()) {
            totalCount[0] = page.after() == null ? 0
                    : sql.query("select " + total.columns(), total.params(), total.reader()).get(0);
        }
        return PageAssembly.page(rows, page, totalCount[0]);
    }

    private String keyColumn(String of) {
        return of + "." + switch (sort.field()) {
            case CANONICAL_NAME -> "name_key";
            case CREATED_AT -> "created_at";
            case UPDATED_AT -> "updated_at";
        };
    }

    /** Adds "({key}, id) > (?, ?)" (or "<" descending) when the page starts after a position. */
    void appendAfter(StringBuilder where, List<Object> params, PageRequest page) {
        Position after = page.after();
        if (after == null) {
            return;
        }
        String operator = sort.order() == SortOrder.ASC ? ">" : "<";
        where.append(" and (").append(keyColumn(orderAlias)).append(", ").append(orderAlias).append(".id) ")
                .append(operator).append(" (?, ?)");
        params.add(sort.field() == SortField.CANONICAL_NAME ? after.key() : Instant.parse(after.key()));
        params.add(after.id());
    }

    String orderBy() {
        return orderBy(alias);
    }

    private String orderBy(String of) {
        String direction = sort.order() == SortOrder.ASC ? " asc" : " desc";
        return " order by " + keyColumn(of) + direction + ", " + of + ".id" + direction;
    }

    /** Fetches one row more than the page, to know whether another page follows. */
    static String limit(PageRequest page) {
        return " limit " + (page.size() + 1);
    }

    /** The selected columns this keyset reads back: "{key} as k_key, {alias}.id as k_id". */
    String positionColumns() {
        return keyColumn(alias) + " as k_key, " + alias + ".id as k_id";
    }

    Position position(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("k_id", UUID.class);
        if (sort.field() == SortField.CANONICAL_NAME) {
            return new Position(rs.getString("k_key"), id);
        }
        return new Position(Sql.instant(rs, "k_key").toString(), id);
    }
}
