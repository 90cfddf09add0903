package dev.clientapps.adapter.persistence;

import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.catalog.Category;
import dev.clientapps.domain.catalog.CategoryId;
import dev.clientapps.domain.catalog.Vendor;
import dev.clientapps.domain.catalog.VendorId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The columns and joins that read a whole catalog app (vendor and categories included) in the
 * same row, so a page of any size costs one statement.
 */
final class CatalogRows {

    /** Select list of a catalog app aliased {@code c}. */
    static final String COLUMNS = """
            c.id as c_id, c.canonical_name as c_name, c.name_key as c_name_key, c.description as c_description,
            c.display_colour as c_colour, c.logo as c_logo, c.type as c_type,
            c.created_at as c_created_at, c.updated_at as c_updated_at,
            v.id as v_id, v.name as v_name, v.url as v_url,
            cats.ids as cat_ids, cats.names as cat_names""";

    /** Joins that go with {@link #COLUMNS}, after {@code from ... c}. */
    static final String JOINS = """
            left join vendor v on v.id = c.vendor_id
            left join lateral (
                select array_agg(g.id order by g.name collate "C", g.id) as ids,
                       array_agg(g.name order by g.name collate "C", g.id) as names
                from catalog_app_category cc join category g on g.id = cc.category_id
                where cc.catalog_app_id = c.id) cats on true""";

    private CatalogRows() {
    }

    static CatalogApp map(ResultSet rs) throws SQLException {
        UUID vendorId = Sql.uuid(rs, "v_id");
        Vendor vendor = vendorId == null ? null
                : new Vendor(new VendorId(vendorId), rs.getString("v_name"), rs.getString("v_url"));
        return new CatalogApp(
                new CatalogAppId(Sql.uuid(rs, "c_id")),
                rs.getString("c_name"),
                rs.getString("c_description"),
                rs.getString("c_colour"),
                rs.getString("c_logo"),
                rs.getString("c_type"),
                vendor,
                categories(rs),
                Sql.instant(rs, "c_created_at"),
                Sql.instant(rs, "c_updated_at"));
    }

    private static List<Category> categories(ResultSet rs) throws SQLException {
        Array ids = rs.getArray("cat_ids");
        if (ids == null) {
            return List.of();
        }
        UUID[] idValues = (UUID[]) ids.getArray();
        String[] names = (String[]) rs.getArray("cat_names").getArray();
        List<Category> categories = new ArrayList<>(idValues.length);
        for (int i = 0; i < idValues.length; i++) {
            categories.add(new Category(new CategoryId(idValues[i]), names[i]));
        }
        return categories;
    }
}
