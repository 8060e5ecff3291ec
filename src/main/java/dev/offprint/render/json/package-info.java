/**
 * The json format: the model as versioned JSON ({@link dev.offprint.render.json.JsonRenderer}), the
 * canonical view of an article and the golden-file format for everything upstream of rendering.
 *
 * <p>Depends on {@code model}, {@code diag}, the {@code render} seams, {@code render.txt} (for the
 * plain text of comments) and jackson-core. Must not import {@code extract} or {@code source}, nor
 * jsoup, PDFBox, epub4j or picocli.
 */
package dev.offprint.render.json;
