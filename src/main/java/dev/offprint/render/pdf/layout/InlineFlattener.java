package dev.offprint.render.pdf.layout;

import dev.offprint.model.Inline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Turns a tree of {@link Inline}s into flat styled {@link Span}s. The walk is iterative (an explicit
 * stack), so inline nesting as deep as a hostile page can make it never overflows the Java stack.
 * Note references print as superscript numbers (their position in the article's notes); citations
 * as bracketed numbers; links get a Link structure element and the link colour.
 */
public final class InlineFlattener {

    /** What the flattener needs to know about the article: note and reference numbers, images. */
    public interface Numbers {
        /** The printed number of a note, or 0 to print nothing (a link note when link notes are off). */
        int note(String noteId);

        /** The printed number of a reference, or 0 when unknown. */
        int reference(String referenceId);

        /** The pixel size of an image that can be drawn, or null (it prints as its alt text). */
        default ArticleLayout.ImageSize image(String src) { return null; }
    }

    public static final int LINK_RGB = 0x1A4F8B;

    private final Numbers numbers;

    public InlineFlattener(Numbers numbers) { this.numbers = numbers; }

    private record Frame(Iterator<Inline> it, Style style, String link, StructNode node, Span.Mode mode) {}

    /** Flattens {@code content} drawn in {@code base} into spans whose text belongs to {@code node}. */
    public List<Span> flatten(List<Inline> content, Style base, StructNode node, Span.Mode mode) {
        List<Span> out = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(content.iterator(), base, null, node, mode));
        // the span count right after the last note number: a note number that follows it directly
        // gets a raised comma first, so notes 23 and 24 print as 23,24 and never as 2324
        int afterNote = -1;
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (!f.it.hasNext()) { stack.pop(); continue; }
            Inline in = f.it.next();
            Style s = f.style;
            if (in instanceof Inline.Text t) {
                out.add(new Span(t.text(), s, f.link, f.node, f.mode));
            } else if (in instanceof Inline.Emphasis e) {
                stack.push(new Frame(e.content().iterator(), s.withFace(s.face().withItalic(!s.face().italic())), f.link, f.node, f.mode));
            } else if (in instanceof Inline.Strong st) {
                stack.push(new Frame(st.content().iterator(), s.withFace(s.face().withBold(true)), f.link, f.node, f.mode));
            } else if (in instanceof Inline.Strikethrough st) {
                stack.push(new Frame(st.content().iterator(), s.withStrike(true), f.link, f.node, f.mode));
            } else if (in instanceof Inline.Code c) {
                Style cs = s.withFace(s.face().withFamily(Face.Family.MONO)).withSize(s.size() * 0.9f);
                out.add(new Span(c.text(), cs, f.link, f.node, f.mode == Span.Mode.CODE ? Span.Mode.CODE : Span.Mode.PROSE));
            } else if (in instanceof Inline.Link l) {
                String target = printable(l.target());
                StructNode linkNode = target == null || f.link != null ? f.node : f.node.child("Link").alt(altFor(l));
                stack.push(new Frame(l.content().iterator(), target == null ? s : s.withRgb(LINK_RGB),
                        target == null ? f.link : target, linkNode, f.mode));
            } else if (in instanceof Inline.Image i) {
                String alt = i.alt().isBlank() ? "image" : i.alt().strip();
                ArticleLayout.ImageSize size = numbers.image(i.src());
                if (size != null && size.width() > 0 && size.height() > 0) {
                    // icons and formulas: CSS pixels to points, at most two and a half lines high
                    float h = Math.min(size.height() * 0.75f, s.size() * 2.5f);
                    float w = size.width() * h / size.height();
                    out.add(new Span(alt, s, f.link, f.node.child("Figure").alt(alt), Span.Mode.IMAGE,
                            new Span.InlineImage(i.src(), w, h)));
                } else {
                    out.add(new Span("[" + alt + "]", s.withRgb(0x555555), f.link, f.node, Span.Mode.PROSE));
                }
            } else if (in instanceof Inline.LineBreak) {
                out.add(Span.lineBreak(s, f.node));
            } else if (in instanceof Inline.Superscript sup) {
                stack.push(new Frame(sup.content().iterator(), raised(s, true), f.link, f.node, f.mode));
            } else if (in instanceof Inline.Subscript sub) {
                stack.push(new Frame(sub.content().iterator(), raised(s, false), f.link, f.node, f.mode));
            } else if (in instanceof Inline.NoteRef n) {
                int num = numbers.note(n.noteId());
                if (num > 0) {
                    if (afterNote == out.size()) out.add(new Span(",", raised(s, true), f.link, f.node, Span.Mode.PROSE));
                    StructNode ref = f.node.child("Reference").noteRef(n.noteId());
                    out.add(new Span(Integer.toString(num), raised(s, true), f.link, ref, Span.Mode.PROSE));
                    afterNote = out.size();
                }
            } else if (in instanceof Inline.CitationRef c) {
                int num = numbers.reference(c.referenceId());
                if (num > 0) out.add(new Span("[" + num + "]", s, f.link, f.node, Span.Mode.PROSE));
            }
        }
        return out;
    }

    private static Style raised(Style s, boolean up) {
        float size = s.size() * 0.7f;
        return s.withSize(size).withRise(s.rise() + (up ? s.size() * 0.35f : -s.size() * 0.15f));
    }

    /** Longer targets are not made clickable: every line of a link carries the URI, so a 1 MB href would multiply. */
    static final int MAX_URI = 8192;
    /** Printed URLs longer than this are shortened: a reader cannot type them, and they would fill pages (H27). */
    static final int MAX_PRINTED_URL = 2000;

    /** A URL as printed: whole up to {@link #MAX_PRINTED_URL} characters, else its start and how much was left out. */
    static String display(String url) {
        String u = url.strip();
        if (u.length() <= MAX_PRINTED_URL) return u;
        return u.substring(0, MAX_PRINTED_URL) + "\u2026 (" + (u.length() - MAX_PRINTED_URL) + " more characters)";
    }

    /**
     * A URL as it may appear in print: web and mail URLs via {@link #display}; any other scheme
     * ({@code javascript:}, {@code file:}, {@code ftp:}, ...) never reaches the output, only a mention.
     */
    static String shown(String url) {
        String t = url.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("http://") || t.startsWith("https://") || t.startsWith("mailto:")) return display(url);
        return "(a link that cannot be printed was left out)";
    }

    /** Only web and mail links become clickable; {@code javascript:}, {@code file:} and the like do not. */
    static String printable(String target) {
        if (target.length() > MAX_URI) return null;
        String t = target.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("http://") || t.startsWith("https://") || t.startsWith("mailto:")) return target.strip();
        return null;
    }

    private static String altFor(Inline.Link l) {
        return l.title().isBlank() ? "Link to " + display(l.target()) : l.title() + " (" + display(l.target()) + ")";
    }

    /** The plain text of inlines, iteratively (for bookmarks, alt text and flattened deep content). */
    public static String plainText(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        Deque<Iterator<Inline>> stack = new ArrayDeque<>();
        stack.push(content.iterator());
        while (!stack.isEmpty()) {
            Iterator<Inline> it = stack.peek();
            if (!it.hasNext()) { stack.pop(); continue; }
            Inline in = it.next();
            if (in instanceof Inline.Text t) sb.append(t.text());
            else if (in instanceof Inline.Code c) sb.append(c.text());
            else if (in instanceof Inline.Emphasis e) stack.push(e.content().iterator());
            else if (in instanceof Inline.Strong s) stack.push(s.content().iterator());
            else if (in instanceof Inline.Strikethrough s) stack.push(s.content().iterator());
            else if (in instanceof Inline.Link l) stack.push(l.content().iterator());
            else if (in instanceof Inline.Superscript s) stack.push(s.content().iterator());
            else if (in instanceof Inline.Subscript s) stack.push(s.content().iterator());
            else if (in instanceof Inline.Image i) sb.append(i.alt());
            else if (in instanceof Inline.LineBreak) sb.append(' ');
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
