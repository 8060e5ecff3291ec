package dev.offprint.hostile;

import dev.offprint.diag.Diagnostic;
import dev.offprint.extract.Extraction;
import dev.offprint.extract.Extractor;
import dev.offprint.model.Article;
import dev.offprint.render.Format;
import dev.offprint.render.RenderContext;
import dev.offprint.render.Renderer;
import dev.offprint.render.epub.EpubOptions;
import dev.offprint.render.epub.EpubRenderer;
import dev.offprint.render.html.HtmlOptions;
import dev.offprint.render.html.HtmlRenderer;
import dev.offprint.render.json.JsonRenderer;
import dev.offprint.render.pdf.PdfOptions;
import dev.offprint.render.pdf.PdfRenderer;
import dev.offprint.render.txt.TextRenderer;
import dev.offprint.source.Page;
import dev.offprint.source.ResourceLoader;
import dev.offprint.transform.AssignHeadingIds;
import dev.offprint.transform.LinksAsNotes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conversion stages in-process, without the batch's threads and files: for fuzz targets and
 * tests that feed a {@link Page} or an {@link Article} straight in. Clean failures are
 * {@link dev.offprint.diag.OffprintException}s and pass through; anything else is a finding.
 */
final class Pipeline {

    /** The outputs by format and every diagnostic said on the way. */
    record Rendered(Map<Format, byte[]> outputs, List<Diagnostic> diagnostics) {}

    private Pipeline() {}

    static Rendered page(Page page, Set<Format> formats, ResourceLoader loader) throws IOException {
        Extraction e = new Extractor().extract(page);
        List<Diagnostic> diags = new ArrayList<>(e.diagnostics());
        Article article = new AssignHeadingIds().apply(e.article());
        ResourceLoader.Result media = loader.load(article, page);
        diags.addAll(media.diagnostics());
        Rendered r = article(article, media.media(), formats);
        diags.addAll(r.diagnostics());
        return new Rendered(r.outputs(), diags);
    }

    static Rendered article(Article article, dev.offprint.model.Media media, Set<Format> formats) throws IOException {
        Map<Format, byte[]> out = new EnumMap<>(Format.class);
        RenderContext ctx = new RenderContext(Instant.parse("2026-01-01T00:00:00Z"));
        Article withNotes = null;
        for (Format f : formats) {
            Article a = article;
            if (f.linkNotes()) {
                if (withNotes == null) withNotes = new LinksAsNotes().apply(article);
                a = withNotes;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            renderer(f).render(a, media, ctx, bytes);
            out.put(f, bytes.toByteArray());
        }
        return new Rendered(out, ctx.diagnostics());
    }

    static Renderer renderer(Format f) {
        return switch (f) {
            case PDF -> new PdfRenderer(PdfOptions.defaults());
            case EPUB -> new EpubRenderer(EpubOptions.defaults());
            case HTML -> new HtmlRenderer(HtmlOptions.defaults());
            case JSON -> new JsonRenderer();
            case TXT -> new TextRenderer();
        };
    }
}
