package dev.offprint.batch;

import java.util.Locale;
import java.util.Optional;

/** The PDF page sizes the command line offers, with their size in PostScript points. */
public enum PageSize {
    A4(595.28f, 841.89f),
    LETTER(612f, 792f),
    A5(419.53f, 595.28f);

    private final float width;
    private final float height;

    PageSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() { return width; }

    public float height() { return height; }

    /** {@code a4}, {@code Letter}, ... case-insensitively. */
    public static Optional<PageSize> byName(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
