package dev.offprint.cli;

import dev.offprint.batch.BatchJob;
import dev.offprint.batch.BundleJob;
import dev.offprint.batch.ConvertRequest;
import dev.offprint.batch.Outcome;
import dev.offprint.batch.Progress;
import dev.offprint.batch.RunFailure;
import dev.offprint.batch.Summary;
import dev.offprint.render.Format;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code offprint convert}: options only. It checks them, builds a {@link ConvertRequest}, runs a
 * {@link BatchJob}, prints one line per failed input ({@code offprint: INPUT: code: reason}) to
 * stderr and one per converted input to stdout, the summary to stderr, and returns an exit code.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Converts web article pages (.html, .htm, .xhtml, .html.gz; folders; @lists; - for stdin; URLs with --allow-network).",
                "WARC and WARC.gz files: every HTML response or resource record is an article (named after its URL), its images "
                        + "taken from the same archive; other records are reported skipped, broken ones failed with their offset.",
                "Batches write report.jsonl (one line per input) and report-summary.json in the output folder; progress goes "
                        + "to stderr (a bar on a terminal, a line every 10 s otherwise, none with --quiet).",
                "Exit codes: 0 all converted, 1 some failed, 2 usage error, 3 the run failed (output folder)."},
        sortOptions = false)
public final class ConvertCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", defaultValue = "pdf,epub",
            description = "Output formats, comma-separated: pdf, epub, html, json, txt (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder, created if missing (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "A4",
            description = "PDF page size: A4, Letter or A5 (default: ${DEFAULT-VALUE}).")
    String pageSize;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Pages converted at once (default: the number of processors).")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time limit per page in seconds, 0 for none (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--allow-network",
            description = "Allow URL inputs and fetching a page's web images (public addresses only; default: off).")
    boolean allowNetwork;

    @Option(names = "--report", negatable = true,
            description = "Write report.jsonl and report-summary.json in the output folder "
                    + "(default: only when there is more than one input).")
    Boolean report;

    @Option(names = "--resume",
            description = "Rerun a batch: skip inputs whose outputs the last run's report.jsonl lists as written, "
                    + "complete and unchanged (up-to-date); convert the rest.")
    boolean resume;

    @Option(names = "--retry-failed",
            description = "Convert only the inputs the last run's report.jsonl lists as failed (and new ones); skip the rest.")
    boolean retryFailed;

    @Option(names = "--force",
            description = "Convert every input again, whatever report.jsonl says (the default without --resume or --retry-failed).")
    boolean force;

    @Option(names = "--bundle", paramLabel = "TITLE",
            description = "Make one anthology titled TITLE of all inputs instead of one output per input: an EPUB and/or "
                    + "a PDF (as --format asks) with a title page, a table of contents, and each article as a chapter "
                    + "with its own references, in path order. Other formats are not bundled.")
    String bundle;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print each page's warnings and each skipped item.")
    boolean verbose;

    @Mixin PdfLayoutOptions pdfLayout = new PdfLayoutOptions();

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Pages, folders, @list files, or - for stdin.")
    List<String> inputs;

    @Override
    public Integer call() {
        ConvertRequest request = request();
        if (bundle != null) return bundle(request);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(outcome -> print(outcome, out, err), err,
                Progress.modeFor(quiet, System.console() != null), 10);
        BatchJob job = new BatchJob(request, System.in, progress);
        Summary summary;
        try {
            summary = job.run();
        } catch (RunFailure e) {
            err.println("offprint: " + e.getMessage());
            err.flush();
            return ExitCodes.RUN_FAILED;
        }
        if (!quiet) {
            err.println("offprint: " + summary.line() + " -> " + request.outputDir()
                    + (summary.report() != null ? " (report: " + summary.report().getFileName() + ")" : ""));
        }
        out.flush();
        err.flush();
        return summary.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** {@code --bundle}: one EPUB and/or PDF of every input; exit 1 when an input was left out or nothing was written. */
    private int bundle(ConvertRequest request) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (bundle.isBlank()) throw usage("--bundle needs a title");
        if (!BundleJob.bundledFormats(request.formats()).containsAll(request.formats())) {
            err.println("offprint: --bundle writes one EPUB and/or one PDF; other formats are not bundled");
        }
        BundleJob.Result r;
        try {
            r = new BundleJob(request, bundle).run();
        } catch (RunFailure e) {
            err.println("offprint: " + e.getMessage());
            err.flush();
            return ExitCodes.RUN_FAILED;
        }
        for (String l : r.left()) err.println("offprint: " + l + " (left out of the bundle)");
        if (!quiet) for (var o : r.outputs()) out.println(o.path() + " (" + r.chapters() + " articles)");
        out.flush();
        err.flush();
        return r.output() == null || !r.left().isEmpty() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** The options as a request; bad values are usage errors. */
    ConvertRequest request() {
        LinkedHashSet<Format> fs = new LinkedHashSet<>();
        for (String name : formats) {
            if (name.isBlank()) continue;
            fs.add(Format.byName(name).orElseThrow(() -> usage("unknown format '" + name.strip()
                    + "' (choose from pdf, epub, html, json, txt)")));
        }
        if (fs.isEmpty()) throw usage("no output format given");
        dev.offprint.render.pdf.PdfOptions.PageSize size;
        try {
            size = dev.offprint.render.pdf.PdfOptions.PageSize.byName(pageSize);
        } catch (IllegalArgumentException e) {
            throw usage("unknown page size '" + pageSize + "' (A4, Letter, A5)");
        }
        int n = jobs == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : jobs;
        if (n < 1) throw usage("--jobs must be at least 1");
        if (timeoutSeconds < 0) throw usage("--timeout must not be negative");
        for (String in : inputs) {
            String t = in.strip().toLowerCase(java.util.Locale.ROOT);
            if (!allowNetwork && (t.startsWith("http://") || t.startsWith("https://"))) {
                throw usage("'" + in.strip() + "' is a URL: fetching pages needs --allow-network");
            }
        }
        if (force && (resume || retryFailed)) throw usage("--force cannot be combined with --resume or --retry-failed");
        if (resume && retryFailed) throw usage("--resume and --retry-failed cannot be combined");
        ConvertRequest.ReportMode mode = report == null ? ConvertRequest.ReportMode.AUTO
                : report ? ConvertRequest.ReportMode.ON : ConvertRequest.ReportMode.OFF;
        dev.offprint.render.pdf.PdfOptions pdf;
        try {
            pdf = pdfLayout.apply(dev.offprint.render.pdf.PdfOptions.defaults()).withPageSize(size);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        ConvertRequest.Rerun rerun = resume ? ConvertRequest.Rerun.RESUME
                : retryFailed ? ConvertRequest.Rerun.RETRY_FAILED : ConvertRequest.Rerun.ALL;
        return ConvertRequest.of(inputs, new ArrayList<>(fs), output).withJobs(n)
                .withTimeLimit(Duration.ofSeconds(timeoutSeconds)).withReport(mode).withRerun(rerun)
                .withAllowNetwork(allowNetwork).withPdf(pdf);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private void print(Outcome o, PrintWriter out, PrintWriter err) {
        if (o instanceof Outcome.Failed f) {
            err.println("offprint: " + o.source() + ": " + f.code() + ": " + f.message());
        } else if (o instanceof Outcome.Skipped) {
            // a WARC can hold 10^5 non-page records: their lines go to the report, and here only with -v
            if (verbose) err.println("offprint: " + o.source() + ": skipped: " + o.reason());
        } else if (!quiet) {
            String outputs = o.outputs().stream().map(x -> x.path().getFileName().toString()).collect(Collectors.joining(", "));
            out.println(o.source() + " -> " + outputs + (o instanceof Outcome.Partial ? " (partial)" : ""));
        }
        if (verbose) for (String w : o.warnings()) err.println("offprint: " + o.source() + ": warning: " + w);
        out.flush();
        err.flush();
    }
}
