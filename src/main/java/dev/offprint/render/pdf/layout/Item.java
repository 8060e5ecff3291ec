package dev.offprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A vertical unit of the flow that pagination places whole: a line of text, an image, a table
 * row, a rule. {@code spaceBefore} is dropped at the top of a column; {@code keepWithNext} forbids
 * a column break after it (headings, first and second-last lines of paragraphs, figures before
 * captions). Body rows of a table carry the table's header rows, repeated (as artifacts) at the top
 * of each later column.
 */
public final class Item {

    private final float height;
    private final float spaceBefore;
    private final List<Op> ops;
    private boolean keepWithNext;
    private List<Item> repeatHeader = List.of();
    private boolean pageBreakBefore;
    private List<Item> footnotes = List.of();
    private boolean shrinkable;
    private String pagination;

    public Item(float height, float spaceBefore, List<Op> ops) {
        this.height = height;
        this.spaceBefore = spaceBefore;
        this.ops = new ArrayList<>(ops);
    }

    public float height() { return height; }

    public float spaceBefore() { return spaceBefore; }

    public List<Op> ops() { return ops; }

    public boolean keepWithNext() { return keepWithNext; }

    public Item keepWithNext(boolean k) { this.keepWithNext = k; return this; }

    public List<Item> repeatHeader() { return repeatHeader; }

    public Item repeatHeader(List<Item> header) { this.repeatHeader = List.copyOf(header); return this; }

    /** True when this item must start a new page (the appendix, for instance, does not; kept for callers). */
    public boolean pageBreakBefore() { return pageBreakBefore; }

    public Item pageBreakBefore(boolean b) { this.pageBreakBefore = b; return this; }

    /** The footnotes referred to in this item, set at the foot of the column where it lands. */
    public List<Item> footnotes() { return footnotes; }

    public Item footnotes(List<Item> notes) { this.footnotes = List.copyOf(notes); return this; }

    /** "Header" or "Footer" for running heads and page numbers (pagination artifacts), else null. */
    public String pagination() { return pagination; }

    public Item pagination(String subtype) { this.pagination = subtype; return this; }

    /** True for a figure's image, which pagination may scale down (to 60%) rather than leave a gap. */
    public boolean shrinkable() { return shrinkable; }

    public Item shrinkable(boolean s) { this.shrinkable = s; return this; }

    /** A copy {@code newHeight} high, its images scaled about their horizontal centres. */
    public Item scaledTo(float newHeight) {
        float k = newHeight / height;
        List<Op> scaled = new ArrayList<>(ops.size());
        for (Op op : ops) {
            if (op instanceof Op.Image im) {
                float w = im.width() * k;
                scaled.add(new Op.Image(im.x() + (im.width() - w) / 2, im.y() * k, w, im.height() * k, im.src(), im.node()));
            } else {
                scaled.add(op);
            }
        }
        Item it = new Item(newHeight, spaceBefore, scaled);
        it.keepWithNext = keepWithNext;
        it.repeatHeader = repeatHeader;
        it.pageBreakBefore = pageBreakBefore;
        it.footnotes = footnotes;
        return it;
    }

    /** A copy with every op shifted right by {@code dx}. */
    public Item shifted(float dx) {
        if (dx == 0) return this;
        List<Op> moved = new ArrayList<>(ops.size());
        for (Op op : ops) moved.add(Ops.shift(op, dx, 0));
        Item it = new Item(height, spaceBefore, moved);
        it.keepWithNext = keepWithNext;
        it.repeatHeader = repeatHeader;
        it.pageBreakBefore = pageBreakBefore;
        it.footnotes = footnotes;
        return it;
    }
}
