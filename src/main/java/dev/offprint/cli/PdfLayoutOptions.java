package dev.offprint.cli;

import dev.offprint.render.pdf.PdfOptions;
import picocli.CommandLine.Option;

/**
 * The PDF presentation options of {@code convert} (a picocli mixin): font size, margins, columns,
 * hyphenation, ragged right, link notes and where footnotes go. {@link #apply} turns them into
 * {@link PdfOptions}; out-of-range values are refused with the allowed range.
 */
final class PdfLayoutOptions {

    @Option(names = "--font-size", paramLabel = "PT", description = "PDF body font size in points, 6 to 24 (default: 10.5).")
    Float fontSize;

    @Option(names = "--margins", paramLabel = "MM", description = "PDF page margins in millimetres, 5 to 60 (default: 20).")
    Float margins;

    @Option(names = "--columns", paramLabel = "N", description = "PDF text columns: 1 or 2 (default: 1).")
    Integer columns;

    @Option(names = "--no-hyphenate", description = "Do not hyphenate PDF text.")
    boolean noHyphenate;

    @Option(names = "--ragged-right", description = "Set PDF text flush left, ragged right, instead of justified.")
    boolean raggedRight;

    @Option(names = "--link-notes", paramLabel = "MODE",
            description = "Number links and list them in a Links section (endnotes), or not (none); default: endnotes.")
    String linkNotes;

    @Option(names = "--footnotes", paramLabel = "WHERE",
            description = "Set the article's footnotes at the foot of their page (page) or in a Notes section (end); default: page.")
    String footnotes;

    /** {@code base} with the options given; IllegalArgumentException naming the allowed values for a bad one. */
    PdfOptions apply(PdfOptions base) {
        PdfOptions o = base;
        if (fontSize != null) o = o.withFontSize(fontSize);
        if (margins != null) o = o.withMarginMm(margins);
        if (columns != null) o = o.withColumns(columns);
        if (noHyphenate) o = o.withHyphenate(false);
        if (raggedRight) o = o.withRaggedRight(true);
        if (linkNotes != null) o = o.withLinkNotes(PdfOptions.LinkNotes.byName(linkNotes));
        if (footnotes != null) o = o.withFootnotes(PdfOptions.Footnotes.byName(footnotes));
        return o;
    }
}
