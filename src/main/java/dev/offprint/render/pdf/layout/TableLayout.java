package dev.offprint.render.pdf.layout;

import dev.offprint.model.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one table: column widths from the cells' natural and minimum widths, cells wrapped to
 * their column, one item per row (header rows bold, kept with the first body row and repeated on
 * later columns), horizontal rules between rows. Column spans take the sum of their columns; row
 * spans are laid out as one row (the model's rare case, kept readable rather than exact).
 */
final class TableLayout {

    private static final int MAX_COLUMNS = 64;

    private final ArticleLayout al;
    private final Block.Table table;
    private final float x;
    private final float width;
    private final StructNode parent;
    private final float gap;
    private float pad;
    private int headerRowCount;
    private Style cellStyle;
    /** Set when even the smaller type leaves columns narrower than their words: cells hyphenate. */
    private boolean hyphenateCells;
    /** Set when the table only fits if no-break spaces in cells may break like ordinary spaces. */
    private boolean nbspBreaks;

    TableLayout(ArticleLayout al, Block.Table table, float x, float width, StructNode parent, float gap) {
        this.al = al;
        this.table = table;
        this.x = x;
        this.width = width;
        this.parent = parent;
        this.gap = gap;
        this.pad = al.fontSize() * 0.35f;
        this.cellStyle = al.bodyStyle().withSize(al.fontSize() * 0.9f);
    }

    void layout() {
        StructNode tnode = parent.child("Table");
        List<Item> flow = al.flow();
        boolean first = true;
        if (!table.caption().isEmpty()) {
            StructNode cap = tnode.child("Caption");
            Style cs = new Style(Face.SANS, al.fontSize() * 0.85f, 0, 0x333333, false);
            List<Item> items = al.para(al.flattener().flatten(table.caption(), cs, cap, Span.Mode.PROSE), x, width,
                    Typesetter.Align.LEFT, gap, 1.3f, true);
            first = items.isEmpty();
        }
        // a table without a thead whose first row is all header cells: that row is the header
        // (repeated on later pages, kept with the first body row), as a reader would take it
        List<Block.Row> headRows = table.header();
        List<Block.Row> bodyRows = table.body();
        if (headRows.isEmpty() && bodyRows.size() > 1 && !bodyRows.get(0).cells().isEmpty()
                && bodyRows.get(0).cells().stream().allMatch(Block.Cell::header)) {
            headRows = bodyRows.subList(0, 1);
            bodyRows = bodyRows.subList(1, bodyRows.size());
        }
        int cols = 0;
        List<Block.Row> all = new ArrayList<>(headRows);
        all.addAll(bodyRows);
        headerRowCount = headRows.size();
        for (Block.Row r : all) {
            int c = 0;
            for (Block.Cell cell : r.cells()) c += cell.colspan();
            cols = Math.max(cols, c);
        }
        if (cols == 0) return;
        cols = Math.min(cols, MAX_COLUMNS);
        float[] widths = columnWidths(all, cols);
        List<Item> header = new ArrayList<>();
        for (Block.Row r : headRows) {
            for (Item it : row(r, widths, tnode, true, first ? gap : 0, header.isEmpty())) {
                it.keepWithNext(true);
                header.add(it);
                flow.add(it);
            }
            first = false;
        }
        boolean firstBody = true;
        int bodyStart = flow.size();
        for (Block.Row r : bodyRows) {
            for (Item it : row(r, widths, tnode, false, first ? gap : 0, header.isEmpty() && firstBody)) {
                if (!header.isEmpty()) it.repeatHeader(header);
                flow.add(it);
            }
            first = false;
            firstBody = false;
        }
        // keep a two-row table together and never strand a last row, nor a first one (often a
        // header the page marked up as ordinary cells) alone at the foot of a column
        int n = flow.size() - bodyStart;
        if (n >= 2) flow.get(flow.size() - 2).keepWithNext(true);
        if (n >= 2) flow.get(bodyStart).keepWithNext(true);
    }

    /** The smallest cell text as a share of the regular cell size, before words must break. */
    static final float MIN_SCALE = 0.8f;

    private float[] columnWidths(List<Block.Row> rows, int cols) {
        float[] natural = new float[cols];
        float[] min = new float[cols];
        Style regular = cellStyle;
        float regularPad = pad;
        float sumMin = measure(rows, cols, natural, min);
        if (sumMin > width) {
            // the columns' longest words do not fit side by side: set the whole table smaller (down
            // to MIN_SCALE) rather than cut words at arbitrary letters ("Genera|l", "[imag|e]")
            sumMin = shrink(rows, cols, natural, min, sumMin);
        }
        if (sumMin > width) {
            // still too wide: words the page tied with no-break spaces ("General&nbsp;UX") may
            // break at those spaces, which reads far better than a word cut in two
            cellStyle = regular;
            pad = regularPad;
            nbspBreaks = true;
            sumMin = measure(rows, cols, natural, min);
            if (sumMin > width) sumMin = shrink(rows, cols, natural, min, sumMin);
        }
        float avail = width;
        float sumNat = 0;
        for (int c = 0; c < cols; c++) sumNat += natural[c];
        float[] w = new float[cols];
        if (sumNat <= avail) {
            // everything fits on one line: share the slack in proportion
            for (int c = 0; c < cols; c++) w[c] = natural[c] * avail / sumNat;
        } else if (sumMin <= avail) {
            // give each column its minimum, then the rest in proportion to what it still wants
            float rest = avail - sumMin, want = sumNat - sumMin;
            for (int c = 0; c < cols; c++) w[c] = min[c] + (want > 0 ? rest * (natural[c] - min[c]) / want : 0);
        } else {
            // too many columns for the measure even in smaller type: words will break, at their
            // hyphenation points where they have them. The narrow columns (numbers, short words)
            // keep their whole minimum and only the widest are cut down to a common width, so
            // "418,500" never breaks to make room for a long name; every column has room for its
            // widest character with a thin padding (a glyph wider than its cell would overhang
            // the table's edge); the padding shrinks before the text does
            hyphenateCells = true;
            float glyph = cellStyle.size() * 0.95f;
            float floor = glyph + 1f;
            if (avail > cols * floor) {
                Integer[] order = new Integer[cols];
                for (int c = 0; c < cols; c++) order[c] = c;
                java.util.Arrays.sort(order, (a, b) -> Float.compare(min[a], min[b]));
                float rest = avail;
                for (int i = 0; i < cols; i++) {
                    int c = order[i];
                    float level = rest / (cols - i);
                    w[c] = Math.max(floor, Math.min(min[c], level));
                    rest -= w[c];
                }
            } else {
                for (int c = 0; c < cols; c++) w[c] = avail / cols;
            }
            float narrowest = Float.MAX_VALUE;
            for (float v : w) narrowest = Math.min(narrowest, v);
            pad = Math.max(0.5f, Math.min(pad, (narrowest - glyph) / 2));
        }
        return w;
    }

    /** Sets the cells smaller, by as much as the minimum widths need but no smaller than MIN_SCALE; measures again. */
    private float shrink(List<Block.Row> rows, int cols, float[] natural, float[] min, float sumMin) {
        float scale = Math.max(MIN_SCALE, width / sumMin);
        cellStyle = cellStyle.withSize(cellStyle.size() * scale);
        pad *= scale;
        return measure(rows, cols, natural, min);
    }

    /**
     * Fills each column's natural width (its longest cell on one line) and minimum width (its
     * longest word, at most a third or a quarter of the table) in the current cell style, and returns the sum
     * of the minimums. Cells are measured as they will be set: in the faces they print in (bold,
     * italic, code), with the stand-ins of images that cannot be drawn ("[image]") and the widths
     * of those that can.
     */
    private float measure(List<Block.Row> rows, int cols, float[] natural, float[] min) {
        java.util.Arrays.fill(natural, 0);
        java.util.Arrays.fill(min, 0);
        FontMetrics m = al.metrics();
        StructNode scratch = new StructNode("TD", null); // measuring only: never part of the document
        // a run longer than this (a URL, words tied by no-break spaces) breaks wherever it must
        // rather than starve the other columns: a third of the table, a quarter from four columns
        float longWord = width / (cols >= 4 ? 4 : 3);
        for (int ri = 0; ri < rows.size(); ri++) {
            Block.Row r = rows.get(ri);
            int c = 0;
            for (Block.Cell cell : r.cells()) {
                if (c >= cols) break;
                if (cell.colspan() == 1) {
                    // header rows are bold throughout
                    Style st = cell.header() || ri < headerRowCount ? cellStyle.withFace(Face.SERIF_BOLD) : cellStyle;
                    float nat = 0, longest = 0, word = 0;
                    for (Span sp : al.flattener().flatten(cell.content(), st, scratch, Span.Mode.PROSE)) {
                        if (sp.mode() == Span.Mode.IMAGE && sp.image() != null) {
                            word += sp.image().width();
                            continue;
                        }
                        if (sp.mode() != Span.Mode.PROSE) continue;
                        String t = sp.text();
                        for (int i = 0; i < t.length(); ) {
                            int cp = t.codePointAt(i);
                            i += Character.charCount(cp);
                            if (Typesetter.isSpace(cp) || (nbspBreaks && cp == 0x00A0)) {
                                longest = Math.max(longest, word);
                                nat += word + safeWidth(m, sp.style(), ' ');
                                word = 0;
                            } else {
                                word += safeWidth(m, sp.style(), cp);
                            }
                        }
                    }
                    longest = Math.max(longest, word);
                    nat += word;
                    natural[c] = Math.max(natural[c], nat + 2 * pad);
                    min[c] = Math.max(min[c], Math.min(longest, longWord) + 2 * pad);
                }
                c += cell.colspan();
            }
        }
        float sumMin = 0;
        for (int c = 0; c < cols; c++) {
            natural[c] = Math.max(natural[c], 2 * pad + 4);
            min[c] = Math.max(min[c], 2 * pad + 4);
            sumMin += min[c];
        }
        return sumMin;
    }

    private static float safeWidth(FontMetrics m, Style st, int cp) {
        Face f = st.face();
        return (m.covers(f, cp) ? m.advance(f, cp) : 1f) * st.size();
    }

    private List<Item> row(Block.Row r, float[] widths, StructNode tnode, boolean headerRow, float spaceBefore, boolean topRule) {
        StructNode tr = tnode.child("TR");
        int c = 0;
        float cx = x;
        List<List<TextLine>> cellLines = new ArrayList<>();
        List<float[]> cellPos = new ArrayList<>();
        List<StructNode> cellNodes = new ArrayList<>();
        for (Block.Cell cell : r.cells()) {
            if (c >= widths.length) break;
            float cw = 0;
            for (int k = c; k < Math.min(widths.length, c + cell.colspan()); k++) cw += widths[k];
            boolean th = headerRow || cell.header();
            StructNode cn = tr.child(th ? "TH" : "TD");
            cn.colSpan(Math.min(cell.colspan(), widths.length - c));
            if (th) cn.scope(headerRow ? "Column" : "Row");
            Style st = th ? cellStyle.withFace(Face.SERIF_BOLD) : cellStyle;
            List<Span> spans = al.flattener().flatten(cell.content(), st, cn, Span.Mode.PROSE);
            if (nbspBreaks) spans = breakableSpaces(spans);
            List<TextLine> lines = al.set(spans, cw - 2 * pad, Typesetter.Align.LEFT, hyphenateCells);
            cellLines.add(lines);
            cellPos.add(new float[] {cx, cw});
            cellNodes.add(cn);
            cx += cw;
            c += cell.colspan();
        }
        // a short row gets empty cells, so every row has the table's column count (PDF/UA 7.2-43)
        for (; c < widths.length; c++) {
            cellLines.add(List.of());
            cellPos.add(new float[] {cx, widths[c]});
            cellNodes.add(tr.child(headerRow ? "TH" : "TD"));
            if (headerRow) cellNodes.get(cellNodes.size() - 1).scope("Column");
            cx += widths[c];
        }
        // a row taller than most of a page is cut into slices at line boundaries, each its own item,
        // so the paginator can spread it over pages (HOSTILE H23/H27: a whole article in one cell)
        float slice = Math.max(al.fontSize() * 4, al.maxRowHeight() - 2 * pad);
        List<List<float[]>> placement = new ArrayList<>(); // per cell: {chunk, y within chunk} for each line
        int chunks = 1;
        for (List<TextLine> lines : cellLines) {
            List<float[]> at = new ArrayList<>();
            int chunk = 0;
            float y = 0;
            for (TextLine l : lines) {
                float lh = lineHeight(l);
                if (y + lh > slice && y > 0) { chunk++; y = 0; }
                at.add(new float[] {chunk, y});
                y += lh;
            }
            chunks = Math.max(chunks, chunk + 1);
            placement.add(at);
        }
        float[] heights = new float[chunks];
        for (int i = 0; i < cellLines.size(); i++) {
            List<TextLine> lines = cellLines.get(i);
            for (int k = 0; k < lines.size(); k++) {
                float[] at = placement.get(i).get(k);
                heights[(int) at[0]] = Math.max(heights[(int) at[0]], at[1] + lineHeight(lines.get(k)));
            }
        }
        List<Item> items = new ArrayList<>(chunks);
        for (int ch = 0; ch < chunks; ch++) {
            float h = Math.max(heights[ch], cellStyle.size() * 1.3f) + 2 * pad;
            List<Op> ops = new ArrayList<>();
            for (int i = 0; i < cellLines.size(); i++) {
                float[] pos = cellPos.get(i);
                if (ch == 0) ops.add(new Op.Touch(cellNodes.get(i)));
                List<TextLine> lines = cellLines.get(i);
                for (int k = 0; k < lines.size(); k++) {
                    float[] at = placement.get(i).get(k);
                    if ((int) at[0] != ch) continue;
                    Item li = al.lineItem(lines.get(k), pos[0] + pad, lineHeight(lines.get(k)), 0);
                    for (Op op : li.ops()) ops.add(Ops.shift(op, 0, pad + at[1]));
                }
            }
            if (headerRow) ops.add(0, new Op.Rect(x, 0, width, h, 0xEEEEEE));
            if (topRule && ch == 0) ops.add(new Op.Line(x, 0, x + width, 0, 0.8f, 0x444444));
            if (ch == chunks - 1) {
                ops.add(new Op.Line(x, h, x + width, h, headerRow ? 0.8f : 0.4f, headerRow ? 0x444444 : 0xAAAAAA));
            }
            items.add(new Item(h, ch == 0 ? spaceBefore : 0, ops));
        }
        return items;
    }

    /** The spans with their no-break spaces made ordinary spaces (prose only; code keeps its spacing). */
    private static List<Span> breakableSpaces(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span sp : spans) {
            out.add(sp.mode() == Span.Mode.PROSE && sp.text().indexOf('\u00A0') >= 0
                    ? new Span(sp.text().replace('\u00A0', ' '), sp.style(), sp.link(), sp.node(), sp.mode(), sp.image())
                    : sp);
        }
        return out;
    }

    private float lineHeight(TextLine l) {
        return Math.max(cellStyle.size() * 1.3f, l.ascent() + l.descent());
    }
}
