package dev.offprint.model;

import java.util.List;
import java.util.Objects;

/**
 * Block content of an article: the things that stack vertically on a page.
 *
 * <p>Blocks contain blocks or inlines, never the reverse. Lists are copied on construction
 * (which also rejects null elements); optional strings are {@code null} only where the Javadoc
 * says so. The catalogue is closed and mirrored one-to-one by the json {@code "type"} names.
 */
public sealed interface Block {

    <R> R accept(Visitor<R> v);

    /** A section heading, level 1–6, with a stable id for links and the outline. {@code <h2>}. */
    record Heading(int level, List<Inline> content, String id) implements Block {
        public Heading {
            if (level < 1 || level > 6) throw new IllegalArgumentException("heading level " + level);
            content = List.copyOf(content);
            id = id == null ? "" : id;
        }
        public <R> R accept(Visitor<R> v) { return v.heading(this); }
    }

    /** A paragraph of running text. {@code <p>}. */
    record Paragraph(List<Inline> content) implements Block {
        public Paragraph { content = List.copyOf(content); }
        public <R> R accept(Visitor<R> v) { return v.paragraph(this); }
    }

    /** A bulleted or numbered list; each item is a list of blocks. {@code <ul>}, {@code <ol start=3>}. */
    record ListBlock(boolean ordered, int start, List<List<Block>> items) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }
        public <R> R accept(Visitor<R> v) { return v.listBlock(this); }
    }

    /** A definition list. {@code <dl><dt>term<dd>definition</dl>}. */
    record DefinitionList(List<Definition> items) implements Block {
        public DefinitionList { items = List.copyOf(items); }
        public <R> R accept(Visitor<R> v) { return v.definitionList(this); }
    }

    /** One term of a {@link DefinitionList} with its definitions (each a list of blocks). */
    record Definition(List<Inline> term, List<List<Block>> definitions) {
        public Definition {
            term = List.copyOf(term);
            definitions = definitions.stream().map(List::copyOf).toList();
        }
    }

    /** A quotation, with an optional attribution (empty when none). {@code <blockquote>}. */
    record Quote(List<Block> content, List<Inline> attribution) implements Block {
        public Quote {
            content = List.copyOf(content);
            attribution = attribution == null ? List.of() : List.copyOf(attribution);
        }
        public <R> R accept(Visitor<R> v) { return v.quote(this); }
    }

    /**
     * An image with its alt text, caption and credit. {@code <figure><img><figcaption>}.
     * {@code src} is absolute; {@code width}/{@code height} are the declared pixel size or 0.
     */
    record Figure(String src, String alt, int width, int height, List<Inline> caption, List<Inline> credit)
            implements Block {
        public Figure {
            Objects.requireNonNull(src, "src");
            alt = alt == null ? "" : alt;
            caption = List.copyOf(caption);
            credit = credit == null ? List.of() : List.copyOf(credit);
        }
        public <R> R accept(Visitor<R> v) { return v.figure(this); }
    }

    /** A table: optional caption, header rows, body rows. {@code <table>}. */
    record Table(List<Inline> caption, List<Row> header, List<Row> body) implements Block {
        public Table {
            caption = List.copyOf(caption);
            header = List.copyOf(header);
            body = List.copyOf(body);
        }
        public <R> R accept(Visitor<R> v) { return v.table(this); }
    }

    /** A table row. {@code <tr>}. */
    record Row(List<Cell> cells) {
        public Row { cells = List.copyOf(cells); }
    }

    /** A table cell; {@code header} for {@code <th>}; spans are at least 1. */
    record Cell(List<Inline> content, boolean header, int colspan, int rowspan) {
        public Cell {
            content = List.copyOf(content);
            if (colspan < 1) colspan = 1;
            if (rowspan < 1) rowspan = 1;
        }
    }

    /** Preformatted code, whitespace kept; {@code language} is empty when unknown. {@code <pre><code>}. */
    record CodeBlock(String language, String text) implements Block {
        public CodeBlock {
            language = language == null ? "" : language;
            Objects.requireNonNull(text, "text");
        }
        public <R> R accept(Visitor<R> v) { return v.codeBlock(this); }
    }

    /** A video, audio or frame that print cannot play, kept as title and URL. {@code <iframe>}. */
    record Embed(String title, String url) implements Block {
        public Embed {
            title = title == null ? "" : title;
            Objects.requireNonNull(url, "url");
        }
        public <R> R accept(Visitor<R> v) { return v.embed(this); }
    }

    /** A thematic break. {@code <hr>}. */
    record Rule() implements Block {
        public <R> R accept(Visitor<R> v) { return v.rule(this); }
    }

    /** One method per variant. */
    interface Visitor<R> {
        R heading(Heading h);
        R paragraph(Paragraph p);
        R listBlock(ListBlock l);
        R definitionList(DefinitionList d);
        R quote(Quote q);
        R figure(Figure f);
        R table(Table t);
        R codeBlock(CodeBlock c);
        R embed(Embed e);
        R rule(Rule r);
    }
}
