package dev.offprint.render.pdf.layout;

import dev.offprint.diag.OffprintException;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the flow of items into columns and pages. An item that does not fit starts the next
 * column, taking with it the chain of items that asked to be kept with it (a heading with its
 * first lines, the first two lines of a paragraph, a figure with its caption) unless that chain
 * fills the column by itself. Table body rows that start a column bring the table's header rows
 * (as artifacts). Items spanning the page width (the title block) go above the columns of page one.
 */
public final class Paginator {

    /** The page-count bound of HOSTILE.md: a runaway layout fails cleanly instead of filling the disk. */
    public static final int MAX_PAGES = 2000;

    private final PageSpec spec;

    public Paginator(PageSpec spec) { this.spec = spec; }

    /** Lays out {@code spanning} (full width, page one) then {@code flow} (column width). */
    public List<List<Placed>> paginate(List<Item> spanning, List<Item> flow) {
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
        float frameTop = y;
        int col = 0;
        int frameStart = 0;        // index in flow of the first item of the current frame
        boolean empty = true;
        List<Integer> placedIndex = new ArrayList<>(); // flow index of each placed entry in this frame
        int i = 0;
        int guard = 0;
        while (i < flow.size()) {
            Item it = flow.get(i);
            float sb = empty ? 0 : it.spaceBefore();
            boolean fits = y + sb + it.height() <= spec.bottom() + 0.01f;
            if (it.pageBreakBefore() && !empty) fits = false;
            if (fits || empty) {
                page.add(new Placed(it, spec.columnX(col), y + sb, false));
                placedIndex.add(i);
                y += sb + it.height();
                empty = false;
                i++;
                continue;
            }
            // move back to the start of the keep chain, if the chain does not fill the frame
            int j = i;
            while (j > frameStart && flow.get(j - 1).keepWithNext()) j--;
            if (j > frameStart && j < i) {
                int remove = i - j;
                for (int k = 0; k < remove; k++) {
                    page.remove(page.size() - 1);
                    placedIndex.remove(placedIndex.size() - 1);
                }
                i = j;
            }
            // next frame
            col++;
            if (col >= spec.columns() || it.pageBreakBefore()) {
                col = 0;
                page = new ArrayList<>();
                pages.add(page);
                if (pages.size() > MAX_PAGES) {
                    throw new OffprintException("too-large", "the PDF would have more than " + MAX_PAGES + " pages");
                }
                frameTop = spec.marginTop();
            }
            y = frameTop;
            frameStart = i;
            placedIndex.clear();
            empty = true;
            Item next = flow.get(i);
            if (!next.repeatHeader().isEmpty()) {
                for (Item h : next.repeatHeader()) {
                    page.add(new Placed(h, spec.columnX(col), y, true));
                    y += h.height();
                }
            }
            if (++guard > flow.size() * 4 + 100) throw new IllegalStateException("pagination did not progress");
        }
        return pages;
    }
}
