package dev.offprint.extract;

import dev.offprint.model.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates inlines and keeps them canonical (STYLE.md 2.13, example 2): adjacent Text merges,
 * white space runs collapse to one space (never inside Code), adjacent Emphasis/Strong/
 * Strikethrough/Superscript/Subscript merge, empty wrappers vanish, and space is trimmed at the
 * block's edges and around line breaks. Append freely, then call {@link #build()}.
 */
final class InlineBuilder {

    private final List<Inline> items = new ArrayList<>();

    /** Appends text (white space is collapsed at build time). */
    InlineBuilder text(String s) {
        if (s != null && !s.isEmpty()) items.add(new Inline.Text(s));
        return this;
    }

    /** Appends one inline. */
    InlineBuilder add(Inline i) {
        if (i != null) items.add(i);
        return this;
    }

    /** Appends several inlines. */
    InlineBuilder addAll(List<Inline> l) {
        for (Inline i : l) add(i);
        return this;
    }

    boolean isEmpty() { return items.isEmpty(); }

    /** The items as appended, not yet canonical. */
    List<Inline> raw() { return List.copyOf(items); }

    /** The canonical list, trimmed at both ends as a block's content. */
    List<Inline> build() {
        return normalise(items, true);
    }

    /** The canonical list of {@code raw} without trimming the ends (for wrapper content). */
    static List<Inline> canonical(List<Inline> raw) {
        return normalise(raw, false);
    }

    /** Whether the list holds any visible text or an image or a pointer. */
    static boolean hasContent(List<Inline> l) {
        for (Inline i : l) {
            if (i instanceof Inline.Text t) { if (!t.text().isBlank()) return true; }
            else if (i instanceof Inline.LineBreak) continue;
            else if (i instanceof Inline.Code c) { if (!c.text().isBlank()) return true; }
            else if (i instanceof Inline.Image || i instanceof Inline.NoteRef || i instanceof Inline.CitationRef) return true;
            else if (hasContent(children(i))) return true;
        }
        return false;
    }

    /** Plain text of inlines (for comparisons and slugs). */
    static String plain(List<Inline> l) {
        StringBuilder b = new StringBuilder();
        plain(l, b, 0);
        return b.toString();
    }

    private static void plain(List<Inline> l, StringBuilder b, int depth) {
        if (depth > 64) return;
        for (Inline i : l) {
            if (i instanceof Inline.Text t) b.append(t.text());
            else if (i instanceof Inline.Code c) b.append(c.text());
            else if (i instanceof Inline.LineBreak) b.append(' ');
            else if (i instanceof Inline.Image im) b.append(im.alt());
            else plain(children(i), b, depth + 1);
        }
    }

    static List<Inline> children(Inline i) {
        if (i instanceof Inline.Emphasis e) return e.content();
        if (i instanceof Inline.Strong s) return s.content();
        if (i instanceof Inline.Strikethrough s) return s.content();
        if (i instanceof Inline.Link l) return l.content();
        if (i instanceof Inline.Superscript s) return s.content();
        if (i instanceof Inline.Subscript s) return s.content();
        return List.of();
    }

    private static Inline withChildren(Inline i, List<Inline> c) {
        if (i instanceof Inline.Emphasis) return new Inline.Emphasis(c);
        if (i instanceof Inline.Strong) return new Inline.Strong(c);
        if (i instanceof Inline.Strikethrough) return new Inline.Strikethrough(c);
        if (i instanceof Inline.Link l) return new Inline.Link(l.target(), l.title(), c);
        if (i instanceof Inline.Superscript) return new Inline.Superscript(c);
        if (i instanceof Inline.Subscript) return new Inline.Subscript(c);
        return i;
    }

    private static boolean isWrapper(Inline i) {
        return i instanceof Inline.Emphasis || i instanceof Inline.Strong || i instanceof Inline.Strikethrough
                || i instanceof Inline.Link || i instanceof Inline.Superscript || i instanceof Inline.Subscript;
    }

    /** Whether two neighbouring wrappers can become one. */
    private static boolean mergeable(Inline a, Inline b) {
        if (a.getClass() != b.getClass()) return false;
        if (a instanceof Inline.Link la && b instanceof Inline.Link lb) return la.target().equals(lb.target());
        return isWrapper(a);
    }

    private static List<Inline> normalise(List<Inline> raw, boolean trimEnds) {
        State st = new State();
        st.afterSpace = trimEnds;
        List<Inline> out = collapse(raw, st, 0);
        if (trimEnds) out = trimEnd(out, 0);
        return out;
    }

