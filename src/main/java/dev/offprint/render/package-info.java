/**
 * What every renderer shares: the {@link dev.offprint.render.Renderer} interface, the
 * {@link dev.offprint.render.Format} registry (name, extension, media type) and the
 * {@link dev.offprint.render.RenderContext} (conversion time, diagnostics).
 *
 * <p>Each format lives in its own subpackage ({@code pdf}, {@code epub}, {@code html}, {@code json},
 * {@code txt}). Renderers read the model and write bytes; they must not import {@code extract},
 * {@code source}, {@code batch} or {@code cli}, and do no I/O but writing their output.
 */
package dev.offprint.render;
