package dev.clientapps.domain.listing;

import java.util.List;

/** One page of a list that does not count its matches: the items and where the next page starts (null on the last). */
public record Slice<T>(List<T> items, Position next) {

    public Slice {
        items = List.copyOf(items);
    }
}
