package dev.offprint.render.html;

import java.util.Objects;

/**
 * Presentation options of the HTML renderer.
 *
 * @param images          how images reach the reader: embedded as {@code data:} URIs, linked to their
 *                        original address, or left out (alt text only)
 * @param xhtml           write XHTML (XML syntax, namespaces, no DOCTYPE) instead of HTML5 syntax
 * @param epubSemantics   add EPUB 3 {@code epub:type} attributes and render notes as EPUB footnotes
 *                        ({@code <aside>}); only meaningful with {@code xhtml}
 * @param comments        show reader comments in a section of their own after the appendix
 * @param bodyDocument    file name of the document holding the body, for back-links from notes and
 *                        references ("" when everything is one document)
 * @param notesDocument   file name of the document holding notes and references, for the links to
 *                        them from the body ("" when everything is one document)
 */
public record HtmlOptions(
        ImageMode images,
        boolean xhtml,
        boolean epubSemantics,
        boolean comments,
        String bodyDocument,
        String notesDocument) {

    /** How images are written into standalone HTML. */
    public enum ImageMode {
        /** {@code data:} URIs from the media bag: one self-contained file. */
        EMBED,
        /** The image's original http(s) address: small file, needs the network to show images. */
        LINK,
        /** No images: the alt text stands in. */
        NONE
    }

    public HtmlOptions {
        Objects.requireNonNull(images, "images");
        bodyDocument = bodyDocument == null ? "" : bodyDocument;
        notesDocument = notesDocument == null ? "" : notesDocument;
    }

    /** A self-contained HTML5 reader view with embedded images and comments. */
    public static HtmlOptions defaults() {
        return new HtmlOptions(ImageMode.EMBED, false, false, true, "", "");
    }

    public HtmlOptions withImages(ImageMode v) { return new HtmlOptions(v, xhtml, epubSemantics, comments, bodyDocument, notesDocument); }
    public HtmlOptions withXhtml(boolean v) { return new HtmlOptions(images, v, epubSemantics, comments, bodyDocument, notesDocument); }
    public HtmlOptions withEpubSemantics(boolean v) { return new HtmlOptions(images, xhtml, v, comments, bodyDocument, notesDocument); }
    public HtmlOptions withComments(boolean v) { return new HtmlOptions(images, xhtml, epubSemantics, v, bodyDocument, notesDocument); }
    public HtmlOptions withBodyDocument(String v) { return new HtmlOptions(images, xhtml, epubSemantics, comments, v, notesDocument); }
    public HtmlOptions withNotesDocument(String v) { return new HtmlOptions(images, xhtml, epubSemantics, comments, bodyDocument, v); }
}
