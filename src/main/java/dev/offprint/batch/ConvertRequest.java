package dev.offprint.batch;

import dev.offprint.render.Format;
import dev.offprint.render.pdf.PdfOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one {@code offprint convert} run is asked to do, as plain values: the command line builds
 * it, {@link BatchJob} carries it out.
 *
 * @param inputs    files, directories, {@code @list} files or {@code -} (stdin), as the user wrote them
 * @param formats   the outputs per input, in order, at least one
 * @param outputDir where outputs go (created if missing)
 * @param pageSize  PDF page size
 * @param jobs      items converted at once, at least 1
 * @param timeLimit per-item wall-clock limit; {@link Duration#ZERO} for none
 * @param report    whether to write {@code report.jsonl} and {@code report-summary.json}
 * @param resume    skip inputs whose outputs the output folder's {@code report.jsonl} lists as
 *                  written and that are unchanged since (status {@code skipped}, reason {@code up-to-date})
 * @param allowNetwork whether URL inputs and web images may be fetched ({@code --allow-network})
 * @param retryFailed  convert only inputs that the last run's {@code report.jsonl} lists as failed
 *                     (or does not list); the others are skipped with the reason {@code not-failed}
 * @param pdf       PDF presentation (font size, margins, columns, hyphenation, link notes,
 *                  footnotes); its page size is replaced by {@code pageSize}; null for the defaults
 */
public record ConvertRequest(
        List<String> inputs, List<Format> formats, Path outputDir, PageSize pageSize, int jobs,
        Duration timeLimit, ReportMode report, boolean resume, boolean allowNetwork, boolean retryFailed,
        PdfOptions pdf) {

    /** A request with the default PDF presentation. */
    public ConvertRequest(List<String> inputs, List<Format> formats, Path outputDir, PageSize pageSize, int jobs,
            Duration timeLimit, ReportMode report, boolean resume, boolean allowNetwork, boolean retryFailed) {
        this(inputs, formats, outputDir, pageSize, jobs, timeLimit, report, resume, allowNetwork, retryFailed, null);
    }

    /** A request that retries nothing in particular. */
    public ConvertRequest(List<String> inputs, List<Format> formats, Path outputDir, PageSize pageSize, int jobs,
            Duration timeLimit, ReportMode report, boolean resume, boolean allowNetwork) {
        this(inputs, formats, outputDir, pageSize, jobs, timeLimit, report, resume, allowNetwork, false);
    }

    /** A request with the network off. */
    public ConvertRequest(List<String> inputs, List<Format> formats, Path outputDir, PageSize pageSize, int jobs,
            Duration timeLimit, ReportMode report, boolean resume) {
        this(inputs, formats, outputDir, pageSize, jobs, timeLimit, report, resume, false);
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
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(report, "report");
        if (pdf == null) pdf = PdfOptions.defaults();
        if (formats.isEmpty()) throw new IllegalArgumentException("no output format");
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
        if (timeLimit.isNegative()) throw new IllegalArgumentException("negative time limit");
    }
}
