package dev.offprint.render.epub;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** The package document's date forms: W3CDTF for {@code dc:date}, UTC seconds for {@code dcterms:modified}. */
final class EpubDates {

    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private EpubDates() {}

    /** {@code yyyy-MM-ddTHH:mm:ssZ} in UTC, as {@code dcterms:modified} requires. */
    static String modified(Instant t) {
        return MODIFIED.format(t.atOffset(ZoneOffset.UTC));
    }

    /** The instant an ISO date or timestamp from the metadata names (a bare date is its midnight UTC). */
    static Optional<Instant> instant(String iso) {
        if (iso == null) return Optional.empty();
        String s = iso.trim();
        try {
            if (s.length() == 10) return Optional.of(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(Instant.parse(s));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /** {@code iso} as a valid W3CDTF value for {@code dc:date} (year, year-month, date or UTC timestamp), or empty. */
    static Optional<String> w3cdtf(String iso) {
        if (iso == null) return Optional.empty();
        String s = iso.trim();
        if (YEAR.matcher(s).matches()) return Optional.of(s);
        if (YEAR_MONTH.matcher(s).matches()) {
            int month = Integer.parseInt(s.substring(5));
            return month >= 1 && month <= 12 ? Optional.of(s) : Optional.empty();
        }
        if (s.length() == 10) {
            try {
                return Optional.of(LocalDate.parse(s).toString());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return instant(s).map(EpubDates::modified);
    }
}
