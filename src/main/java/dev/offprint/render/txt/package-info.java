/**
 * The txt format: the article's body as plain text ({@link dev.offprint.render.txt.TextRenderer}).
 *
 * <p>Depends on {@code model}, {@code diag} and the {@code render} seams only. Must not import
 * {@code extract} or {@code source}, nor jsoup, PDFBox, epub4j, picocli or jackson.
 */
package dev.offprint.render.txt;
