package dev.offprint.render.pdf;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.render.pdf.layout.Hyphenator;
import org.junit.jupiter.api.Test;

/** The shipped Liang patterns hyphenate English, German and French words where a dictionary would. */
class HyphenationTest {

    private static String hyphenate(Hyphenator h, String word) {
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (int p : h.points(word)) {
            sb.append(word, from, p).append('-');
            from = p;
        }
        return sb.append(word.substring(from)).toString();
    }

    @Test
    void englishFollowsTheTexPatterns() {
        Hyphenator en = Hyphenation.forLanguage("en-GB");
        assertEquals("hy-phen-ation", hyphenate(en, "hyphenation"));
        assertEquals("com-puter", hyphenate(en, "computer"));
        assertEquals("Type-set-ting,", hyphenate(en, "Typesetting,"));
        assertEquals("(para-graph)", hyphenate(en, "(paragraph)"));
        assertEquals("the", hyphenate(en, "the"));
        assertEquals("x86-64", hyphenate(en, "x86-64"));
        assertSame(en, Hyphenation.forLanguage(null));
    }

    @Test
    void germanAndFrenchHaveTheirOwnPatterns() {
        String de = hyphenate(Hyphenation.forLanguage("de-AT"), "Silbentrennung");
        assertEquals("Sil-ben-tren-nung", de);
        String fr = hyphenate(Hyphenation.forLanguage("fr"), "typographie");
        assertEquals("ty-po-gra-phie", fr);
    }

    @Test
    void otherLanguagesAreNotHyphenated() {
        assertSame(Hyphenator.NONE, Hyphenation.forLanguage("ja"));
    }
}
