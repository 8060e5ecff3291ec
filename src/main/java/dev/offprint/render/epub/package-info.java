/**
 * The epub format: EPUB 3.3 books built from the html renderer's XHTML, with navigation,
 * accessibility metadata, a generated cover and content-addressed images.
 *
 * <p>The only package that imports epub4j, and only in {@link dev.offprint.render.epub.BookAdapter}.
 * Must not import jsoup, PDFBox, {@code extract} or {@code source}.
 */
package dev.offprint.render.epub;
