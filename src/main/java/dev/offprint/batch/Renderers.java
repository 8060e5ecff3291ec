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

    /** A renderer for {@code format}, configured from {@code request}; a new one per call. */
    static Renderer of(Format format, ConvertRequest request) {
        return switch (format) {
            case PDF -> new PdfRenderer(PdfOptions.defaults().withPageSize(PdfOptions.PageSize.byName(request.pageSize().name())));
            case EPUB -> new EpubRenderer(EpubOptions.defaults());
            // images embedded: the html file stands alone, like the pdf and epub
            case HTML -> new HtmlRenderer(HtmlOptions.defaults());
            case JSON -> new JsonRenderer();
            case TXT -> new TextRenderer();
        };
    }
}
