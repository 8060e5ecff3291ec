/** The embedded fonts (DejaVu Serif, Sans, Mono) and their metrics for layout. */
package dev.offprint.render.pdf.fonts;
