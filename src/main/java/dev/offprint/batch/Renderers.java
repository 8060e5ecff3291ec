package dev.offprint.batch;

import dev.offprint.render.Format;
import dev.offprint.render.Renderer;
import dev.offprint.render.epub.EpubOptions;
import dev.offprint.render.epub.EpubRenderer;
import dev.offprint.render.html.HtmlOptions;
import dev.offprint.render.html.HtmlRenderer;
import dev.offprint.render.json.JsonRenderer;
import dev.offprint.render.pdf.PdfOptions;
import dev.offprint.render.pdf.PdfRenderer;
import dev.offprint.render.txt.TextRenderer;

/** The one place that maps a {@link Format} and the request's options to a renderer. */
final class Renderers {

    private Renderers() {}

    /**
     * The request's PDF options at its page size; without a fallback font of its own, the system's
     * CJK fallback font when one is installed (DESIGN.md: scripts DejaVu lacks use system fonts
     * when present, else a visible substitute).
     */
    static PdfOptions pdfOptions(ConvertRequest request) {
        PdfOptions o = request.pdf();
        return o.fallbackFont() != null ? o : o.withFallbackFont(PdfOptions.systemFallbackFont().orElse(null));
    }

    /** A renderer for {@code format}, configured from {@code request}; a new one per call. */
    static Renderer of(Format format, ConvertRequest request) {
        return switch (format) {
            case PDF -> new PdfRenderer(pdfOptions(request));
            case EPUB -> new EpubRenderer(EpubOptions.defaults());
            // images embedded: the html file stands alone, like the pdf and epub
            case HTML -> new HtmlRenderer(HtmlOptions.defaults());
            case JSON -> new JsonRenderer();
            case TXT -> new TextRenderer();
        };
    }
}
