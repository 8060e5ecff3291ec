package dev.offprint.render.epub;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Inline;
import dev.offprint.model.KitchenSink;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import dev.offprint.render.RenderContext;
import dev.offprint.render.html.HostileArticles;
import dev.offprint.render.html.XmlDocs;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.epub.EpubReader;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class EpubRendererTest {

    static final Instant T = Instant.parse("2026-11-26T12:00:00Z");
    static final String OPF_NS = "http://www.idpf.org/2007/opf";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    static byte[] epub(Article a, Media m, RenderContext ctx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubRenderer().render(a, m, ctx, out);
        return out.toByteArray();
    }

    /** The entries of a zip, in order. */
    static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) m.put(e.getName(), in.readAllBytes());
        }
        return m;
    }

    static void assertClean(byte[] epub, String what) throws Exception {
        EpubCheckOracle.Result r = EpubCheckOracle.check(epub);
        assertTrue(r.clean(), what + ": " + r);
    }

    /** Every entry name is offprint's own clean ASCII, and every XML entry parses with a hardened parser. */
    static void assertWellFormedPackage(Map<String, byte[]> entries) throws Exception {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            assertTrue(e.getKey().matches("mimetype|META-INF/container\\.xml|EPUB/[a-z]+\\.(opf|xhtml|ncx|css)|EPUB/images/([0-9a-f]{16}|cover)\\.(png|jpg|gif|svg)"),
                    "entry name " + e.getKey());
            assertTrue(e.getValue().length > 0, "empty entry " + e.getKey());
            if (e.getKey().matches(".*\\.(xml|opf|xhtml|ncx|svg)")) XmlDocs.parse(e.getValue());
        }
    }

    static Document opf(Map<String, byte[]> entries) throws Exception {
        return XmlDocs.parse(entries.get("EPUB/package.opf"));
    }

    static List<String> metaValues(Document opf, String property) {
        List<String> v = new ArrayList<>();
        NodeList metas = opf.getElementsByTagNameNS(OPF_NS, "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element m = (Element) metas.item(i);
            if (property.equals(m.getAttribute("property"))) v.add(m.getTextContent());
        }
        return v;
    }

    static String dc(Document opf, String name) {
        NodeList n = opf.getElementsByTagNameNS(DC_NS, name);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    /** Figures with their src and alt, for image tests. */
    static Article withFigures(List<String[]> figures) {
        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(2, List.of(new Inline.Text("Pictures")), "pictures"));
        for (String[] f : figures) {
            body.add(new Block.Figure(f[0], f[1], 0, 0, List.of(new Inline.Text("Caption of " + f[1])), List.of()));
        }
        Metadata m = Metadata.empty().withTitle("Images").withUrl("https://example.org/images");
        m = new Metadata(m.title(), null, List.of("A. Photographer"), "Pics", null, m.url(), "2020-02-02", null, null,
                "en", null, null, List.of(), null);
        return new Article(m, body, List.of(), List.of(), List.of(), null);
    }

    @Test
    void kitchenSinkPassesEpubCheckAndItsNavListsTheHeadings() throws Exception {
        byte[] b = epub(KitchenSink.article(), Media.empty(), new RenderContext(T));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/kitchen-sink.epub"), b);
        assertClean(b, "kitchen sink");
        Map<String, byte[]> entries = entries(b);
        assertWellFormedPackage(entries);
        String nav = new String(entries.get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        assertTrue(nav.contains("<a href=\"body.xhtml#lists-and-quotes\">Lists and quotes</a>"));
        assertTrue(nav.contains("<a href=\"body.xhtml#figures-tables-and-code\">Figures, tables and code</a>"));
        // h3 nests under the h2 before it
        assertTrue(nav.indexOf("lists-and-quotes") < nav.indexOf("<ol>", nav.indexOf("lists-and-quotes")));
        assertTrue(nav.contains("epub:type=\"landmarks\"") && nav.contains("epub:type=\"bodymatter\""));
        String body = new String(entries.get("EPUB/body.xhtml"), StandardCharsets.UTF_8);
        assertTrue(body.contains("epub:type=\"noteref\" role=\"doc-noteref\""));
        String appendix = new String(entries.get("EPUB/appendix.xhtml"), StandardCharsets.UTF_8);
        assertTrue(appendix.contains("<aside id=\"note-1\" epub:type=\"footnote\" role=\"doc-footnote\""));
        assertTrue(appendix.contains("href=\"body.xhtml#noteref-1\" role=\"doc-backlink\""));
        assertTrue(appendix.contains("href=\"body.xhtml#cite-1-1\" role=\"doc-backlink\""));
        Document opf = opf(entries);
        assertEquals("2018-03-01", dc(opf, "date"));
        assertEquals(List.of("2018-03-13T00:00:00Z"), metaValues(opf, "dcterms:modified"));
        assertEquals("Example Press", dc(opf, "publisher"));
        assertEquals(KitchenSink.URL, dc(opf, "source"));
        assertEquals(List.of("aut", "aut"), metaValues(opf, "role"));
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().endsWith(".xhtml")) continue;
            Element root = XmlDocs.parse(e.getValue()).getDocumentElement();
            assertEquals("en", root.getAttribute("lang"), e.getKey());
            assertEquals("en", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"), e.getKey());
        }
    }

    @Test
    void anArticleWithNothingButTextPassesEpubCheck() throws Exception {
        Article bare = new Article(Metadata.empty(), List.of(new Block.Paragraph(List.of(new Inline.Text("Just text.")))),
                List.of(), List.of(), List.of(), null);
        RenderContext ctx = new RenderContext(T);
        byte[] b = epub(bare, Media.empty(), ctx);
        assertClean(b, "bare article");
        Map<String, byte[]> entries = entries(b);
        assertWellFormedPackage(entries);
        Document opf = opf(entries);
        assertEquals("Untitled article", dc(opf, "title"));
        assertEquals("und", dc(opf, "language"));
        assertNull(dc(opf, "creator"));
        assertNull(dc(opf, "date"));
        assertEquals(List.of("2026-11-26T12:00:00Z"), metaValues(opf, "dcterms:modified"), "modified falls back to the conversion time");
        assertTrue(metaValues(opf, "dcterms:conformsTo").isEmpty(), "no conformance claim without a language and a title");
        // an empty body gives a valid book too
        assertClean(epub(new Article(Metadata.empty(), List.of(), List.of(), List.of(), List.of(), null), Media.empty(),
                new RenderContext(T)), "empty body");
    }

    @Test
    void hostileStringsEverywhereStillGiveAValidBook() throws Exception {
        RenderContext ctx = new RenderContext(T);
        byte[] b = epub(HostileArticles.article(), Media.empty(), ctx);
        Files.write(Path.of("target/hostile.epub"), b);
        assertClean(b, "hostile article");
        Map<String, byte[]> entries = entries(b);
        assertWellFormedPackage(entries);
        for (byte[] v : entries.values()) {
            String s = new String(v, StandardCharsets.ISO_8859_1);
            assertFalse(s.contains("<script"), "script reached the book");
            assertFalse(s.contains("<evil"), "markup injected");
        }
        Document opf = opf(entries);
        assertTrue(dc(opf, "title").startsWith("</title><script>alert(1)</script> & \"q\" 'a' ]]> \uFFFD lone \uFFFD"), dc(opf, "title"));
        assertNull(dc(opf, "source"), "a javascript: address is no source");
    }

    @Test
    void aMegabyteTitleIsRenderedQuicklyAndValid() {
        // HOSTILE H18 (1 MB title) and H27 (a huge word): no quadratic wrapping, no hang
        String word = "x".repeat(1_000_000);
        String words = "word ".repeat(200_000);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            for (String title : List.of(word, words)) {
                Article a = new Article(Metadata.empty().withTitle(title),
                        List.of(new Block.Paragraph(List.of(new Inline.Text(title)))), List.of(), List.of(), List.of(), null);
                byte[] b = epub(a, Media.empty(), new RenderContext(T));
                Map<String, byte[]> entries = entries(b);
                assertWellFormedPackage(entries);
                assertTrue(dc(opf(entries), "title").length() >= 999_999);
            }
        });
    }

    @Test
    void oddButLegalModelShapesGiveAValidBook() throws Exception {
        // shapes met in real pages (readability corpus: archive-of-our-own): a term with no definition,
        // empty lists, rows without cells, a heading of only an image, an empty quote
        List<Block> body = List.of(
                new Block.DefinitionList(List.of(new Block.Definition(List.of(new Inline.Text("Term")), List.of()))),
                new Block.ListBlock(false, 1, List.of(List.of())),
                new Block.ListBlock(true, 1, List.of()),
                new Block.Table(List.of(), List.of(), List.of(new Block.Row(List.of()))),
                new Block.Heading(2, List.of(new Inline.Image("https://example.org/x.png", "")), "img-heading"),
                new Block.Quote(List.of(), List.of()),
                new Block.Paragraph(List.of()),
                new Block.Figure("https://example.org/y.png", "", 0, 0, List.of(), List.of()),
                new Block.CodeBlock("", ""));
        Article a = new Article(Metadata.empty().withTitle("Odd shapes"), body, List.of(), List.of(), List.of(), null);
        assertClean(epub(a, Media.empty(), new RenderContext(T)), "odd shapes");
    }

    @Test
    void deepNestingGivesAValidBook() throws Exception {
        byte[] b = epub(HostileArticles.deep(5_000), Media.empty(), new RenderContext(T));
        assertClean(b, "deep article");
    }

    @Test
    void imagesAreEmbeddedUnderHashNamesAndMissingOnesBecomeAltText() throws Exception {
        byte[] png = TestImages.raster("png", 40, 30, Color.RED);
        byte[] jpg = TestImages.raster("jpg", 64, 48, Color.BLUE);
        byte[] bmp = TestImages.raster("bmp", 8, 8, Color.GREEN);
        Map<String, Media.Item> items = new LinkedHashMap<>();
        items.put("https://example.org/../../evil name?.png", new Media.Item(png, "image/png", 40, 30));
        items.put("https://example.org/photo.jpg", new Media.Item(jpg, "image/jpeg", 64, 48));
        items.put("https://example.org/lying.jpg", new Media.Item(png, "image/jpeg", 40, 30)); // same bytes as the png
        items.put("https://example.org/old.bmp", new Media.Item(bmp, "image/bmp", 8, 8));
        items.put("https://example.org/ok.svg", new Media.Item(TestImages.svg("<rect width=\"20\" height=\"10\" fill=\"#c00\"/>"), "image/svg+xml", 20, 10));
        items.put("https://example.org/evil.svg", new Media.Item(TestImages.svg("<script>alert(1)</script>"), "image/svg+xml", 20, 10));
        items.put("https://example.org/xxe.svg", new Media.Item(("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>").getBytes(StandardCharsets.UTF_8), "image/svg+xml", 1, 1));
        items.put("https://example.org/bomb.png", new Media.Item(TestImages.pngBomb(20_000), "image/png", 20_000, 20_000));
        items.put("https://example.org/garbage.webp", new Media.Item("RIFF....WEBPVP8 garbage".getBytes(StandardCharsets.US_ASCII), "image/webp", 1, 1));
        List<String[]> figures = new ArrayList<>();
        for (String src : items.keySet()) figures.add(new String[] {src, "alt of " + src.substring(src.lastIndexOf('/') + 1)});
        figures.add(new String[] {"https://example.org/not-fetched.png", "never fetched"});
        RenderContext ctx = new RenderContext(T);
        byte[] b = epub(withFigures(figures), new Media(items), ctx);
        Files.write(Path.of("target/images.epub"), b);
        assertClean(b, "images");
        Map<String, byte[]> entries = entries(b);
        assertWellFormedPackage(entries);

        Set<String> images = new TreeSet<>();
        for (String name : entries.keySet()) if (name.startsWith("EPUB/images/") && !name.endsWith("cover.png")) images.add(name);
        // png (twice, same bytes: one file), jpg, bmp converted to png, safe svg
        assertEquals(4, images.size(), images.toString());
        assertTrue(images.contains("EPUB/images/" + Identifiers.shortHash(png) + ".png"));
        assertTrue(images.contains("EPUB/images/" + Identifiers.shortHash(jpg) + ".jpg"));
        assertEquals(1, images.stream().filter(n -> n.endsWith(".svg")).count());
        assertArrayEquals(png, entries.get("EPUB/images/" + Identifiers.shortHash(png) + ".png"), "kept as it was");

        // every manifest item has its file, and every file its manifest item
        Document opf = opf(entries);
        NodeList items_ = opf.getElementsByTagNameNS(OPF_NS, "item");
        Set<String> manifest = new TreeSet<>();
        for (int i = 0; i < items_.getLength(); i++) manifest.add("EPUB/" + ((Element) items_.item(i)).getAttribute("href"));
        Set<String> files = new TreeSet<>(entries.keySet());
        files.remove("mimetype");
        files.remove("META-INF/container.xml");
        files.remove("EPUB/package.opf");
        assertEquals(files, manifest);

        String body = new String(entries.get("EPUB/body.xhtml"), StandardCharsets.UTF_8);
        assertTrue(body.contains("<p class=\"alt\">never fetched</p>"));
        assertTrue(body.contains("<p class=\"alt\">alt of evil.svg</p>"));
        assertTrue(body.contains("<p class=\"alt\">alt of bomb.png</p>"));
        assertTrue(body.contains("<p class=\"alt\">alt of garbage.webp</p>"));
        assertTrue(body.contains("<p class=\"alt\">alt of xxe.svg</p>"));
        assertTrue(body.contains("width=\"64\" height=\"48\""), "pixel size from the image");
        List<String> warnings = ctx.diagnostics().stream().map(Diagnostic::toString).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("image-missing") && w.contains("not-fetched.png")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("image-unusable") && w.contains("bomb.png") && w.contains("20000x20000")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("image-unusable") && w.contains("evil.svg")), warnings.toString());
        assertEquals(List.of("textual", "visual"), metaValues(opf, "schema:accessMode"));
        assertTrue(metaValues(opf, "schema:accessibilityFeature").contains("alternativeText"));
    }

    @Test
    void accessibilityMetadataFollowsTheContent() throws Exception {
        byte[] png = TestImages.raster("png", 10, 10, Color.RED);
        Media media = new Media(Map.of("https://example.org/a.png", new Media.Item(png, "image/png", 10, 10)));
        List<String[]> noAlt = new ArrayList<>();
        noAlt.add(new String[] {"https://example.org/a.png", ""});
        Map<String, byte[]> entries = entries(epub(withFigures(noAlt), media, new RenderContext(T)));
        Document opf = opf(entries);
        assertFalse(metaValues(opf, "schema:accessibilityFeature").contains("alternativeText"));
        assertEquals(List.of("textual,visual"), metaValues(opf, "schema:accessModeSufficient"));
        assertTrue(metaValues(opf, "dcterms:conformsTo").isEmpty(), "no claim with an image lacking alt text");
        assertTrue(metaValues(opf, "schema:accessibilitySummary").get(0).contains("Some images have no text alternative"));

        // and the claims of the kitchen sink, checked against its content documents
        entries = entries(epub(KitchenSink.article(), Media.empty(), new RenderContext(T)));
        opf = opf(entries);
        int imgs = 0;
        boolean allAlt = true;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().endsWith(".xhtml")) continue;
            NodeList img = XmlDocs.parse(e.getValue()).getElementsByTagNameNS("*", "img");
            for (int i = 0; i < img.getLength(); i++) {
                imgs++;
                allAlt &= !((Element) img.item(i)).getAttribute("alt").isBlank();
            }
        }
        assertEquals(imgs > 0, metaValues(opf, "schema:accessMode").contains("visual"));
        assertEquals(imgs > 0 && allAlt, metaValues(opf, "schema:accessibilityFeature").contains("alternativeText"));
        assertEquals(List.of("none"), metaValues(opf, "schema:accessibilityHazard"));
        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.2 Level AA"), metaValues(opf, "dcterms:conformsTo"));
        assertTrue(metaValues(opf, "schema:accessibilityFeature").containsAll(List.of("structuralNavigation", "tableOfContents")));
    }

    @Test
    void datesAreNormalisedForThePackage() {
        assertEquals("2018-03-13T08:00:00Z", EpubDates.instant("2018-03-13T10:00:00+02:00").map(EpubDates::modified).orElseThrow());
        assertEquals(java.util.Optional.of("2018-03"), EpubDates.w3cdtf("2018-03"));
        assertEquals(java.util.Optional.empty(), EpubDates.w3cdtf("2018-13-45"));
        assertEquals(java.util.Optional.empty(), EpubDates.w3cdtf("<2018>"));
        assertEquals(java.util.Optional.of("2018-03-13T08:00:00Z"), EpubDates.w3cdtf("2018-03-13T10:00:00+02:00"));
    }

    @Test
    void identifierIsNameBasedAndStable() throws Exception {
        String a = dc(opf(entries(epub(KitchenSink.article(), Media.empty(), new RenderContext(T)))), "identifier");
        String b = dc(opf(entries(epub(KitchenSink.article(), Media.empty(), new RenderContext(T.plusSeconds(86_400))))), "identifier");
        assertEquals(a, b, "the conversion time does not change the identifier");
        assertEquals("urn:uuid:" + Identifiers.uuid5(Identifiers.URL_NAMESPACE, KitchenSink.URL), a);
        assertTrue(a.matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), a);
        // RFC 4122 appendix B's example: the DNS name "python.org" in the DNS namespace (as Python's uuid5 gives)
        assertEquals("886313e1-3b8a-5372-9b90-0c9aee199e5d",
                Identifiers.uuid5(java.util.UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org").toString());
        // without a URL, from the content
        Article noUrl = KitchenSink.article().withMetadata(KitchenSink.article().metadata().withUrl(null));
        String c1 = dc(opf(entries(epub(noUrl, Media.empty(), new RenderContext(T)))), "identifier");
        String c2 = dc(opf(entries(epub(noUrl, Media.empty(), new RenderContext(T)))), "identifier");
        String other = dc(opf(entries(epub(noUrl.withMetadata(noUrl.metadata().withTitle("Another")), Media.empty(),
                new RenderContext(T)))), "identifier");
        assertEquals(c1, c2);
        assertNotEquals(c1, a);
        assertNotEquals(c1, other);
    }

    @Test
    void twoConversionsAreByteIdenticalAndTheZipIsClean() throws Exception {
        byte[] png = TestImages.raster("png", 12, 12, Color.RED);
        Media media = new Media(Map.of("https://example.org/figure.png", new Media.Item(png, "image/png", 12, 12)));
        byte[] a = epub(KitchenSink.article(), media, new RenderContext(T));
        byte[] b = epub(KitchenSink.article(), media, new RenderContext(T));
        assertArrayEquals(a, b);
        assertClean(a, "kitchen sink with its figure");
        // mimetype first, stored, uncompressed, no extra field, at offset 30 as readers sniff it
        assertEquals("PK", new String(a, 0, 2, StandardCharsets.US_ASCII));
        assertEquals(0, a[8] | a[9] << 8, "stored");
        assertEquals(8, a[26] | a[27] << 8, "name length");
        assertEquals(0, a[28] | a[29] << 8, "extra field length");
        assertEquals("mimetypeapplication/epub+zip", new String(a, 30, 28, StandardCharsets.US_ASCII));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(a))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0, 2), e.getTimeLocal(), e.getName());
                assertNull(e.getExtra(), e.getName());
            }
        }
    }

    @Test
    void epub4jReadsTheBookBack() throws Exception {
        Article a = KitchenSink.article();
        Book book = new EpubReader().readEpub(new ByteArrayInputStream(epub(a, Media.empty(), new RenderContext(T))));
        assertEquals(a.metadata().title(), book.getTitle());
        assertEquals(a.metadata().authors(), book.getMetadata().getAuthors().stream()
                .map(x -> (x.getFirstname() + " " + x.getLastname()).trim()).toList());
        List<String> titles = new ArrayList<>();
        for (TOCReference r : book.getTableOfContents().getTocReferences()) {
            titles.add(r.getTitle());
            for (TOCReference c : r.getChildren()) {
                titles.add("  " + c.getTitle());
                for (TOCReference g : c.getChildren()) titles.add("    " + g.getTitle());
            }
        }
        assertEquals(List.of("Every Node: A Test Article", "  Lists and quotes", "    Figures, tables and code",
                "References", "Notes", "Links", "Source", "Comments"), titles);
        assertEquals("en", book.getMetadata().getLanguage());
        assertEquals(5, book.getSpine().size(), "cover, title, contents, body, appendix");
    }

    @Test
    void rightToLeftArticlesProgressRightToLeft() throws Exception {
        Metadata m = new Metadata("שלום עולם", null, List.of(), null, null, null, null, null, null, "he", "rtl", null, List.of(), null);
        Article a = new Article(m, List.of(new Block.Paragraph(List.of(new Inline.Text("abc אבג 123 def")))), List.of(), List.of(), List.of(), null);
        byte[] b = epub(a, Media.empty(), new RenderContext(T));
        assertClean(b, "rtl");
        String opf = new String(entries(b).get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("page-progression-direction=\"rtl\""));
        Matcher lang = Pattern.compile("<dc:language>(.*)</dc:language>").matcher(opf);
        assertTrue(lang.find());
        assertEquals("he", lang.group(1));
    }

    /** Notes cited together ran into one number on e-readers (23 and 24 read as 2324): a raised comma separates them. */
    @Test
    void adjacentNoteReferencesAreSeparatedByACommaInTheBody() throws Exception {
        List<dev.offprint.model.Note> notes = List.of(
                new dev.offprint.model.Note("a", dev.offprint.model.Note.Kind.FOOTNOTE, List.of(new Block.Paragraph(List.of(new Inline.Text("First.")))), null),
                new dev.offprint.model.Note("b", dev.offprint.model.Note.Kind.FOOTNOTE, List.of(new Block.Paragraph(List.of(new Inline.Text("Second.")))), null));
        Article a = new Article(Metadata.empty().withTitle("Notes"),
                List.of(new Block.Paragraph(List.of(new Inline.Text("Claim."), new Inline.NoteRef("a"), new Inline.NoteRef("b"),
                        new Inline.Text(" Next.")))), List.of(), notes, List.of(), null);
        byte[] book = epub(a, Media.empty(), new RenderContext(T));
        assertClean(book, "adjacent note references");
        String body = new String(entries(book).get("EPUB/body.xhtml"), StandardCharsets.UTF_8);
        assertTrue(body.replaceAll("<[^>]+>", "").contains("Claim.1,2 Next."), body);
        assertTrue(body.contains("</a></sup><sup>,</sup><sup><a id=\"noteref-2\""), body);
    }

    /** Justified text on e-readers had rivers: running text now hyphenates, and code and printed URLs never do. */
    @Test
    void runningTextHyphenatesButCodeAndAddressesDoNot() throws Exception {
        byte[] book = epub(KitchenSink.article(), Media.empty(), new RenderContext(T));
        assertClean(book, "kitchen sink");
        String css = new String(entries(book).get("EPUB/style.css"), StandardCharsets.UTF_8);
        Matcher auto = Pattern.compile("\\n([^{}\\n]*)\\{ hyphens: auto;").matcher(css);
        assertTrue(auto.find(), css);
        assertTrue(List.of(auto.group(1).split(",\\s*")).containsAll(List.of("p", "li", "dd", "blockquote")), auto.group(1));
        Matcher manual = Pattern.compile("\\n([^{}\\n]*)\\{ hyphens: manual;").matcher(css);
        assertTrue(manual.find(), css);
        assertTrue(List.of(manual.group(1).split(",\\s*")).containsAll(List.of("pre", "code", ".source-link", ".references li", ".links")),
                manual.group(1));
        // the later, more specific rule wins for code inside a paragraph
        assertTrue(manual.start() > auto.start(), css);
        // a wide table wraps its cells inside the screen rather than run off it
        assertTrue(css.contains("table { max-width: 100%; }"), css);
        assertTrue(css.contains("th, td { overflow-wrap: break-word;"), css);
    }
}
