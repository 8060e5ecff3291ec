package dev.offprint.render.pdf.paint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the model's ISO-8601 dates (a day, or a timestamp with or without an offset) as instants. */
final class Dates {

    private Dates() {}

    /** The instant of {@code iso}, midnight UTC for a bare day, or null when it is not ISO-8601. */
    static Instant parse(String iso) {
        String s = iso.strip();
        try {
            if (s.length() == 10) return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
