package dev.offprint.render.epub;

import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Article;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import dev.offprint.render.RenderContext;
import dev.offprint.render.Renderer;
import dev.offprint.render.html.HtmlFragments;
import dev.offprint.render.html.HtmlOptions;
import dev.offprint.render.html.HtmlRenderer;
import dev.offprint.render.html.HtmlWriter;
import dev.offprint.render.html.Labels;
import dev.offprint.render.html.OutlineEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Renders an article as an EPUB 3.3 book: a cover, a title page, the body, and an appendix with
 * References, Notes, Links (EPUB footnotes with back-links) and Source, plus navigation (nav and
 * NCX) and accessibility metadata. The content documents come from {@link HtmlRenderer} in XHTML
 * mode; the book is assembled in epub4j's model ({@link BookAdapter}) and packaged by offprint's own
 * {@link OcfWriter}, so the same article gives the same bytes.
 */
public final class EpubRenderer implements Renderer {

    static final String BODY = "body.xhtml";
    static final String APPENDIX = "appendix.xhtml";
    static final String TITLE_PAGE = "title.xhtml";
    static final String COVER_PAGE = "cover.xhtml";
    static final String COVER_IMAGE = "images/cover.png";
    static final String NAV = "nav.xhtml";
    static final String CSS = "style.css";

    private static final String XHTML = "application/xhtml+xml";

    private final EpubOptions options;
    private final HtmlRenderer html;

    public EpubRenderer(EpubOptions options) {
        this.options = options;
        this.html = new HtmlRenderer(HtmlOptions.defaults()
                .withXhtml(true).withEpubSemantics(true).withComments(options.comments())
                .withBodyDocument(BODY).withNotesDocument(APPENDIX));
    }

    public EpubRenderer() {
        this(EpubOptions.defaults());
    }

    public EpubOptions options() { return options; }

    @Override
    public void render(Article article, Media media, RenderContext ctx, OutputStream out) throws IOException {
        Metadata meta = article.metadata();
        EpubImages images = new EpubImages(media, options);
        HtmlFragments f = html.fragments(article, images, ctx);
        String title = HtmlRenderer.displayTitle(meta);
        String lang = HtmlRenderer.language(meta.language());
        String dir = HtmlRenderer.direction(meta.direction());
        Labels labels = Labels.forLanguage(lang);

        BookAdapter book = new BookAdapter();
        describe(book, meta, title, lang, f);
        byte[] coverPng = options.cover() ? cover(meta, title, ctx) : null;
        boolean hasCover = coverPng != null;
        addContents(book, meta, title, labels, f, images, coverPng);
        addToc(book, title, labels, f);

        PackageDocuments.Facts facts = new PackageDocuments.Facts(dir,
                EpubDates.w3cdtf(meta.published()).orElse(null),
                modified(meta, ctx),
                httpUrl(meta.url()),
                present(meta.subtitle()) ? HtmlWriter.clean(meta.subtitle()).strip() : null,
                accessibility(f, hasCover, lang, meta));
        String nav = PackageDocuments.nav(title, lang, dir, labels, book.toc(), landmarks(f, labels, hasCover));
        book.add("nav", NAV, XHTML, "nav", utf8(nav));
        book.insertIntoSpine(hasCover ? 2 : 1, "nav", true); // a visible contents page after the title page
        book.add("ncx", "toc.ncx", "application/x-dtbncx+xml", null, utf8(PackageDocuments.ncx(book, title)));
        String opf = PackageDocuments.opf(book, facts);

        OcfWriter.writeBook(book, opf, out);
    }

    /** The Dublin Core metadata that the book model holds. */
    private static void describe(BookAdapter book, Metadata meta, String title, String lang, HtmlFragments f) {
        book.identifier("urn:uuid:" + identifier(meta, title, f));
        book.title(title);
        for (String a : meta.authors()) {
            String name = HtmlWriter.clean(a).strip();
            if (!name.isEmpty()) book.author(name);
        }
        book.language(lang);
        String publisher = present(meta.publisher()) ? meta.publisher() : meta.siteName();
        if (present(publisher)) book.publisher(HtmlWriter.clean(publisher).strip());
        if (present(meta.description())) book.description(HtmlWriter.clean(meta.description()).strip());
        for (String k : meta.keywords()) if (present(k)) book.subject(HtmlWriter.clean(k).strip());
    }

