package dev.offprint.batch;

import dev.offprint.diag.Diagnostic;
import dev.offprint.diag.OffprintException;
import dev.offprint.extract.Extraction;
import dev.offprint.extract.Extractor;
import dev.offprint.model.Article;
import dev.offprint.render.Format;
import dev.offprint.render.RenderContext;
import dev.offprint.render.Renderer;
import dev.offprint.source.FileSource;
import dev.offprint.source.Page;
import dev.offprint.source.ResourceLoader;
import dev.offprint.source.WebSource;
import dev.offprint.source.net.HttpFetcher;
import dev.offprint.transform.AssignHeadingIds;
import dev.offprint.transform.InferLanguage;
import dev.offprint.transform.LinksAsNotes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the pipeline over every input of a {@link ConvertRequest}: read -> extract ->
 * {@link AssignHeadingIds} -> {@link InferLanguage} -> ({@link LinksAsNotes} for formats that want link notes) -> load
 * images -> render each format -> atomic write. Each input gets exactly one {@link Outcome}; one bad
 * input never costs the others (everything it throws is caught, {@code StackOverflowError} and
 * {@code OutOfMemoryError} included), and an item over the time limit is reported failed and can no
 * longer publish outputs.
 *
 * <p>Items run on a bounded pool of {@code jobs} threads with large stacks. Output names are all
 * chosen before any item starts, in sorted input order, so outputs and names never depend on which
 * thread finishes first. Knows nothing of picocli: the listener is told of each outcome as it comes.
 */
public final class BatchJob {

    /** Told of each outcome as its item finishes, one call at a time. */
    @FunctionalInterface
    public interface Listener {
        void finished(Outcome outcome);

        /** Told once, before any outcome, how many items the run has (for progress). */
        default void started(int total) { }
    }

    /** Stack of a worker thread: deep enough for any walk bounded at jsoup's 512 levels. */
    static final long WORKER_STACK = 64L << 20;

    /**
     * Reasons a file found by a folder search is skipped rather than failed: it is no web page at
     * all (a folder of saved pages may hold a mislabelled download). Named explicitly, it fails.
     */
    static final Set<String> SKIPPABLE = Set.of("not-html", "empty");

    /** Diagnostic codes meaning the page had something the output lacks: the item is partial. */
    static final Set<String> PARTIAL_CODES = Set.of("image-too-large", "image-blocked");

    private final ConvertRequest request;
    private final InputStream stdin;
    private final Listener listener;
    private final ResourceLoader loader;
    private final Stages stages;

    /** The swappable stages: extraction and the renderer for a format (tests replace them). */
    interface Stages {
        Extraction extract(Page page);

        Renderer renderer(Format format, ConvertRequest request);

        Stages DEFAULT = new Stages() {
            public Extraction extract(Page page) { return new Extractor().extract(page); }
            public Renderer renderer(Format format, ConvertRequest request) { return Renderers.of(format, request); }
        };
    }

    public BatchJob(ConvertRequest request, InputStream stdin, Listener listener) {
        this(request, stdin, listener, Stages.DEFAULT);
    }

    BatchJob(ConvertRequest request, InputStream stdin, Listener listener, Stages stages) {
        this.request = Objects.requireNonNull(request, "request");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.stages = Objects.requireNonNull(stages, "stages");
        this.loader = new ResourceLoader(ResourceLoader.Limits.defaults(), request.allowNetwork());
    }

