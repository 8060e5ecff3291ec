package dev.offprint.render.pdf;

import dev.offprint.render.pdf.layout.Hyphenator;

/** Chooses the hyphenation patterns for an article's language. */
final class Hyphenation {

    private Hyphenation() {}

    /** The hyphenator for a BCP 47 tag; none yet for any language (patterns arrive with issue 4). */
    static Hyphenator forLanguage(String language) {
        return Hyphenator.NONE;
    }
}
