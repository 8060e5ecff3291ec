package dev.offprint.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of a run: every item's {@link Outcome} in input order, the wall-clock time, and where
 * the report went ({@code null} when none was written).
 */
public record Summary(List<Outcome> outcomes, long ms, Path report) {

    public Summary { outcomes = List.copyOf(outcomes); }

    public int inputs() { return outcomes.size(); }

    public int ok() { return count(Outcome.Ok.class); }

    public int partial() { return count(Outcome.Partial.class); }

    public int failed() { return count(Outcome.Failed.class); }

    public int skipped() { return count(Outcome.Skipped.class); }

    private int count(Class<?> type) { return (int) outcomes.stream().filter(type::isInstance).count(); }

    /** One line for people: {@code 3 converted (1 partial), 1 failed, 0 skipped in 2.1 s}. */
    public String line() {
        return String.format(java.util.Locale.ROOT, "%d converted%s, %d failed, %d skipped in %.1f s",
                ok() + partial(), partial() > 0 ? " (" + partial() + " partial)" : "", failed(), skipped(), ms / 1000.0);
    }
}
