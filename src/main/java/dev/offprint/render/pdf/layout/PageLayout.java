package dev.offprint.render.pdf.layout;

import java.util.List;

/** One page of the finished layout: its size and the items placed on it, in reading order. */
public record PageLayout(float width, float height, List<Placed> placed) {
    public PageLayout { placed = List.copyOf(placed); }
}
