package dev.offprint.render.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Block.*;
import dev.offprint.model.Comment;
import dev.offprint.model.Inline;
import dev.offprint.model.Inline.*;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import dev.offprint.model.Note;
import dev.offprint.model.Reference;
import dev.offprint.render.RenderContext;
import dev.offprint.render.Renderer;
import dev.offprint.render.txt.TextRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Renders the json format (DESIGN.md): {@code {"version": 1, "metadata", "body", "references",
 * "notes", "comments", "extraction"}}. Every block and inline is an object whose {@code "type"} is
 * its record's name in lowerCamel ({@code heading}, {@code listBlock}, {@code noteRef}), written
 * first, then the record's components in declaration order. Missing scalars are {@code null},
 * empty collections {@code []}. Output is UTF-8, pretty-printed with two-space indents and
 * {@code \n} line ends, field order fixed, so the same article always gives the same bytes.
 *
 * <p>Beyond the model's own fields, each comment carries {@code "text"}, its plain text (the
 * issue's comment contract), next to {@code "content"}, its blocks; and {@code "year"} is an
 * integer. Media are not written: JSON describes the article, not its images.
 */
public final class JsonRenderer implements Renderer {

    /**
     * Model nesting written as structure. Extracted articles are at most about 512 deep (jsoup's
     * DOM cap); anything deeper is written as a {@code text} node holding its plain text and
     * reported as {@code depth-flattened}, rather than overflowing the stack.
     */
    static final int MAX_DEPTH = 600;

