package dev.clientapps.adapter.persistence;

import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.catalog.Category;
import dev.clientapps.domain.catalog.CategoryId;
import dev.clientapps.domain.catalog.Vendor;
import dev.clientapps.domain.catalog.VendorId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The columns and joins that read a whole catalog app (vendor and categories included) in the
 * same row, so a page of any size costs one statement. The columns are read by position (the 14
 * of {@link #COLUMNS}, from a given first index): looking a column up by name was a visible share
 * of a list page's CPU time.
 */
final class CatalogRows {

    /**
     * Select list of a catalog app aliased {@code c}. Its categories are the two arrays the row
     * itself holds, sorted as the API lists them (migration V11 keeps them in step with the links).
     */
    static final String COLUMNS = """
            c.id as c_id, c.canonical_name as c_name, c.name_key as c_name_key, c.description as c_description,
            c.display_colour as c_colour, c.logo as c_logo, c.type as c_type,
            c.created_at as c_created_at, c.updated_at as c_updated_at,
            v.id as v_id, v.name as v_name, v.url as v_url,
            c.category_ids as cat_ids, c.category_names as cat_names""";

    /** Joins that go with {@link #COLUMNS}, after {@code from ... c}. */
    static final String JOINS = "left join vendor v on v.id = c.vendor_id";

    private CatalogRows() {
    }

    /** The catalog app whose {@link #COLUMNS} start at the first column. */
    static CatalogApp map(ResultSet rs) throws SQLException {
        return map(rs, 1);
    }

    /** The catalog app whose {@link #COLUMNS} start at column {@code first}. */
    static CatalogApp map(ResultSet rs, int first) throws SQLException {
        UUID vendorId = Sql.uuid(rs, first + 9);
        Vendor vendor = vendorId == null ? null
                : new Vendor(new VendorId(vendorId), rs.getString(first + 10), rs.getString(first + 11));
        return new CatalogApp(
                new CatalogAppId(Sql.uuid(rs, first)),
                rs.getString(first + 1),
                rs.getString(first + 3),
                rs.getString(first + 4),
                rs.getString(first + 5),
                rs.getString(first + 6),
                vendor,
                categories(rs, first + 12),
                Sql.instant(rs, first + 7),
                Sql.instant(rs, first + 8));
    }

    /** The two parallel arrays from column {@code idsColumn} on (never null, V11: empty when uncategorised). */
    private static List<Category> categories(ResultSet rs, int idsColumn) throws SQLException {
        UUID[] idValues = (UUID[]) rs.getArray(idsColumn).getArray();
        String[] names = (String[]) rs.getArray(idsColumn + 1).getArray();
        List<Category> categories = new ArrayList<>(idValues.length);
        for (int i = 0; i < idValues.length; i++) {
            categories.add(new Category(new CategoryId(idValues[i]), names[i]));
        }
        return categories;
    }
}
