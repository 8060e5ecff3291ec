package dev.offprint.render.pdf;

import dev.offprint.diag.OffprintException;
import dev.offprint.render.pdf.layout.Hyphenator;
import dev.offprint.render.pdf.layout.LiangHyphenator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Chooses and loads hyphenation patterns for an article's language: English, German, French,
 * Spanish, Italian, Portuguese, Dutch, Polish, Danish and Swedish (LibreOffice/Hunspell {@code .dic}
 * files kept as resources with their licences, see {@code hyph/README.md}). Only the primary
 * subtag counts, so region variants share one file (pt-PT and pt-BR, nl-BE and nl-NL, es-MX...).
 * Each language loads once per JVM, on first use. An article without a language is hyphenated as
 * English; any other language is not hyphenated.
 */
final class Hyphenation {

    private static final String DIR = "/dev/offprint/render/pdf/hyph/";
    private static final Map<String, Hyphenator> CACHE = new ConcurrentHashMap<>();

    private Hyphenation() {}

    /** The hyphenator for a BCP 47 tag (null means English). */
    static Hyphenator forLanguage(String language) {
        String lang = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        String primary = lang.split("[-_]")[0];
        String file = switch (primary) {
            case "en" -> "hyph_en_US.dic";
            case "de" -> "hyph_de_DE.dic.gz";
            case "fr" -> "hyph_fr.dic";
            case "es" -> "hyph_es_ES.dic";
            case "it" -> "hyph_it_IT.dic";
            // the LGPL Brazilian patterns also serve European Portuguese (the pt_PT ones are GPL only)
            case "pt" -> "hyph_pt_BR.dic";
            case "nl" -> "hyph_nl_NL.dic.gz";
            case "pl" -> "hyph_pl_PL.dic";
            case "da" -> "hyph_da_DK.dic";
            case "sv" -> "hyph_sv_SE.dic.gz";
            default -> null;
        };
        if (file == null) return Hyphenator.NONE;
        return CACHE.computeIfAbsent(file, Hyphenation::load);
    }

    private static Hyphenator load(String file) {
        try (InputStream raw = Hyphenation.class.getResourceAsStream(DIR + file)) {
            if (raw == null) throw new IOException("missing resource " + DIR + file);
            byte[] bytes = (file.endsWith(".gz") ? new GZIPInputStream(raw) : raw).readAllBytes();
            return parse(bytes);
        } catch (IOException | RuntimeException e) {
            throw new OffprintException("hyphenation-patterns", "cannot read hyphenation patterns " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a {@code .dic}: charset line, directives, patterns (non-standard ones with '/' skipped). */
    static LiangHyphenator parse(byte[] bytes) throws IOException {
        int nl = 0;
        while (nl < bytes.length && bytes[nl] != '\n') nl++;
        String charsetName = new String(bytes, 0, nl, java.nio.charset.StandardCharsets.US_ASCII).strip();
        Charset cs = charset(charsetName);
        int left = 2, right = 2;
        List<String> patterns = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(bytes, nl + 1, Math.max(0, bytes.length - nl - 1)), cs))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("%") || line.startsWith("#")) continue;
                if (line.startsWith("LEFTHYPHENMIN")) { left = Integer.parseInt(line.split("\\s+")[1]); continue; }
                if (line.startsWith("RIGHTHYPHENMIN")) { right = Integer.parseInt(line.split("\\s+")[1]); continue; }
                if (Character.isUpperCase(line.charAt(0)) && line.split("\\s+")[0].chars().allMatch(Character::isUpperCase)) continue;
                if (line.indexOf('/') >= 0) continue;
                patterns.add(line.split("\\s+")[0]);
            }
        }
        // at least two letters on each side of a hyphen (the Swedish file asks for one on the left)
        return new LiangHyphenator(patterns, Math.max(2, left), Math.max(2, right));
    }

    /**
     * The charset a {@code .dic} names on its first line (UTF-8, ISO8859-2, KOI8-R,
     * microsoft-cp1251...). A name Java does not know fails loudly: decoding the patterns with a
     * wrong charset would silently break every word with a non-ASCII letter.
     */
    static Charset charset(String name) {
        String n = name.strip();
        if (n.isEmpty()) return java.nio.charset.StandardCharsets.ISO_8859_1; // libhyphen's default
        if (n.regionMatches(true, 0, "microsoft-", 0, 10)) n = "windows-" + n.substring(n.lastIndexOf('p') + 1);
        if (Charset.isSupported(n)) return Charset.forName(n);
        String dashed = n.replaceFirst("(?i)^ISO[-_]?8859[-_]?", "ISO-8859-");
        if (Charset.isSupported(dashed)) return Charset.forName(dashed);
        throw new IllegalArgumentException("unknown charset '" + name + "' on the first line");
    }
}
