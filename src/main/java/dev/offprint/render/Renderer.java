package dev.offprint.render;

import dev.offprint.model.Article;
import dev.offprint.model.Media;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns an {@link Article} (with its pre-fetched {@link Media}) into one output format. Renderers do
 * no I/O but writing {@code out}; time and ids come from the {@link RenderContext}. Options belong to
 * each renderer's constructor.
 */
public interface Renderer {

    /** Writes the whole output to {@code out}; returns diagnostics through {@code ctx}. */
    void render(Article article, Media media, RenderContext ctx, OutputStream out) throws IOException;
}
