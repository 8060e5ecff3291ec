package dev.offprint.batch;

import dev.offprint.render.Format;
import dev.offprint.render.pdf.PdfOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one {@code offprint convert} run is asked to do, as plain values: the command line builds
 * it, {@link BatchJob} carries it out. Start from {@link #of} and change what differs with the
 * {@code with…} methods (one named method per setting, so no two booleans can be swapped).
 *
 * @param inputs       files, directories, WARCs, {@code @list} files, URLs or {@code -} (stdin), as the user wrote them
 * @param formats      the outputs per input, in order, at least one
 * @param outputDir    where outputs go (created if missing)
 * @param jobs         items converted at once, at least 1
 * @param timeLimit    per-item wall-clock limit; {@link Duration#ZERO} for none
 * @param report       whether to write {@code report.jsonl} and {@code report-summary.json}
 * @param rerun        what a rerun over an output folder with a {@code report.jsonl} converts again
 * @param allowNetwork whether URL inputs and web images may be fetched ({@code --allow-network})
 * @param pdf          PDF presentation: page size, font size, margins, columns, hyphenation, notes
 */
public record ConvertRequest(
        List<String> inputs, List<Format> formats, Path outputDir, int jobs,
        Duration timeLimit, ReportMode report, Rerun rerun, boolean allowNetwork, PdfOptions pdf) {

    /** A request with the defaults: one job, the default time limit, report for batches, network off. */
    public static ConvertRequest of(List<String> inputs, List<Format> formats, Path outputDir) {
        return new ConvertRequest(inputs, formats, outputDir, 1, DEFAULT_TIME_LIMIT, ReportMode.AUTO, Rerun.ALL, false,
                PdfOptions.defaults());
    }

    public ConvertRequest withJobs(int n) { return new ConvertRequest(inputs, formats, outputDir, n, timeLimit, report, rerun, allowNetwork, pdf); }
    public ConvertRequest withTimeLimit(Duration d) { return new ConvertRequest(inputs, formats, outputDir, jobs, d, report, rerun, allowNetwork, pdf); }
    public ConvertRequest withReport(ReportMode m) { return new ConvertRequest(inputs, formats, outputDir, jobs, timeLimit, m, rerun, allowNetwork, pdf); }
    public ConvertRequest withRerun(Rerun r) { return new ConvertRequest(inputs, formats, outputDir, jobs, timeLimit, report, r, allowNetwork, pdf); }
    public ConvertRequest withAllowNetwork(boolean b) { return new ConvertRequest(inputs, formats, outputDir, jobs, timeLimit, report, rerun, b, pdf); }
    public ConvertRequest withPdf(PdfOptions o) { return new ConvertRequest(inputs, formats, outputDir, jobs, timeLimit, report, rerun, allowNetwork, o); }

    /** What a rerun converts again, judged from the output folder's {@code report.jsonl}. */
    public enum Rerun {
        /** Everything ({@code --force}, and the default). */
        ALL,
        /**
         * Skip inputs whose outputs the last report lists as written and that are unchanged since
         * (status {@code skipped}, reason {@code up-to-date}); {@code --resume}.
         */
        RESUME,
        /**
         * Only inputs the last report lists as failed (or does not list); the others are skipped
         * with the reason {@code not-failed}; {@code --retry-failed}.
         */
        RETRY_FAILED
    }

    /** When the batch report is written. */
    public enum ReportMode {
        /** Only for batches: when the run has more than one input after expansion. */
        AUTO,
        /** Always. */
        ON,
        /** Never. */
        OFF
    }

    /** The default per-item time limit (HOSTILE.md (d): 60 s per article in batch). */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    public ConvertRequest {
        inputs = List.copyOf(inputs);
        formats = List.copyOf(formats);
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(rerun, "rerun");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(report, "report");
        if (formats.isEmpty()) throw new IllegalArgumentException("no output format");
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
        if (timeLimit.isNegative()) throw new IllegalArgumentException("negative time limit");
    }
}
