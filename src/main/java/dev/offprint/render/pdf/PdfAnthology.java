package dev.offprint.render.pdf;

import dev.offprint.diag.Diagnostic;
import dev.offprint.diag.OffprintException;
import dev.offprint.model.Article;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import dev.offprint.render.RenderContext;
import dev.offprint.render.pdf.fonts.FontLibrary;
import dev.offprint.render.pdf.layout.AnthologyLayout;
import dev.offprint.render.pdf.layout.ArticleLayout;
import dev.offprint.render.pdf.layout.Hyphenator;
import dev.offprint.render.pdf.layout.PageSpec;
import dev.offprint.render.pdf.paint.PdfPainter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders many articles as one PDF anthology: a title page, a table of contents with page numbers,
 * then each article as a chapter with its own title block and references appendix, an outline
 * with one top-level entry per article, tagged for PDF/UA-1 and PDF/A-2u like a single handout.
 */
public final class PdfAnthology {

    private final PdfOptions options;

    public PdfAnthology(PdfOptions options) { this.options = Objects.requireNonNull(options, "options"); }

    /**
     * Writes the anthology.
     *
     * @param media the media bag of each article, in the same order as {@code articles}
     */
    public void render(String title, List<Article> articles, List<Media> media, RenderContext ctx, OutputStream out)
            throws IOException {
        if (title == null || title.isBlank()) throw new OffprintException("bad-input", "an anthology needs a title");
        if (articles.isEmpty()) throw new OffprintException("bad-input", "an anthology needs at least one article");
        if (media.size() != articles.size()) {
            throw new OffprintException("bad-input", "one media bag per article is needed (" + articles.size()
                    + " articles, " + media.size() + " bags)");
        }
        PageSpec spec = PdfRenderer.pageSpec(options);
        FontLibrary fonts = FontLibrary.withFallback(options.fallbackFont());
        try (PdfPainter painter = new PdfPainter(fonts)) {
            List<AnthologyLayout.Chapter> chapters = new ArrayList<>(articles.size());
            Map<ByteBuffer, Loaded> byContent = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                chapters.add(chapter(articles.get(i), media.get(i), i, painter, ctx, byContent));
            }
            AnthologyLayout layout = new AnthologyLayout(fonts, spec, options.linkNotes() == PdfOptions.LinkNotes.ENDNOTES,
                    options.footnotes() == PdfOptions.Footnotes.PAGE, ctx::report);
            ArticleLayout.Result result = layout.layout(title.strip(), chapters, ctx.converted());
            PdfRenderer.reportTypesetting(result, ctx);
            painter.paint(result, metadata(title.strip(), articles), ctx.converted(), result.root());
            painter.save(out);
        } catch (OffprintException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new OffprintException("render-failed", "the PDF anthology could not be rendered: " + e, e);
        }
    }

    /** An image the painter holds: its key there and its size, or a null size when it could not be decoded. */
    private record Loaded(String key, ArticleLayout.ImageSize size) {}

    /**
     * One chapter, its images loaded under keys of their own: two articles may use the same relative
     * src for different pictures, and the painter keeps one image per key. A picture with the same
     * bytes as one loaded for an earlier chapter (a site's logo) is drawn from that one.
     */
    private AnthologyLayout.Chapter chapter(Article a, Media media, int index, PdfPainter painter, RenderContext ctx,
                                            Map<ByteBuffer, Loaded> byContent) {
        String prefix = "chapter-" + (index + 1) + ":";
        Map<String, ArticleLayout.ImageSize> sizes = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (String src : PdfRenderer.imageSources(a)) {
            var item = media.get(src);
            if (item.isEmpty()) {
                ctx.report(Diagnostic.warning("image-missing", "not available offline, printed as its alt text: " + src));
                continue;
            }
            ByteBuffer content = ByteBuffer.wrap(item.get().bytes());
            Loaded l = byContent.get(content);
            if (l == null) {
                String key = prefix + src;
                var got = painter.loadImages(List.of(key), new Media(Map.of(key, item.get())), ctx::report);
                l = new Loaded(key, got.get(key));
                byContent.put(content, l);
            }
            if (l.size() == null) continue;
            sizes.put(src, l.size());
            keys.put(src, l.key());
        }
        Hyphenator hyph = options.hyphenate() ? Hyphenation.forLanguage(a.metadata().language()) : Hyphenator.NONE;
        boolean[][] qr = a.metadata().url() == null ? null : QrCodes.modules(a.metadata().url());
        return new AnthologyLayout.Chapter(a, hyph, sizes, qr, keys);
    }

    /**
     * The book's document metadata: its title, a description, and the first article's language
     * (the PDF has one default language; a bundle is usually of one language).
     */
    private static Metadata metadata(String title, List<Article> articles) {
        String lang = articles.get(0).metadata().language();
        String description = "An anthology of " + articles.size() + (articles.size() == 1 ? " article" : " articles");
        return new Metadata(title, null, List.of(), null, null, null, null, null, null, lang, null, description,
                List.of(), null);
    }
}
