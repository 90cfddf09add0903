package dev.clientapps.adapter.rest.dto;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The contract's JSON conventions for values: timestamps in UTC with exactly three fraction digits. */
public final class Json {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {
    }

    /**
     * "2026-01-31T08:05:09.120Z". A list page writes about 150 of these, and DateTimeFormatter's
     * fraction printing (BigDecimal arithmetic) was a visible part of a page's CPU time, so the
     * four-digit years every stored timestamp has are written by hand; any other year goes
     * through the formatter, which gives the same text.
     */
    public static String timestamp(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return TIMESTAMP.format(instant);
        }
        char[] out = new char[24];
        digits(out, 0, t.getYear(), 4);
        out[4] = '-';
        digits(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, t.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, t.getHour(), 2);
        out[13] = ':';
        digits(out, 14, t.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, t.getSecond(), 2);
        out[19] = '.';
        digits(out, 20, t.getNano() / 1_000_000, 3);
        out[23] = 'Z';
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
