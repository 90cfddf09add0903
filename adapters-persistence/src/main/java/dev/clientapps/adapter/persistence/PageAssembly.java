package dev.clientapps.adapter.persistence;

import dev.clientapps.domain.listing.Page;
import dev.clientapps.domain.listing.PageRequest;
import dev.clientapps.domain.listing.Position;
import java.util.ArrayList;
import java.util.List;

/** Builds a page from the rows of a "page size + 1" query. */
final class PageAssembly {

    /** A row of the page; {@code position} is read for the page's last row only (null for the others). */
    record Row<T>(T item, Position position) {
    }

    private PageAssembly() {
    }

    static <T> Page<T> page(List<Row<T>> rows, PageRequest request, long totalCount) {
        boolean more = rows.size() > request.size();
        List<Row<T>> shown = more ? rows.subList(0, request.size()) : rows;
        List<T> items = new ArrayList<>(shown.size());
        for (Row<T> row : shown) {
            items.add(row.item());
        }
        Position next = more ? shown.get(shown.size() - 1).position() : null;
        return new Page<>(items, totalCount, next);
    }
}
