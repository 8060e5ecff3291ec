package dev.offprint.render.html;

import dev.offprint.model.Block;
import dev.offprint.model.Inline;
import dev.offprint.render.AltText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes blocks as HTML: one short method per node type, every byte through the {@link HtmlWriter}. */
final class BlockWriter implements Block.Visitor<Void> {

    /** HTML caps colspan at 1000 and rowspan at 65534; a page asking for more is lying. */
    private static final int MAX_SPAN = 1000;

    private final HtmlWriter w;
    private final RenderState state;
    private final InlineWriter inlines;

    BlockWriter(HtmlWriter w, RenderState state) {
        this.w = w;
        this.state = state;
        this.inlines = new InlineWriter(w, state);
    }

    void write(List<Block> blocks) {
        if (state.depth > RenderState.MAX_DEPTH) {
            String text = PlainText.ofBlocks(blocks);
            if (!text.isEmpty()) w.element("p", text);
            return;
        }
        state.depth++;
        try {
            for (Block b : blocks) {
                b.accept(this);
                w.newline();
            }
        } finally {
            state.depth--;
        }
    }

    void inline(List<Inline> content) { inlines.write(content); }

    @Override public Void heading(Block.Heading h) {
        String text = PlainText.of(h.content());
        // a heading with no text (an image's alt counts) names nothing for a screen reader: leave it out
        if (text.isEmpty()) return null;
        String id = state.uniqueId(h.id().isEmpty() ? text : h.id(), "section-" + (state.outline.size() + 1));
        if (state.inBody) state.outline.add(new OutlineEntry(h.level(), id, text.isEmpty() ? state.labels.section() : text));
        String tag = "h" + h.level();
        w.open(tag, "id", id);
        inline(h.content());
        w.close(tag);
        return null;
    }

    @Override public Void paragraph(Block.Paragraph p) {
        if (p.content().isEmpty()) return null;
        w.open("p");
        inline(p.content());
        w.close("p");
        return null;
    }

    @Override public Void listBlock(Block.ListBlock l) {
        if (l.items().isEmpty()) return null;
        String tag = l.ordered() ? "ol" : "ul";
        w.open(tag, "start", l.ordered() && l.start() != 1 ? Integer.toString(l.start()) : null).newline();
        for (List<Block> item : l.items()) {
            w.open("li");
            items(item);
            w.close("li").newline();
        }
        w.close(tag);
        return null;
    }

    /** A list item or definition: a lone paragraph is written bare, as a browser would show "tight" lists. */
    private void items(List<Block> item) {
        if (item.size() == 1 && item.get(0) instanceof Block.Paragraph p) {
            inline(p.content());
        } else {
            write(item);
        }
    }

    @Override public Void definitionList(Block.DefinitionList d) {
        if (d.items().isEmpty()) return null;
        w.open("dl").newline();
        for (Block.Definition def : d.items()) {
            w.open("dt");
            inline(def.term());
            w.close("dt").newline();
            // HTML requires a dd after every dt: a term without definitions gets an empty one
            if (def.definitions().isEmpty()) w.open("dd").close("dd").newline();
            for (List<Block> definition : def.definitions()) {
                w.open("dd");
                items(definition);
                w.close("dd").newline();
            }
        }
        w.close("dl");
        return null;
    }

    @Override public Void quote(Block.Quote q) {
        if (q.attribution().isEmpty()) {
            w.open("blockquote").newline();
            write(q.content());
            w.close("blockquote");
            return null;
        }
        w.open("figure", "class", "quote").newline().open("blockquote").newline();
        write(q.content());
        w.close("blockquote").newline().open("figcaption");
        w.text("— ");
        inline(q.attribution());
        w.close("figcaption").newline().close("figure");
        return null;
    }

