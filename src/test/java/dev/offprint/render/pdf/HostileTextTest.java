package dev.offprint.render.pdf;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.ExtractionInfo;
import dev.offprint.model.Inline;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import dev.offprint.render.RenderContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** HOSTILE.md H26–H33 and H27: text that fonts reject, invisible characters, scripts DejaVu lacks, huge words. */
@Timeout(60)
class HostileTextTest {

    private static Article article(String title, Block... blocks) {
        return new Article(Metadata.empty().withTitle(title), List.of(blocks), List.of(), List.of(), List.of(), ExtractionInfo.unknown());
    }

    private static Block.Paragraph p(String text) { return new Block.Paragraph(List.of(new Inline.Text(text))); }

    private static String render(Article a, RenderContext ctx) throws IOException {
        byte[] pdf = TestArticles.render(PdfOptions.defaults(), a, Media.empty(), ctx);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return PdfRendererTest.text(doc);
        }
    }

    @Test
    void controlsThatFontsRejectAreExpandedOrBrokenNeverThrown() throws IOException {
        String h28 = "a\tb\nc\rd\u000Be\u000Cf\u2028g\u2029h";
        RenderContext ctx = new RenderContext(TestArticles.CONVERTED);
        String t = render(article("H28", p(h28), new Block.CodeBlock("", h28 + "\u0000\u0007\u009F")), ctx);
        assertTrue(t.contains("a b c d e f g h"), t);
        assertTrue(t.contains("a b c d e f g h"), t); // the code block: tab expanded, each break a line
        assertFalse(PdfRendererTest.hasCode(ctx.diagnostics(), "glyph-substituted"), ctx.diagnostics()::toString);
    }

    @Test
    void zeroWidthAndInvisibleCharactersDrawNothingAndDoNotLoop() throws IOException {
        RenderContext ctx = new RenderContext(TestArticles.CONVERTED);
        String t = render(article("H29",
                p("zero\u200Bwidth non\u200Cjoin\u200Dzwj word\u2060joiner bom\uFEFFhere soft\u00ADhyphen vs\uFE0Fselector"),
                p("\u200B".repeat(100_000)),
                p("nul\u0000 bell\u0007 c1\u0085\u009B lone" + new String(new char[] {'\uD800'}) + "x" + new String(new char[] {'\uDC00'}) + " nonchar\uFFFE\uFFFF")), ctx);
        assertTrue(t.contains("zerowidth nonjoinzwj wordjoiner bomhere softhyphen vsselector"), t);
        assertTrue(t.contains("nul bell c1 lonex nonchar"), t);
        assertFalse(PdfRendererTest.hasCode(ctx.diagnostics(), "glyph-substituted"), ctx.diagnostics()::toString);
    }

    @Test
    void scriptsTheFontsLackAreSubstitutedVisiblyAndCounted() throws IOException {
        RenderContext ctx = new RenderContext(TestArticles.CONVERTED);
        String t = render(article("H30 H31",
                p("Arabic \u0645\u0631\u062D\u0628\u0627 Hebrew \u05E9\u05DC\u05D5\u05DD mixed abc \u05D0\u05D1\u05D2 123 def \u202Eoverride\u202C \u2066iso\u2069"),
                p("CJK \u4E2D\u6587\u6E2C\u8A66 emoji \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 flag \uD83C\uDDEB\uD83C\uDDF7 ext-b \uD840\uDC00 end")), ctx);
        assertTrue(t.contains("Hebrew \u05E9\u05DC\u05D5\u05DD") || t.contains("\u05DD\u05D5\u05DC\u05E9"), t);
        assertTrue(t.contains("CJK \uFFFD\uFFFD\uFFFD\uFFFD"), t);
        assertTrue(t.contains("end"), t);
        Diagnostic d = ctx.diagnostics().stream().filter(x -> x.code().equals("glyph-substituted")).findFirst().orElseThrow();
        // 4 CJK + 3 people + 2 regional indicators + 1 Ext-B = 10 (the joiners are dropped, not substituted)
        assertTrue(d.message().startsWith("10 "), d.message());
        assertTrue(PdfRendererTest.hasCode(ctx.diagnostics(), "rtl-logical-order"), "bidi is not claimed, and says so");
    }

    @Test
    void combiningStacksAndHugeWordsAreBoundedAndNeverOverfull() throws IOException {
        RenderContext ctx = new RenderContext(TestArticles.CONVERTED);
        String zalgo = "Z" + "\u0301\u0300\u0302".repeat(200) + "algo";
        String stack = "e" + "\u0301".repeat(100_000);
        String word = "x".repeat(200_000);
        String url = "https://example.org/" + "segment/".repeat(40) + "?q=" + "y".repeat(300);
        byte[] pdf = TestArticles.render(PdfOptions.defaults(),
                article("H27 H33", p(zalgo), p(stack), p(word), new Block.Paragraph(List.of(
                        new Inline.Link(url, "", List.of(new Inline.Text(url)))))), Media.empty(), ctx);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() < 200, "pages: " + doc.getNumberOfPages());
            String t = PdfRendererTest.text(doc).replace(" ", "");
            assertTrue(t.contains("x".repeat(2500)), "the long word is kept");
            assertTrue(t.contains("segment/segment/"));
        }
    }

    @Test
    void aTableCellHoldingAWholeArticleIsSplitAcrossPagesInsideTheMargins() throws IOException {
        String big = "word ".repeat(12_000) + "x".repeat(20_000);
        Block.Table t = new Block.Table(List.of(), List.of(new Block.Row(List.of(new Block.Cell(List.of(new Inline.Text("H")), true, 1, 1)))),
                List.of(new Block.Row(List.of(new Block.Cell(List.of(new Inline.Text(big)), false, 1, 1),
                        new Block.Cell(List.of(new Inline.Text("short")), false, 1, 1)))));
        RenderContext ctx = new RenderContext(TestArticles.CONVERTED);
        byte[] pdf = TestArticles.render(PdfOptions.defaults(), article("H23", t), Media.empty(), ctx);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 5, "pages " + doc.getNumberOfPages());
            float[] lowest = {0};
            float height = doc.getPage(1).getMediaBox().getHeight();
            new org.apache.pdfbox.text.PDFTextStripper() {
                { setStartPage(2); setEndPage(2); }
                @Override protected void writeString(String s, List<org.apache.pdfbox.text.TextPosition> ps) {
                    if (s.contains("word")) for (var p : ps) lowest[0] = Math.max(lowest[0], p.getYDirAdj());
                }
            }.getText(doc);
            assertTrue(lowest[0] < height - 60, "text stays above the bottom margin: " + lowest[0]);
        }
    }

    @Test
    void aMegabyteUrlAndNonAsciiUrlsStayBoundedAndNeverThrow() throws IOException {
        String huge = "https://example.org/" + "a".repeat(1_000_000);
        String unicode = "https://example.org/\u00FCn\u00EFc\u00F6de/\u4E2D?q=\u00E9";
        List<dev.offprint.model.Note> notes = List.of(
                new dev.offprint.model.Note("n1", dev.offprint.model.Note.Kind.LINK, List.of(), huge),
                new dev.offprint.model.Note("n2", dev.offprint.model.Note.Kind.LINK, List.of(), unicode));
        Article a = new Article(Metadata.empty().withTitle("H27 URL").withUrl(huge), List.of(new Block.Paragraph(List.of(
                new Inline.Link(huge, "", List.of(new Inline.Text("huge"))), new Inline.NoteRef("n1"), new Inline.Text(" and "),
                new Inline.Link(unicode, "", List.of(new Inline.Text("unicode"))), new Inline.NoteRef("n2")))),
                List.of(), notes, List.of(), ExtractionInfo.unknown());
        RenderContext ctx = new RenderContext(TestArticles.CONVERTED);
        byte[] pdf = TestArticles.render(PdfOptions.defaults(), a, Media.empty(), ctx);
        assertTrue(pdf.length < 2_000_000, "bytes " + pdf.length);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() < 10, "pages " + doc.getNumberOfPages());
            String t = PdfRendererTest.text(doc);
            assertTrue(t.contains("more characters)"), "the printed URL says it was shortened");
            List<String> uris = PdfRendererTest.linkUris(doc);
            assertTrue(uris.contains("https://example.org/%C3%BCn%C3%AFc%C3%B6de/%E4%B8%AD?q=%C3%A9"),
                    () -> "the unicode link is clickable, percent-encoded: " + uris);
        }
    }

    @Test
    void absurdMetadataDoesNotBreakTheDocumentInformation() throws IOException {
        Metadata m = new Metadata("T\u0000itle\u202E", null, List.of("A\u0007uthor"), null, null, "javascript:alert(1)",
                "+999999999-12-31", "2018-02-30", "not a date", "not a language!", "rtl", "d\uFFFEesc", List.of("k\u0000w"), null);
        Article a = new Article(m, List.of(p("body")), List.of(), List.of(), List.of(), ExtractionInfo.unknown());
        byte[] pdf = TestArticles.render(PdfOptions.defaults(), a, Media.empty(), new RenderContext(TestArticles.CONVERTED));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("Title\u202E", doc.getDocumentInformation().getTitle());
            assertEquals(2026, doc.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR), "the conversion date");
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertTrue(PdfRendererTest.linkUris(doc).isEmpty(), "javascript: never becomes a link");
            assertFalse(PdfRendererTest.text(doc).contains("javascript"), "nor reaches the page");
        }
    }

    @Test
    void aSystemFallbackFontDrawsCjkInsteadOfSubstitutes() throws Exception {
        var font = PdfOptions.systemFallbackFont();
        org.junit.jupiter.api.Assumptions.assumeTrue(font.isPresent(), "no CJK fallback font on this machine (fonts-droid-fallback)");
        RenderContext ctx = new RenderContext(TestArticles.CONVERTED);
        Article a = article("CJK", p("Chinese \u4E2D\u6587\u6E2C\u8A66 Japanese \u3072\u3089\u304C\u306A end"));
        byte[] pdf = TestArticles.render(PdfOptions.defaults().withFallbackFont(font.get()), a, Media.empty(), ctx);
        assertFalse(PdfRendererTest.hasCode(ctx.diagnostics(), "glyph-substituted"), ctx.diagnostics()::toString);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(PdfRendererTest.text(doc).contains("\u4E2D\u6587\u6E2C\u8A66"), PdfRendererTest.text(doc));
            boolean embedded = false;
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                var f = doc.getPage(0).getResources().getFont(name);
                if (f.getName().contains("DroidSansFallback")) embedded = f.isEmbedded();
            }
            assertTrue(embedded, "the fallback font is embedded as a subset");
        }
        List<String> failures = new ArrayList<>(VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_U));
        failures.addAll(VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), failures);
    }

    @Test
    void aFallbackFontThatCannotBeReadIsAClearError() {
        var e = assertThrows(dev.offprint.diag.OffprintException.class, () -> TestArticles.render(
                PdfOptions.defaults().withFallbackFont(java.nio.file.Path.of("/nonexistent/font.ttf")),
                article("x", p("x")), Media.empty(), new RenderContext(TestArticles.CONVERTED)));
        assertEquals("font-unusable", e.code());
    }

    @Test
    void deeplyNestedListsQuotesAndInlinesNeverOverflowTheStack() throws IOException {
        Block deep = p("bottom of the lists");
        for (int i = 0; i < 3000; i++) {
            deep = i % 2 == 0 ? new Block.ListBlock(false, 1, List.of(List.of(deep))) : new Block.Quote(List.of(deep), List.of());
        }
        Inline in = new Inline.Text("bottom of the inlines");
        for (int i = 0; i < 100_000; i++) in = i % 2 == 0 ? new Inline.Emphasis(List.of(in)) : new Inline.Strong(List.of(in));
        RenderContext ctx = new RenderContext(TestArticles.CONVERTED);
        String t = render(article("H21 H22", deep, new Block.Paragraph(List.of(in))), ctx);
        assertTrue(t.contains("bottom of the lists"), t);
        assertTrue(t.contains("bottom of the inlines"), t);
    }
}
