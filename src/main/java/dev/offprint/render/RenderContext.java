package dev.offprint.render;

import dev.offprint.diag.Diagnostic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a renderer may know of the world: the conversion time (from {@code SOURCE_DATE_EPOCH} when
 * set, so outputs are reproducible) and a sink for diagnostics. One context per article.
 */
public final class RenderContext {

    private final Instant converted;
    private final List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());

    public RenderContext(Instant converted) {
        this.converted = Objects.requireNonNull(converted, "converted");
    }

    /** The conversion time: {@code SOURCE_DATE_EPOCH} (seconds) when set and valid, else now. */
    public static RenderContext fromEnvironment() {
        return new RenderContext(conversionTime(System.getenv("SOURCE_DATE_EPOCH")));
    }

    static Instant conversionTime(String sourceDateEpoch) {
        if (sourceDateEpoch != null) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.trim()));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                // not a number of seconds: fall back to the clock, as reproducible-builds tools do
            }
        }
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    public Instant converted() { return converted; }

    public void report(Diagnostic d) { diagnostics.add(d); }

    public List<Diagnostic> diagnostics() {
        synchronized (diagnostics) { return List.copyOf(diagnostics); }
    }
}
