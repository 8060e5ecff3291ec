package dev.offprint.render.html;

import java.util.Set;

/**
 * The one place that writes HTML and XHTML markup: it alone knows escaping (text, attributes), void
 * elements and XHTML mode, and it drops every character that XML 1.0 forbids, so whatever a page's
 * title or text holds, the output stays well-formed.
 *
 * <p>Tag and attribute <em>names</em> are always constants of offprint's own code; only text and
 * attribute <em>values</em> come from the page, and those always go through {@link #clean}.
 */
public final class HtmlWriter {

    /** The XHTML namespace, written on the root element in XHTML mode. */
    public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    /** The EPUB Structural Semantics namespace, bound to the {@code epub:} prefix in XHTML mode. */
    public static final String EPUB_NS = "http://www.idpf.org/2007/ops";

    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private final StringBuilder out;
    private final boolean xhtml;

    /** A writer appending to {@code out}; {@code xhtml} selects XML syntax (self-closing void elements). */
    public HtmlWriter(StringBuilder out, boolean xhtml) {
        this.out = out;
        this.xhtml = xhtml;
    }

    /** True when writing XHTML (XML syntax). */
    public boolean xhtml() { return xhtml; }

    /** Opens {@code tag} with attributes given as name/value pairs; a null value omits the attribute. */
    public HtmlWriter open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** Closes {@code tag}. */
    public HtmlWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Writes a void element ({@code <br>}, {@code <img>}...), self-closed in XHTML mode. */
    public HtmlWriter empty(String tag, String... attributes) {
        if (!VOID.contains(tag)) throw new IllegalArgumentException("not a void element: " + tag);
        out.append('<').append(tag);
        attributes(attributes);
        out.append(xhtml ? "/>" : ">");
        return this;
    }

    /** Writes {@code <tag attrs>text</tag>}. */
    public HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Writes escaped text. */
    public HtmlWriter text(String text) {
        appendText(out, text);
        return this;
    }

    /** Appends markup produced by offprint's own code (another writer's output); never page data. */
    public HtmlWriter markup(String trustedMarkup) {
        out.append(trustedMarkup);
        return this;
    }

    /** Writes a line break in the source, for readable output. */
    public HtmlWriter newline() {
        out.append('\n');
        return this;
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) throw new IllegalArgumentException("attributes come in name/value pairs");
        for (int i = 0; i < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) continue;
            out.append(' ').append(attributes[i]).append("=\"");
            appendAttribute(out, value);
            out.append('"');
        }
    }

    /** {@code text} escaped for element content, with illegal characters removed. */
    public static String escapeText(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        appendText(sb, text);
        return sb.toString();
    }

    /** {@code value} escaped for a double-quoted attribute value, with illegal characters removed. */
    public static String escapeAttribute(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        appendAttribute(sb, value);
        return sb.toString();
    }

    private static void appendText(StringBuilder sb, String text) {
        String s = clean(text);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;"); // also defuses "]]>"
                default -> sb.append(c);
            }
        }
    }

    private static void appendAttribute(StringBuilder sb, String value) {
        String s = clean(value);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                // an XML parser would normalise these to spaces anyway; say so explicitly
                case '\n', '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
    }

    /**
     * {@code s} with every character outside XML 1.0's {@code Char} production dropped (C0 controls
     * but tab and newline, U+FFFE, U+FFFF), C1 controls and other noncharacters dropped (HTML calls
     * them parse errors), carriage returns turned into newlines, and lone surrogates replaced by
     * U+FFFD. Null gives the empty string.
     */
    public static String clean(String s) {
        if (s == null) return "";
        int n = s.length();
        int i = 0;
        while (i < n && plain(s.charAt(i))) i++;
        if (i == n) return s;
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (plain(c)) {
                sb.append(c);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(i + 1));
                    if ((cp & 0xFFFE) != 0xFFFE) sb.append(c).append(s.charAt(i + 1)); // plane noncharacters
                    i++;
                } else {
                    sb.append('\uFFFD');
                }
            } else if (Character.isLowSurrogate(c)) {
                sb.append('\uFFFD');
            } else if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') continue; // CRLF -> LF
                sb.append('\n');
            }
            // everything else (C0, C1, U+FDD0..U+FDEF, U+FFFE, U+FFFF) is dropped
        }
        return sb.toString();
    }

    private static boolean plain(char c) {
        if (c >= 0x20 && c < 0x7F) return true;
        if (c == '\n' || c == '\t') return true;
        if (c < 0xA0) return false; // C0 (incl. CR, handled apart), DEL and C1
        if (c >= 0xD800 && c <= 0xDFFF) return false;
        if (c >= 0xFDD0 && c <= 0xFDEF) return false;
        return c != 0xFFFE && c != 0xFFFF;
    }
}
