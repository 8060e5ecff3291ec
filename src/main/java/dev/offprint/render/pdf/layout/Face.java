package dev.offprint.render.pdf.layout;

/**
 * One typeface of the renderer: a family (serif body, sans headings, mono code) in one of four
 * styles, plus an optional fallback font (a system font for scripts the families lack, such as
 * CJK), which has one style only.
 */
public enum Face {
    SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC,
    SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC,
    MONO, MONO_BOLD, MONO_ITALIC, MONO_BOLD_ITALIC,
    FALLBACK;

    /** The families. */
    public enum Family { SERIF, SANS, MONO, FALLBACK }

    public Family family() { return this == FALLBACK ? Family.FALLBACK : Family.values()[ordinal() / 4]; }

    public boolean bold() { return this != FALLBACK && (ordinal() & 1) == 1; }

    public boolean italic() { return this != FALLBACK && (ordinal() & 2) == 2; }

    public static Face of(Family family, boolean bold, boolean italic) {
        if (family == Family.FALLBACK) return FALLBACK;
        return values()[family.ordinal() * 4 + (bold ? 1 : 0) + (italic ? 2 : 0)];
    }

    public Face withBold(boolean b) { return of(family(), b, italic()); }

    public Face withItalic(boolean i) { return of(family(), bold(), i); }

    public Face withFamily(Family f) { return of(f, bold(), italic()); }
}
