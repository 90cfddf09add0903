package dev.clientapps.adapter.rest.support;

/**
 * The canonical text of what a cursor belongs to (the list, the client, every filter and the
 * sort), that {@link Cursors} seals it to. Values are length-prefixed, so no two different
 * parameter sets give the same text.
 */
final class CursorScope {

    private final StringBuilder text = new StringBuilder();

    CursorScope(String list) {
        add(list);
    }

    /** Appends one value; null (not given) differs from every given value. */
    CursorScope add(Object value) {
        String item = value == null ? "-" : "=" + value;
        text.append(item.length()).append(':').append(item).append(';');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
