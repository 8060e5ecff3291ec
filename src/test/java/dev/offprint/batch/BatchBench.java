package dev.offprint.batch;

import dev.offprint.render.Format;
import dev.offprint.source.warc.WarcFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Batch throughput and memory (issue 6; {@code make bench}, not a timed test): corpus pages
 * ({@code ../shared/corpus/readability/}{@code *}{@code /source.html} and
 * {@code trafilatura-dev/html/*.html}) converted to PDF and EPUB in one batch through the real
 * {@link BatchJob}, first from a folder, then packed into a WARC.gz built here with jwarc. Prints
 * articles per second, p50 and p95 milliseconds per article, and the peak RSS (VmHWM) of the JVM
 * that ran the batch, at 500 and at 2,000 articles (the corpus repeated through hard links), plus
 * the load average, since the machine may be shared.
 *
 * <p>Each configuration runs in its own child JVM so that each peak RSS is its own. Arguments:
 * {@code [SHARED] [N...]} (default {@code ../shared 500 2000}). Skips, saying so, when the corpus
 * is absent.
 */
public final class BatchBench {

    private BatchBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Path.of(args[2]), Path.of(args[3]));
            return;
        }
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("offprint.shared", "../shared"));
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) sizes.add(Integer.parseInt(args[i]));
        if (sizes.isEmpty()) sizes = List.of(500, 2000);
        List<Path> corpus = corpus(shared.resolve("corpus"));
        if (corpus.size() < 100) {
            System.out.println("BatchBench: skipped, fewer than 100 corpus pages under " + shared.resolve("corpus"));
            return;
        }
        int base = Math.min(500, corpus.size());
        corpus = corpus.subList(0, base);
        Path work = Files.createTempDirectory("offprint-batchbench");
        System.out.printf(Locale.ROOT, "BatchBench: %d distinct corpus pages, %d cores, formats pdf+epub, %s%n",
                base, Runtime.getRuntime().availableProcessors(), load());
        try {
            for (String kind : List.of("dir", "warc")) {
                for (int n : sizes) {
                    Path input = kind.equals("dir") ? folder(corpus, work.resolve("dir-" + n), n) : warc(corpus, work.resolve("w-" + n + ".warc.gz"), n);
                    runChild(kind, input, work.resolve("out-" + kind + "-" + n));
                }
            }
        } finally {
            deleteTree(work);
        }
    }

    /** The corpus pages, sorted by path. */
    static List<Path> corpus(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        Path rd = root.resolve("readability");
        if (Files.isDirectory(rd)) {
            try (Stream<Path> s = Files.list(rd)) {
                s.map(d -> d.resolve("source.html")).filter(Files::isRegularFile).forEach(out::add);
            }
        }
        Path tr = root.resolve("trafilatura-dev/html");
        if (Files.isDirectory(tr)) {
            try (Stream<Path> s = Files.list(tr)) {
                s.filter(p -> p.getFileName().toString().endsWith(".html")).forEach(out::add);
            }
        }
        out.sort(null);
        return out;
    }

    /** {@code n} pages in a folder: the corpus repeated, each copy a hard link (or a copy) under its own name. */
    private static Path folder(List<Path> corpus, Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            Path src = corpus.get(i % corpus.size());
            Path dst = dir.resolve(String.format(Locale.ROOT, "p%05d.html", i));
            try {
                Files.createLink(dst, src.toRealPath());
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(src, dst);
            }
        }
        return dir;
    }

    /** {@code n} pages as HTTP response records of one WARC.gz, written with jwarc. */
    private static Path warc(List<Path> corpus, Path file, int n) throws IOException {
        WarcFixtures w = WarcFixtures.create(file, true);
        for (int i = 0; i < n; i++) {
            Path src = corpus.get(i % corpus.size());
            w.http(String.format(Locale.ROOT, "https://corpus.example/%05d/page.html", i), 200, "text/html", Files.readAllBytes(src));
        }
        return w.close();
    }

    private static void runChild(String kind, Path input, Path out) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-Xmx") || a.startsWith("-Xss") || a.startsWith("-Xms")) cmd.add(a);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BatchBench.class.getName(), "--child", kind,
                input.toString(), out.toString()));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int rc = p.waitFor();
        if (rc != 0) System.out.println("BatchBench: " + kind + " run exited with " + rc);
        deleteTree(out);
    }

    private static void child(String kind, Path input, Path out) throws IOException {
        ConvertRequest r = ConvertRequest.of(List.of(input.toString()), List.of(Format.PDF, Format.EPUB), out)
                .withJobs(Runtime.getRuntime().availableProcessors()).withReport(ConvertRequest.ReportMode.ON);
        long[] ms = new long[1 << 16];
        int[] n = {0};
        long start = System.nanoTime();
        Summary s = new BatchJob(r, new ByteArrayInputStream(new byte[0]), o -> {
            if (o instanceof Outcome.Skipped) return;
            if (n[0] < ms.length) ms[n[0]++] = o.ms();
        }).run();
        double secs = (System.nanoTime() - start) / 1e9;
        double cpuMs = cpuNanos() / 1e6;
        long[] sorted = Arrays.copyOf(ms, n[0]);
        Arrays.sort(sorted);
        int converted = s.ok() + s.partial();
        System.out.printf(Locale.ROOT,
                "%-4s %5d articles: %6.1f articles/s  p50 %5d ms  p95 %5d ms  peak RSS %5d MiB  CPU %4.0f ms/article"
                        + "  (ok %d, partial %d, failed %d, skipped %d; %.0f s; %s)%n",
                kind, s.inputs(), s.inputs() / secs, pct(sorted, 50), pct(sorted, 95), vmHwmKb() / 1024, cpuMs / Math.max(1, s.inputs()),
                s.ok(), s.partial(),
                s.failed(), s.skipped(), secs, load());
        if (converted == 0) System.out.println("BatchBench: nothing converted");
    }

    /** CPU time of the whole JVM so far (all threads, JIT and GC included): a figure the machine's load does not inflate. */
    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static long pct(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Peak resident set size of this JVM in KiB (Linux), or -1. */
    static long vmHwmKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load " + f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "load n/a";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.deleteIfExists(p);
        }
    }
}
