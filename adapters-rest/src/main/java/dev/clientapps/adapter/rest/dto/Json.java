package dev.clientapps.adapter.rest.dto;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The contract's JSON conventions for values: timestamps in UTC with exactly three fraction digits. */
public final class Json {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {
    }

    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }
}
