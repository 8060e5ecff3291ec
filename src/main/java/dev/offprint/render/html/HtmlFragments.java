package dev.offprint.render.html;

import java.util.List;

/**
 * One article rendered as separate pieces of markup, for assembling into one page (the HTML format)
 * or into several documents (the EPUB format). A piece is "" when the article has nothing for it.
 *
 * @param header          the title block: title, subtitle, byline, site, dates, source link
 * @param body            the article's blocks
 * @param references      the References section, with back-links to each citation
 * @param notes           the Notes section: the page's own footnotes, with back-links
 * @param links           the Links section: link notes (only present when the article has them)
 * @param source          the Source section: address, publisher, dates, conversion time
 * @param comments        the reader comments section ("" when options leave comments out)
 * @param outline         the body's headings in order, with the ids written on them
 * @param images          images written as {@code <img>}
 * @param imagesWithoutAlt images written with an empty alt text
 */
public record HtmlFragments(
        String header,
        String body,
        String references,
        String notes,
        String links,
        String source,
        String comments,
        List<OutlineEntry> outline,
        int images,
        int imagesWithoutAlt) {

    public HtmlFragments {
        outline = List.copyOf(outline);
    }

    /** True when there is any appendix section (references, notes, links). */
    public boolean hasNotesOrReferences() {
        return !references.isEmpty() || !notes.isEmpty() || !links.isEmpty();
    }
}
