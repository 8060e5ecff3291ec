package dev.offprint.render.pdf.layout;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Line breaking through the {@link FontMetrics} seam with a fixed-width fake: no PDF involved. */
class TypesetterTest {

    private static final Style BODY = new Style(Face.SERIF, 10, 0, 0, false);
    private final FixedMetrics metrics = new FixedMetrics();

    private List<TextLine> set(String text, float measure, Typesetter.Align align, Span.Mode mode) {
        return new Typesetter(metrics, Hyphenator.NONE).set(List.of(new Span(text, BODY, null, null, mode)), measure, align);
    }

    /** A line's runs as they stand on the page, from left to right (their order in the line may differ). */
    private static String leftToRight(TextLine l) {
        List<Op.Text> runs = new ArrayList<>(l.runs());
        runs.sort((a, b) -> Float.compare(a.x(), b.x()));
        StringBuilder sb = new StringBuilder();
        for (Op.Text r : runs) sb.append(r.text());
        return sb.toString();
    }

    private static String text(TextLine l) {
        StringBuilder sb = new StringBuilder();
        for (Op.Text r : l.runs()) sb.append(r.text());
        return sb.toString();
    }

    private static float right(TextLine l) {
        float r = 0;
        for (Op.Text t : l.runs()) {
            String s = t.text();
            // a trailing space inside a run is drawn but not part of the line's ink
            float w = t.width() - (s.endsWith(" ") ? 5 : 0);
            r = Math.max(r, t.x() + w);
        }
        return r;
    }

    @Test
    void raggedLinesBreakAtSpacesWithinTheMeasure() {
        // 5 pt a character: 100 pt holds 20 characters
        List<TextLine> lines = set("aaaa bbbb cccc dddd eeee ffff", 100, Typesetter.Align.LEFT, Span.Mode.PROSE);
        assertEquals(List.of("aaaa bbbb cccc dddd", "eeee ffff"), lines.stream().map(TypesetterTest::text).map(String::strip).toList());
    }

