package dev.offprint.render.pdf.layout;

import java.util.List;

/**
 * One set line: text runs with x relative to the line start and baselines at 0, inline images
 * (y relative to the baseline, so negative: they sit on it), the height above and below the
 * baseline, and the natural width the runs occupy.
 */
public record TextLine(List<Op.Text> runs, List<Op.Image> images, float ascent, float descent, float width) {
    public TextLine {
        runs = List.copyOf(runs);
        images = List.copyOf(images);
    }
}
