package dev.clientapps.adapter.persistence;

import dev.clientapps.domain.listing.CatalogFilter;
import java.util.List;

/** The WHERE conditions of the catalog filters, over a catalog app aliased {@code c} and a name key column. */
final class CatalogFilterSql {

    private CatalogFilterSql() {
    }

    /**
     * Appends " and ..." for each filter that is set. {@code nameKeyColumn} is where the
     * case-folded name lives ({@code c.name_key}, or the client app's copy of it).
     */
    static void append(StringBuilder where, List<Object> params, CatalogFilter filter, String nameKeyColumn,
                       String catalogAppIdColumn) {
        if (filter.nameContains() != null) {
            where.append(" and ").append(nameKeyColumn).append(" like '%' || lower(?) || '%'");
            params.add(LikePattern.escape(filter.nameContains()));
        }
        if (filter.category() != null) {
            where.append(" and exists (select 1 from catalog_app_category cc where cc.catalog_app_id = ")
                    .append(catalogAppIdColumn).append(" and cc.category_id = ?)");
            params.add(filter.category().value());
        }
        if (filter.vendor() != null) {
            where.append(" and c.vendor_id = ?");
            params.add(filter.vendor().value());
        }
        if (filter.type() != null) {
            where.append(" and c.type = ?");
            params.add(filter.type());
        }
    }

    /** Whether the conditions read columns of the catalog app itself (so a count must join it). */
    static boolean needsCatalogApp(CatalogFilter filter) {
        return filter.vendor() != null || filter.type() != null;
    }
}