    /** The generated cover as PNG, or null (with a diagnostic) when Java2D cannot draw here. */
    private static byte[] cover(Metadata meta, String title, RenderContext ctx) {
        try {
            return CoverImage.png(title, present(meta.siteName()) ? meta.siteName() : "", meta.authors(),
                    present(meta.published()) ? meta.published().trim() : "");
        } catch (IOException | RuntimeException | LinkageError e) {
            // a JDK without working Java2D fonts still gets its book, without a cover
            ctx.report(Diagnostic.warning("cover-failed", "no cover image: " + e));
            return null;
        }
    }

    /** Stylesheet, cover, title page, body, appendix and images, in reading order. */
    private void addContents(BookAdapter book, Metadata meta, String title, Labels labels, HtmlFragments f,
                             EpubImages images, byte[] coverPng) {
        book.add("css", CSS, "text/css", null, utf8(Template.resource(CSS)));
        if (coverPng != null) {
            book.add("cover-image", COVER_IMAGE, "image/png", "cover-image", coverPng);
            book.add("cover", COVER_PAGE, XHTML, null, utf8(page(meta, labels.cover(), "cover",
                    "<section epub:type=\"cover\" class=\"cover\"><img role=\"doc-cover\" src=\"" + COVER_IMAGE
                            + "\" alt=\"" + HtmlWriter.escapeAttribute(labels.cover() + ": " + title) + "\"/></section>\n")));
            book.addToSpine("cover", true);
        }
        book.add("titlepage", TITLE_PAGE, XHTML, null, utf8(page(meta, title, "titlepage",
                "<section epub:type=\"titlepage\" class=\"titlepage\">\n" + f.header() + "\n</section>\n")));
        book.add("body", BODY, XHTML, null, utf8(page(meta, title, "body",
                "<section epub:type=\"bodymatter chapter\" role=\"doc-chapter\" aria-label=\""
                        + HtmlWriter.escapeAttribute(title) + "\">\n" + f.body() + "</section>\n")));
        book.add("appendix", APPENDIX, XHTML, null, utf8(page(meta, labels.appendix(), "appendix",
                "<section epub:type=\"backmatter\" class=\"backmatter\">\n" + f.references() + f.notes() + f.links()
                        + f.source() + f.comments() + "</section>\n")));
        for (EpubImages.Stored img : images.stored()) book.add(img.id(), img.href(), img.mediaType(), null, img.bytes());
        book.addToSpine("titlepage", true);
        book.addToSpine("body", true);
        book.addToSpine("appendix", true);
    }

    /** The table of contents: the article with its headings nested, then each appendix section. */
    private static void addToc(BookAdapter book, String title, Labels l, HtmlFragments f) {
        book.addToc(new BookAdapter.TocNode(title, BODY, outline(f.outline())));
        if (!f.references().isEmpty()) book.addToc(new BookAdapter.TocNode(l.references(), APPENDIX + "#references", List.of()));
        if (!f.notes().isEmpty()) book.addToc(new BookAdapter.TocNode(l.notes(), APPENDIX + "#notes", List.of()));
        if (!f.links().isEmpty()) book.addToc(new BookAdapter.TocNode(l.links(), APPENDIX + "#links", List.of()));
        book.addToc(new BookAdapter.TocNode(l.source(), APPENDIX + "#source", List.of()));
        if (!f.comments().isEmpty()) book.addToc(new BookAdapter.TocNode(l.comments(), APPENDIX + "#comments", List.of()));
    }

    private static List<PackageDocuments.Landmark> landmarks(HtmlFragments f, Labels l, boolean hasCover) {
        List<PackageDocuments.Landmark> landmarks = new ArrayList<>();
        if (hasCover) landmarks.add(new PackageDocuments.Landmark("cover", COVER_PAGE, l.cover()));
        landmarks.add(new PackageDocuments.Landmark("titlepage", TITLE_PAGE, l.titlePage()));
        landmarks.add(new PackageDocuments.Landmark("toc", NAV + "#toc", l.contents()));
        landmarks.add(new PackageDocuments.Landmark("bodymatter", BODY, l.startOfContent()));
        landmarks.add(new PackageDocuments.Landmark("backmatter", APPENDIX, l.appendix()));
        if (!f.references().isEmpty()) {
            landmarks.add(new PackageDocuments.Landmark("bibliography", APPENDIX + "#references", l.references()));
        }
        return landmarks;
    }

