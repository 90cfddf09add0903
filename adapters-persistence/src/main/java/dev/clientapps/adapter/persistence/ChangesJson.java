package dev.clientapps.adapter.persistence;

import dev.clientapps.domain.app.FieldChange;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An audit event's {@code changes} as stored: a jsonb object {@code {"field": {"from": v, "to": v}}}
 * whose values are JSON booleans, numbers, strings or null. Written as JSON text; read back as
 * parallel arrays that the query takes apart with jsonb functions ({@link #JOIN}).
 */
final class ChangesJson {

    /** The five arrays that {@link #JOIN} yields for audit event {@code e}, field names in order. */
    static final String COLUMNS =
            "ch.change_fields, ch.change_from_types, ch.change_from_values, ch.change_to_types, ch.change_to_values";

    /** Takes the {@code changes} of audit event {@code e} apart in one pass over its fields. */
    static final String JOIN = """
            cross join lateral (
                select array_agg(key order by key) as change_fields,
                       array_agg(jsonb_typeof(value -> 'from') order by key) as change_from_types,
                       array_agg(value ->> 'from' order by key) as change_from_values,
                       array_agg(jsonb_typeof(value -> 'to') order by key) as change_to_types,
                       array_agg(value ->> 'to' order by key) as change_to_values
                from jsonb_each(e.changes)) ch""";

    private ChangesJson() {
    }

    static String write(List<FieldChange> changes) {
        StringBuilder json = new StringBuilder("{");
        for (FieldChange change : changes) {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, change.field());
            json.append(":{\"from\":");
            value(json, change.from());
            json.append(",\"to\":");
            value(json, change.to());
            json.append('}');
        }
        return json.append('}').toString();
    }

    static List<FieldChange> read(ResultSet rs) throws SQLException {
        String[] fields = strings(rs.getArray("change_fields"));
        String[] fromTypes = strings(rs.getArray("change_from_types"));
        String[] fromValues = strings(rs.getArray("change_from_values"));
        String[] toTypes = strings(rs.getArray("change_to_types"));
        String[] toValues = strings(rs.getArray("change_to_values"));
        List<FieldChange> changes = new ArrayList<>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            changes.add(new FieldChange(fields[i], value(fromTypes[i], fromValues[i]), value(toTypes[i], toValues[i])));
        }
        return changes;
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static Object value(String jsonType, String text) {
        if (jsonType == null || "null".equals(jsonType)) {
            return null;
        }
        return switch (jsonType) {
            case "boolean" -> Boolean.valueOf(text);
            case "number" -> number(Long.parseLong(text));
            case "string" -> text;
            default -> throw new IllegalStateException("an audit change holds a JSON " + jsonType);
        };
    }

    private static Object number(long value) {
        return value == (int) value ? Integer.valueOf((int) value) : Long.valueOf(value);
    }

    private static void value(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            json.append(value);
        } else if (value instanceof String text) {
            string(json, text);
        } else {
            throw new IllegalArgumentException("an audit change value is a boolean, an integer, a string or null");
        }
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
