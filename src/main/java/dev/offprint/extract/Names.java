package dev.offprint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text rules for author names found in bylines and metadata: splitting a line that names several
 * people, cutting what is not part of a name (handles, weekday abbreviations, "All articles" links),
 * and telling persons from organisations, editorial teams and initials.
 */
final class Names {

    private Names() {}

    /** A list joined with "and" words: "A, B und C", "A and B", "A & B". */
    private static final Pattern AND = Pattern.compile("\\s(?:and|und|&)\\s", Pattern.CASE_INSENSITIVE);
    /** An interview credit: "Richard David Precht im Gespräch mit Karin Fischer" names two people. */
    private static final Pattern CONVERSATION = Pattern.compile("\\s+(?:im\\s+Gespr(?:ä|ae)ch\\s+mit|in\\s+conversation\\s+with)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*,?\\s+(?:and|und|&)\\s+|\\s*,\\s+", Pattern.CASE_INSENSITIVE);

    /**
     * The names in one author string. A list is split only when it is joined with an "and" word
     * ("Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR"), or is an interview credit:
     * a bare comma may be "Last, First" ("Kooman, F.") or a degree ("Brenda Goodman, MA"). The
     * split is kept only when every part is short and starts like a name; otherwise the string
     * stays whole ("Johnson & Johnson Consumer Health").
     */
    static List<String> split(String s) {
        List<String> one = List.of(s);
        if (s == null) return List.of();
        String[] parts;
        if (CONVERSATION.matcher(s).find()) parts = CONVERSATION.split(s);
        else if (AND.matcher(s).find()) parts = LIST_SPLIT.split(s);
        else return one;
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String t = p.strip();
            if (t.isEmpty()) continue;
            int words = t.split("\\s+").length;
            // A part that is a name, capitalised, two to four words; or, after the first, an outlet
            // in capitals ("NDR"). "Johnson & Johnson" is one company, not two people.
            if (words > 4 || !Character.isUpperCase(t.codePointAt(0)) || t.matches(".*\\d.*")) return one;
            if (words == 1 && (out.isEmpty() || !t.equals(t.toUpperCase(Locale.ROOT)))) return one;
            out.add(t);
        }
        return out.size() >= 2 ? out : one;
    }

    /** A job title fused before the name: "FOCUS-Online-Experte Robin Tschöpe", "Staff Writer Jane Doe". */
    private static final Pattern ROLE_BEFORE = Pattern.compile(
            "^(?:[\\p{L}-]*-)?(?:experte|expertin|redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|staff\\s+writer|senior\\s+writer|"
            + "contributing\\s+writer|correspondent|columnist|kolumnist(?:in)?)\\s+(?=\\p{Lu})", Pattern.CASE_INSENSITIVE);
    /** A job title after the name: "Jane Doe, Staff Writer", "John Smith - Senior Correspondent". */
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "(?:\\s*,|\\s+[-\u2013\u2014])\\s+(?:(?:senior|chief|staff|contributing|special|\\p{Ll}+)\\s+)?"
            + "(?:writer|editor|correspondent|reporter|columnist|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|journalist(?:in)?)\\b.*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(mo|di|mi|do|fr|sa|so|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\.?,?");

    /**
     * What follows a name in the same text but is not part of it: a trailing social handle
     * ("Williams Perdomo @wperdomod"), a link to the author's other posts ("Johanna Kropfitsch Alle
     * Artikel"), a weekday left over once the date is cut ("Tomas Spahn Fr"), closing arrows ("r23 »").
     */
    static String trimTail(String s) {
        // Soft hyphens are invisible break hints ("Mat\u00ADthi\u00ADas"), not part of the name.
        String t = s.replace("\u00AD", "").replaceFirst("\\s+@[\\w.]+$", "");
        t = ROLE_BEFORE.matcher(t).replaceFirst("");
        t = ROLE_AFTER.matcher(t).replaceFirst("");
        t = t.replaceFirst("(?i)\\s+(alle\\s+(artikel|beitr(ä|ae)ge)|all\\s+(posts|articles|stories)|view\\s+all\\s+posts|mehr\\s+von\\b.*|more\\s+from\\b.*)$", "");
        // Editors, illustrators and translators are credited after the writer, not as writers.
        t = t.replaceFirst("(?i)\\s+(edited|reviewed|illustrated|translated|photographed|fact[- ]checked)\\s+by\\b.*$", "");
        // A sentence's full stop after the name ("Bradley M. Kuhn."), not an initial's or a suffix's ("Kooman, F.", "Perry Bacon Jr.").
        t = t.replaceFirst("(?<=\\p{L}{3})\\.$", "");
        t = t.replaceFirst("(?i)\\s+(google\\+|twitter|facebook|linkedin|instagram|xing)(\\s.*)?$", "");
        t = t.replaceFirst("[\\s\u00BB\u00AB\u203A\u2039>\u2192]+$", "");
        int sp = t.lastIndexOf(' ');
        if (sp > 0 && t.substring(0, sp).contains(" ") && WEEKDAY.matcher(t.substring(sp + 1)).matches()) t = t.substring(0, sp).strip();
        return t;
    }

    /**
     * Text that sits where a name goes but is none: an obfuscated e-mail ("cipha[at]cipha.net"), a
     * profile or archive link ("Afficher mon profil complet", "Archiv anzeigen →"), a stray word
     * left by a date ("am", "Stand", "Datum"), or a sentence (more than seven words).
     */
    static boolean notAName(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        // A label whose name did not follow ("Article by", "Noticias de"); "Jong, Michiel de" is a name in sorted form.
        if (l.matches(".*\\s(by|von|par|por|door)") || !l.contains(",") && l.matches(".*\\s(de|di)")) return true;
        // Names hold no sentence punctuation ("Michael Isikoff Trump’s inauguration: ticket packages" is a teaser).
        if (s.matches(".*(:\\s|[?!\"“”„]).*")) return true;
        if (l.contains("[at]") || l.contains("(at)") || l.contains("\u2192")) return true;
        if (l.matches(".*\\b(profil|profile|anzeigen|archiv|archive)\\b.*")) return true;
        if (l.matches("am|um|on|at|le|el|de|the|stand|datum|date|uhr|min\\.?|mehr|more|share|teilen|quelle|source|foto|photo")) return true;
        // Words in brackets are a note on the name ("Martin Untersinger (avec Damien Leloup et Morgane Tual)").
        return s.replaceAll("\\([^)]*\\)", " ").strip().split("\\s+").length > 7;
    }

    /** A collective byline, not a person: the editorial team ("Redaktion", "Editorial Team", "Staff"). */
    static boolean isCollective(String s) {
        return s.matches("(?i)(die\\s+)?(redaktion|editorial\\s+(team|staff|board)|editors|staff|newsroom|r(é|e)daction)");
    }

    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i).*(\\b(gmbh|ag|kg|se|inc|ltd|llc|plc|corp|s\\.a|e\\.\\s?v|stiftung|verband|verein|union|gesellschaft|association|foundation|media|forum|group|gruppe|verlag|agentur|agency)\\b\\.?|"
            + "www\\.).*");

    /** An organisation rather than a person: a legal form or kind of body in the name ("Web Commerce GmbH", "… e.V."). */
    static boolean isOrganisation(String s) {
        return ORGANISATION.matcher(s).matches();
    }

    /** Initials standing for a desk or an agency ("LN", "JF"), not a name. */
    static boolean isInitials(String s) {
        return s.matches("\\p{Lu}{1,3}");
    }
}
