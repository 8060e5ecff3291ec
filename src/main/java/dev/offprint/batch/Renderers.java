package dev.offprint.batch;

import dev.offprint.diag.OffprintException;
import dev.offprint.render.Format;
import dev.offprint.render.Renderer;
import dev.offprint.render.json.JsonRenderer;
import dev.offprint.render.txt.TextRenderer;

/** The one place that maps a {@link Format} and the request's options to a renderer. */
final class Renderers {

    private Renderers() {}

    /** A renderer for {@code format}, configured from {@code request}; a new one per call. */
    static Renderer of(Format format, ConvertRequest request) {
        return switch (format) {
            case JSON -> new JsonRenderer();
            case TXT -> new TextRenderer();
            case PDF, EPUB, HTML -> throw new OffprintException("format-unavailable",
                    "the " + format.extension() + " renderer is not part of this build yet");
        };
    }
}