    @Test
    void noLineIsEverWiderThanTheMeasure() {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            int len = 1 + r.nextInt(i % 37 == 0 ? 90 : 12);
            sb.append("x".repeat(len)).append(' ');
        }
        for (Typesetter.Align align : Typesetter.Align.values()) {
            for (float measure : new float[] {7, 60, 133, 400}) {
                for (TextLine l : set(sb.toString(), measure, align, Span.Mode.PROSE)) {
                    assertTrue(right(l) <= measure + 0.01f, align + " " + measure + ": " + right(l) + " " + text(l));
                }
            }
        }
    }

    @Test
    void justifiedLinesFillTheMeasureExceptTheLast() {
        Random r = new Random(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) sb.append("w".repeat(2 + r.nextInt(9))).append(' ');
        List<TextLine> lines = set(sb.toString(), 300, Typesetter.Align.JUSTIFY, Span.Mode.PROSE);
        assertTrue(lines.size() > 5);
        for (int i = 0; i < lines.size() - 1; i++) assertEquals(300, right(lines.get(i)), 0.05f, "line " + i);
        assertTrue(right(lines.get(lines.size() - 1)) < 300);
    }

    @Test
    void totalFitSpreadsSpaceMoreEvenlyThanFirstFit() {
        Random r = new Random(11);
        List<Typesetter.Elem> elems = null;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) sb.append("v".repeat(1 + r.nextInt(11))).append(' ');
        List<TextLine> justified = set(sb.toString(), 250, Typesetter.Align.JUSTIFY, Span.Mode.PROSE);
        List<TextLine> ragged = set(sb.toString(), 250, Typesetter.Align.LEFT, Span.Mode.PROSE);
        // total fit's worst line (largest gap to fill) is no worse than first fit's
        assertTrue(worstSlack(justified) <= worstSlack(ragged) + 0.01f, worstSlack(justified) + " vs " + worstSlack(ragged));
        assertNull(elems);
    }

    private static float worstSlack(List<TextLine> lines) {
        float worst = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            float natural = 0;
            for (Op.Text t : lines.get(i).runs()) for (Op.Segment s : t.segments()) natural += s.text().strip().length() * 5 + 5;
            worst = Math.max(worst, 250 - natural);
        }
        return worst;
    }

    @Test
    void forcedBreaksAndCodeNewlinesStartNewLines() {
        List<TextLine> lines = new Typesetter(metrics, Hyphenator.NONE).set(List.of(
                new Span("one", BODY, null, null, Span.Mode.PROSE), Span.lineBreak(BODY, null),
                new Span("two\u2028three", BODY, null, null, Span.Mode.PROSE)), 500, Typesetter.Align.JUSTIFY);
        assertEquals(List.of("one", "two", "three"), lines.stream().map(TypesetterTest::text).toList());
        List<TextLine> code = set("if (x) {\n\treturn;\n}", 500, Typesetter.Align.LEFT, Span.Mode.CODE);
        assertEquals(List.of("if (x) {", "    return;", "}"), code.stream().map(TypesetterTest::text).toList());
    }

    @Test
    void urlsBreakAfterSlashesAndDotsNotInsideDoubleSlash() {
        String url = "https://example.org/aaaa/bbbb/cccc/dddd.html?x=1&y=2";
        List<TextLine> lines = set(url, 60, Typesetter.Align.LEFT, Span.Mode.URL);
        assertEquals(url, String.join("", lines.stream().map(TypesetterTest::text).toList()));
        for (TextLine l : lines) {
            String s = text(l);
            assertFalse(s.endsWith("https:/"), s);
            assertTrue(right(l) <= 60.01f);
        }
        assertTrue(text(lines.get(0)).endsWith("/") || text(lines.get(0)).endsWith("."), text(lines.get(0)));
    }

    @Test
    void missingGlyphsFallBackAcrossFamiliesThenAreSubstitutedAndCounted() {
        Typesetter ts = new Typesetter(metrics, Hyphenator.NONE);
        List<TextLine> lines = ts.set(List.of(new Span("alpha \u03B1 cjk \u4E2D\u6587", BODY, null, null, Span.Mode.PROSE)), 500,
                Typesetter.Align.LEFT);
        List<Op.Text> runs = lines.get(0).runs();
        assertTrue(runs.stream().anyMatch(r -> r.text().contains("\u03B1") && r.style().face() == Face.SANS), runs::toString);
        assertTrue(runs.stream().anyMatch(r -> r.text().contains("\uFFFD\uFFFD") && r.style().face() == Face.SANS), runs::toString);
        assertEquals(2, ts.substituted());
        StructNode p = StructNode.document().child("P");
        List<Op.Text> tagged = ts.set(List.of(new Span("cjk \u4E2D", BODY, null, p, Span.Mode.PROSE)), 500, Typesetter.Align.LEFT)
                .get(0).runs();
        Op.Text sub = tagged.get(tagged.size() - 1);
        assertEquals("\uFFFD", sub.text());
        assertEquals("Span", sub.node().type());
        assertEquals("\u4E2D", sub.node().actualText(), "the real character is kept for assistive technology");
    }

    @Test
    void softHyphensAndHyphenatorPointsBreakWithAVisibleHyphen() {
        Hyphenator h = w -> w.equals("typesetting") ? new int[] {4, 7} : new int[0];
        List<TextLine> lines = new Typesetter(metrics, h).set(List.of(new Span("aaaa typesetting", BODY, null, null, Span.Mode.PROSE)),
                60, Typesetter.Align.LEFT, true);
        List<TextLine> unhyphenated = new Typesetter(metrics, h).set(List.of(new Span("aaaa typesetting", BODY, null, null, Span.Mode.PROSE)),
                60, Typesetter.Align.LEFT, false);
        assertEquals("typesetting", text(unhyphenated.get(1)));
        // 60 pt holds 12 characters: "aaaa typeset-" would be 13
        assertEquals("aaaa type-", text(lines.get(0)));
        assertEquals("setting", text(lines.get(1)));
        List<TextLine> soft = set("aaaa type\u00ADsetting", 60, Typesetter.Align.LEFT, Span.Mode.PROSE);
        assertEquals("aaaa type-", text(soft.get(0)));
    }

    @Test
    void aHugeParagraphFallsBackToFirstFitInBoundedTime() {
        String big = "word ".repeat(60_000);
        long t0 = System.nanoTime();
        List<TextLine> lines = set(big, 300, Typesetter.Align.JUSTIFY, Span.Mode.PROSE);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(lines.size() > 1000);
        assertTrue(ms < 5000, ms + " ms");
        List<String> all = new ArrayList<>();
        for (TextLine l : lines) all.add(text(l));
        assertEquals(60_000, String.join(" ", all).split(" +").length);
    }

    @Test
    void touchingSpansThatOutgrowTheMeasureBreakBetweenThem() {
        // "see " then a link "doi:" then its text with no space: one unbreakable run of 26 chars (130 pt)
        Style link = BODY.withRgb(0x0000FF);
        List<Span> spans = List.of(new Span("see doi:", BODY, null, null, Span.Mode.PROSE),
                new Span("10.1016/0169-5347", link, "https://doi.org/x", null, Span.Mode.PROSE),
                new Span(").", BODY, null, null, Span.Mode.PROSE));
        for (Typesetter.Align a : Typesetter.Align.values()) {
            List<TextLine> lines = new Typesetter(metrics, Hyphenator.NONE).set(spans, 60, a);
            for (TextLine l : lines) assertTrue(right(l) <= 60.01f, a + ": " + text(l) + " ends at " + right(l));
            assertEquals("see doi:10.1016/0169-5347).", lines.stream().map(TypesetterTest::text).reduce("", String::concat).replace(" ", "").replace("see", "see "));
        }
    }

    @Test
    void aMeasureNarrowerThanACharacterSetsOneCharacterALine() {
        // 5 pt characters in a 3 pt cell: overhang is unavoidable, but by one character, not the word
        List<TextLine> lines = set("abcd", 3, Typesetter.Align.LEFT, Span.Mode.PROSE);
        assertEquals(List.of("a", "b", "c", "d"), lines.stream().map(TypesetterTest::text).toList());
    }

    @Test
    void cjkClosingPunctuationNeverStartsALine() {
        // ideographs break anywhere, but not before a stop or a closing bracket (kinsoku)
        String text = "\u8089\u3092\u304f\u308f\u3048\u305f\u3002\u300c\u30a6\u30a9\u30fc\u300d\u305d\u306e\u3068\u305f\u3093\u3001\u5ddd\u306e\u4e2d";
        for (float measure = 10; measure <= 60; measure += 5) {
            for (TextLine l : set(text, measure, Typesetter.Align.LEFT, Span.Mode.PROSE)) {
                String t = text(l);
                assertFalse(!t.isEmpty() && Typesetter.noLineStart(t.codePointAt(0)), "line starts with " + t + " at " + measure);
            }
        }
    }

    /** A fake font with every character: ideographs and full-width punctuation one em wide, the rest half an em. */
    private static final FontMetrics CJK = new FontMetrics() {
        @Override public boolean covers(Face face, int cp) { return true; }
        @Override public float advance(Face face, int cp) { return cp >= 0x2E80 ? 1f : 0.5f; }
        @Override public float ascent(Face face) { return 0.8f; }
        @Override public float descent(Face face) { return 0.2f; }
    };

    private static List<TextLine> setCjk(String text, float measure) {
        return new Typesetter(CJK, Hyphenator.NONE).set(List.of(new Span(text, BODY, null, null, Span.Mode.PROSE)), measure,
                Typesetter.Align.JUSTIFY);
    }

    /**
     * Justified Chinese had ragged lines, and a first line could end half-way ("一个约定，...；一段"
     * then a full line): with no spaces, every line was equally "underfull" to the optimiser. Now
     * the characters spread to the right margin on every line but the last.
     */
    @Test
    void justifiedCjkLinesAreFlushWithTheMargin() {
        StringBuilder sb = new StringBuilder();
        String chars = "\u4e00\u4e2a\u7ea6\u5b9a\u4fe1\u5b88\u5e74\u611f\u4eba\u81f3\u6df1\u4e00\u6bb5\u771f\u60c5";
        for (int i = 0; i < 30; i++) sb.append(chars).append(i % 3 == 0 ? "\u3002" : "\uff0c");
        for (float measure : new float[] {403, 447, 481}) {
            List<TextLine> lines = setCjk(sb.toString(), measure);
            assertTrue(lines.size() > 3);
            for (int i = 0; i < lines.size() - 1; i++) {
                TextLine l = lines.get(i);
                assertEquals(measure, right(l), 0.05f, "line " + i + " at " + measure + ": " + text(l));
                assertEquals(measure, l.width(), 0.05f);
            }
        }
    }

    @Test
    void cjkOpeningBracketsNeverEndALine() {
        String text = "\u8a71\u5287\u300a\u7d04\u5b9a\u7121\u671f\u9650\u300b\u5168\u7701\u5404\u5e02\u300c\u5de1\u6f14\u300d\u6d3b\u52d5"
                + "\u6b32\u5f35\u308a\uff1c\u798f\u5a18\u7ae5\u8a71\u96c6\uff1e\u5143\u65e6"; // ...＜福娘童話集＞...
        for (float measure = 10; measure <= 60; measure += 5) {
            for (TextLine l : setCjk(text, measure)) {
                String t = text(l);
                assertFalse(t.length() > 1 && Typesetter.noLineEnd(t.codePointBefore(t.length())), "line ends with " + t + " at " + measure);
                assertFalse(t.startsWith("\uff1e"), "line starts with " + t + " at " + measure);
            }
        }
    }

    /**
     * Hebrew was drawn in logical order, left to right: every word read backwards (ירושלים as
     * םילשורי). Now a right-to-left paragraph's words are ordered from the right, each drawn with its
     * letters reversed, and a left-to-right run inside keeps its own order.
     */
    @Test
    void hebrewWordsAreDrawnRightToLeftWithLatinRunsKeptInOrder() {
        Typesetter ts = new Typesetter(CJK, Hyphenator.NONE).rightToLeft(true);
        List<TextLine> lines = ts.set(List.of(new Span("\u05D0\u05D1\u05D2 \u05D3\u05D4 in 2020 \u05D5\u05D6.", BODY, null, null,
                Span.Mode.PROSE)), 500, Typesetter.Align.LEFT);
        assertEquals(1, lines.size());
        String visual = leftToRight(lines.get(0));
        // drawn left to right: the last word first (period at its left end), the English run in order, the first word last
        assertEquals(".\u05D6\u05D5 in 2020 \u05D4\u05D3 \u05D2\u05D1\u05D0", visual.strip());
        // ragged right-to-left text sits against the right margin
        assertEquals(500, right(lines.get(0)), 0.5f);
    }

    /**
     * A bracket standing as its own unit between right-to-left words (as hyphenation and the note
     * splitter leave it) was drawn unmirrored, so "(2023)" in an Arabic sentence printed as ")2023(".
     * A unit the bidi algorithm sets right to left is now mirrored whatever letters it has.
     */
    @Test
    void bracketsAloneBetweenRightToLeftWordsAreMirrored() {
        Typesetter ts = new Typesetter(CJK, Hyphenator.NONE).rightToLeft(true);
        List<TextLine> lines = ts.set(List.of(
                new Span("\u05D0\u05D1 ", BODY, null, null, Span.Mode.PROSE),
                new Span("(", BODY, null, null, Span.Mode.PROSE),
                new Span("\u0662\u0660\u0662\u0663", BODY, null, null, Span.Mode.PROSE),
                new Span(")", BODY, null, null, Span.Mode.PROSE),
                new Span(" \u05D2\u05D3", BODY, null, null, Span.Mode.PROSE)), 500, Typesetter.Align.LEFT);
        assertEquals(1, lines.size());
        String visual = leftToRight(lines.get(0));
        // left to right on paper: the last word, then the year in its brackets facing it, then the first word
        assertEquals("\u05D3\u05D2 (\u0662\u0660\u0662\u0663) \u05D1\u05D0", visual.strip());
    }

    @Test
    void arabicLettersTakeTheirJoinedForms() {
        // س ل ا م: seen initial, lam-alef final ligature, meem isolated
        assertEquals("\uFEB3\uFEFC\uFEE1", ArabicShaping.shape("\u0633\u0644\u0627\u0645"));
        // ب ي ت: beh initial, yeh medial, teh final; a vowel mark between letters does not break the join
        assertEquals("\uFE91\u064E\uFEF4\uFE96", ArabicShaping.shape("\u0628\u064E\u064A\u062A"));
        // a non-joining letter (dal) ends the join: د ب -> dal isolated, beh isolated
        assertEquals("\uFEA9\uFE8F", ArabicShaping.shape("\u062F\u0628"));
        assertEquals("Latin only", ArabicShaping.shape("Latin only"));
    }
}
