package dev.clientapps.adapter.rest.support;

import dev.clientapps.adapter.rest.dto.Json;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.Category;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Client apps as RFC 4180 CSV (CONTRACT §9): a header row, CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break. Text that a spreadsheet would run as a formula (starting
 * with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe, so it shows as text.
 */
public final class CsvWriter {

    public static final String HEADER = "id,canonical_name,vendor,categories,type,is_favorite,is_approved,"
            + "license_count,created_at,updated_at";

    /** The export's media type. */
    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", "utf-8");

    private final Writer out;

    public CsvWriter(Writer out) throws IOException {
        this.out = out;
        out.write(HEADER);
        out.write("\r\n");
    }

    /**
     * Whether a caller that accepts {@code accepted} (most preferred first) gets CSV: when it prefers
     * CSV to JSON. JSON for anything else, a wildcard included.
     */
    public static boolean preferred(List<MediaType> accepted) {
        for (MediaType type : accepted) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MEDIA_TYPE)) {
                return true;
            }
        }
        return false;
    }

    public void write(ClientApp app) throws IOException {
        CatalogApp catalogApp = app.catalogApp();
        out.write(app.id().toString());
        out.write(',');
        text(catalogApp.canonicalName());
        out.write(',');
        text(catalogApp.vendor() == null ? null : catalogApp.vendor().name());
        out.write(',');
        text(catalogApp.categories().stream().map(Category::name).collect(Collectors.joining(";")));
        out.write(',');
        text(catalogApp.type());
        out.write(',');
        out.write(Boolean.toString(app.state().favorite()));
        out.write(',');
        out.write(Boolean.toString(app.state().approved()));
        out.write(',');
        if (app.state().licenseCount() != null) {
            out.write(Integer.toString(app.state().licenseCount().value()));
        }
        out.write(',');
        out.write(Json.timestamp(app.createdAt()));
        out.write(',');
        out.write(Json.timestamp(app.updatedAt()));
        out.write("\r\n");
    }

    /** One text field: neutralized against formula injection, then quoted if RFC 4180 needs it. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private void text(String value) throws IOException {
        out.write(field(value));
    }
}
