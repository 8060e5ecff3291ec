package dev.offprint.render.html;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Inline;
import dev.offprint.model.KitchenSink;
import dev.offprint.model.Media;
import dev.offprint.model.Note;
import dev.offprint.render.RenderContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlRendererTest {

    private static final Instant T = Instant.parse("2026-11-26T12:00:00Z");
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static String html(Article a, HtmlOptions o, Media media, RenderContext ctx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer(o).render(a, media, ctx, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The kitchen sink as the HTML format receives it: plain links, no link notes. */
    static Article withoutLinkNotes(Article a) {
        Set<String> linkNotes = new HashSet<>();
        for (Note n : a.notes()) if (n.kind() == Note.Kind.LINK) linkNotes.add(n.id());
        List<Block> body = new ArrayList<>();
        for (Block b : a.body()) {
            if (b instanceof Block.Paragraph p) {
                body.add(new Block.Paragraph(p.content().stream()
                        .filter(i -> !(i instanceof Inline.NoteRef r && linkNotes.contains(r.noteId()))).toList()));
            } else {
                body.add(b);
            }
        }
        return a.withBody(body).withNotes(a.notes().stream().filter(n -> n.kind() != Note.Kind.LINK).toList());
    }

    @Test
    void kitchenSinkRendersEveryPartOfTheReaderView() throws Exception {
        Article a = withoutLinkNotes(KitchenSink.article());
        RenderContext ctx = new RenderContext(T);
        String h = html(a, HtmlOptions.defaults(), new Media(Map.of("https://example.org/figure.png",
                new Media.Item(PNG, "image/png", 1, 1))), ctx);
        assertTrue(h.startsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"), h.substring(0, 80));
        assertTrue(h.contains("<title>Every Node: A Test Article</title>"));
        assertTrue(h.contains("<h1 id=\"title\" class=\"title\">Every Node: A Test Article</h1>"));
        assertTrue(h.contains("<p class=\"byline\">By Ada Lovelace and Charles Babbage</p>"));
        assertTrue(h.contains("Example Journal · Published <time datetime=\"2018-03-01\">1 March 2018</time>"
                + " · Updated <time datetime=\"2018-03-13\">13 March 2018</time>"), h);
        assertTrue(h.contains("<h2 id=\"lists-and-quotes\">Lists and quotes</h2>"));
        assertTrue(h.contains("<ol start=\"3\">"));
        assertTrue(h.contains("<a href=\"https://example.org/linked\">link</a>"));
        assertFalse(h.contains("id=\"links\""), "the html format has no link notes");
        // the figure is embedded, the icon is not in the media bag: alt text and a diagnostic
        assertTrue(h.contains("<img src=\"data:image/png;base64,"));
        assertTrue(h.contains("<span class=\"alt\">star</span>"));
        assertTrue(ctx.diagnostics().stream().anyMatch(d -> d.code().equals("image-missing") && d.message().contains("icon.png")));
        // citation and footnote with back-links
        assertTrue(h.contains("<a id=\"cite-1-1\" href=\"#ref-1\" role=\"doc-biblioref\" class=\"citation\">[1]</a>"));
        assertTrue(Pattern.compile("<li id=\"ref-1\">Lovelace A.*href=\"#cite-1-1\" role=\"doc-backlink\"").matcher(h).find());
        assertTrue(h.contains("<a id=\"noteref-1\" href=\"#note-1\" role=\"doc-noteref\">1</a>"), "notes renumbered without link notes");
        assertTrue(Pattern.compile("<li id=\"note-1\" value=\"1\">The footnote's text. <a href=\"#noteref-1\" role=\"doc-backlink\"").matcher(h).find());
        assertTrue(h.contains("<dt>Converted</dt><dd>2026-11-26T12:00:00Z</dd>"));
        assertTrue(h.contains("<h2>Comments</h2>"));
        assertTrue(h.contains("A reader&#39;s comment.") || h.contains("A reader's comment."));
        assertTrue(h.contains("<style>") && h.contains("max-width: 38em"));
        assertFalse(h.contains("<script"));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/kitchen-sink.html"), h);
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        Article a = KitchenSink.article();
        assertEquals(html(a, HtmlOptions.defaults(), Media.empty(), new RenderContext(T)),
                html(a, HtmlOptions.defaults(), Media.empty(), new RenderContext(T)));
    }

    @Test
    void xhtmlModeIsWellFormedWithUniqueIdsAndResolvableFragments() throws Exception {
        for (Article a : List.of(KitchenSink.article(), HostileArticles.article())) {
            String x = html(a, HtmlOptions.defaults().withXhtml(true).withEpubSemantics(true), Media.empty(), new RenderContext(T));
            Document doc = XmlDocs.parse(x);
            assertEquals(HtmlWriter.XHTML_NS, doc.getDocumentElement().getNamespaceURI());
            Set<String> ids = new HashSet<>();
            List<String> fragments = new ArrayList<>();
            NodeList all = doc.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.hasAttribute("id")) assertTrue(ids.add(e.getAttribute("id")), "duplicate id " + e.getAttribute("id"));
                String href = e.getAttribute("href");
                if (href.startsWith("#")) fragments.add(href.substring(1));
                if (!href.isEmpty()) assertTrue(href.startsWith("#") || href.startsWith("https://") || href.startsWith("http://"),
                        "unsafe href " + href);
                if (e.hasAttribute("id")) assertTrue(e.getAttribute("id").matches("[a-z][a-z0-9_-]*"), e.getAttribute("id"));
            }
            for (String f : fragments) assertTrue(ids.contains(f), "dangling #" + f);
        }
    }

    @Test
    void hostileStringsAreEscapedAndIllegalCharactersDropped() throws Exception {
        RenderContext ctx = new RenderContext(T);
        String h = html(HostileArticles.article(), HtmlOptions.defaults(), Media.empty(), ctx);
        assertFalse(h.contains("<script"), "script injected");
        assertFalse(h.contains("javascript:"+"alert(1)\""), "javascript href");
        assertFalse(h.contains("href=\"javascript"));
        assertFalse(h.contains("href=\"file:"));
        assertFalse(h.contains("src=\"file:"));
        assertTrue(h.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"q\" 'a' ]]&gt; \uFFFD lone \uFFFD"), h);
        assertFalse(h.contains("]]>"));
        for (char c : new char[] {'\u0000', '\u0001', '\u0007', '\u000B', '\u0085', '\uFFFE', '\uFFFF', '\r'}) {
            assertEquals(-1, h.indexOf(c), "character U+" + Integer.toHexString(c));
        }
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (Character.isHighSurrogate(c)) assertTrue(Character.isLowSurrogate(h.charAt(++i)), "lone surrogate at " + i);
            else assertFalse(Character.isLowSurrogate(c), "lone surrogate at " + i);
        }
        assertTrue(h.contains("\uD83D\uDE00"), "a valid pair survives");
        assertTrue(h.contains("lang=\"und\""), "a bad language tag becomes und");
        assertTrue(h.contains("colspan=\"1000\""));
        assertTrue(h.contains("js link") && h.contains("file link") && h.contains("bad url"), "link text kept without link");
        assertTrue(h.contains("<a href=\"https://example.org/ok?a=1&amp;b=2\""));
        List<String> codes = ctx.diagnostics().stream().map(Diagnostic::code).toList();
        assertTrue(codes.contains("note-missing") && codes.contains("reference-missing") && codes.contains("image-missing"), codes.toString());
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() throws Exception {
        String x = html(HostileArticles.deep(20_000), HtmlOptions.defaults().withXhtml(true), Media.empty(), new RenderContext(T));
        XmlDocs.parse(x);
        assertTrue(x.contains("core") && x.contains("deep"));
    }

    @Test
    void imagesCanBeLinkedOrLeftOut() throws Exception {
        Article a = KitchenSink.article();
        Media media = new Media(Map.of("https://example.org/figure.png", new Media.Item(PNG, "image/png", 1, 1)));
        String linked = html(a, HtmlOptions.defaults().withImages(HtmlOptions.ImageMode.LINK), media, new RenderContext(T));
        assertTrue(linked.contains("<img src=\"https://example.org/figure.png\" alt=\"A red square\" width=\"1\" height=\"1\">"), linked);
        assertFalse(linked.contains("data:"));
        RenderContext noneCtx = new RenderContext(T);
        String none = html(a, HtmlOptions.defaults().withImages(HtmlOptions.ImageMode.NONE), media, noneCtx);
        assertEquals(List.of(), noneCtx.diagnostics(), "images left out by choice are no warning");
        assertFalse(none.contains("<img"));
        assertTrue(none.contains("<p class=\"alt\">A red square</p>"));
    }

    @Test
    void outlineListsBodyHeadingsWithTheirIds() {
        HtmlFragments f = new HtmlRenderer(HtmlOptions.defaults().withXhtml(true))
                .fragments(KitchenSink.article(), ImageSource.none(), new RenderContext(T));
        assertEquals(List.of(new OutlineEntry(2, "lists-and-quotes", "Lists and quotes"),
                new OutlineEntry(3, "figures-tables-and-code", "Figures, tables and code")), f.outline());
        assertFalse(f.links().isEmpty());
        Matcher m = Pattern.compile("id=\"note-1\"").matcher(f.links());
        assertTrue(m.find());
    }

    @Test
    void onlyWebAndMailAddressesBecomeLinks() {
        assertEquals("https://bücher.example/straße", Urls.safeHref("https://bücher.example/straße"));
        assertEquals("mailto:a@example.org", Urls.safeHref("mailto:a@example.org"));
        for (String bad : List.of("javascript:alert(1)", "JAVASCRIPT:alert(1)", "file:///etc/passwd", "data:text/html,x",
                "jar:file:/x!/y", "ftp://example.org/", "https://", "/relative", "https://a b/", "https://x/\u0000",
                "https://example.org/\"onmouseover=\"x", "https://example.org/" + "a".repeat(5000))) {
            assertNull(Urls.safeHref(bad), bad);
        }
    }

    @Test
    void referencesLinkTheirDoiAndPubmedId() {
        dev.offprint.model.Reference r = new dev.offprint.model.Reference("r1", "Smith J. A study. J Things. 1996;31:187.",
                List.of("Smith J"), "A study", "J Things", 1996, "31", null, "187",
                "10.1002/(SICI)1097-4636(199606)31:2<187::AID-JBM6>3.0.CO;2-M", "8731207", null);
        Article a = new Article(dev.offprint.model.Metadata.empty(), List.of(), List.of(r), List.of(), List.of(), null);
        HtmlFragments f = new HtmlRenderer().fragments(a, ImageSource.none(), new RenderContext(T));
        assertTrue(f.references().contains("href=\"https://doi.org/10.1002/(SICI)1097-4636(199606)31:2%3C187:"
                + ":AID-JBM6%3E3.0.CO;2-M\">doi:10.1002/(SICI)1097-4636(199606)31:2&lt;187::AID-JBM6&gt;3.0.CO;2-M</a>"), f.references());
        assertTrue(f.references().contains("<a href=\"https://pubmed.ncbi.nlm.nih.gov/8731207/\">PMID 8731207</a>"));
    }

    @Test
    void theReaderStylesheetSurvivesEscaping() {
        // it is written as escaped text, which HTML's raw-text style element would not unescape
        String css = HtmlRenderer.readerCss();
        assertEquals(css, HtmlWriter.escapeText(css));
        assertTrue(css.contains("max-width: 38em") && css.contains("serif") && css.contains("@media (max-width"));
    }

    @Test
    void offprintsOwnWordsFollowTheArticlesLanguage() {
        Article de = KitchenSink.article().withMetadata(new dev.offprint.model.Metadata("Titel", null,
                List.of("A", "B", "C"), null, null, null, "2020-01-01", null, null, "de-AT", null, null, List.of(), null));
        String h = new HtmlRenderer().renderToString(de, Media.empty(), new RenderContext(T));
        assertTrue(h.contains("<p class=\"byline\">Von A, B und C</p>"), h);
        assertTrue(h.contains("<h2>Literatur</h2>") && h.contains("<h2>Quelle</h2>") && h.contains("<dt>Konvertiert</dt>"));
        assertTrue(h.contains("aria-label=\"Zurück zum Zitat\""));
        // a language offprint has no words for: English words, marked as such
        Article ja = KitchenSink.article().withMetadata(KitchenSink.article().metadata().withTitle(null));
        ja = ja.withMetadata(new dev.offprint.model.Metadata(null, null, List.of(), null, null, null, null, null, null,
                "ja", null, null, List.of(), null));
        String x = new HtmlRenderer(HtmlOptions.defaults().withXhtml(true)).renderToString(ja, Media.empty(), new RenderContext(T));
        assertTrue(x.contains("<h2 lang=\"en\" xml:lang=\"en\" dir=\"ltr\">References</h2>"), x);
        assertTrue(x.contains("<title>Untitled article</title>"));
        assertEquals("de", Labels.forLanguage("de-AT").lang());
        assertFalse(Labels.forLanguage(null).foreign(), "unknown language: nothing to mark");
    }

    @Test
    void writerCleansEveryIllegalCharacter() {
        assertEquals("ab\uFFFDc\uFFFDd\nx\ny", HtmlWriter.clean("a\u0000b\uD800c\uDC00d\r\nx\ry\u0001\uFFFE\uFFFF\u0085\uFDD0"));
        assertEquals("&lt;/title&gt;&amp;]]&gt;", HtmlWriter.escapeText("</title>&]]>"));
        assertEquals("&quot;a b&lt;", HtmlWriter.escapeAttribute("\"a\nb<"));
        assertEquals("\uD83D\uDE00", HtmlWriter.clean("\uD83D\uDE00\uDBFF\uDFFF"), "plane-16 noncharacter dropped, emoji kept");
        StringBuilder sb = new StringBuilder();
        new HtmlWriter(sb, true).empty("br").empty("img", "src", "a", "alt", null);
        assertEquals("<br/><img src=\"a\"/>", sb.toString());
        assertThrows(IllegalArgumentException.class, () -> new HtmlWriter(new StringBuilder(), false).empty("p"));
    }

    /** Notes cited together ("results.[23][24]") ran into one number, 2324: a raised comma separates them. */
    @Test
    void adjacentNoteReferencesAreSeparatedByACommaNotRunTogether() throws Exception {
        List<Note> notes = List.of(
                new Note("a", Note.Kind.FOOTNOTE, List.of(new Block.Paragraph(List.of(new Inline.Text("First.")))), null),
                new Note("b", Note.Kind.FOOTNOTE, List.of(new Block.Paragraph(List.of(new Inline.Text("Second.")))), null));
        Article a = new Article(dev.offprint.model.Metadata.empty().withTitle("Notes"),
                List.of(new Block.Paragraph(List.of(new Inline.Text("Claim."), new Inline.NoteRef("a"), new Inline.NoteRef("b"),
                        new Inline.Text(" Next"), new Inline.NoteRef("b"), new Inline.Text("."))),
                        new Block.Paragraph(List.of(new Inline.NoteRef("a"), new Inline.Text(" starts a block.")))),
                List.of(), notes, List.of(), null);
        String h = html(a, HtmlOptions.defaults(), Media.empty(), new RenderContext(T));
        String text = h.replaceAll("<[^>]+>", "");
        assertTrue(text.contains("Claim.1,2 Next2."), text);
        assertTrue(h.contains("doc-noteref\">1</a></sup><sup>,</sup><sup><a "), h);
        // no comma opens a block, nor follows a note once words came between
        assertFalse(text.contains(",1 starts"), text);
        assertFalse(text.contains("Next,"), text);
    }

    /** The title page showed raw timestamps ("Published 2013-06-23T20:26:06Z"): it shows the day, in the labels' language. */
    @Test
    void theDatelineShowsReadableDaysInTimeElements() throws Exception {
        assertEquals("23 June 2013", HtmlRenderer.readableDay("2013-06-23T20:26:06Z", "en"));
        assertEquals("23. Juni 2013", HtmlRenderer.readableDay("2013-06-23T20:26:06+02:00", "de"));
        assertEquals("23 juin 2013", HtmlRenderer.readableDay("2013-06-23", "fr"));
        assertNull(HtmlRenderer.readableDay("June 2013", "en"));
        assertNull(HtmlRenderer.readableDay("2013-02-30", "en"));
        Article a = new Article(new dev.offprint.model.Metadata("Dated", null, List.of(), null, null, null,
                        "2013-06-23T20:26:06Z", "sometime in 2019", null, "en", "ltr", null, List.of(), null),
                List.of(new Block.Paragraph(List.of(new Inline.Text("Body.")))), List.of(), List.of(), List.of(), null);
        String h = html(a, HtmlOptions.defaults(), Media.empty(), new RenderContext(T));
        assertTrue(h.contains("<p class=\"dateline\">Published <time datetime=\"2013-06-23T20:26:06Z\">23 June 2013</time>"
                + " · Updated sometime in 2019</p>"), h);
        assertFalse(h.contains("Published 2013-06-23T20:26:06Z"), h);
    }

    /** A missing image's alt text was shown over a caption saying the same words: it is shown only when it adds something. */
    @Test
    void aMissingImageDoesNotRepeatItsCaptionAsAltText() throws Exception {
        Article a = new Article(dev.offprint.model.Metadata.empty().withTitle("Figures"), List.of(
                new Block.Figure("https://example.org/a.jpg", "A whale stranded on the beach at dawn", 0, 0,
                        List.of(new Inline.Text("A whale stranded on the beach at dawn.")), List.of()),
                new Block.Figure("https://example.org/c.jpg", "Map of the bay", 0, 0, List.of(new Inline.Text("Where it happened.")), List.of())),
                List.of(), List.of(), List.of(), null);
        String h = html(a, HtmlOptions.defaults(), Media.empty(), new RenderContext(T));
        assertFalse(h.contains("<p class=\"alt\">A whale"), h);
        assertTrue(h.contains("<figcaption>A whale stranded on the beach at dawn.</figcaption>"), h);
        assertTrue(h.contains("<p class=\"alt\">Map of the bay</p>"), h);
    }
}
