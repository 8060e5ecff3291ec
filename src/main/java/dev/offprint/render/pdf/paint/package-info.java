/** Painting a finished PDF layout with PDFBox: fonts, text, images, tags, annotations, outline, metadata. */
package dev.offprint.render.pdf.paint;
