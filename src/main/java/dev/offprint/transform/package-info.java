/**
 * Transforms: pure {@code Article -> Article} passes run between extraction and rendering
 * ({@link dev.offprint.transform.AssignHeadingIds}, {@link dev.offprint.transform.LinksAsNotes}).
 *
 * <p>Depends only on {@code model}. Must not import jsoup, PDFBox, epub4j, picocli, jackson, nor the
 * {@code source}, {@code extract}, {@code render}, {@code batch} or {@code cli} packages. Every walk
 * over the model here is iterative or bounded by {@link dev.offprint.transform.ModelWalk#MAX_DEPTH}.
 */
package dev.offprint.transform;