    /** Tracks whether the previous visible leaf ended with a space, across wrapper boundaries. */
    private static final class State {
        boolean afterSpace;
    }

    private static List<Inline> collapse(List<Inline> raw, State st, int depth) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : raw) {
            if (i instanceof Inline.Text t) {
                String s = collapseSpace(t.text());
                if (st.afterSpace && s.startsWith(" ")) s = s.substring(1);
                if (s.isEmpty()) continue;
                st.afterSpace = s.endsWith(" ");
                appendText(out, s);
            } else if (i instanceof Inline.LineBreak) {
                trimTrailingSpace(out);
                out.add(i);
                st.afterSpace = true;
            } else if (isWrapper(i)) {
                List<Inline> kids = depth > 64 ? List.of(new Inline.Text(plain(children(i)))) : children(i);
                boolean onlySpace = !kids.isEmpty() && !hasContent(kids) && plain(kids).isBlank() && !containsBreak(kids);
                if (onlySpace) {
                    if (!st.afterSpace) { appendText(out, " "); st.afterSpace = true; }
                    continue;
                }
                List<Inline> c = collapse(kids, st, depth + 1);
                if (c.isEmpty()) continue;
                Inline w = withChildren(i, c);
                if (!out.isEmpty() && mergeable(out.get(out.size() - 1), w)) {
                    Inline prev = out.remove(out.size() - 1);
                    List<Inline> joined = new ArrayList<>(children(prev));
                    joined.addAll(c);
                    w = withChildren(prev, mergeTexts(joined));
                }
                out.add(w);
            } else {
                if (i instanceof Inline.Code c && c.text().isEmpty()) continue;
                out.add(i);
                st.afterSpace = false;
            }
        }
        return out;
    }

    private static boolean containsBreak(List<Inline> l) {
        for (Inline i : l) if (i instanceof Inline.LineBreak) return true;
        return false;
    }

    private static List<Inline> mergeTexts(List<Inline> l) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : l) {
            if (i instanceof Inline.Text t) appendText(out, t.text());
            else out.add(i);
        }
        return out;
    }

    private static void appendText(List<Inline> out, String s) {
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
            String joined = prev.text() + s;
            if (prev.text().endsWith(" ") && s.startsWith(" ")) joined = prev.text() + s.substring(1);
            out.set(out.size() - 1, new Inline.Text(joined));
        } else {
            out.add(new Inline.Text(s));
        }
    }

    private static void trimTrailingSpace(List<Inline> out) {
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t && t.text().endsWith(" ")) {
            String s = t.text().stripTrailing();
            if (s.isEmpty()) out.remove(out.size() - 1);
            else out.set(out.size() - 1, new Inline.Text(s));
        }
    }

    /** Removes trailing space at the end of the list, looking into the last wrapper. */
    private static List<Inline> trimEnd(List<Inline> l, int depth) {
        List<Inline> out = new ArrayList<>(l);
        while (!out.isEmpty()) {
            Inline last = out.get(out.size() - 1);
            if (last instanceof Inline.LineBreak) { out.remove(out.size() - 1); continue; }
            if (last instanceof Inline.Text t) {
                String s = t.text().stripTrailing();
                if (s.isEmpty()) { out.remove(out.size() - 1); continue; }
                out.set(out.size() - 1, new Inline.Text(s));
            } else if (isWrapper(last) && depth < 64) {
                List<Inline> c = trimEnd(children(last), depth + 1);
                if (c.isEmpty()) { out.remove(out.size() - 1); continue; }
                out.set(out.size() - 1, withChildren(last, c));
            }
            break;
        }
        return out;
    }

    /** Collapses runs of white space (and the invisible kinds pages use) into one space. */
    static String collapseSpace(String s) {
        StringBuilder b = null;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
            if (c == '\u200B' || c == '\u00AD' || c == '\uFEFF') {
                if (b == null) { b = new StringBuilder(s.length()); b.append(s, 0, i); }
                continue;
            }
            if (ws) {
                if (b == null) {
                    if (c == ' ' && !space) { space = true; continue; }
                    b = new StringBuilder(s.length());
                    b.append(s, 0, i);
                }
                if (!space) b.append(' ');
                space = true;
            } else {
                if (b != null) b.append(c);
                space = false;
            }
        }
        return b == null ? s : b.toString();
    }
}
