package dev.offprint.render.pdf.layout;

import java.util.List;

/**
 * One drawing instruction of a laid-out {@link Item}, positioned relative to the item's top-left
 * corner (x to the right, y downwards, in points). Ops without a structure node are artifacts.
 */
public sealed interface Op {

    /**
     * A run of text in one style on one baseline: {@code segments} are drawn one after another,
     * each followed by {@code extra} points of additional advance (justification).
     * {@code link} is the URI the run points to, or null.
     */
    record Text(float x, float baseline, Style style, List<Segment> segments, float width,
                String link, StructNode node) implements Op {
        public Text { segments = List.copyOf(segments); }

        /** The run's text as drawn. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Segment s : segments) sb.append(s.text());
            return sb.toString();
        }
    }

    /** Text drawn then followed by extra advance. */
    record Segment(String text, float extra) {}

    /** A filled rectangle (backgrounds); always an artifact. */
    record Rect(float x, float y, float width, float height, int rgb) implements Op {}

    /** A stroked line (borders, rules, bars); always an artifact. */
    record Line(float x1, float y1, float x2, float y2, float lineWidth, int rgb) implements Op {}

    /** An image from the media bag, scaled into the box; {@code node} is its Figure element. */
    record Image(float x, float y, float width, float height, String src, StructNode node) implements Op {}

    /** A QR code module grid, drawn as filled squares; an artifact (the URL is printed beside it). */
    record Modules(float x, float y, float module, boolean[][] dark) implements Op {}

    /**
     * The link of a run that goes to a page of the same document (1-based), as in a table of
     * contents; content links are only http, https and mailto, so the two never meet.
     */
    static String pageLink(int page) { return "#page=" + page; }

    /** The page a {@link #pageLink} goes to, or 0 when {@code link} is no page link. */
    static int linkedPage(String link) {
        if (link == null || !link.startsWith("#page=") || link.length() > 16) return 0;
        try {
            return Math.max(0, Integer.parseInt(link.substring(6)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** An outline (bookmark) entry at this point: level 1..6 nested by level. */
    record Bookmark(String title, int level) implements Op {}

    /** Makes sure a structure element exists here even if it draws nothing (an empty table cell). */
    record Touch(StructNode node) implements Op {}
}
