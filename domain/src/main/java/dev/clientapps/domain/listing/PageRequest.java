package dev.clientapps.domain.listing;

import dev.clientapps.domain.shared.InvalidValue;

/** The size of a page and where it starts: after {@code after}, or at the beginning when null. */
public record PageRequest(int size, Position after) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValue("page_size", "page_size must be an integer between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }
}
