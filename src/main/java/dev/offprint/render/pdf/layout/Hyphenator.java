package dev.offprint.render.pdf.layout;

/** Finds the points inside a word where it may be hyphenated. */
public interface Hyphenator {

    /** Offsets (in chars, strictly inside the word, ascending) after which a hyphen may break it. */
    int[] points(String word);

    /** Never hyphenates. */
    Hyphenator NONE = word -> new int[0];
}
