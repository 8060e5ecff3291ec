package dev.offprint.render.epub;

import dev.offprint.diag.OffprintException;
import dev.offprint.model.Article;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import dev.offprint.render.RenderContext;
import dev.offprint.render.html.HtmlFragments;
import dev.offprint.render.html.HtmlOptions;
import dev.offprint.render.html.HtmlRenderer;
import dev.offprint.render.html.HtmlWriter;
import dev.offprint.render.html.Labels;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Many articles as one EPUB book (an anthology, {@code --bundle}): a title page, a table of
 * contents listing each article with its headings, and per article a chapter document followed by
 * its own appendix (its references, notes, links and source), so every article keeps its own
 * references. Images shared between articles are stored once (names are content hashes).
 */
public final class EpubAnthology {

    /** One article of the book and the images loaded for it. */
    public record Chapter(Article article, Media media) {}

    private static final String XHTML = "application/xhtml+xml";

    private final EpubOptions options;

    public EpubAnthology(EpubOptions options) {
        this.options = options;
    }

    public EpubAnthology() { this(EpubOptions.defaults()); }

    /** Writes the book titled {@code title} holding {@code chapters} in order. */
    public void render(String title, List<Chapter> chapters, RenderContext ctx, OutputStream out) throws IOException {
        if (chapters.isEmpty()) throw new OffprintException("no-article", "a bundle needs at least one article");
        String bookTitle = HtmlWriter.clean(title).strip().isEmpty() ? "Articles" : HtmlWriter.clean(title).strip();
        Metadata first = chapters.get(0).article().metadata();
        String lang = HtmlRenderer.language(first.language());
        String dir = HtmlRenderer.direction(first.direction());
        Labels labels = Labels.forLanguage(lang);
        Metadata bookMeta = Metadata.empty().withTitle(bookTitle);

        BookAdapter book = new BookAdapter();
        book.title(bookTitle);
        book.language(lang);
        book.add("css", EpubRenderer.CSS, "text/css", null, utf8(Template.resource(EpubRenderer.CSS)));
        HtmlRenderer plain = new HtmlRenderer(HtmlOptions.defaults().withXhtml(true).withEpubSemantics(true));

        StringBuilder titles = new StringBuilder();
        Set<String> images = new HashSet<>();
        Set<String> authors = new java.util.LinkedHashSet<>();
        int imageCount = 0;
        int withoutAlt = 0;
        List<BookAdapter.TocNode> toc = new ArrayList<>();
        for (int k = 0; k < chapters.size(); k++) {
            Chapter c = chapters.get(k);
            String doc = String.format(Locale.ROOT, "c%04d.xhtml", k + 1);
            String appendix = String.format(Locale.ROOT, "c%04d-appendix.xhtml", k + 1);
            HtmlRenderer html = new HtmlRenderer(HtmlOptions.defaults().withXhtml(true).withEpubSemantics(true)
                    .withComments(options.comments()).withBodyDocument(doc).withNotesDocument(appendix));
            EpubImages imgs = new EpubImages(c.media(), options);
            HtmlFragments f = html.fragments(c.article(), imgs, ctx);
            Metadata meta = c.article().metadata();
            String chapterTitle = HtmlRenderer.displayTitle(meta);
            for (String a : meta.authors()) if (!HtmlWriter.clean(a).isBlank()) authors.add(HtmlWriter.clean(a).strip());
            imageCount += f.images();
            withoutAlt += f.imagesWithoutAlt();
            book.add("c" + (k + 1), doc, XHTML, null, utf8(html.page(meta, chapterTitle, EpubRenderer.CSS, null, "body",
                    "<section epub:type=\"bodymatter chapter\" role=\"doc-chapter\" aria-label=\""
                            + HtmlWriter.escapeAttribute(chapterTitle) + "\">\n" + f.header() + "\n" + f.body() + "</section>\n")));
            book.add("c" + (k + 1) + "-appendix", appendix, XHTML, null, utf8(html.page(meta, labels.appendix() + ": " + chapterTitle,
                    EpubRenderer.CSS, null, "appendix", "<section epub:type=\"backmatter\" class=\"backmatter\">\n" + f.references()
                            + f.notes() + f.links() + f.source() + f.comments() + "</section>\n")));
            for (EpubImages.Stored img : imgs.stored()) {
                if (images.add(img.href())) book.add(img.id(), img.href(), img.mediaType(), null, img.bytes());
            }
            List<BookAdapter.TocNode> children = new ArrayList<>(rebase(EpubRenderer.outline(f.outline()), doc));
            children.add(new BookAdapter.TocNode(labels.appendix(), appendix, List.of()));
            toc.add(new BookAdapter.TocNode(chapterTitle, doc, children));
            titles.append(chapterTitle).append('\n');
        }
        for (String a : authors) book.author(a);
        book.identifier("urn:uuid:" + UUID.nameUUIDFromBytes(utf8("offprint-bundle\n" + bookTitle + "\n" + titles)));

        book.add("titlepage", EpubRenderer.TITLE_PAGE, XHTML, null, utf8(plain.page(bookMeta, bookTitle, EpubRenderer.CSS, null,
                "titlepage", "<section epub:type=\"titlepage\" class=\"titlepage\">\n<h1>" + HtmlWriter.escapeText(bookTitle)
                        + "</h1>\n<p>" + chapters.size() + (chapters.size() == 1 ? " article" : " articles") + "</p>\n</section>\n")));
        book.addToSpine("titlepage", true);
        for (BookAdapter.TocNode n : toc) book.addToc(n);
        String nav = PackageDocuments.nav(bookTitle, lang, dir, labels, book.toc(), List.of(
                new PackageDocuments.Landmark("titlepage", EpubRenderer.TITLE_PAGE, labels.titlePage()),
                new PackageDocuments.Landmark("toc", EpubRenderer.NAV + "#toc", labels.contents()),
                new PackageDocuments.Landmark("bodymatter", "c0001.xhtml", labels.startOfContent())));
        book.add("nav", EpubRenderer.NAV, XHTML, "nav", utf8(nav));
        book.addToSpine("nav", true);
        for (int k = 0; k < chapters.size(); k++) {
            book.addToSpine("c" + (k + 1), true);
            book.addToSpine("c" + (k + 1) + "-appendix", true);
        }
        book.add("ncx", "toc.ncx", "application/x-dtbncx+xml", null, utf8(PackageDocuments.ncx(book, bookTitle)));

        boolean allAlt = withoutAlt == 0;
        PackageDocuments.Facts facts = new PackageDocuments.Facts(dir, null, EpubDates.modified(ctx.converted()), null, null,
                new PackageDocuments.Accessibility(imageCount > 0, allAlt, allAlt && !"und".equals(lang),
                        "An anthology of " + chapters.size() + " articles converted to EPUB by offprint: each article is a chapter"
                                + " followed by its own references, notes, links and source, all listed in the table of contents."
                                + (imageCount == 0 ? " It has no images." : allAlt ? " Every image has a text alternative."
                                : " Some images have no text alternative."),
                        lang.split("-")[0].toLowerCase(Locale.ROOT).matches("en|und") ? null : "en"));
        String opf = PackageDocuments.opf(book, facts);
        OcfWriter.writeBook(book, opf, out);
    }

    /** The outline's links pointed at the chapter document instead of the single-article body. */
    private static List<BookAdapter.TocNode> rebase(List<BookAdapter.TocNode> nodes, String doc) {
        List<BookAdapter.TocNode> out = new ArrayList<>();
        for (BookAdapter.TocNode n : nodes) {
            String href = n.href().startsWith(EpubRenderer.BODY) ? doc + n.href().substring(EpubRenderer.BODY.length()) : n.href();
            out.add(new BookAdapter.TocNode(n.title(), href, rebase(n.children(), doc))); // headings nest 6 deep at most
        }
        return out;
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
