package dev.offprint.extract;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as pages write them, in English, German, French, Spanish (and a few Italian,
 * Dutch and Portuguese month names), into ISO-8601: {@code yyyy-mm-dd}, or a timestamp when the
 * time is given. "March 13th, 2018", "13. März 2018", "13 mars 2018", "13 de marzo de 2018",
 * "2018-03-13T10:00:00+01:00", "13.03.2018". Never throws.
 */
final class Dates {

    private Dates() {}

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    private static void months(int m, String... names) {
        for (String n : names) MONTHS.put(n, m);
    }

    static {
        months(1, "january", "jan", "januar", "janner", "janvier", "janv", "enero", "ene", "gennaio", "januari", "janeiro");
        months(2, "february", "feb", "februar", "fevrier", "fevr", "fev", "febrero", "febbraio", "februari", "fevereiro");
        months(3, "march", "mar", "marz", "maerz", "mars", "marzo", "maart", "marco", "mrz");
        months(4, "april", "apr", "avril", "avr", "abril", "abr", "aprile");
        months(5, "may", "mai", "mayo", "maggio", "mei", "maio");
        months(6, "june", "jun", "juni", "juin", "junio", "giugno", "junho");
        months(7, "july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho");
        months(8, "august", "aug", "aout", "agosto", "ago", "augustus");
        months(9, "september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro");
        months(10, "october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro");
        months(11, "november", "nov", "novembre", "noviembre", "novembro");
        months(12, "december", "dec", "dezember", "dez", "decembre", "diciembre", "dic", "dicembre", "dezembro");
        // Russian and Ukrainian, in the genitive that dates use ("15 августа 2016") and the
        // nominative; fold() strips the breve of "й" and the diaeresis of "ї", so the table holds
        // the folded spellings.
        months(1, "января", "январь", "січня", "січень");
        months(2, "февраля", "февраль", "лютого", "лютий");
        months(3, "марта", "март", "березня", "березень");
        months(4, "апреля", "апрель", "квітня", "квітень");
        months(5, "мая", "маи", "травня", "травень");
        months(6, "июня", "июнь", "червня", "червень");
        months(7, "июля", "июль", "липня", "липень");
        months(8, "августа", "август", "серпня", "серпень");
        months(9, "сентября", "сентябрь", "вересня", "вересень");
        months(10, "октября", "октябрь", "жовтня", "жовтень");
        months(11, "ноября", "ноябрь", "листопада", "листопад");
        months(12, "декабря", "декабрь", "грудня", "грудень");
    }

    private static final String MONTH = "(\\p{L}{3,10})\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|\\.|º|°)?";
    private static final String YEAR = "((?:19|20)\\d{2})";