    @Override public Void figure(Block.Figure f) {
        Optional<ImageSource.ImageRef> ref = state.images.resolve(f.src());
        boolean hasCaption = !f.caption().isEmpty() || !f.credit().isEmpty();
        if (ref.isEmpty()) {
            state.imageMissing(f.src(), f.alt());
            if (f.alt().isBlank() && !hasCaption) return null;
        }
        w.open("figure").newline();
        if (ref.isPresent()) {
            ImageSource.ImageRef r = ref.get();
            state.imagesWritten++;
            if (f.alt().isBlank()) state.imagesWithoutAlt++;
            int width = r.width() > 0 ? r.width() : f.width();
            int height = r.width() > 0 ? r.height() : f.height();
            w.empty("img", "src", r.href(), "alt", f.alt(),
                    "width", width > 0 && height > 0 ? Integer.toString(width) : null,
                    "height", width > 0 && height > 0 ? Integer.toString(height) : null);
            w.newline();
        } else if (!f.alt().isBlank() && !AltText.saysAlready(PlainText.of(f.caption()), f.alt())) {
            // the alt text stands in for the missing image, unless the caption below already says it
            w.element("p", f.alt(), "class", "alt").newline();
        }
        if (hasCaption) {
            w.open("figcaption");
            inline(f.caption());
            if (!f.credit().isEmpty()) {
                if (!f.caption().isEmpty()) w.text(" ");
                w.open("span", "class", "credit");
                inline(f.credit());
                w.close("span");
            }
            w.close("figcaption").newline();
        }
        w.close("figure");
        return null;
    }

    @Override public Void table(Block.Table t) {
        if (t.header().isEmpty() && t.body().isEmpty()) return null;
        w.open("div", "class", "table").newline().open("table").newline();
        if (!t.caption().isEmpty()) {
            w.open("caption");
            inline(t.caption());
            w.close("caption").newline();
        }
        if (!t.header().isEmpty()) {
            w.open("thead").newline();
            for (Block.Row row : t.header()) row(row, true);
            w.close("thead").newline();
        }
        if (!t.body().isEmpty()) {
            w.open("tbody").newline();
            for (Block.Row row : t.body()) row(row, false);
            w.close("tbody").newline();
        }
        w.close("table").newline().close("div");
        return null;
    }

    private void row(Block.Row row, boolean headerRow) {
        w.open("tr");
        for (Block.Cell cell : row.cells()) {
            String tag = cell.header() || headerRow ? "th" : "td";
            // scope tells a screen reader which cells a header labels
            String scope = tag.equals("th") ? (headerRow ? "col" : "row") : null;
            w.open(tag, "scope", scope,
                    "colspan", cell.colspan() > 1 ? Integer.toString(Math.min(cell.colspan(), MAX_SPAN)) : null,
                    "rowspan", cell.rowspan() > 1 ? Integer.toString(Math.min(cell.rowspan(), MAX_SPAN)) : null);
            inline(cell.content());
            w.close(tag);
        }
        w.close("tr").newline();
    }

    @Override public Void codeBlock(Block.CodeBlock c) {
        String language = languageClass(c.language());
        w.open("pre").open("code", "class", language.isEmpty() ? null : "language-" + language);
        w.text(c.text());
        w.close("code").close("pre");
        return null;
    }

    private static String languageClass(String language) {
        // a name like "c++" or "objective-c"; anything else is not a language name, and is dropped
        String l = language.strip().toLowerCase(Locale.ROOT);
        return l.length() <= 32 && l.matches("[a-z0-9+#_-]*") ? l : "";
    }

    @Override public Void embed(Block.Embed e) {
        // print cannot play it: keep what it was and where it lives
        String href = Urls.safeHref(e.url());
        w.open("p", "class", "embed").text(e.title().isBlank() ? state.labels.embeddedMedia() : e.title()).text(": ");
        if (href != null) {
            w.element("a", href, "href", href);
        } else {
            w.text(e.url());
        }
        w.close("p");
        return null;
    }

    @Override public Void rule(Block.Rule r) {
        w.empty("hr");
        return null;
    }
}
