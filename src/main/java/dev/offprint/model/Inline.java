package dev.offprint.model;

import java.util.List;
import java.util.Objects;

/**
 * Inline content: text and the spans that decorate it, inside a paragraph, heading, caption or cell.
 *
 * <p>Inlines never contain blocks. Lists are copied on construction and never null; text is
 * never null. The catalogue below is closed: every renderer handles each variant through
 * {@link Visitor}, so adding one breaks the build until all renderers handle it.
 */
public sealed interface Inline {

    <R> R accept(Visitor<R> v);

    /** Plain text. {@code <p>Hello</p>} gives {@code Text("Hello")}. */
    record Text(String text) implements Inline {
        public Text { Objects.requireNonNull(text, "text"); }
        public <R> R accept(Visitor<R> v) { return v.text(this); }
    }

    /** Stressed text. {@code <em>}, {@code <i>}. */
    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis { content = List.copyOf(content); }
        public <R> R accept(Visitor<R> v) { return v.emphasis(this); }
    }

    /** Strong importance. {@code <strong>}, {@code <b>}. */
    record Strong(List<Inline> content) implements Inline {
        public Strong { content = List.copyOf(content); }
        public <R> R accept(Visitor<R> v) { return v.strong(this); }
    }

    /** Struck-out text. {@code <s>}, {@code <del>}. */
    record Strikethrough(List<Inline> content) implements Inline {
        public Strikethrough { content = List.copyOf(content); }
        public <R> R accept(Visitor<R> v) { return v.strikethrough(this); }
    }

    /** Inline code, whitespace kept. {@code <code>x++</code>}. */
    record Code(String text) implements Inline {
        public Code { Objects.requireNonNull(text, "text"); }
        public <R> R accept(Visitor<R> v) { return v.code(this); }
    }

    /**
     * A hyperlink with an absolute target. {@code <a href="https://x.org/">x</a>}.
     * {@code title} is empty when the page gave none.
     */
    record Link(String target, String title, List<Inline> content) implements Inline {
        public Link {
            Objects.requireNonNull(target, "target");
            title = title == null ? "" : title;
            content = List.copyOf(content);
        }
        public <R> R accept(Visitor<R> v) { return v.link(this); }
    }

    /** A small image that carries meaning inside text (an icon with alt text, a formula). */
    record Image(String src, String alt) implements Inline {
        public Image {
            Objects.requireNonNull(src, "src");
            alt = alt == null ? "" : alt;
        }
        public <R> R accept(Visitor<R> v) { return v.image(this); }
    }

    /** A forced line break. {@code <br>}. */
    record LineBreak() implements Inline {
        public <R> R accept(Visitor<R> v) { return v.lineBreak(this); }
    }

    /** Raised text. {@code <sup>}. */
    record Superscript(List<Inline> content) implements Inline {
        public Superscript { content = List.copyOf(content); }
        public <R> R accept(Visitor<R> v) { return v.superscript(this); }
    }

    /** Lowered text. {@code <sub>}. */
    record Subscript(List<Inline> content) implements Inline {
        public Subscript { content = List.copyOf(content); }
        public <R> R accept(Visitor<R> v) { return v.subscript(this); }
    }

    /** A pointer to a {@link Note} of the article: {@code <sup><a href="#fn1">1</a></sup>}. */
    record NoteRef(String noteId) implements Inline {
        public NoteRef { Objects.requireNonNull(noteId, "noteId"); }
        public <R> R accept(Visitor<R> v) { return v.noteRef(this); }
    }

    /** A pointer to a {@link Reference} of the article: {@code <a href="#ref-2">[2]</a>}. */
    record CitationRef(String referenceId) implements Inline {
        public CitationRef { Objects.requireNonNull(referenceId, "referenceId"); }
        public <R> R accept(Visitor<R> v) { return v.citationRef(this); }
    }

    /** One method per variant: the compile-time exhaustiveness that Java 17 offers. */
    interface Visitor<R> {
        R text(Text t);
        R emphasis(Emphasis e);
        R strong(Strong s);
        R strikethrough(Strikethrough s);
        R code(Code c);
        R link(Link l);
        R image(Image i);
        R lineBreak(LineBreak b);
        R superscript(Superscript s);
        R subscript(Subscript s);
        R noteRef(NoteRef n);
        R citationRef(CitationRef c);
    }
}
