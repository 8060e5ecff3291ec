package dev.offprint.render.pdf.layout;

/**
 * A fake font for layout tests: every covered character is half an em wide (so 10 pt text is 5 pt a
 * character), ascent 0.8, descent 0.2. Covers printable ASCII and Latin-1 in every face, Greek only
 * in the sans faces (to exercise fallback) and U+FFFD only in SANS.
 */
final class FixedMetrics implements FontMetrics {

    @Override public boolean covers(Face face, int cp) {
        if (cp >= 0x20 && cp < 0x7F) return true;
        if (cp >= 0xA0 && cp <= 0xFF) return true;
        if (cp >= 0x2010 && cp <= 0x2014) return true;
        if (cp >= 0x0391 && cp <= 0x03C9) return face.family() == Face.Family.SANS;
        return cp == 0xFFFD && face == Face.SANS;
    }

    @Override public float advance(Face face, int cp) { return 0.5f; }

    @Override public float ascent(Face face) { return 0.8f; }

    @Override public float descent(Face face) { return 0.2f; }
}
