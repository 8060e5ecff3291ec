package dev.offprint.render.pdf;

import dev.offprint.render.pdf.layout.ArticleLayout;
import dev.offprint.render.pdf.layout.Item;
import dev.offprint.render.pdf.layout.Op;
import dev.offprint.render.pdf.layout.PageLayout;
import dev.offprint.render.pdf.layout.PageSpec;
import dev.offprint.render.pdf.layout.Placed;
import dev.offprint.render.pdf.layout.StructNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks typographic invariants on a finished layout, reading only the placed items and their
 * structure nodes: nothing is drawn beyond the right edge of its column (no overfull line), no
 * heading ends a column (it is followed there by a line of what comes next), and a paragraph of
 * four lines or more never leaves a single line alone at the foot or the head of a column.
 */
final class LayoutInvariants {

    /** How far past the measure a line may reach: rounding, not a visible overhang. */
    static final float EPSILON = 0.5f;

    private LayoutInvariants() {}

    /** One body item where pagination put it. */
    private record At(Placed placed, int page, int column) {}

    /** Every violation found, each naming the page and the text concerned; empty when the layout is sound. */
    static List<String> violations(ArticleLayout.Result result, PageSpec spec) {
        List<String> out = new ArrayList<>();
        Set<Item> footnotes = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PageLayout page : result.pages()) {
            for (Placed p : page.placed()) footnotes.addAll(p.item().footnotes());
        }
        List<At> body = new ArrayList<>();
        for (int pg = 0; pg < result.pages().size(); pg++) {
            for (Placed p : result.pages().get(pg).placed()) {
                if (p.item().pagination() != null) continue;
                int col = column(p, spec);
                overfull(p, pg, col, spec, out);
                if (!p.artifact() && !footnotes.contains(p.item()) && !p.item().ops().isEmpty()) body.add(new At(p, pg, col));
            }
        }
        headings(body, out);
        widowsAndOrphans(body, out);
        return out;
    }

    private static int column(Placed p, PageSpec spec) {
        int best = 0;
        for (int c = 1; c < spec.columns(); c++) {
            if (Math.abs(spec.columnX(c) - p.x()) < Math.abs(spec.columnX(best) - p.x())) best = c;
        }
        return best;
    }

    private static void overfull(Placed p, int page, int col, PageSpec spec, List<String> out) {
        // items spanning the columns (the title block on page one) may use the whole text width
        float right = spec.columns() > 1 && page == 0 && col == 0 ? spec.width() - spec.marginRight()
                : spec.columnX(col) + spec.columnWidth();
        float left = spec.columnX(col);
        for (Op op : p.item().ops()) {
            float x0, x1;
            String what;
            if (op instanceof Op.Text t) {
                if (t.node() != null && "Lbl".equals(t.node().type())) continue; // list labels hang in the indent
                x0 = p.x() + t.x();
                x1 = x0 + t.width();
                what = (insideTable(t.node()) ? "table text \"" : "text \"") + t.text() + "\"";
            } else if (op instanceof Op.Image im) {
                x0 = p.x() + im.x();
                x1 = x0 + im.width();
                what = "image " + im.src();
            } else {
                continue;
            }
            if (x1 > right + EPSILON || x0 < left - EPSILON) {
                out.add(String.format("page %d: %s spans %.1f..%.1f, outside the column %.1f..%.1f",
                        page + 1, what, x0, x1, left, right));
            }
        }
    }

    private static void headings(List<At> body, List<String> out) {
        for (int i = 0; i + 1 < body.size(); i++) {
            At a = body.get(i);
            At next = body.get(i + 1);
            boolean lastInColumn = next.page() != a.page() || next.column() != a.column();
            if (lastInColumn && isHeading(a.placed().item()) ) {
                out.add("page " + (a.page() + 1) + ": heading \"" + text(a.placed().item()) + "\" ends its column");
            }
        }
    }

    private static void widowsAndOrphans(List<At> body, List<String> out) {
        Map<StructNode, List<At>> lines = new LinkedHashMap<>();
        for (At a : body) {
            StructNode p = paragraph(a.placed().item());
            if (p != null) lines.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
        }
        for (List<At> ls : lines.values()) {
            if (ls.size() < 4) continue;
            List<Integer> chunks = new ArrayList<>();
            int run = 1;
            for (int i = 1; i < ls.size(); i++) {
                if (ls.get(i).page() == ls.get(i - 1).page() && ls.get(i).column() == ls.get(i - 1).column()) run++;
                else { chunks.add(run); run = 1; }
            }
            chunks.add(run);
            if (chunks.size() < 2) continue;
            if (chunks.get(0) == 1) {
                out.add("page " + (ls.get(0).page() + 1) + ": orphan, the first line of a " + ls.size()
                        + "-line paragraph alone: \"" + text(ls.get(0).placed().item()) + "\"");
            }
            if (chunks.get(chunks.size() - 1) == 1) {
                At last = ls.get(ls.size() - 1);
                out.add("page " + (last.page() + 1) + ": widow, the last line of a " + ls.size()
                        + "-line paragraph alone: \"" + text(last.placed().item()) + "\"");
            }
        }
    }

    /** A heading line: its text belongs to an H1..H6 element. */
    private static boolean isHeading(Item item) {
        for (Op op : item.ops()) {
            if (op instanceof Op.Text t) {
                StructNode n = block(t.node());
                if (n != null && n.type().matches("H[1-6]")) return true;
            }
        }
        return false;
    }

    /** The one paragraph (P) a line item belongs to, or null (a table row, a heading, mixed content). */
    private static StructNode paragraph(Item item) {
        StructNode found = null;
        for (Op op : item.ops()) {
            if (!(op instanceof Op.Text t) || t.node() == null || "Lbl".equals(t.node().type())) continue;
            StructNode b = block(t.node());
            if (b == null || !b.type().equals("P") || insideTable(b)) return null;
            if (found != null && found != b) return null;
            found = b;
        }
        return found;
    }

    /** The nearest block-level element (P or a heading) holding {@code n}, walking up a bounded number of steps. */
    private static StructNode block(StructNode n) {
        for (int i = 0; n != null && i < 200; i++, n = n.parent()) {
            if (n.type().equals("P") || n.type().matches("H[1-6]")) return n;
        }
        return null;
    }

    private static boolean insideTable(StructNode n) {
        for (int i = 0; n != null && i < 200; i++, n = n.parent()) {
            if (n.type().equals("TD") || n.type().equals("TH") || n.type().equals("Table")) return true;
        }
        return false;
    }

    private static String text(Item item) {
        StringBuilder sb = new StringBuilder();
        for (Op op : item.ops()) if (op instanceof Op.Text t) sb.append(t.text());
        String s = sb.toString().strip();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
