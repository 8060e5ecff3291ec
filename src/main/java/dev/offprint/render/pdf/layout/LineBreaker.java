package dev.offprint.render.pdf.layout;

import dev.offprint.render.pdf.layout.Typesetter.Elem;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses line breaks. Justified text uses Knuth and Plass's total-fit algorithm (the breaks that
 * minimise the paragraph's total demerits, so loose and tight lines are spread out and hyphens
 * are rare); ragged text, paragraphs too large to optimise in bounded time and any paragraph the
 * optimiser cannot set use first fit. A break is {start, break index, last} where the line holds
 * elements [start, break) and {@code last} is 1 when the break is forced (no justification).
 */
final class LineBreaker {

    /** Beyond this many elements total fit is skipped, bounding time on huge paragraphs (HOSTILE H27). */
    static final int MAX_OPTIMISED = 20_000;
    private static final float LINE_PENALTY = 10;
    private static final float FLAGGED_DEMERITS = 3000;
    private static final float FITNESS_DEMERITS = 10000;

    private LineBreaker() {}

    static List<int[]> breakLines(List<Elem> elems, float measure, boolean justify) {
        if (justify && elems.size() <= MAX_OPTIMISED) {
            List<int[]> r = totalFit(elems, measure, 2f, false);
            if (r == null) r = totalFit(elems, measure, 10f, true);
            if (r != null) return r;
        }
        return firstFit(elems, measure);
    }

    // ------------------------------------------------------------------ first fit

    static List<int[]> firstFit(List<Elem> elems, float measure) {
        List<int[]> lines = new ArrayList<>();
        int n = elems.size();
        int start = 0;
        while (start < n) {
            float w = 0;
            int lastBreak = -1;
            int i = start;
            // skip discardables at a line start
            while (i < n && !elems.get(i).box() && !elems.get(i).forced()) i++;
            int brk = -1;
            for (; i < n; i++) {
                Elem e = elems.get(i);
                if (e.box()) {
                    if (w + e.width > measure && lastBreak >= 0) { brk = lastBreak; break; }
                    w += e.width;
                } else if (e.glue()) {
                    if (i > 0 && elems.get(i - 1).box()) lastBreak = i;
                    w += e.width;
                } else {
                    if (e.forced()) { brk = i; break; }
                    // a line already wider than the measure (a single character wider than a narrow
                    // table cell) takes its first break opportunity, rather than none at all
                    if (e.penalty < Typesetter.INFINITE && (w + e.width <= measure || (lastBreak < 0 && w > 0))) lastBreak = i;
                }
            }
            if (brk < 0) {
                if (i >= n) break;
                brk = lastBreak;
            }
            lines.add(new int[] {start, brk, elems.get(brk).forced() ? 1 : 0});
            start = brk + 1;
        }
        return lines;
    }

    // ------------------------------------------------------------------ total fit

    private static final class Node {
        final int position;
        final int line;
        final int fitness;
        final float width, stretch, shrink;
        final float demerits;
        final Node previous;

        Node(int position, int line, int fitness, float width, float stretch, float shrink, float demerits, Node previous) {
            this.position = position;
            this.line = line;
            this.fitness = fitness;
            this.width = width;
            this.stretch = stretch;
            this.shrink = shrink;
            this.demerits = demerits;
            this.previous = previous;
        }
    }

    /**
     * Knuth–Plass: returns null when no set of breaks keeps every line's adjustment ratio within
     * [-1, tolerance]. With {@code emergency}, an underfull line without stretch counts as feasible
     * at the tolerance, so a paragraph that first fit can set is always set.
     */
    static List<int[]> totalFit(List<Elem> elems, float measure, float tolerance, boolean emergency) {
        int n = elems.size();
        float sumW = 0, sumY = 0, sumZ = 0;
        List<Node> active = new ArrayList<>();
        active.add(new Node(-1, 0, 1, 0, 0, 0, 0, null));
        for (int b = 0; b < n; b++) {
            Elem e = elems.get(b);
            boolean breakpoint;
            if (e.box()) breakpoint = false;
            else if (e.glue()) breakpoint = b > 0 && elems.get(b - 1).box();
            else breakpoint = e.penalty < Typesetter.INFINITE;
            if (breakpoint) {
                Node[] best = new Node[4];
                float[] bestD = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
                for (int k = 0; k < active.size(); k++) {
                    Node a = active.get(k);
                    float w = sumW - a.width + (e.penalty() ? e.width : 0);
                    float r;
                    if (w < measure) {
                        float y = sumY - a.stretch;
                        r = y > 0 ? (measure - w) / y : Float.POSITIVE_INFINITY;
                        if (emergency && r > tolerance) r = tolerance;
                    } else if (w > measure) {
                        float z = sumZ - a.shrink;
                        r = z > 0 ? (measure - w) / z : Float.NEGATIVE_INFINITY;
                    } else r = 0;
                    if (r < -1 || e.forced()) {
                        active.remove(k);
                        k--;
                    }
                    if (r >= -1 && r <= tolerance) {
                        float badness = 100 * Math.abs(r * r * r);
                        float d;
                        if (e.penalty() && e.penalty >= 0) d = (LINE_PENALTY + badness) * (LINE_PENALTY + badness) + e.penalty * e.penalty;
                        else if (e.penalty() && !e.forced()) d = (LINE_PENALTY + badness) * (LINE_PENALTY + badness) - e.penalty * e.penalty;
                        else d = (LINE_PENALTY + badness) * (LINE_PENALTY + badness);
                        if (e.penalty() && e.flagged && a.position >= 0) {
                            Elem prev = elems.get(a.position);
                            if (prev.penalty() && prev.flagged) d += FLAGGED_DEMERITS;
                        }
                        int fitness = r < -0.5f ? 0 : r <= 0.5f ? 1 : r <= 1f ? 2 : 3;
                        if (Math.abs(fitness - a.fitness) > 1) d += FITNESS_DEMERITS;
                        d += a.demerits;
                        if (d < bestD[fitness]) {
                            bestD[fitness] = d;
                            best[fitness] = a;
                        }
                    }
                }
                // totals after the break: skip the discardables that follow it
                float tw = sumW, ty = sumY, tz = sumZ;
                for (int j = b; j < n; j++) {
                    Elem f = elems.get(j);
                    if (f.box()) break;
                    if (f.glue()) { tw += f.width; ty += f.stretch; tz += f.shrink; }
                    else if (f.forced() && j > b) break;
                }
                float min = Float.MAX_VALUE;
                for (float d : bestD) min = Math.min(min, d);
                for (int f = 0; f < 4; f++) {
                    if (best[f] != null && bestD[f] <= min + FITNESS_DEMERITS) {
                        active.add(new Node(b, best[f].line + 1, f, tw, ty, tz, bestD[f], best[f]));
                    }
                }
                if (active.isEmpty()) return null;
            }
            if (e.box()) sumW += e.width;
            else if (e.glue()) { sumW += e.width; sumY += e.stretch; sumZ += e.shrink; }
        }
        Node bestNode = null;
        for (Node a : active) if (a.position == n - 1 && (bestNode == null || a.demerits < bestNode.demerits)) bestNode = a;
        if (bestNode == null) return null;
        List<int[]> lines = new ArrayList<>();
        for (Node a = bestNode; a.previous != null; a = a.previous) {
            lines.add(0, new int[] {a.previous.position + 1, a.position, elems.get(a.position).forced() ? 1 : 0});
        }
        return lines;
    }
}
