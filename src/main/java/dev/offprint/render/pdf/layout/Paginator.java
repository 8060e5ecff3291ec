package dev.offprint.render.pdf.layout;

import dev.offprint.diag.OffprintException;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the flow of items into columns and pages. An item that does not fit starts the next
 * column, taking with it the chain of items that asked to be kept with it (a heading with its
 * first lines, the first two lines of a paragraph, a figure with its caption) unless that chain
 * fills the column by itself. Table body rows that start a column bring the table's header rows
 * (as artifacts). An item's footnotes go to the foot of the column where the item lands, above a
 * short rule; the item only fits if its notes fit too. Items spanning the page width (the title
 * block) go above the columns of page one.
 */
public final class Paginator {

    /** The page-count bound of HOSTILE.md: a runaway layout fails cleanly instead of filling the disk. */
    public static final int MAX_PAGES = 2000;

    private final PageSpec spec;

    public Paginator(PageSpec spec) { this.spec = spec; }

    /** One column being filled. */
    private final class Frame {
        final List<Placed> page;
        final int col;
        final float top;
        final int start;                 // flow index of the first item placed here
        final List<Placed> body = new ArrayList<>();
        final List<Integer> bodyIndex = new ArrayList<>();
        final List<Item> foot = new ArrayList<>();
        final List<Integer> footOwner = new ArrayList<>();
        float y;
        float footHeight;
        boolean empty = true;

        Frame(List<Placed> page, int col, float top, int start) {
            this.page = page;
            this.col = col;
            this.top = top;
            this.start = start;
            this.y = top;
        }

        float footNeed(Item it) {
            if (it.footnotes().isEmpty()) return 0;
            float h = foot.isEmpty() ? separatorHeight() : 0;
            for (Item f : it.footnotes()) h += f.height();
            return h;
        }

        void place(Item it, int index) {
            float sb = empty ? 0 : it.spaceBefore();
            body.add(new Placed(it, spec.columnX(col), y + sb, false));
            bodyIndex.add(index);
            y += sb + it.height();
            empty = false;
            if (!it.footnotes().isEmpty()) {
                if (foot.isEmpty()) footHeight += separatorHeight();
                for (Item f : it.footnotes()) {
                    foot.add(f);
                    footOwner.add(index);
                    footHeight += f.height();
                }
            }
        }

        /** Takes back the items placed from flow index {@code from} on (and their notes). */
        void removeFrom(int from) {
            while (!bodyIndex.isEmpty() && bodyIndex.get(bodyIndex.size() - 1) >= from) {
                Placed p = body.remove(body.size() - 1);
                bodyIndex.remove(bodyIndex.size() - 1);
                y = p.y() - (body.isEmpty() ? 0 : p.item().spaceBefore());
                if (body.isEmpty()) y = top;
            }
            if (!body.isEmpty()) {
                Placed last = body.get(body.size() - 1);
                y = last.y() + last.item().height();
            }
            while (!footOwner.isEmpty() && footOwner.get(footOwner.size() - 1) >= from) {
                footHeight -= foot.remove(foot.size() - 1).height();
                footOwner.remove(footOwner.size() - 1);
            }
            if (foot.isEmpty()) footHeight = 0;
            empty = body.isEmpty();
        }

        /** Adds this column's placements to its page: body, then the notes at the foot. */
        void close() {
            page.addAll(body);
            if (foot.isEmpty()) return;
            float fy = spec.bottom() - footHeight;
            float x = spec.columnX(col);
            float w = Math.min(spec.columnWidth() * 0.3f, 120);
            float sep = separatorHeight();
            page.add(new Placed(new Item(sep, 0, List.of(new Op.Line(0, sep * 0.45f, w, sep * 0.45f, 0.5f, 0x777777))), x, fy, true));
            fy += sep;
            for (Item f : foot) {
                page.add(new Placed(f, x, fy, false));
                fy += f.height();
            }
        }
    }

    private float separatorHeight() { return spec.fontSize() * 1.0f; }

    /** Lays out {@code spanning} (full width, page one) then {@code flow} (column width). */
    public List<List<Placed>> paginate(List<Item> spanning, List<Item> flowIn) {
        List<Item> flow = new ArrayList<>(flowIn);
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        pages.add(page);
        float top = spec.marginTop();
        float y = top;
        for (Item it : spanning) {
            float sb = y == top ? 0 : it.spaceBefore();
            if (y + sb + it.height() > spec.bottom() && y > top) {
                page = new ArrayList<>();
                pages.add(page);
                y = top;
                sb = 0;
            }
            page.add(new Placed(it, spec.marginLeft(), y + sb, false));
            y += sb + it.height();
        }
        float firstTop = y;
        Frame f = new Frame(page, 0, firstTop, 0);
        int i = 0;
        int guard = 0;
        while (i < flow.size()) {
            Item it = flow.get(i);
            float sb = f.empty ? 0 : it.spaceBefore();
            boolean fits = f.y + sb + it.height() + f.footHeight + f.footNeed(it) <= spec.bottom() + 0.01f;
            if (it.pageBreakBefore() && !f.empty) fits = false;
            if (!fits && !f.empty && it.shrinkable()) {
                // a figure that nearly fits is scaled down rather than leaving the rest of the column empty
                float rest = 0;
                for (int k = i; k + 1 < flow.size() && flow.get(k).keepWithNext(); k++) {
                    rest += flow.get(k + 1).spaceBefore() + flow.get(k + 1).height();
                }
                float avail = spec.bottom() - f.footHeight - f.y - sb - rest;
                if (avail >= it.height() * 0.6f) {
                    it = it.scaledTo(avail);
                    flow.set(i, it);
                    fits = true;
                }
            }
            if (fits || f.empty) {
                f.place(it, i);
                i++;
                continue;
            }
            // move back to the start of the keep chain, if the chain does not fill the frame
            int j = i;
            while (j > f.start && flow.get(j - 1).keepWithNext()) j--;
            if (j > f.start && j < i) {
                f.removeFrom(j);
                i = j;
            }
            f.close();
            int col = f.col + 1;
            List<Placed> pg = f.page;
            float frameTop = f.top;
            if (col >= spec.columns() || it.pageBreakBefore()) {
                col = 0;
                pg = new ArrayList<>();
                pages.add(pg);
                if (pages.size() > MAX_PAGES) {
                    throw new OffprintException("too-large", "the PDF would have more than " + MAX_PAGES + " pages");
                }
                frameTop = spec.marginTop();
            }
            f = new Frame(pg, col, frameTop, i);
            Item next = flow.get(i);
            if (!next.repeatHeader().isEmpty()) {
                for (Item h : next.repeatHeader()) {
                    pg.add(new Placed(h, spec.columnX(col), f.y, true));
                    f.y += h.height();
                }
            }
            if (++guard > flow.size() * 4 + 100) throw new IllegalStateException("pagination did not progress");
        }
        f.close();
        return pages;
    }
}
