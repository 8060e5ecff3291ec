package dev.offprint.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of a run: how many items ended which way, the wall-clock time, where the report went
 * ({@code null} when none was written) and, for runs of at most {@link #KEPT_OUTCOMES} items, every
 * item's {@link Outcome} in input order. A larger run keeps only the counts, so that its memory does
 * not grow with its size; its outcomes are in the report, one line each, and the listener saw each.
 */
public record Summary(List<Outcome> outcomes, int inputs, int ok, int partial, int failed, int skipped, long ms, Path report) {

    /** Runs with more items than this keep no outcome list (DESIGN: memory bounded whatever the batch size). */
    public static final int KEPT_OUTCOMES = 10_000;

    public Summary {
        outcomes = List.copyOf(outcomes);
        if (ok + partial + failed + skipped != inputs) {
            throw new IllegalArgumentException("counts " + ok + "+" + partial + "+" + failed + "+" + skipped + " != " + inputs);
        }
    }

    /** A summary counting {@code outcomes}, all of them kept. */
    public static Summary of(List<Outcome> outcomes, long ms, Path report) {
        int[] c = new int[4];
        for (Outcome o : outcomes) c[kind(o)]++;
        return new Summary(outcomes, outcomes.size(), c[0], c[1], c[2], c[3], ms, report);
    }

    /** 0 ok, 1 partial, 2 failed, 3 skipped. */
    static int kind(Outcome o) {
        if (o instanceof Outcome.Ok) return 0;
        if (o instanceof Outcome.Partial) return 1;
        return o instanceof Outcome.Failed ? 2 : 3;
    }

    /** One line for people: {@code 3 converted (1 partial), 1 failed, 0 skipped in 2.1 s}. */
    public String line() {
        return String.format(java.util.Locale.ROOT, "%d converted%s, %d failed, %d skipped in %.1f s",
                ok + partial, partial > 0 ? " (" + partial + " partial)" : "", failed, skipped, ms / 1000.0);
    }
}
