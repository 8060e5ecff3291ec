/**
 * The PDF renderer: {@link dev.offprint.render.pdf.PdfRenderer} and its {@link dev.offprint.render.pdf.PdfOptions},
 * and {@link dev.offprint.render.pdf.PdfAnthology} for many articles in one PDF ({@code --bundle}).
 * Subpackages: {@code layout} (pure: measuring, line breaking, pagination, structure; no PDFBox),
 * {@code fonts} (the embedded DejaVu fonts and their metrics), {@code paint} (the only code that
 * draws with PDFBox). This package and its subpackages are the only ones that may import PDFBox;
 * they must not import {@code extract} or {@code source}.
 */
package dev.offprint.render.pdf;
