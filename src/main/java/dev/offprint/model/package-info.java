/**
 * The document model: plain immutable records and sealed interfaces shared by every stage.
 *
 * <p>Depends on nothing but the JDK. Must not import jsoup, PDFBox, epublib, picocli or any other
 * offprint package.
 */
package dev.offprint.model;
