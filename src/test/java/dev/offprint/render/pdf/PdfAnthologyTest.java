package dev.offprint.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.offprint.batch.BundleJob;
import dev.offprint.batch.ConvertRequest;
import dev.offprint.diag.OffprintException;
import dev.offprint.model.Article;
import dev.offprint.model.Media;
import dev.offprint.render.Format;
import dev.offprint.render.RenderContext;
import dev.offprint.transform.LinksAsNotes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Many articles as one PDF: front matter, numbered contents, chapters with their own appendices, outline, conformance. */
class PdfAnthologyTest {

    static final String A = "Alpha: the kitchen sink";
    static final String B = "A Long Synthetic Article for Pagination";
    static final String C = "Gamma: the kitchen sink again";

    static List<Article> articles;
    static List<Media> media;
    static byte[] pdf;

    @BeforeAll
    static void render() {
        Article ks = new LinksAsNotes().apply(TestArticles.kitchenSink());
        articles = List.of(ks.withMetadata(ks.metadata().withTitle(A)), new LinksAsNotes().apply(TestArticles.longArticle(5)),
                ks.withMetadata(ks.metadata().withTitle(C)));
        // the third chapter uses the same srcs as the first without their images: a missing image of
        // one chapter must not be filled in from another's
        media = List.of(TestArticles.kitchenMedia(), Media.empty(), Media.empty());
        pdf = render(articles, media);
        TestArticles.keep("anthology.pdf", pdf);
    }

    static byte[] render(List<Article> as, List<Media> ms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfAnthology(PdfOptions.defaults()).render("Reading pack: three articles", as, ms,
                    new RenderContext(TestArticles.CONVERTED), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void theOutlineHasOneTopLevelEntryPerArticleWithItsHeadingsBeneath() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDOutlineItem> top = new ArrayList<>();
            for (PDOutlineItem it : doc.getDocumentCatalog().getDocumentOutline().children()) top.add(it);
            assertEquals(List.of(A, B, C), top.stream().map(PDOutlineItem::getTitle).toList(),
                    PdfRendererTest.outline(doc).toString());
            for (PDOutlineItem it : top) {
                List<String> kids = new ArrayList<>();
                for (PDOutlineItem k : it.children()) kids.add(k.getTitle());
                assertTrue(kids.contains("References") && kids.contains("Source"), it.getTitle() + ": " + kids);
            }
            List<String> longKids = new ArrayList<>();
            for (PDOutlineItem k : top.get(1).children()) longKids.add(k.getTitle());
            assertTrue(longKids.containsAll(List.of("Section 1", "Section 5", "Links")), longKids.toString());
        }
    }

