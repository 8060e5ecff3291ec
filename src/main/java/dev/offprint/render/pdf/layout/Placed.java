package dev.offprint.render.pdf.layout;

/**
 * An item placed on a page at (x, y) from the page's top-left corner. {@code artifact} marks a
 * copy that is not part of the logical content (a repeated table header, a running header).
 */
public record Placed(Item item, float x, float y, boolean artifact) {}