    /**
     * Accessibility metadata from what was written: visual when any image is shown (the cover
     * counts), alternative text only when every image has it, and a conformance claim only when
     * the book has a real title, a known language and no image without alt text.
     */
    private static PackageDocuments.Accessibility accessibility(HtmlFragments f, boolean hasCover, String lang, Metadata meta) {
        boolean allAlt = f.imagesWithoutAlt() == 0;
        boolean conformant = allAlt && !"und".equals(lang) && present(meta.title());
        String primary = lang.split("-")[0].toLowerCase(Locale.ROOT);
        return new PackageDocuments.Accessibility(f.images() + (hasCover ? 1 : 0) > 0, allAlt, conformant,
                summary(f, hasCover, allAlt), primary.equals("en") || primary.equals("und") ? null : "en");
    }

    private String page(Metadata meta, String title, String bodyClass, String content) {
        return html.page(meta, title, CSS, null, bodyClass, content);
    }

    /** Headings nested by level (a jump from h2 to h4 nests one step); a stack, no recursion. */
    static List<BookAdapter.TocNode> outline(List<OutlineEntry> entries) {
        final class Node {
            final OutlineEntry entry;
            final List<Node> children = new ArrayList<>();
            Node(OutlineEntry e) { entry = e; }
            BookAdapter.TocNode freeze() {
                return new BookAdapter.TocNode(entry.text(), BODY + "#" + entry.id(), children.stream().map(Node::freeze).toList());
            }
        }
        List<Node> roots = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        for (OutlineEntry e : entries) {
            while (!stack.isEmpty() && stack.peek().entry.level() >= e.level()) stack.pop();
            Node n = new Node(e);
            if (stack.isEmpty()) roots.add(n);
            else stack.peek().children.add(n);
            stack.push(n);
        }
        return roots.stream().map(Node::freeze).toList();
    }

    /**
     * A name-based UUID (version 5) of the canonical URL, so that the same article is the same book
     * on every run; without a URL, of the title and rendered body.
     */
    static UUID identifier(Metadata meta, String title, HtmlFragments f) {
        String url = httpUrl(meta.url());
        if (url != null) return Identifiers.uuid5(Identifiers.URL_NAMESPACE, url);
        UUID content = Identifiers.uuid5(Identifiers.URL_NAMESPACE, "urn:offprint:content");
        return Identifiers.uuid5(content, Identifiers.sha256Hex(title + "\n" + f.body()));
    }

    private static String modified(Metadata meta, RenderContext ctx) {
        return EpubDates.instant(meta.modified())
                .or(() -> EpubDates.instant(meta.published()))
                .map(EpubDates::modified)
                .orElseGet(() -> EpubDates.modified(ctx.converted()));
    }

    private static String summary(HtmlFragments f, boolean cover, boolean allAlt) {
        StringBuilder s = new StringBuilder("An article converted to EPUB by offprint. Its sections are marked with headings"
                + " and listed in a table of contents; notes, links and references are linked to and from the text.");
        if (f.images() == 0) {
            s.append(cover ? " Besides the cover, which carries the title as text, it has no images." : " It has no images.");
        } else if (allAlt) {
            s.append(" Every image has a text alternative.");
        } else {
            s.append(" Some images have no text alternative.");
        }
        return s.toString();
    }

    /** {@code url} when it is an absolute http(s) URL, else null. */
    static String httpUrl(String url) {
        if (url == null) return null;
        String u = HtmlWriter.clean(url).strip();
        if (!u.equals(url.strip())) return null;
        String lower = u.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) return null;
        try {
            URI uri = new URI(u);
            return uri.getHost() == null ? null : u;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean present(String s) {
        return s != null && !HtmlWriter.clean(s).isBlank();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
