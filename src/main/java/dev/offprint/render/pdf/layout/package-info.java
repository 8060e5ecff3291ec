/**
 * PDF layout, free of PDFBox: inline flattening, line breaking (Knuth–Plass), block layout,
 * pagination and the logical structure. Measures text only through {@link dev.offprint.render.pdf.layout.FontMetrics}.
 * Must not import PDFBox, {@code extract} or {@code source}.
 */
package dev.offprint.render.pdf.layout;
