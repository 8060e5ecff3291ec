package dev.offprint.render.pdf;

import dev.offprint.diag.Diagnostic;
import dev.offprint.diag.OffprintException;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Media;
import dev.offprint.model.Note;
import dev.offprint.render.RenderContext;
import dev.offprint.render.Renderer;
import dev.offprint.render.pdf.fonts.FontLibrary;
import dev.offprint.render.pdf.layout.ArticleLayout;
import dev.offprint.render.pdf.layout.Hyphenator;
import dev.offprint.render.pdf.layout.PageSpec;
import dev.offprint.render.pdf.paint.PdfPainter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders an article as a PDF handout: title block, body, and the references appendix
 * (References, Links, Notes, Source), with embedded subset DejaVu fonts, an outline, link
 * annotations, page numbers and tagged structure. Layout (line breaking, pagination) is pure and
 * separate from painting, the only step that uses PDFBox.
 */
public final class PdfRenderer implements Renderer {

    private static final float MM = 72f / 25.4f;

    private final PdfOptions options;

    public PdfRenderer(PdfOptions options) { this.options = options; }

    public PdfOptions options() { return options; }

    @Override
    public void render(Article article, Media media, RenderContext ctx, OutputStream out) throws IOException {
        PageSpec spec = pageSpec(options);
        FontLibrary fonts = FontLibrary.withFallback(options.fallbackFont());
        try (PdfPainter painter = new PdfPainter(fonts)) {
            ArticleLayout.Result result = layout(article, media, ctx, fonts, painter, spec);
            reportTypesetting(result, ctx);
            painter.paint(result, article.metadata(), ctx.converted(), result.root());
            painter.save(out);
        } catch (OffprintException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new OffprintException("render-failed", "the PDF could not be rendered: " + e, e);
        }
    }

    private ArticleLayout.Result layout(Article article, Media media, RenderContext ctx, FontLibrary fonts,
                                        PdfPainter painter, PageSpec spec) {
        Map<String, ArticleLayout.ImageSize> images = painter.loadImages(imageSources(article), media, ctx::report);
        Hyphenator hyph = options.hyphenate() ? Hyphenation.forLanguage(article.metadata().language()) : Hyphenator.NONE;
        boolean[][] qr = article.metadata().url() == null ? null : QrCodes.modules(article.metadata().url());
        ArticleLayout layout = new ArticleLayout(fonts, hyph, spec, images,
                options.linkNotes() == PdfOptions.LinkNotes.ENDNOTES, options.footnotes() == PdfOptions.Footnotes.PAGE,
                qr, ctx::report);
        return layout.layout(article, ctx.converted());
    }

    /**
     * Read-only inspection hook for tests: the layout {@link #render} would paint (same fonts,
     * images, options), without writing a PDF. Package-private; not part of the renderer's API.
     */
    ArticleLayout.Result layoutOnly(Article article, Media media, RenderContext ctx) throws IOException {
        FontLibrary fonts = FontLibrary.withFallback(options.fallbackFont());
        try (PdfPainter painter = new PdfPainter(fonts)) {
            return layout(article, media, ctx, fonts, painter, pageSpec(options));
        }
    }

    static PageSpec pageSpec(PdfOptions o) {
        float m = o.marginMm() * MM;
        float fs = o.fontSize();
        // room for the running header and the page-number footer inside the margins
        return new PageSpec(o.pageSize().width(), o.pageSize().height(), m + fs * 1.2f, m + fs * 1.2f, m, m,
                o.columns(), 6 * MM, fs, !o.raggedRight());
    }

    /** The inline content directly held by a block (paragraph text, heading, caption, cells, terms). */
    private static List<List<dev.offprint.model.Inline>> inlineContent(Block b) {
        if (b instanceof Block.Paragraph p) return List.of(p.content());
        if (b instanceof Block.Heading h) return List.of(h.content());
        if (b instanceof Block.Figure f) return List.of(f.caption(), f.credit());
        if (b instanceof Block.Quote q) return List.of(q.attribution());
        if (b instanceof Block.DefinitionList d) return d.items().stream().map(Block.Definition::term).toList();
        if (b instanceof Block.Table t) {
            List<List<dev.offprint.model.Inline>> out = new java.util.ArrayList<>();
            out.add(t.caption());
            for (Block.Row r : t.header()) for (Block.Cell c : r.cells()) out.add(c.content());
            for (Block.Row r : t.body()) for (Block.Cell c : r.cells()) out.add(c.content());
            return out;
        }
        return List.of();
    }

    /** The src of every figure and inline image in the body and the notes, found without recursion. */
    static Set<String> imageSources(Article a) {
        Set<String> out = new LinkedHashSet<>();
        Deque<Block> stack = new ArrayDeque<>();
        for (int i = a.body().size() - 1; i >= 0; i--) stack.push(a.body().get(i));
        for (Note n : a.notes()) for (Block b : n.content()) stack.addLast(b);
        java.util.ArrayDeque<java.util.Iterator<dev.offprint.model.Inline>> inlines = new java.util.ArrayDeque<>();
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            for (List<dev.offprint.model.Inline> content : inlineContent(b)) inlines.push(content.iterator());
            while (!inlines.isEmpty()) {
                var it = inlines.peek();
                if (!it.hasNext()) { inlines.pop(); continue; }
                var in = it.next();
                if (in instanceof dev.offprint.model.Inline.Image im) out.add(im.src());
                else if (in instanceof dev.offprint.model.Inline.Emphasis e) inlines.push(e.content().iterator());
                else if (in instanceof dev.offprint.model.Inline.Strong e) inlines.push(e.content().iterator());
                else if (in instanceof dev.offprint.model.Inline.Strikethrough e) inlines.push(e.content().iterator());
                else if (in instanceof dev.offprint.model.Inline.Link e) inlines.push(e.content().iterator());
                else if (in instanceof dev.offprint.model.Inline.Superscript e) inlines.push(e.content().iterator());
                else if (in instanceof dev.offprint.model.Inline.Subscript e) inlines.push(e.content().iterator());
            }
            if (b instanceof Block.Figure f) out.add(f.src());
            else if (b instanceof Block.ListBlock l) for (List<Block> item : l.items()) item.forEach(stack::push);
            else if (b instanceof Block.Quote q) q.content().forEach(stack::push);
            else if (b instanceof Block.DefinitionList d) {
                for (Block.Definition def : d.items()) for (List<Block> bl : def.definitions()) bl.forEach(stack::push);
            }
        }
        return out;
    }

    /** Tells the user what typesetting could not do faithfully: substituted glyphs and unreordered right-to-left text. */
    static void reportTypesetting(ArticleLayout.Result result, RenderContext ctx) {
        if (result.substituted() > 0) {
            ctx.report(Diagnostic.warning("glyph-substituted", result.substituted()
                    + " character(s) have no glyph in the embedded fonts and were drawn as a substitute"));
        }
        if (result.rightToLeft() > 0) {
            ctx.report(Diagnostic.info("rtl-logical-order", result.rightToLeft()
                    + " right-to-left letter(s) were set by word-level bidi reordering and basic Arabic shaping"
                    + " (no OpenType shaping: Persian and Urdu letters stay unjoined)"));
        }
    }
}
