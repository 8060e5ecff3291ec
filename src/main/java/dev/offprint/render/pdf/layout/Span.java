package dev.offprint.render.pdf.layout;

/**
 * A run of inline text in one style, as the inline flattener hands it to the {@link Typesetter}.
 * {@code mode} says how it breaks: prose (at spaces, hyphens and soft hyphens, hyphenation
 * points), URL (also after {@code / . - ? & = _ #}), code (spaces kept, tabs expanded, newlines
 * are line breaks) or a forced line break.
 */
public record Span(String text, Style style, String link, StructNode node, Mode mode, InlineImage image) {

    /** How a span's text may break; IMAGE is an inline image drawn as one box. */
    public enum Mode { PROSE, URL, CODE, BREAK, IMAGE }

    /** An image drawn inside a line, sitting on the baseline, {@code width} x {@code height} points. */
    public record InlineImage(String src, float width, float height) {}

    public Span(String text, Style style, String link, StructNode node, Mode mode) {
        this(text, style, link, node, mode, null);
    }

    public static Span lineBreak(Style style, StructNode node) {
        return new Span("", style, null, node, Mode.BREAK);
    }
}
