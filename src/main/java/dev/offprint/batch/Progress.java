package dev.offprint.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a batch for people, wrapped around another {@link BatchJob.Listener}: on a terminal a
 * live bar on one line of stderr ({@code [#####.....] 120/500 24% 3.1/s ETA 2m03s 2 failed}),
 * redrawn after each item and cleared while the inner listener prints; when stderr is not
 * a terminal, a plain line every {@code interval} while items remain (the run's summary line says
 * the end, and a quick run prints none); nothing at all when quiet.
 * Hand-written rather than a library: a bar is a few lines, and a dependency would be one more
 * thing to carry in every jar.
 */
public final class Progress implements BatchJob.Listener {

    /** How progress is shown. */
    public enum Mode {
        /** A bar redrawn in place (a terminal). */
        BAR,
        /** Plain periodic lines (a log file, a pipe). */
        LINES,
        /** Nothing. */
        OFF
    }

    private static final int WIDTH = 24;

    private final BatchJob.Listener inner;
    private final PrintWriter err;
    private final Mode mode;
    private final long intervalNanos;
    private final LongSupplier clock;
    private int total;
    private int done;
    private int failed;
    private long start;
    private long lastDraw;
    private boolean barShown;

    /** Progress in {@code mode} on {@code err}, plain lines every {@code intervalSeconds}, around {@code inner}. */
    public Progress(BatchJob.Listener inner, PrintWriter err, Mode mode, long intervalSeconds) {
        this(inner, err, mode, intervalSeconds * 1_000_000_000L, System::nanoTime);
    }

    Progress(BatchJob.Listener inner, PrintWriter err, Mode mode, long intervalNanos, LongSupplier clock) {
        this.inner = inner;
        this.err = err;
        this.mode = mode;
        this.intervalNanos = intervalNanos;
        this.clock = clock;
    }

    /** The mode for a run: nothing when quiet, a bar on a terminal, else lines. */
    public static Mode modeFor(boolean quiet, boolean terminal) {
        return quiet ? Mode.OFF : terminal ? Mode.BAR : Mode.LINES;
    }

    @Override
    public synchronized void started(int total) {
        this.total = total;
        this.start = clock.getAsLong();
        this.lastDraw = start;
        inner.started(total);
        if (mode == Mode.BAR) draw();
    }

    @Override
    public synchronized void finished(Outcome outcome) {
        done++;
        if (outcome instanceof Outcome.Failed) failed++;
        if (mode == Mode.BAR && barShown) {
            err.print("\r\033[K");
            err.flush();
            barShown = false;
        }
        inner.finished(outcome);
        long now = clock.getAsLong();
        if (mode == Mode.BAR) {
            draw(); // after every item: the inner listener's line scrolled the old bar away
            if (done == total) {
                err.println();
                err.flush();
                barShown = false;
            }
        } else if (mode == Mode.LINES && now - lastDraw >= intervalNanos && done < total) {
            lastDraw = now;
            err.println("offprint: " + status(now));
            err.flush();
        }
    }

    private void draw() {
        long now = clock.getAsLong();
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + status(now));
        err.flush();
        barShown = true;
    }

    /** {@code 120/500 24% 3.1/s ETA 2m03s 2 failed}. */
    String status(long now) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / secs;
        StringBuilder sb = new StringBuilder();
        sb.append(done).append('/').append(total);
        sb.append(' ').append(total == 0 ? 100 : done * 100L / total).append('%');
        sb.append(String.format(Locale.ROOT, " %.1f/s", rate));
        if (done < total && done > 0) sb.append(" ETA ").append(duration((long) ((total - done) / rate)));
        if (done == total) sb.append(" in ").append(duration((long) secs));
        if (failed > 0) sb.append(' ').append(failed).append(" failed");
        return sb.toString();
    }

    static String duration(long s) {
        if (s < 60) return s + "s";
        if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
