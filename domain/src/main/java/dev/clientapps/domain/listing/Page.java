package dev.clientapps.domain.listing;

import java.util.List;

/**
 * One page of a list: its items, how many items match the filters in all, and the position
 * after which the next page starts ({@code null} on the last page).
 */
public record Page<T>(List<T> items, long totalCount, Position next) {

    public Page {
        items = List.copyOf(items);
    }
}