    private static final Pattern ISO = Pattern.compile(
            "\\b((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern RFC1123 = Pattern.compile("^[A-Za-z]{3},\\s+(\\d{1,2})\\s+([A-Za-z]{3})\\s+((?:19|20)\\d{2})\\s+(\\d{2}:\\d{2}:\\d{2})\\s+(?:GMT|UTC|\\+0000)$");
    private static final Pattern ISO_COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T\\d{4,6}Z?)?$");
    private static final Pattern YMD_SLASH = Pattern.compile("\\b((?:19|20)\\d{2})[/.](\\d{1,2})[/.](\\d{1,2})\\b");
    /** "March 13th, 2018", "Mar. 13 2018", "Tuesday, March 13, 2018". */
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b");
    /** "13 March 2018", "13. März 2018", "13 de marzo de 2018", "le 13 mars 2018", "13-Mar-2018". */
    private static final Pattern DMY = Pattern.compile("\\b" + DAY + "\\s*(?:de\\s+|-)?" + MONTH + "(?:\\s+de|,|-)?\\s*" + YEAR + "\\b");
    /** "13.03.2018", "13/03/2018", "03/13/2018" (the US order only when the day cannot be the first). */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)\\d{2})\\b");
    /**
     * "31.10.23", "6.11.22": the German-speaking press's short form, day first with a two-digit
     * year. Only with dots, and not inside a longer dotted number (a version "1.2.23.4", an IP).
     */
    private static final Pattern NUMERIC_SHORT_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d]|\\.\\d)");

    /** The ISO form of the first date found in {@code text}, or null; "03/04/2018" is read month first. */
    static String parse(String text) {
        return parse(text, false);
    }

    /**
     * The ISO form of the first date found in {@code text}, or null. {@code dayFirst} reads an
     * ambiguous slashed date ("02/10/2020", both numbers 12 or less) day first, as everyone but
     * the US writes it; callers pass it when the page's language says so.
     */
    static String parse(String text, boolean dayFirst) {
        if (text == null) return null;
        String t = text.strip();
        if (t.isEmpty() || t.length() > 400) return t.isEmpty() ? null : parse(t.substring(0, 400), dayFirst);
        Matcher m = ISO.matcher(t);
        if (m.find()) {
            String date = ymd(m.group(1), m.group(2), m.group(3));
            if (date != null) {
                if (m.group(4) == null) return date;
                String time = m.group(4) + ":" + m.group(5) + ":" + (m.group(6) == null ? "00" : m.group(6));
                String zone = m.group(7);
                if (zone == null) return date + "T" + time;
                if (!zone.equals("Z") && !zone.contains(":")) zone = zone.substring(0, 3) + ":" + zone.substring(3);
                if (zone.equals("+00:00")) zone = "Z";
                return date + "T" + time + zone;
            }
        }
        // RFC 1123 as HTTP and some JSON-LD write it: "Wed, 04 May 2022 00:25:56 GMT" is a UTC moment.
        m = RFC1123.matcher(t);
        if (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            String date = month == null ? null : ymd(m.group(3), String.valueOf(month), m.group(1));
            if (date != null) return date + "T" + m.group(4) + "Z";
        }
        m = ISO_COMPACT.matcher(t);
        if (m.find()) {
            String date = ymd(m.group(1), m.group(2), m.group(3));
            if (date != null) return date;
        }
        m = YMD_SLASH.matcher(t);
        if (m.find()) {
            String date = ymd(m.group(1), m.group(2), m.group(3));
            if (date != null) return date;
        }
        String folded = fold(t);
        int best = Integer.MAX_VALUE;
        String found = null;
        m = MDY.matcher(folded);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1));
            if (month == null) continue;
            String d = ymd(m.group(3), String.valueOf(month), m.group(2));
            if (d != null && m.start() < best) { best = m.start(); found = d; }
            break;
        }
        m = DMY.matcher(folded);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2));
            if (month == null) continue;
            String d = ymd(m.group(3), String.valueOf(month), m.group(1));
            if (d != null && m.start() < best) { best = m.start(); found = d; }
            break;
        }
        if (found != null) return found;
        m = NUMERIC.matcher(t);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            String sep = m.group(2);
            // Dots and dashes are the European day-first order. Slashes are ambiguous: the US
            // month-first order unless the first number cannot be a month.
            if (sep.equals("/") && b > 12) return ymd(m.group(4), String.valueOf(a), String.valueOf(b));
            if (sep.equals("/") && a <= 12 && b <= 12 && !dayFirst) return ymd(m.group(4), String.valueOf(a), String.valueOf(b));
            return ymd(m.group(4), String.valueOf(b), String.valueOf(a));
        }
        return null;
    }

    /**
     * {@link #parse(String, boolean)}, and failing that the two-digit-year form "31.10.23". Only
     * for a line already known to be a date line (the one under a title): elsewhere "19.1.23" is
     * as likely an event's date or a version number as the page's date.
     */
    static String parseWithShortYear(String text, boolean dayFirst) {
        String d = parse(text, dayFirst);
        if (d != null || text == null) return d;
        Matcher m = NUMERIC_SHORT_YEAR.matcher(text.length() > 400 ? text.substring(0, 400) : text);
        // Two-digit years are this century's: pages with dates before 2000 wrote four digits.
        return m.find() ? ymd("20" + m.group(3), m.group(2), m.group(1)) : null;
    }

    /** Whether {@code word} is a month name or abbreviation of one of the known languages. */
    static boolean isMonth(String word) {
        return MONTHS.containsKey(fold(word).replace(".", ""));
    }

    /** Lower case without accents, so "März", "février" and "août" meet their table entries. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT).replace('\u00A0', ' ');
    }

    private static String ymd(String y, String m, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            if (date.getYear() < 1990 || date.getYear() > 2100) return null;
            return date.toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