    /**
     * Converts everything; returns when every item has an outcome.
     *
     * @throws RunFailure when the output folder cannot be created or written
     */
    public Summary run() {
        long start = System.nanoTime();
        Path outDir = prepareOutputDir(request.outputDir());
        Inputs.Expansion expansion = Inputs.expand(request.inputs(), outDir);
        List<Inputs.Item> items = expansion.items();

        Set<Path> inputPaths = new HashSet<>();
        for (Inputs.Item i : items) {
            if (i.path() == null) continue;
            inputPaths.add(i.path().toAbsolutePath().normalize());
            try { inputPaths.add(i.path().toRealPath()); } catch (IOException e) { /* read will fail and say why */ }
        }
        OutputNames names = new OutputNames(outDir, request.formats(), inputPaths);
        List<String> claimed = new ArrayList<>();
        for (Inputs.Item i : items) claimed.add(i.warc() != null ? WarcItems.claim(i, names)
                : i.path() == null ? null : names.claim(OutputNames.baseName(i.path())));

        // read before this run appends to it
        boolean fromReport = request.rerun() != ConvertRequest.Rerun.ALL;
        Map<String, Resume.Entry> previous = fromReport ? Resume.read(outDir.resolve(Report.LINES)) : Map.of();

        boolean reportWanted = fromReport || request.report() == ConvertRequest.ReportMode.ON
                || (request.report() == ConvertRequest.ReportMode.AUTO && items.size() + expansion.problems().size() > 1);
        Report report = null;
        if (reportWanted) {
            try {
                report = new Report(outDir);
            } catch (IOException e) {
                throw new RunFailure("cannot write the report in " + request.outputDir() + ": " + e.getMessage(), e);
            }
        }

        Recorder recorder = new Recorder(items.size() + expansion.problems().size(), report, items);
        listener.started(items.size() + expansion.problems().size());
        int index = items.size();
        for (Inputs.Problem p : expansion.problems()) {
            recorder.record(index++, new Outcome.Failed(p.label(), p.label(), p.code(), p.message(), List.of(), List.of(), 0));
        }

        AtomicInteger threadNo = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(request.jobs(), request.jobs(), 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(null, r, "offprint-worker-" + threadNo.incrementAndGet(), WORKER_STACK);
                    t.setDaemon(true);
                    return t;
                });
        ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "offprint-watchdog");
            t.setDaemon(true);
            return t;
        });
        // a finished item's timer leaves the queue at once, rather than holding the item's state
        // until its time limit would have passed (a minute's worth of items at a time)
        watchdog.setRemoveOnCancelPolicy(true);
        try {
            for (int k = 0; k < items.size(); k++) {
                final int n = k;
                Inputs.Item item = items.get(n);
                String name = claimed.get(n);
                Outcome settled = WarcItems.settled(item, name);
                if (settled != null) {
                    recorder.record(n, settled); // a WARC record that is no page, or is broken: nothing to run
                    continue;
                }
                if (name != null && request.rerun() == ConvertRequest.Rerun.RETRY_FAILED && Resume.notFailed(previous.get(name), item.label())) {
                    recorder.record(n, new Outcome.Skipped(name, item.label(), "not-failed",
                            "did not fail in the last run (--retry-failed)", 0));
                    continue;
                }
                if (name != null && request.rerun() == ConvertRequest.Rerun.RESUME) {
                    List<Path> targets = new ArrayList<>();
                    for (Format f : request.formats()) targets.add(names.target(name, f));
                    if (Resume.upToDate(previous.get(name), item.label(), item.path(), targets)) {
                        recorder.record(n, new Outcome.Skipped(name, item.label(), "up-to-date",
                                "outputs unchanged since the last run", 0));
                        continue;
                    }
                }
                pool.execute(() -> runItem(n, item, name, names, recorder, watchdog, pool));
            }
            recorder.awaitAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
            watchdog.shutdownNow();
        }

        Summary summary = recorder.summary((System.nanoTime() - start) / 1_000_000, report == null ? null : report.path());
        if (report != null) {
            try (Report r = report) {
                r.summary(summary, request);
            } catch (IOException e) {
                throw new RunFailure("cannot write the report summary in " + request.outputDir() + ": " + e.getMessage(), e);
            }
        }
        return summary;
    }

    private static Path prepareOutputDir(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new RunFailure("cannot create the output folder " + dir + (Files.exists(dir) ? " (it is a file)" : ""), e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new RunFailure("cannot write to the output folder " + dir, null);
        }
        AtomicWriter.removeOrphans(dir);
        return dir.toAbsolutePath().normalize();
    }

    // ---- one item ---------------------------------------------------------------------------

    /** One item's life: running until it finishes or its time runs out, whichever comes first. */
    private static final class ItemState {
        final Thread thread = Thread.currentThread();
        final long start = System.nanoTime();
        final List<Outcome.Output> outputs = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String id;
        private boolean open = true;
        private boolean running = true;

        /** Publishes an output unless the item already ended (timed out). */
        synchronized boolean publish(AtomicWriter.IoAction move) throws IOException {
            if (!open) return false;
            move.run();
            return true;
        }

        /** Ends the item; true for the first caller only, who reports the outcome. */
        synchronized boolean end() {
            boolean was = open;
            open = false;
            return was;
        }

        /** Interrupts the worker, but only while it still runs this item (never its next one). */
        synchronized void interrupt() { if (running) thread.interrupt(); }

        /** The worker is done with this item; after this no interrupt for it can arrive. */
        synchronized void leave() { running = false; }

        synchronized List<Outcome.Output> outputs() { return List.copyOf(outputs); }

        synchronized List<String> warnings() { return List.copyOf(warnings); }

        long ms() { return (System.nanoTime() - start) / 1_000_000; }
    }

    private void runItem(int index, Inputs.Item item, String name, OutputNames names, Recorder recorder,
                         ScheduledExecutorService watchdog, ThreadPoolExecutor pool) {
        ItemState st = new ItemState();
        st.id = name != null ? name : "stdin";
        ScheduledFuture<?> timer = null;
        if (!request.timeLimit().isZero()) {
            timer = watchdog.schedule(() -> {
                if (!st.end()) return;
                recorder.record(index, new Outcome.Failed(st.id, item.label(), "timeout",
                        "took longer than " + limitText(request.timeLimit()), st.outputs(), st.warnings(), st.ms()));
                st.interrupt();
                // the stuck thread may never come back: give the pool a fresh one in its place
                synchronized (pool) {
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                }
            }, request.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        }
        Outcome outcome;
        try {
            outcome = convert(item, name, names, st);
        } catch (OffprintException e) {
            outcome = SKIPPABLE.contains(e.code()) && !item.explicit()
                    ? new Outcome.Skipped(st.id, item.label(), e.code(), withoutLabel(e.getMessage(), item), st.ms())
                    : failed(st, item, e.code(), withoutLabel(e.getMessage(), item));
        } catch (StackOverflowError e) {
            outcome = failed(st, item, "too-complex", "the page is nested too deeply to convert");
        } catch (OutOfMemoryError e) {
            outcome = failed(st, item, "out-of-memory", "converting the page ran out of memory");
        } catch (IOException e) {
            outcome = failed(st, item, "write-failed", oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (Throwable e) {
            outcome = failed(st, item, "internal-error", oneLine(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        } finally {
            if (timer != null) timer.cancel(false);
        }
        if (st.end()) recorder.record(index, outcome);
        st.leave();
        Thread.interrupted(); // a timeout's interrupt must not leak into the pool's next item
    }

    /** Stages may start their messages with the input's name; the report and CLI add it themselves. */
    static String withoutLabel(String message, Inputs.Item item) {
        if (message == null) return "";
        for (String prefix : new String[] {item.label() + ": ", item.path() == null ? null : item.path() + ": "}) {
            if (prefix != null && message.startsWith(prefix)) return oneLine(message.substring(prefix.length()));
        }
        return oneLine(message);
    }

    private static String limitText(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static Outcome failed(ItemState st, Inputs.Item item, String code, String message) {
        return new Outcome.Failed(st.id, item.label(), code, message, st.outputs(), st.warnings(), st.ms());
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("[\\r\\n\\t]+", " ").strip();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    private Outcome convert(Inputs.Item item, String name, OutputNames names, ItemState st) throws IOException {
        Page page = item.warc() != null ? item.archive().readPage(item.warc())
                : item.stdin() ? readStdin(item.label()) : item.url() ? readUrl(item.label()) : new FileSource().read(item.path());
        Extraction extraction = stages.extract(page);
        boolean partial = false;
        addWarnings(st, extraction.diagnostics());
        Article article = new AssignHeadingIds().andThen(new InferLanguage()).apply(extraction.article());
        ResourceLoader.Result media = loader.load(article, page, item.archive());
        addWarnings(st, media.diagnostics());
        for (Diagnostic d : media.diagnostics()) {
            partial |= d.severity() == Diagnostic.Severity.WARNING && PARTIAL_CODES.contains(d.code());
        }
        if (name == null) {
            String title = article.metadata().title() != null ? article.metadata().title() : article.metadata().url();
            String slug = OutputNames.slug(title);
            name = names.claim(slug.isEmpty() ? "stdin" : slug);
            st.id = name;
        }
        RenderContext ctx = RenderContext.fromEnvironment();
        Article withNotes = null;
        // each output's folder is flushed once, after the item's last output rather than after each
        // (an fsync costs milliseconds of waiting that the worker could spend converting)
        Set<Path> folders = new java.util.LinkedHashSet<>();
        try {
            for (Format f : request.formats()) {
                if (Thread.currentThread().isInterrupted()) throw new OffprintException("timeout", "interrupted");
                Article a = article;
                if (f.linkNotes()) {
                    if (withNotes == null) withNotes = new LinksAsNotes().apply(article);
                    a = withNotes;
                }
                Renderer renderer = stages.renderer(f, request);
                final Article toRender = a;
                Path target = names.target(name, f);
                folders.add(target.toAbsolutePath().getParent());
                Outcome.Output out = AtomicWriter.writeUnsynced(target,
                        o -> renderer.render(toRender, media.media(), ctx, o), st::publish);
                synchronized (st) { st.outputs.add(out); }
            }
        } finally {
            for (Path folder : folders) AtomicWriter.syncDirectory(folder);
        }
        List<Diagnostic> rendered = new ArrayList<>();
        for (Diagnostic d : ctx.diagnostics()) if (!alreadySaid(d, media)) rendered.add(d);
        addWarnings(st, rendered);
        for (Diagnostic d : rendered) partial |= d.severity() == Diagnostic.Severity.WARNING;
        return partial
                ? new Outcome.Partial(st.id, item.label(), st.outputs(), st.warnings(), st.ms())
                : new Outcome.Ok(st.id, item.label(), st.outputs(), st.warnings(), st.ms());
    }

    /**
     * A renderer's note that an image is missing repeats what loading it said (each renderer says it
     * again): one warning per image is enough, and it does not make the item partial twice over.
     */
    private static boolean alreadySaid(Diagnostic d, ResourceLoader.Result media) {
        if (!d.code().startsWith("image-")) return false;
        for (String url : media.refused()) if (d.message().contains(url)) return true;
        return false;
    }

    private Page readUrl(String url) {
        if (!request.allowNetwork()) {
            throw new OffprintException("network-off", "URL inputs are fetched only with --allow-network");
        }
        return new WebSource(new HttpFetcher(), FileSource.DEFAULT_MAX_BYTES).read(url);
    }

    private Page readStdin(String label) throws IOException {
        byte[] bytes = stdin.readNBytes((int) FileSource.DEFAULT_MAX_BYTES + 1); // one over: too large, not truncated
        return new FileSource().fromBytes(label, bytes, null, "about:blank", null, null);
    }

    private static void addWarnings(ItemState st, List<Diagnostic> diags) {
        synchronized (st) {
            for (Diagnostic d : diags) {
                if (d.severity() == Diagnostic.Severity.WARNING && !st.warnings.contains(d.toString())) st.warnings.add(d.toString());
            }
        }
    }

    // ---- outcomes ---------------------------------------------------------------------------

    /**
     * Counts outcomes, appends report lines and tells the listener; keeps the outcomes themselves,
     * in input order, only for runs of at most {@link Summary#KEPT_OUTCOMES} items.
     */
    private final class Recorder {
        private final BitSet recorded;
        private final Outcome[] outcomes;
        private final int[] counts = new int[4];
        private final CountDownLatch remaining;
        private final Report report;
        private final List<Inputs.Item> items;

        Recorder(int size, Report report, List<Inputs.Item> items) {
            this.recorded = new BitSet(size);
            this.outcomes = size <= Summary.KEPT_OUTCOMES ? new Outcome[size] : null;
            this.remaining = new CountDownLatch(size);
            this.report = report;
            this.items = items;
        }

        synchronized void record(int index, Outcome o) {
            if (recorded.get(index)) return; // a timed-out item that finishes late: its first outcome stands
            recorded.set(index);
            if (outcomes != null) outcomes[index] = o;
            counts[Summary.kind(o)]++;
            try {
                if (report != null) report.write(o, index < items.size() ? items.get(index).warc() : null);
            } catch (IOException e) {
                // the outcome still counts and is printed; the report line is lost, which the summary
                // shows as a mismatch between report lines and inputs
            }
            try {
                listener.finished(o);
            } finally {
                remaining.countDown();
            }
        }

        void awaitAll() throws InterruptedException { remaining.await(); }

        synchronized Summary summary(long ms, Path reportPath) {
            List<Outcome> kept = new ArrayList<>();
            if (outcomes != null) for (Outcome o : outcomes) if (o != null) kept.add(o);
            int n = counts[0] + counts[1] + counts[2] + counts[3];
            return new Summary(kept, n, counts[0], counts[1], counts[2], counts[3], ms, reportPath);
        }
    }
}
