package dev.offprint.render.pdf;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Article;
import dev.offprint.model.Media;
import dev.offprint.render.RenderContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }

    static void assertInOrder(String text, String... parts) {
        int at = 0;
        for (String p : parts) {
            int i = text.indexOf(p, at);
            assertTrue(i >= 0, () -> "missing, or out of order: \"" + p + "\" after offset " + " in\n" + text);
            at = i + p.length();
        }
    }

    static List<String> outline(PDDocument doc) {
        List<String> out = new ArrayList<>();
        PDOutlineNode root = doc.getDocumentCatalog().getDocumentOutline();
        if (root != null) walk(root, out, 0);
        return out;
    }

    private static void walk(PDOutlineNode node, List<String> out, int depth) {
        for (PDOutlineItem it : node.children()) {
            out.add("  ".repeat(depth) + it.getTitle());
            walk(it, out, depth + 1);
        }
    }

    static List<String> linkUris(PDDocument doc) throws IOException {
        List<String> out = new ArrayList<>();
        for (PDPage p : doc.getPages()) {
            for (PDAnnotation a : p.getAnnotations()) {
                if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u) out.add(u.getURI());
            }
        }
        return out;
    }

    @Test
    void kitchenSinkExtractsEveryParagraphInReadingOrder() throws IOException {
        RenderContext ctx = new RenderContext(TestArticles.CONVERTED);
        byte[] pdf = TestArticles.render(PdfOptions.defaults().withHyphenate(false).withFootnotes(PdfOptions.Footnotes.END), TestArticles.kitchenSink(), TestArticles.kitchenMedia(), ctx);
        TestArticles.keep("kitchen-sink.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String t = text(doc);
            assertInOrder(t, "Every Node: A Test Article", "With a subtitle", "By Ada Lovelace and Charles Babbage",
                    "Example Journal", "Published\u00A01\u00A0March\u00A02018", "Updated\u00A013\u00A0March\u00A02018", "https://example.org/articles/kitchen-sink",
                    "Plain, emphasised, strong, struck, code(), a link1, H2O, E=mc2, an icon , a footnote2 and a citation[1]",
                    "after a line break.", "Lists and quotes", "First bullet", "Second bullet", "3. Nested three", "4. Nested four",
                    "A quoted sentence.", "Someone Famous", "Term", "Its definition.", "Figures, tables and code",
                    "A caption for the figure.", "Photo: Example", "A small table", "Name", "Value", "alpha", "1", "beta spans",
                    "class A {", "int x = 1;", "}", "A video", "https://video.example.org/v/123", "The end.",
                    "References", "[1]", "Lovelace A, Babbage C. Notes on the engine. J Anal Eng. 1843;1(1):1-10.",
                    "[2]", "An unparsed reference string, 2001.",
                    "Links", "1.", "https://example.org/linked",
                    "Notes", "2.", "The footnote's text.",
                    "Source", "URL", "https://example.org/articles/kitchen-sink", "Publisher", "Example Journal (Example Press)",
                    "Published", "2018-03-01", "Modified", "2018-03-13", "Captured", "2026-11-26T10:00:00Z",
                    "Converted", "2026-11-26T12:00:00Z");
            assertInOrder(t, "Page 1 of " + doc.getNumberOfPages(), "Page " + doc.getNumberOfPages() + " of " + doc.getNumberOfPages());
            assertEquals(List.of("Every Node: A Test Article", "Lists and quotes", "  Figures, tables and code",
                    "References", "Links", "Notes", "Source"), outline(doc));
            List<String> uris = linkUris(doc);
            assertTrue(uris.contains("https://example.org/linked"), uris::toString);
            assertTrue(uris.contains("https://video.example.org/v/123"), uris::toString);
            assertTrue(uris.contains(TestArticles.kitchenSink().metadata().url()), uris::toString);
            PDPage first = doc.getPage(0);
            assertEquals(595.28f, first.getMediaBox().getWidth(), 0.1f);
            assertEquals(841.89f, first.getMediaBox().getHeight(), 0.1f);
            for (PDPage p : doc.getPages()) {
                for (var name : p.getResources().getFontNames()) {
                    var font = p.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVu.*"), "subset: " + font.getName());
                }
            }
            int images = 0;
            for (var name : first.getResources().getXObjectNames()) {
                if (first.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) images++;
            }
            assertEquals(2, images, "the figure and the inline icon");
            List<String> pagination = new ArrayList<>();
            var props = doc.getPage(1).getResources().getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.PROPERTIES);
            for (var key : props.keySet()) {
                var d = props.getCOSDictionary(key);
                if ("Pagination".equals(d.getNameAsString(org.apache.pdfbox.cos.COSName.TYPE))) {
                    pagination.add(d.getNameAsString(org.apache.pdfbox.cos.COSName.SUBTYPE));
                }
            }
            assertTrue(pagination.contains("Header") && pagination.contains("Footer"),
                    "running head and page number are pagination artifacts: " + pagination);
            var info = doc.getDocumentInformation();
            assertEquals("Every Node: A Test Article", info.getTitle());
            assertEquals("Ada Lovelace, Charles Babbage", info.getAuthor());
            assertEquals("offprint", info.getCreator());
            assertEquals("offprint", info.getProducer());
            assertEquals("testing, model", info.getKeywords());
            assertEquals(2018, info.getCreationDate().get(java.util.Calendar.YEAR));
        }
        assertTrue(ctx.diagnostics().isEmpty(), ctx.diagnostics()::toString);
    }

    @Test
    void letterPagesAreUsLetter() throws IOException {
        byte[] pdf = TestArticles.render(PdfOptions.defaults().withPageSize(PdfOptions.PageSize.LETTER),
                TestArticles.kitchenSink(), TestArticles.kitchenMedia(), new RenderContext(TestArticles.CONVERTED));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), 0.1f);
            assertEquals(792f, doc.getPage(0).getMediaBox().getHeight(), 0.1f);
        }
    }

    @Test
    void aMissingFigureRendersItsAltTextAndReportsIt() throws IOException {
        RenderContext ctx = new RenderContext(TestArticles.CONVERTED);
        byte[] pdf = TestArticles.render(PdfOptions.defaults(), TestArticles.kitchenSink(), Media.empty(), ctx);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertInOrder(text(doc), "an icon [star]", "[Image: A red square]", "A caption for the figure.");
        }
        assertTrue(ctx.diagnostics().stream().anyMatch(d -> d.code().equals("image-missing")
                && d.message().contains("https://example.org/icon.png")), ctx.diagnostics()::toString);
        assertTrue(ctx.diagnostics().stream().anyMatch(d -> d.code().equals("image-missing")
                && d.message().contains("https://example.org/figure.png")), ctx.diagnostics()::toString);
    }

    @Test
    void sameInputGivesTheSameBytes() {
        Article a = TestArticles.kitchenSink();
        byte[] one = TestArticles.render(PdfOptions.defaults(), a, TestArticles.kitchenMedia(), new RenderContext(TestArticles.CONVERTED));
        byte[] two = TestArticles.render(PdfOptions.defaults(), a, TestArticles.kitchenMedia(), new RenderContext(TestArticles.CONVERTED));
        assertArrayEquals(one, two);
        byte[] later = TestArticles.render(PdfOptions.defaults(), a, TestArticles.kitchenMedia(),
                new RenderContext(TestArticles.CONVERTED.plusSeconds(60)));
        assertFalse(java.util.Arrays.equals(one, later), "the conversion date is printed, so the bytes differ");
    }

    @Test
    void linkNotesNoneDropsTheNumbersAndTheLinksSection() throws IOException {
        byte[] pdf = TestArticles.render(PdfOptions.defaults().withLinkNotes(PdfOptions.LinkNotes.NONE),
                TestArticles.kitchenSink(), TestArticles.kitchenMedia(), new RenderContext(TestArticles.CONVERTED));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String t = text(doc);
            assertTrue(t.contains("a link, H2O"), t);
            assertFalse(outline(doc).contains("Links"));
            assertTrue(linkUris(doc).contains("https://example.org/linked"));
        }
    }

    @Test
    void aLongArticleRendersAHundredPagesWithItsOutlineAndLinks() throws IOException {
        Article a = TestArticles.longArticle(LONG_SECTIONS);
        long t0 = System.nanoTime();
        byte[] pdf = TestArticles.render(PdfOptions.defaults(), a, Media.empty(), new RenderContext(TestArticles.CONVERTED));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        TestArticles.keep("long.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 95 && pages <= 130, "pages " + pages);
            List<String> outline = outline(doc);
            assertTrue(outline.contains("Section " + LONG_SECTIONS), outline::toString);
            assertTrue(outline.contains("  Subsection 3.1"), outline::toString);
            long links = linkUris(doc).stream().filter(u -> u.startsWith("https://example.org/long/path/")).count();
            assertTrue(links >= 2L * LONG_SECTIONS, "links " + links); // in the text and in the Links section
            String last = new PDFTextStripper() {{ setStartPage(pages); setEndPage(pages); }}.getText(doc);
            assertTrue(last.contains("Page " + pages + " of " + pages), last);
        }
        assertTrue(ms < 20_000, ms + " ms");
    }

    @Test
    void theFirstPageCarriesAReadableQrCodeOfTheSourceUrl() throws Exception {
        byte[] pdf = TestArticles.render(PdfOptions.defaults(), TestArticles.kitchenSink(), TestArticles.kitchenMedia(),
                new RenderContext(TestArticles.CONVERTED));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage img = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 150,
                    org.apache.pdfbox.rendering.ImageType.RGB);
            int w = img.getWidth(), h = img.getHeight();
            int[] px = img.getRGB(0, 0, w, h, null, 0, w);
            var source = new com.google.zxing.RGBLuminanceSource(w, h, px);
            var result = new com.google.zxing.qrcode.QRCodeReader().decode(
                    new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(source)));
            assertEquals(TestArticles.kitchenSink().metadata().url(), result.getText());
        }
    }

    @Test
    void footnotesGoToTheFootOfThePageThatCitesThem() throws IOException {
        byte[] pdf = TestArticles.render(PdfOptions.defaults(), TestArticles.kitchenSink(), TestArticles.kitchenMedia(),
                new RenderContext(TestArticles.CONVERTED));
        TestArticles.keep("kitchen-sink-footnotes.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String first = new PDFTextStripper() {{ setStartPage(1); setEndPage(1); }}.getText(doc).replaceAll("\\s+", " ");
            assertInOrder(first, "a footnote2 and a citation[1]", "2. The footnote's text.", "Page 1 of");
            assertFalse(outline(doc).contains("Notes"), outline(doc)::toString);
            assertEquals(1, text(doc).split("The footnote's text", -1).length - 1, "set once");
        }
    }

    @Test
    void twoColumnsReadLeftColumnThenRight() throws IOException {
        Article a = TestArticles.longArticle(12);
        byte[] pdf = TestArticles.render(PdfOptions.defaults().withColumns(2), a, Media.empty(), new RenderContext(TestArticles.CONVERTED));
        TestArticles.keep("two-columns.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String[] sections = new String[12];
            for (int i = 0; i < 12; i++) sections[i] = "Section " + (i + 1) + " ";
            assertInOrder(text(doc), sections);
            // the right column holds text: some glyph starts past the middle of page two
            float[] maxX = {0};
            new PDFTextStripper() {
                {
                    setStartPage(2);
                    setEndPage(2);
                }

                @Override
                protected void writeString(String t, List<org.apache.pdfbox.text.TextPosition> ps) {
                    for (var p : ps) maxX[0] = Math.max(maxX[0], p.getXDirAdj());
                }
            }.getText(doc);
            assertTrue(maxX[0] > doc.getPage(1).getMediaBox().getWidth() / 2 + 20, "x " + maxX[0]);
        }
    }

    @Test
    void threadsRenderingAtOnceGiveTheSameBytesAsOneThread() throws Exception {
        Article a = TestArticles.longArticle(8);
        byte[] expected = TestArticles.render(PdfOptions.defaults(), a, TestArticles.kitchenMedia(), new RenderContext(TestArticles.CONVERTED));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> TestArticles.render(PdfOptions.defaults(), a, TestArticles.kitchenMedia(),
                        new RenderContext(TestArticles.CONVERTED))));
            }
            for (var f : results) assertArrayEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEachPageAsAnArtifact() throws IOException {
        List<dev.offprint.model.Block.Row> rows = new ArrayList<>();
        for (int r = 0; r < 120; r++) {
            rows.add(new dev.offprint.model.Block.Row(List.of(
                    new dev.offprint.model.Block.Cell(List.of(new dev.offprint.model.Inline.Text("row " + r)), false, 1, 1),
                    new dev.offprint.model.Block.Cell(List.of(new dev.offprint.model.Inline.Text("value " + r)), false, 1, 1))));
        }
        var header = List.of(new dev.offprint.model.Block.Row(List.of(
                new dev.offprint.model.Block.Cell(List.of(new dev.offprint.model.Inline.Text("Key")), true, 1, 1),
                new dev.offprint.model.Block.Cell(List.of(new dev.offprint.model.Inline.Text("Amount")), true, 1, 1))));
        Article a = new Article(dev.offprint.model.Metadata.empty().withTitle("Table"),
                List.of(new dev.offprint.model.Block.Table(List.of(), header, rows)), List.of(), List.of(), List.of(), null);
        byte[] pdf = TestArticles.render(PdfOptions.defaults(), a, Media.empty(), new RenderContext(TestArticles.CONVERTED));
        TestArticles.keep("long-table.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 3);
            for (int p = 2; p <= doc.getNumberOfPages() - 1; p++) {
                int page = p;
                String t = new PDFTextStripper() {{ setStartPage(page); setEndPage(page); }}.getText(doc).replaceAll("\\s+", " ");
                assertInOrder(t, "Table", "Key Amount", "row ");
            }
            // the repeats are artifacts: the structure holds the two header cells once
            int[] th = {0};
            java.util.ArrayDeque<Object> stack = new java.util.ArrayDeque<>(doc.getDocumentCatalog().getStructureTreeRoot().getKids());
            while (!stack.isEmpty()) {
                Object o = stack.pop();
                if (o instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                    if ("TH".equals(e.getStructureType())) th[0]++;
                    stack.addAll(e.getKids());
                }
            }
            assertEquals(2, th[0]);
        }
    }

    static final int LONG_SECTIONS = 150;

    static boolean hasCode(List<Diagnostic> ds, String code) {
        return ds.stream().anyMatch(d -> d.code().equals(code));
    }
}
