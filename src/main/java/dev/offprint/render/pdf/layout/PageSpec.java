package dev.offprint.render.pdf.layout;

/**
 * The page geometry and type settings layout works to, in points: page size, margins, columns and
 * the gap between them, body font size, justification.
 */
public record PageSpec(float width, float height, float marginTop, float marginBottom, float marginLeft,
                       float marginRight, int columns, float gutter, float fontSize, boolean justify) {

    public PageSpec {
        if (columns < 1) columns = 1;
    }

    /** Width of the text area (all columns). */
    public float contentWidth() { return width - marginLeft - marginRight; }

    /** Width of one column. */
    public float columnWidth() { return (contentWidth() - gutter * (columns - 1)) / columns; }

    /** Left edge of column {@code c}. */
    public float columnX(int c) { return marginLeft + c * (columnWidth() + gutter); }

    /** The y (from the page top) where body text must end. */
    public float bottom() { return height - marginBottom; }
}
