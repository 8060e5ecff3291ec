package dev.offprint.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Guesses a page's language from its most frequent function words, when the markup does not say. */
final class LanguageGuesser {

    private LanguageGuesser() {}

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "in", "that", "it", "with", "for", "was", "this", "are", "on", "be"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "auch", "sich", "auf", "dem", "zu"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "pour", "dans", "pas", "qui", "sur"),
            "es", Set.of("el", "los", "las", "y", "que", "es", "una", "del", "por", "con", "para", "como", "se", "su", "al"),
            "it", Set.of("il", "di", "che", "e", "la", "per", "un", "non", "sono", "della", "gli", "una", "nel", "con", "del"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "ook", "die"),
            "pt", Set.of("o", "os", "as", "e", "que", "um", "uma", "para", "com", "não", "do", "da", "em", "por", "se"));

    /** A two-letter language code, or null when the text is too short or no language stands out. */
    static String guess(String text) {
        if (text == null) return null;
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 5001);
        if (words.length < 20) return null;
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
            int hits = 0;
            for (int i = 0; i < Math.min(words.length, 5000); i++) if (e.getValue().contains(words[i])) hits++;
            if (hits > bestHits) { second = bestHits; bestHits = hits; best = e.getKey(); }
            else if (hits > second) second = hits;
        }
        // Only a clear winner counts: function words make up a fair share of any running text.
        if (bestHits < 5 || bestHits < second * 1.3) return null;
        return best;
    }
}
