package dev.offprint.transform;

import dev.offprint.model.Article;
import dev.offprint.model.Inline;
import dev.offprint.model.Metadata;
import java.util.regex.Pattern;

/**
 * Gives an article whose page declared no language (no {@code lang}, no {@code og:locale}) the one
 * its script shows, where a script names a language on its own: kana -> ja, Hangul -> ko, Han
 * alone -> zh, Greek -> el, Hebrew -> he, Thai -> th, Georgian -> ka, Armenian -> hy; Arabic
 * script -> fa or ur when their own letters occur, else ar; Cyrillic -> ru or uk when letters only
 * one of them uses occur (ы, э / ї, є, ґ), else nothing. Latin-script text is left undetermined
 * (many languages share it). Why: without it a Chinese PDF was tagged English (a screen reader
 * reads it with an English voice) and the EPUB said "und" (e-readers pick fonts, hyphenation and
 * voices by language). Right-to-left languages also get {@code rtl} when no direction was given.
 * A declared language is never changed.
 */
public final class InferLanguage implements Transform {

    /** Letters looked at: enough to tell a script, bounded for huge pages. */
    static final int SAMPLE = 20_000;
    /** The share of the letters a script needs to name the article's language. */
    static final double DOMINANT = 0.6;

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    @Override
    public Article apply(Article article) {
        Metadata m = article.metadata();
        if (m.language() != null && TAG.matcher(m.language().strip()).matches() && !m.language().strip().equalsIgnoreCase("und")) {
            return article;
        }
        String lang = guess(sample(article));
        if (lang == null) return article;
        String dir = m.direction();
        boolean rtl = lang.equals("he") || lang.equals("ar") || lang.equals("fa") || lang.equals("ur");
        if ((dir == null || dir.isBlank()) && rtl) dir = "rtl";
        return article.withMetadata(new Metadata(m.title(), m.subtitle(), m.authors(), m.siteName(), m.publisher(), m.url(),
                m.published(), m.modified(), m.captured(), lang, dir, m.description(), m.keywords(), m.leadImage()));
    }

    private static String sample(Article a) {
        StringBuilder sb = new StringBuilder();
        if (a.metadata().title() != null) sb.append(a.metadata().title()).append(' ');
        ModelWalk.forEachNode(a.body(), n -> {
            if (sb.length() > SAMPLE * 2) return;
            if (n instanceof Inline.Text t) sb.append(t.text()).append(' ');
        });
        return sb.toString();
    }

    /** The language {@code text}'s letters name, or null. */
    static String guess(String text) {
        int letters = 0, han = 0, kana = 0, hangul = 0, greek = 0, hebrew = 0, thai = 0, georgian = 0, armenian = 0;
        int arabic = 0, persian = 0, urdu = 0, cyrillic = 0, russian = 0, ukrainian = 0;
        for (int i = 0; i < text.length() && letters < SAMPLE; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            Character.UnicodeScript s;
            try { s = Character.UnicodeScript.of(cp); } catch (IllegalArgumentException e) { continue; }
            switch (s) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case GREEK -> greek++;
                case HEBREW -> hebrew++;
                case THAI -> thai++;
                case GEORGIAN -> georgian++;
                case ARMENIAN -> armenian++;
                case ARABIC -> {
                    arabic++;
                    if ("\u067E\u0686\u0698\u06AF".indexOf(cp) >= 0) persian++;         // پ چ ژ گ (Urdu has them too)
                    if ("\u0679\u0688\u0691\u06D2\u06BA".indexOf(cp) >= 0) urdu++;      // ٹ ڈ ڑ ے ں
                }
                case CYRILLIC -> {
                    cyrillic++;
                    int lc = Character.toLowerCase(cp);
                    if (lc == 0x044B || lc == 0x044D) russian++;                        // ы э
                    if (lc == 0x0457 || lc == 0x0454 || lc == 0x0491) ukrainian++;      // ї є ґ
                }
                default -> { }
            }
        }
        if (letters == 0) return null;
        double need = letters * DOMINANT;
        // Japanese writes Han and kana together; any real share of kana makes it Japanese
        if (han + kana >= need && kana > 0.05 * (han + kana)) return "ja";
        if (han + kana >= need) return "zh";
        if (hangul + han >= need && hangul > han) return "ko";
        if (greek >= need) return "el";
        if (hebrew >= need) return "he";
        if (thai >= need) return "th";
        if (georgian >= need) return "ka";
        if (armenian >= need) return "hy";
        // a few borrowed names do not make a language: its own letters must be at least 1% of the text
        if (arabic >= need) return urdu >= 0.01 * arabic ? "ur" : persian >= 0.01 * arabic ? "fa" : "ar";
        if (cyrillic >= need) {
            if (russian > 0 && ukrainian == 0) return "ru";
            if (ukrainian > 0 && russian == 0) return "uk";
        }
        return null;
    }
}
