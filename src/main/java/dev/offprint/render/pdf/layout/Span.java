package dev.offprint.render.pdf.layout;

/**
 * A run of inline text in one style, as the inline flattener hands it to the {@link Typesetter}.
 * {@code mode} says how it breaks: prose (at spaces, hyphens and soft hyphens, hyphenation
 * points), URL (also after {@code / . - ? & = _ #}), code (spaces kept, tabs expanded, newlines
 * are line breaks) or a forced line break.
 */
public record Span(String text, Style style, String link, StructNode node, Mode mode) {

    /** How a span's text may break. */
    public enum Mode { PROSE, URL, CODE, BREAK }

    public static Span lineBreak(Style style, StructNode node) {
        return new Span("", style, null, node, Mode.BREAK);
    }
}
