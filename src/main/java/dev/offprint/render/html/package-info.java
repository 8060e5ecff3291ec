/**
 * The html format: a self-contained reader view, and (in XHTML mode) the content documents of the
 * EPUB format. {@link dev.offprint.render.html.HtmlWriter} alone knows escaping.
 *
 * <p>Depends on {@code model}, {@code diag} and {@code render}; must not import jsoup, PDFBox,
 * epub4j, {@code extract} or {@code source}.
 */
package dev.offprint.render.html;
