package dev.offprint.render.html;

import dev.offprint.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes inlines as HTML: one short method per node type, every byte through the {@link HtmlWriter}. */
final class InlineWriter implements Inline.Visitor<Void> {

    private final HtmlWriter w;
    private final RenderState state;

    InlineWriter(HtmlWriter w, RenderState state) {
        this.w = w;
        this.state = state;
    }

    /**
     * True right after a note number was written and before anything else: a note number that
     * follows directly gets a raised comma first, so notes 23 and 24 read 23,24 and never 2324.
     */
    private boolean afterNote;
    /** How deep {@link #write} is nested in itself: 0 when a block's inlines begin. */
    private int nesting;

    void write(List<Inline> inlines) {
        if (nesting == 0) afterNote = false; // a new block
        if (state.depth > RenderState.MAX_DEPTH) {
            w.text(PlainText.of(inlines));
            return;
        }
        state.depth++;
        nesting++;
        try {
            for (Inline i : inlines) i.accept(this);
        } finally {
            nesting--;
            state.depth--;
        }
    }

    private Void wrap(String tag, List<Inline> content, String... attributes) {
        w.open(tag, attributes);
        write(content);
        w.close(tag);
        return null;
    }

    @Override public Void text(Inline.Text t) {
        if (!t.text().isEmpty()) afterNote = false;
        w.text(t.text());
        return null;
    }

    @Override public Void emphasis(Inline.Emphasis e) { return wrap("em", e.content()); }

    @Override public Void strong(Inline.Strong s) { return wrap("strong", s.content()); }

    @Override public Void strikethrough(Inline.Strikethrough s) { return wrap("s", s.content()); }

    @Override public Void code(Inline.Code c) {
        afterNote = false;
        w.element("code", c.text());
        return null;
    }

    @Override public Void link(Inline.Link l) {
        String href = Urls.safeHref(l.target());
        if (href == null) {
            // a javascript:, file: or malformed target: keep the words, drop the link
            write(l.content());
            return null;
        }
        return wrap("a", l.content(), "href", href, "title", l.title().isBlank() ? null : l.title());
    }

    @Override public Void image(Inline.Image i) {
        afterNote = false;
        Optional<ImageSource.ImageRef> ref = state.images.resolve(i.src());
        if (ref.isEmpty()) {
            state.imageMissing(i.src(), i.alt());
            if (!i.alt().isBlank()) w.element("span", i.alt(), "class", "alt");
            return null;
        }
        state.imagesWritten++;
        if (i.alt().isBlank()) state.imagesWithoutAlt++;
        ImageSource.ImageRef r = ref.get();
        w.empty("img", "src", r.href(), "alt", i.alt(), "class", "inline");
        return null;
    }

    @Override public Void lineBreak(Inline.LineBreak b) {
        afterNote = false;
        w.empty("br");
        return null;
    }

    @Override public Void superscript(Inline.Superscript s) { return wrap("sup", s.content()); }

    @Override public Void subscript(Inline.Subscript s) { return wrap("sub", s.content()); }

    @Override public Void noteRef(Inline.NoteRef n) {
        Integer number = state.noteNumbers.get(n.noteId());
        if (number == null) {
            state.noteMissing(n.noteId());
            return null;
        }
        List<String> seen = state.noteRefs.computeIfAbsent(number, k -> new ArrayList<>());
        String id = state.generatedId(seen.isEmpty() ? "noteref-" + number : "noteref-" + number + "-" + (seen.size() + 1));
        seen.add(state.currentDocument + "#" + id);
        String href = state.href(state.options.notesDocument(), "note-" + number);
        if (afterNote) w.element("sup", ",");
        afterNote = true;
        w.open("sup");
        if (state.epub()) {
            w.open("a", "id", id, "href", href, "epub:type", "noteref", "role", "doc-noteref");
        } else {
            w.open("a", "id", id, "href", href, "role", "doc-noteref");
        }
        w.text(Integer.toString(number)).close("a").close("sup");
        return null;
    }

    @Override public Void citationRef(Inline.CitationRef c) {
        Integer number = state.referenceNumbers.get(c.referenceId());
        if (number == null) {
            state.referenceMissing(c.referenceId());
            return null;
        }
        List<String> seen = state.citations.computeIfAbsent(number, k -> new ArrayList<>());
        String id = state.generatedId("cite-" + number + "-" + (seen.size() + 1));
        seen.add(state.currentDocument + "#" + id);
        String href = state.href(state.options.notesDocument(), "ref-" + number);
        afterNote = false;
        if (state.epub()) {
            w.open("a", "id", id, "href", href, "epub:type", "biblioref", "role", "doc-biblioref", "class", "citation");
        } else {
            w.open("a", "id", id, "href", href, "role", "doc-biblioref", "class", "citation");
        }
        w.text("[" + number + "]").close("a");
        return null;
    }
}
