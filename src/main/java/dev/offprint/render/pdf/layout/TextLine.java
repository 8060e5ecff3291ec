package dev.offprint.render.pdf.layout;

import java.util.List;

/**
 * One set line: text runs with x relative to the line start and baselines at 0, the height above
 * and below the baseline, and the natural width the runs occupy.
 */
public record TextLine(List<Op.Text> runs, float ascent, float descent, float width) {
    public TextLine { runs = List.copyOf(runs); }
}