    @Test
    void theContentsGivesThePageEachArticleStartsOn() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(2);
            String front = s.getText(doc).replaceAll("\\s+", " ");
            PdfRendererTest.assertInOrder(front, "Reading pack: three articles", "An anthology of 3 articles",
                    "Converted 26 November 2026", A, B, C, "Contents", A, B, C);
            int i = 0;
            List<Integer> starts = new ArrayList<>();
            for (PDOutlineItem it : doc.getDocumentCatalog().getDocumentOutline().children()) {
                int page = doc.getPages().indexOf(((PDPageDestination) it.getDestination()).getPage()) + 1;
                String title = List.of(A, B, C).get(i++);
                int at = front.indexOf(title, front.indexOf("Contents"));
                Matcher m = Pattern.compile("(\\d+) ").matcher(front.substring(at) + " ");
                // the entry is "title · site N": the first number after the title is its page
                assertTrue(m.find(), front);
                assertEquals(page, Integer.parseInt(m.group(1)), title + " in " + front);
                assertTrue(page > 2, "chapters follow the front matter");
                starts.add(page);
            }
            // the contents entries are links to those pages (title and number: two or more annotations each)
            List<Integer> targets = new ArrayList<>();
            for (PDAnnotation a : doc.getPage(1).getAnnotations()) {
                if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionGoTo g) {
                    int target = doc.getPages().indexOf(((PDPageDestination) g.getDestination()).getPage()) + 1;
                    if (targets.isEmpty() || targets.get(targets.size() - 1) != target) targets.add(target);
                    assertTrue(l.getContents().endsWith(", page " + target), l.getContents());
                }
            }
            assertEquals(starts, targets);
        }
    }

    @Test
    void eachChapterHasItsTitleAndItsOwnAppendixInReadingOrder() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(3);
            String body = s.getText(doc).replaceAll("\\s+", " ");
            PdfRendererTest.assertInOrder(body, A, "References", "Links", "Source", B, "Section 1", "References", "Links",
                    "Source", C, "References", "Links", "Source");
            // link numbers restart per chapter: the first and third chapters are the same article
            assertEquals(section(body, A, "Links", "Source"), section(body, C, "Links", "Source"));
            assertTrue(body.contains("Page 3 of " + doc.getNumberOfPages()), "pages are numbered through the book");
        }
    }

    private static String section(String text, String after, String from, String to) {
        int a = text.indexOf(after);
        int f = text.indexOf(from, a);
        return text.substring(f, text.indexOf(to, f));
    }

    @Test
    void sameInputSameBytes() {
        assertArrayEquals(pdf, render(articles, media));
    }

    @Test
    void isPdfA2uAndPdfUa1() throws Exception {
        List<String> a = VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U);
        List<String> ua = VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1);
        assertTrue(a.isEmpty() && ua.isEmpty(), "PDF/A-2u: " + a + "\nPDF/UA-1: " + ua);
    }

    @Test
    void twoColumnLetterChaptersStillConform() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfAnthology(PdfOptions.defaults().withColumns(2).withPageSize(PdfOptions.PageSize.LETTER))
                .render("Two columns", articles, media, new RenderContext(TestArticles.CONVERTED), out);
        byte[] two = out.toByteArray();
        try (PDDocument doc = Loader.loadPDF(two)) {
            assertEquals(792f, doc.getPage(0).getMediaBox().getHeight(), 0.5f);
            int n = 0;
            for (PDOutlineItem it : doc.getDocumentCatalog().getDocumentOutline().children()) n++;
            assertEquals(3, n);
        }
        List<String> a = VeraPdf.failures(two, PDFAFlavour.PDFA_2_U);
        List<String> ua = VeraPdf.failures(two, PDFAFlavour.PDFUA_1);
        assertTrue(a.isEmpty() && ua.isEmpty(), "PDF/A-2u: " + a + "\nPDF/UA-1: " + ua);
    }

    @Test
    void imagesOfDifferentChaptersWithTheSameSrcStayApart() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int first = 0, third = 0;
            List<PDOutlineItem> top = new ArrayList<>();
            for (PDOutlineItem it : doc.getDocumentCatalog().getDocumentOutline().children()) top.add(it);
            int cStart = doc.getPages().indexOf(((PDPageDestination) top.get(2).getDestination()).getPage());
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                var res = doc.getPage(p).getResources();
                int n = 0;
                for (var name : res.getXObjectNames()) if (res.isImageXObject(name)) n++;
                if (p < cStart) first += n;
                else third += n;
            }
            assertTrue(first > 0, "the first chapter draws its images");
            assertEquals(0, third, "the third chapter has no media, so it draws none");
        }
    }

    @Test
    void equalSrcsWithOtherPicturesStayApartAndEqualPicturesAreStoredOnce() throws IOException {
        Media other = new Media(java.util.Map.of(
                "https://example.org/figure.png", new Media.Item(TestArticles.png(400, 300, java.awt.Color.BLUE, false), "image/png", 400, 300),
                "https://example.org/icon.png", new Media.Item(TestArticles.png(16, 16, java.awt.Color.GREEN, true), "image/png", 16, 16)));
        List<Article> two = List.of(articles.get(0), articles.get(2));
        assertEquals(4, imageObjects(render(two, List.of(TestArticles.kitchenMedia(), other))));
        assertEquals(2, imageObjects(render(two, List.of(TestArticles.kitchenMedia(), TestArticles.kitchenMedia()))));
    }

    /** The distinct image XObjects the pages draw. */
    private static int imageObjects(byte[] pdf) throws IOException {
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                var res = page.getResources();
                for (var name : res.getXObjectNames()) {
                    if (res.isImageXObject(name)) seen.add(res.getXObject(name).getCOSObject());
                }
            }
        }
        return seen.size();
    }

    @Test
    void badCallsAreRefusedWithACode() {
        OffprintException e = assertThrows(OffprintException.class, () -> new PdfAnthology(PdfOptions.defaults())
                .render("T", articles, List.of(Media.empty()), new RenderContext(TestArticles.CONVERTED), new ByteArrayOutputStream()));
        assertEquals("bad-input", e.code());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void aBundleOfRealPagesThroughThePipelineWritesAnEpubAndAConformingPdf(@TempDir Path tmp) throws Exception {
        Path src = Path.of("source");
        assumeTrue(Files.isRegularFile(src.resolve("jvm-benchmarks.html")), "the source pages are not here");
        List<String> inputs = List.of("cerebrolysin.html", "harbour-ferries.html", "jvm-benchmarks.html", "streuobstwiesen.html").stream()
                .map(n -> src.resolve(n).toString()).toList();
        ConvertRequest r = ConvertRequest.of(inputs, List.of(Format.PDF, Format.EPUB), tmp)
                .withTimeLimit(Duration.ofSeconds(60));
        BundleJob.Result res = new BundleJob(r, "Four real pages").run();
        assertEquals(List.of(), res.left());
        assertEquals(4, res.chapters());
        assertEquals(List.of("four-real-pages.epub", "four-real-pages.pdf"),
                res.outputs().stream().map(o -> o.path().getFileName().toString()).toList());
        byte[] book = Files.readAllBytes(res.outputs().get(1).path());
        TestArticles.keep("anthology-source.pdf", book);
        try (PDDocument doc = Loader.loadPDF(book)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem it : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(it.getTitle());
                assertTrue(it.children().iterator().hasNext(), it.getTitle() + " has its headings beneath");
            }
            assertEquals(4, titles.size(), titles.toString());
            // each chapter is an Art element in its own language
            var document = (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            List<String> langs = new ArrayList<>();
            for (Object k : document.getKids()) {
                if (k instanceof PDStructureElement e && "Art".equals(e.getStructureType())) langs.add(e.getLanguage().split("-")[0]);
            }
            assertEquals(List.of("en", "en", "en", "de"), langs);
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(3);
            String body = s.getText(doc).replaceAll("\\s+", " ");
            List<String> order = new ArrayList<>();
            for (String t : titles) order.addAll(List.of(t.replaceAll("\\s+", " "), "Source", "Converted"));
            PdfRendererTest.assertInOrder(body, order.toArray(String[]::new));
            assertTrue(body.contains("References"), "the pages' citations are in their chapters' appendices");
        }
        List<String> a = VeraPdf.failures(book, PDFAFlavour.PDFA_2_U);
        List<String> ua = VeraPdf.failures(book, PDFAFlavour.PDFUA_1);
        assertTrue(a.isEmpty() && ua.isEmpty(), "PDF/A-2u: " + a + "\nPDF/UA-1: " + ua);
    }
}
