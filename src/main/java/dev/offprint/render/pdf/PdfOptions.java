package dev.offprint.render.pdf;

import java.util.Locale;
import java.util.Objects;

/**
 * Presentation options of the PDF renderer: page size, body font size (points), margins
 * (millimetres), one or two columns, hyphenation, whether links get numbered notes and a Links
 * section, ragged-right (unjustified) text, where footnotes go (the foot of their page, or a
 * Notes section at the end), and an optional fallback TrueType font for scripts DejaVu lacks
 * (null: such characters are drawn as a visible substitute and reported). Out-of-range values are refused with an
 * {@link IllegalArgumentException} naming the allowed range.
 */
public record PdfOptions(PageSize pageSize, float fontSize, float marginMm, int columns, boolean hyphenate,
                         LinkNotes linkNotes, boolean raggedRight, Footnotes footnotes, java.nio.file.Path fallbackFont) {

    /** The supported paper sizes, in points. */
    public enum PageSize {
        A4(595.28f, 841.89f), LETTER(612f, 792f), A5(419.53f, 595.28f);

        private final float width;
        private final float height;

        PageSize(float width, float height) {
            this.width = width;
            this.height = height;
        }

        public float width() { return width; }

        public float height() { return height; }

        /** "a4", "letter", "a5" (any case). */
        public static PageSize byName(String name) {
            for (PageSize p : values()) if (p.name().equalsIgnoreCase(name.strip())) return p;
            throw new IllegalArgumentException("page size must be A4, Letter or A5, not " + name);
        }
    }

    /** Whether links are numbered in the text and listed in a Links section ("endnotes"), or not ("none"). */
    public enum LinkNotes {
        ENDNOTES, NONE;

        public static LinkNotes byName(String name) {
            for (LinkNotes l : values()) if (l.name().equalsIgnoreCase(name.strip())) return l;
            throw new IllegalArgumentException("link notes must be endnotes or none, not " + name);
        }

        @Override public String toString() { return name().toLowerCase(Locale.ROOT); }
    }

    /** Where the article's own footnotes are set: at the foot of the page that cites them, or at the end. */
    public enum Footnotes {
        PAGE, END;

        public static Footnotes byName(String name) {
            for (Footnotes f : values()) if (f.name().equalsIgnoreCase(name.strip())) return f;
            throw new IllegalArgumentException("footnotes must be page or end, not " + name);
        }

        @Override public String toString() { return name().toLowerCase(Locale.ROOT); }
    }

    public PdfOptions {
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(footnotes, "footnotes");
        Objects.requireNonNull(linkNotes, "linkNotes");
        if (!(fontSize >= 6 && fontSize <= 24)) throw new IllegalArgumentException("font size must be 6 to 24 points, not " + fontSize);
        if (!(marginMm >= 5 && marginMm <= 60)) throw new IllegalArgumentException("margins must be 5 to 60 mm, not " + marginMm);
        if (columns != 1 && columns != 2) throw new IllegalArgumentException("columns must be 1 or 2, not " + columns);
    }

    /** A4, 10.5 pt, 20 mm margins, one column, hyphenated, justified, link endnotes, footnotes at the page foot. */
    public static PdfOptions defaults() {
        return new PdfOptions(PageSize.A4, 10.5f, 20f, 1, true, LinkNotes.ENDNOTES, false, Footnotes.PAGE, null);
    }

    /** Where Debian and Ubuntu put a TrueType CJK fallback font ({@code fonts-droid-fallback}). */
    public static final java.util.List<java.nio.file.Path> SYSTEM_FALLBACK_FONTS = java.util.List.of(
            java.nio.file.Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            java.nio.file.Path.of("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"));

    /** The first of {@link #SYSTEM_FALLBACK_FONTS} present on this machine (for callers that opt in). */
    public static java.util.Optional<java.nio.file.Path> systemFallbackFont() {
        return SYSTEM_FALLBACK_FONTS.stream().filter(java.nio.file.Files::isRegularFile).findFirst();
    }

    public PdfOptions withPageSize(PageSize v) { return new PdfOptions(v, fontSize, marginMm, columns, hyphenate, linkNotes, raggedRight, footnotes, fallbackFont); }
    public PdfOptions withFontSize(float v) { return new PdfOptions(pageSize, v, marginMm, columns, hyphenate, linkNotes, raggedRight, footnotes, fallbackFont); }
    public PdfOptions withMarginMm(float v) { return new PdfOptions(pageSize, fontSize, v, columns, hyphenate, linkNotes, raggedRight, footnotes, fallbackFont); }
    public PdfOptions withColumns(int v) { return new PdfOptions(pageSize, fontSize, marginMm, v, hyphenate, linkNotes, raggedRight, footnotes, fallbackFont); }
    public PdfOptions withHyphenate(boolean v) { return new PdfOptions(pageSize, fontSize, marginMm, columns, v, linkNotes, raggedRight, footnotes, fallbackFont); }
    public PdfOptions withLinkNotes(LinkNotes v) { return new PdfOptions(pageSize, fontSize, marginMm, columns, hyphenate, v, raggedRight, footnotes, fallbackFont); }
    public PdfOptions withRaggedRight(boolean v) { return new PdfOptions(pageSize, fontSize, marginMm, columns, hyphenate, linkNotes, v, footnotes, fallbackFont); }
    public PdfOptions withFootnotes(Footnotes v) { return new PdfOptions(pageSize, fontSize, marginMm, columns, hyphenate, linkNotes, raggedRight, v, fallbackFont); }
    public PdfOptions withFallbackFont(java.nio.file.Path v) { return new PdfOptions(pageSize, fontSize, marginMm, columns, hyphenate, linkNotes, raggedRight, footnotes, v); }
}
