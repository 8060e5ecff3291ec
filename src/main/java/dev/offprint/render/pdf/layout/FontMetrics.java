package dev.offprint.render.pdf.layout;

/**
 * What layout needs to know about fonts: which code points a face can draw and how wide they are.
 * Widths, ascent and descent are in ems (multiply by the font size for points). The PDF renderer
 * implements it from the embedded TrueType fonts; layout tests use a fixed-width fake, so line
 * breaking and pagination are tested without PDF bytes.
 */
public interface FontMetrics {

    /** True when {@code face} has a glyph for {@code codePoint}. */
    boolean covers(Face face, int codePoint);

    /** The advance width of {@code codePoint} in ems; only asked for covered code points. */
    float advance(Face face, int codePoint);

    /** The height above the baseline, in ems. */
    float ascent(Face face);

    /** The depth below the baseline, in ems (positive). */
    float descent(Face face);

    /** The width of {@code text} at {@code size} points (every code point covered). */
    default float width(Face face, CharSequence text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            w += advance(face, cp);
            i += Character.charCount(cp);
        }
        return w * size;
    }
}
