package dev.offprint.render.pdf;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.render.pdf.layout.Hyphenator;
import org.junit.jupiter.api.Test;

/** The shipped Liang patterns hyphenate words of each supported language where a dictionary would. */
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
    void spanishBreaksBetweenSyllables() {
        Hyphenator es = Hyphenation.forLanguage("es-MX");
        assertEquals("in-ter-na-cio-na-li-za-ción", hyphenate(es, "internacionalización"));
        assertEquals("fe-rro-ca-rril", hyphenate(es, "ferrocarril"));
        assertEquals("sol", hyphenate(es, "sol"));
        assertSame(es, Hyphenation.forLanguage("es"));
    }

    @Test
    void italianBreaksBetweenSyllables() {
        Hyphenator it = Hyphenation.forLanguage("it-CH");
        assertEquals("re-spon-sa-bi-li-tà", hyphenate(it, "responsabilità"));
        assertEquals("mon-ta-gna", hyphenate(it, "montagna"));
        assertEquals("tre", hyphenate(it, "tre"));
    }

    @Test
    void portugueseVariantsShareThePatterns() {
        Hyphenator pt = Hyphenation.forLanguage("pt-BR");
        assertSame(pt, Hyphenation.forLanguage("pt-PT"));
        assertEquals("de-sen-vol-vi-men-to", hyphenate(pt, "desenvolvimento"));
        assertEquals("in-for-ma-ção", hyphenate(pt, "informação"));
        assertEquals("mão", hyphenate(pt, "mão"));
    }

    @Test
    void dutchVariantsShareThePatterns() {
        Hyphenator nl = Hyphenation.forLanguage("nl-BE");
        assertSame(nl, Hyphenation.forLanguage("nl_NL"));
        assertEquals("zie-ken-huis-op-na-me", hyphenate(nl, "ziekenhuisopname"));
        assertEquals("ver-ant-woor-de-lijk-heid", hyphenate(nl, "verantwoordelijkheid"));
        assertEquals("huis", hyphenate(nl, "huis"));
    }

    @Test
    void polishPatternsAreReadAsLatin2() {
        Hyphenator pl = Hyphenation.forLanguage("pl");
        assertEquals("rze-czy-wi-stość", hyphenate(pl, "rzeczywistość"));
        assertEquals("przed-się-bior-stwo", hyphenate(pl, "przedsiębiorstwo"));
        assertEquals("dom", hyphenate(pl, "dom"));
    }

    @Test
    void danishAndSwedish() {
        assertEquals("re-ge-rin-gen", hyphenate(Hyphenation.forLanguage("da-DK"), "regeringen"));
        Hyphenator sv = Hyphenation.forLanguage("sv-FI");
        assertEquals("sjuk-hu-set", hyphenate(sv, "sjukhuset"));
        assertEquals("av-stav-ning", hyphenate(sv, "avstavning"));
        assertEquals("hus", hyphenate(sv, "hus"));
    }

    @Test
    void theCharsetLineIsHonoured() {
        assertEquals(java.nio.charset.StandardCharsets.ISO_8859_1, Hyphenation.charset("ISO8859-1"));
        assertEquals("ISO-8859-2", Hyphenation.charset("ISO8859-2").name());
        assertEquals("KOI8-R", Hyphenation.charset("KOI8-R").name());
        assertEquals("windows-1251", Hyphenation.charset("microsoft-cp1251").name());
        assertThrows(IllegalArgumentException.class, () -> Hyphenation.charset("NO-SUCH-CHARSET"));
    }

    @Test
    void aKoi8PatternFileHyphenatesCyrillic() throws Exception {
        // a tiny pattern file in the encoding the Russian LibreOffice patterns use
        byte[] dic = "KOI8-R\nLEFTHYPHENMIN 2\nRIGHTHYPHENMIN 2\n1ре\n1ва\n1ни\n1ка\n".getBytes("KOI8-R");
        assertEquals("пе-ре-ва-ни-ка", hyphenate(Hyphenation.parse(dic), "переваника"));;
    }

    @Test
    void otherLanguagesAreNotHyphenated() {
        assertSame(Hyphenator.NONE, Hyphenation.forLanguage("ja"));
    }
}