    // two JSON levels (object, array) per model level, plus the envelope
    // and characters outside the BMP (emoji, CJK Ext-B) as UTF-8, not as \\uD83D\\uDE00 escapes
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(4 * MAX_DEPTH).build())
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    @Override
    public void render(Article article, Media media, RenderContext ctx, OutputStream out) throws IOException {
        try (JsonGenerator g = new WellFormed(FACTORY.createGenerator(out, JsonEncoding.UTF8))) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(prettyPrinter());
            Writer w = new Writer(g);
            try {
                w.article(article);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            g.writeRaw('\n');
            if (w.flattened) {
                ctx.report(Diagnostic.info("depth-flattened", "content nested deeper than " + MAX_DEPTH + " levels written as plain text"));
            }
        }
    }

    /**
     * Writes every string with lone surrogates replaced by U+FFFD (HOSTILE.md H18, H26): a page's
     * broken UTF-16 must not become a {@code \\uD800} escape that strict JSON readers reject.
     */
    private static final class WellFormed extends com.fasterxml.jackson.core.util.JsonGeneratorDelegate {
        WellFormed(JsonGenerator g) { super(g, false); }

        @Override
        public void writeString(String text) throws IOException {
            super.writeString(text == null ? null : wellFormed(text));
        }

        @Override
        public void writeStringField(String field, String value) throws IOException {
            writeFieldName(field);
            writeString(value);
        }
    }

    /** {@code s} with each unpaired surrogate replaced by U+FFFD. */
    static String wellFormed(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (lone && sb == null) sb = new StringBuilder(s).replace(0, s.length(), s.substring(0, i));
            if (sb != null) sb.append(lone ? '\uFFFD' : c);
        }
        return sb == null ? s : sb.toString();
    }

    /** {@code "key": value}, two-space indents for objects and arrays, {@code []} and {@code {}} when empty. */
    static DefaultPrettyPrinter prettyPrinter() {
        Separators seps = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(seps);
        pp.indentObjectsWith(indent);
        pp.indentArraysWith(indent);
        return pp;
    }

    /** Lower-camel type name of a record class: {@code ListBlock} -> {@code listBlock}. */
    static String typeName(Class<?> type) {
        String n = type.getSimpleName();
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    /** One article's writing; IOExceptions travel up as UncheckedIOException through the visitors. */
    private static final class Writer {
        private final JsonGenerator g;
        boolean flattened;

        Writer(JsonGenerator g) { this.g = g; }

        void article(Article a) {
            try {
                g.writeStartObject();
                g.writeNumberField("version", Article.MODEL_VERSION);
                g.writeFieldName("metadata");
                metadata(a.metadata());
                g.writeFieldName("body");
                blocks(a.body(), 0);
                g.writeArrayFieldStart("references");
                for (Reference r : a.references()) reference(r);
                g.writeEndArray();
                g.writeArrayFieldStart("notes");
                for (Note n : a.notes()) note(n);
                g.writeEndArray();
                g.writeArrayFieldStart("comments");
                for (Comment c : a.comments()) comment(c);
                g.writeEndArray();
                g.writeObjectFieldStart("extraction");
                g.writeStringField("method", a.extraction().method());
                g.writeNumberField("confidence", a.extraction().confidence());
                g.writeEndObject();
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void metadata(Metadata m) throws IOException {
            g.writeStartObject();
            g.writeStringField("title", m.title());
            g.writeStringField("subtitle", m.subtitle());
            strings("authors", m.authors());
            g.writeStringField("siteName", m.siteName());
            g.writeStringField("publisher", m.publisher());
            g.writeStringField("url", m.url());
            g.writeStringField("published", m.published());
            g.writeStringField("modified", m.modified());
            g.writeStringField("captured", m.captured());
            g.writeStringField("language", m.language());
            g.writeStringField("direction", m.direction());
            g.writeStringField("description", m.description());
            strings("keywords", m.keywords());
            g.writeStringField("leadImage", m.leadImage());
            g.writeEndObject();
        }

        private void strings(String field, List<String> values) throws IOException {
            g.writeArrayFieldStart(field);
            for (String s : values) g.writeString(s);
            g.writeEndArray();
        }

        private void reference(Reference r) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("text", r.text());
            strings("authors", r.authors());
            g.writeStringField("title", r.title());
            g.writeStringField("container", r.container());
            g.writeFieldName("year");
            if (r.year() == null) g.writeNull(); else g.writeNumber(r.year());
            g.writeStringField("volume", r.volume());
            g.writeStringField("issue", r.issue());
            g.writeStringField("pages", r.pages());
            g.writeStringField("doi", r.doi());
            g.writeStringField("pmid", r.pmid());
            g.writeStringField("url", r.url());
            g.writeEndObject();
        }

        private void note(Note n) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", n.id());
            g.writeStringField("kind", n.kind().name().toLowerCase(Locale.ROOT));
            g.writeStringField("url", n.url());
            g.writeFieldName("content");
            blocks(n.content(), 0);
            g.writeEndObject();
        }

        private void comment(Comment c) throws IOException {
            g.writeStartObject();
            g.writeStringField("author", c.author());
            g.writeStringField("date", c.date());
            g.writeStringField("text", TextRenderer.text(c.content()).strip());
            g.writeFieldName("content");
            blocks(c.content(), 0);
            g.writeEndObject();
        }

        private void blocks(List<Block> blocks, int depth) throws IOException {
            g.writeStartArray();
            for (Block b : blocks) block(b, depth + 1);
            g.writeEndArray();
        }

        private void blockLists(String field, List<List<Block>> lists, int depth) throws IOException {
            g.writeArrayFieldStart(field);
            for (List<Block> l : lists) blocks(l, depth);
            g.writeEndArray();
        }

        private void inlines(String field, List<Inline> inlines, int depth) throws IOException {
            g.writeFieldName(field);
            g.writeStartArray();
            for (Inline i : inlines) inline(i, depth + 1);
            g.writeEndArray();
        }

        private void start(Object node) throws IOException {
            g.writeStartObject();
            g.writeStringField("type", typeName(node.getClass()));
        }

        private void flat(String text) throws IOException {
            flattened = true;
            g.writeStartObject();
            g.writeStringField("type", "text");
            g.writeStringField("text", text);
            g.writeEndObject();
        }

        private void block(Block b, int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                flat(TextRenderer.text(List.of(b)).strip());
                return;
            }
            b.accept(new Block.Visitor<Void>() {
                public Void heading(Heading h) {
                    return io(() -> {
                        start(h);
                        g.writeNumberField("level", h.level());
                        inlines("content", h.content(), depth);
                        g.writeStringField("id", h.id());
                    });
                }
                public Void paragraph(Paragraph p) { return io(() -> { start(p); inlines("content", p.content(), depth); }); }
                public Void listBlock(ListBlock l) {
                    return io(() -> {
                        start(l);
                        g.writeBooleanField("ordered", l.ordered());
                        g.writeNumberField("start", l.start());
                        blockLists("items", l.items(), depth);
                    });
                }
                public Void definitionList(DefinitionList d) {
                    return io(() -> {
                        start(d);
                        g.writeArrayFieldStart("items");
                        for (Definition def : d.items()) {
                            g.writeStartObject();
                            inlines("term", def.term(), depth);
                            blockLists("definitions", def.definitions(), depth);
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                    });
                }
                public Void quote(Quote q) {
                    return io(() -> {
                        start(q);
                        g.writeFieldName("content");
                        blocks(q.content(), depth);
                        inlines("attribution", q.attribution(), depth);
                    });
                }
                public Void figure(Figure f) {
                    return io(() -> {
                        start(f);
                        g.writeStringField("src", f.src());
                        g.writeStringField("alt", f.alt());
                        g.writeNumberField("width", f.width());
                        g.writeNumberField("height", f.height());
                        inlines("caption", f.caption(), depth);
                        inlines("credit", f.credit(), depth);
                    });
                }
                public Void table(Table t) {
                    return io(() -> {
                        start(t);
                        inlines("caption", t.caption(), depth);
                        rows("header", t.header(), depth);
                        rows("body", t.body(), depth);
                    });
                }
                public Void codeBlock(CodeBlock c) {
                    return io(() -> {
                        start(c);
                        g.writeStringField("language", c.language());
                        g.writeStringField("text", c.text());
                    });
                }
                public Void embed(Embed e) {
                    return io(() -> {
                        start(e);
                        g.writeStringField("title", e.title());
                        g.writeStringField("url", e.url());
                    });
                }
                public Void rule(Rule r) { return io(() -> start(r)); }
            });
            g.writeEndObject();
        }

        private void rows(String field, List<Row> rows, int depth) throws IOException {
            g.writeArrayFieldStart(field);
            for (Row r : rows) {
                g.writeStartObject();
                g.writeArrayFieldStart("cells");
                for (Cell c : r.cells()) {
                    g.writeStartObject();
                    inlines("content", c.content(), depth);
                    g.writeBooleanField("header", c.header());
                    g.writeNumberField("colspan", c.colspan());
                    g.writeNumberField("rowspan", c.rowspan());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void inline(Inline i, int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                flat(TextRenderer.inlineText(List.of(i)));
                return;
            }
            i.accept(new Inline.Visitor<Void>() {
                public Void text(Text t) { return io(() -> { start(t); g.writeStringField("text", t.text()); }); }
                public Void emphasis(Emphasis e) { return io(() -> { start(e); inlines("content", e.content(), depth); }); }
                public Void strong(Strong s) { return io(() -> { start(s); inlines("content", s.content(), depth); }); }
                public Void strikethrough(Strikethrough s) { return io(() -> { start(s); inlines("content", s.content(), depth); }); }
                public Void code(Code c) { return io(() -> { start(c); g.writeStringField("text", c.text()); }); }
                public Void link(Link l) {
                    return io(() -> {
                        start(l);
                        g.writeStringField("target", l.target());
                        g.writeStringField("title", l.title());
                        inlines("content", l.content(), depth);
                    });
                }
                public Void image(Inline.Image im) {
                    return io(() -> {
                        start(im);
                        g.writeStringField("src", im.src());
                        g.writeStringField("alt", im.alt());
                    });
                }
                public Void lineBreak(LineBreak b) { return io(() -> start(b)); }
                public Void superscript(Superscript s) { return io(() -> { start(s); inlines("content", s.content(), depth); }); }
                public Void subscript(Subscript s) { return io(() -> { start(s); inlines("content", s.content(), depth); }); }
                public Void noteRef(NoteRef n) { return io(() -> { start(n); g.writeStringField("noteId", n.noteId()); }); }
                public Void citationRef(CitationRef c) { return io(() -> { start(c); g.writeStringField("referenceId", c.referenceId()); }); }
            });
            g.writeEndObject();
        }

        private interface IoAction { void run() throws IOException; }

        private static Void io(IoAction a) {
            try {
                a.run();
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
