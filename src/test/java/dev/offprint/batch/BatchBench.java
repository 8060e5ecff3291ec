package dev.offprint.batch;

import dev.offprint.source.warc.WarcFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Batch throughput and memory (issue 6; {@code make bench} or {@code make bench-batch}, not a timed
 * test): corpus pages ({@code ../shared/corpus/readability/}{@code *}{@code /source.html} and
 * {@code trafilatura-dev/html/*.html}) converted to PDF and EPUB in one batch, first from a folder,
 * then packed into a WARC.gz built here with jwarc, at 500 and at 2,000 articles (the corpus
 * repeated through hard links).
 *
 * <p>Each batch is one run of the real launcher, {@code bin/offprint convert --format pdf,epub
 * --report --quiet} (so with the JVM settings users get, or {@code OFFPRINT_JAVA_OPTS} when set),
 * in a process of its own. Printed per run: articles per second (inputs over the wall-clock time of
 * the whole process, JVM start included), p50 and p95 of the per-article milliseconds in
 * {@code report.jsonl}, the peak RSS of the JVM ({@code VmHWM} of its {@code /proc/PID/status},
 * read every 20 ms while it runs; a high-water mark, so only a peak in the last 20 ms could be
 * missed), its CPU time per article (user + system of the process, from the shell's
 * {@code times} after it ended: a figure other load on the machine does not inflate) and the load
 * average; then, per input kind, the ratio of the peak RSS at the largest size to that at the
 * smallest. Exits 1 when a run fails (exit code not 0, or a report line missing or failed), so a
 * broken batch never passes for a slow one.
 *
 * <p>Arguments: {@code [SHARED] [N...]} (default {@code ../shared 500 2000}); the launcher is
 * {@code bin/offprint} (property {@code offprint.launcher}); {@code OFFPRINT_BENCH_ARGS} adds
 * {@code convert} options (say {@code -j 3}). Skips, saying so, when the corpus is absent.
 */
public final class BatchBench {

    private BatchBench() {}

    /** Targets of issue 6, printed next to the figures. */
    private static final double TARGET_RATE = 20.0;
    private static final double TARGET_RSS_RATIO = 1.2;

    /** One run's figures. */
    private record Run(String kind, int n, int lines, int ok, int partial, int failed, int skipped, double secs,
                       long p50, long p95, long rssKb, double cpuSecs, int exit, String load) {}

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("offprint.shared", "../shared"));
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) sizes.add(Integer.parseInt(args[i]));
        if (sizes.isEmpty()) sizes = List.of(500, 2000);
        List<Path> corpus = corpus(shared.resolve("corpus"));
        if (corpus.size() < 100) {
            System.out.println("BatchBench: skipped, fewer than 100 corpus pages under " + shared.resolve("corpus"));
            return;
        }
        Path launcher = Path.of(System.getProperty("offprint.launcher", "bin/offprint")).toAbsolutePath();
        int base = Math.min(500, corpus.size());
        corpus = corpus.subList(0, base);
        int cores = Runtime.getRuntime().availableProcessors();
        Path work = Files.createTempDirectory("offprint-batchbench");
        String opts = System.getenv("OFFPRINT_JAVA_OPTS");
        System.out.printf(Locale.ROOT, "BatchBench: %d distinct corpus pages, %d cores, formats pdf+epub, %s%s, JVM options %s; %s%n",
                base, cores, launcher, extraArgs().isEmpty() ? "" : " " + String.join(" ", extraArgs()),
                opts == null || opts.isBlank() ? "the launcher's" : "'" + opts + "'", load());
        List<String> problems = new ArrayList<>();
        try {
            for (String kind : List.of("dir", "warc")) {
                List<Run> runs = new ArrayList<>();
                for (int n : sizes) {
                    Path input = kind.equals("dir") ? folder(corpus, work.resolve("dir-" + n), n) : warc(corpus, work.resolve("w-" + n + ".warc.gz"), n);
                    Run r = run(launcher, kind, n, input, work.resolve("out-" + kind + "-" + n), work);
                    runs.add(r);
                    print(r, cores);
                    if (r.exit != 0) problems.add(kind + " " + n + ": offprint exited with " + r.exit);
                    if (r.lines != n) problems.add(kind + " " + n + ": " + r.lines + " report lines for " + n + " inputs");
                    if (r.failed > 0) problems.add(kind + " " + n + ": " + r.failed + " articles failed");
                    if (r.ok + r.partial == 0) problems.add(kind + " " + n + ": nothing converted");
                    if (kind.equals("warc")) deleteTree(input);
                }
                if (runs.size() > 1) {
                    Run first = runs.get(0), last = runs.get(runs.size() - 1);
                    double ratio = (double) last.rssKb / Math.max(1, first.rssKb);
                    System.out.printf(Locale.ROOT, "%-4s peak RSS %d -> %d articles: %d -> %d MiB, ratio %.2f (target <= %.1f: %s)%n",
                            kind, first.n, last.n, first.rssKb / 1024, last.rssKb / 1024, ratio, TARGET_RSS_RATIO,
                            ratio <= TARGET_RSS_RATIO ? "met" : "NOT met");
                }
            }
        } finally {
            deleteTree(work);
        }
        if (!problems.isEmpty()) {
            for (String p : problems) System.out.println("BatchBench: FAILED " + p);
            System.exit(1);
        }
    }

    private static void print(Run r, int cores) {
        double rate = r.lines / r.secs;
        double cpuMs = r.cpuSecs * 1000 / Math.max(1, r.lines);
        System.out.printf(Locale.ROOT,
                "%-4s %5d articles: %6.1f articles/s (target >= %.0f: %s)  p50 %5d ms  p95 %5d ms  peak RSS %5d MiB"
                        + "  CPU %4.0f ms/article (at most %.1f articles/s on %d free cores)"
                        + "  (ok %d, partial %d, failed %d, skipped %d; %.0f s; %s)%n",
                r.kind, r.n, rate, TARGET_RATE, rate >= TARGET_RATE ? "met" : "NOT met", r.p50, r.p95, r.rssKb / 1024,
                cpuMs, cores * 1000.0 / Math.max(1, cpuMs), cores,
                r.ok, r.partial, r.failed, r.skipped, r.secs, r.load);
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

    /** Runs {@code bin/offprint convert} on {@code input} and gathers its figures. */
    private static Run run(Path launcher, String kind, int n, Path input, Path out, Path work) throws Exception {
        Path times = work.resolve("times-" + kind + "-" + n);
        // the shell's 'times' gives the user and system CPU time of its ended children: the JVM's, exactly
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "\"$@\"; rc=$?; times > \"$OFFPRINT_BENCH_TIMES\"; exit $rc", "sh",
                launcher.toString(), "convert", "--format", "pdf,epub", "--report", "--quiet", "-o", out.toString()));
        cmd.addAll(extraArgs());
        cmd.add(input.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("OFFPRINT_BENCH_TIMES", times.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        Process shell = pb.start();
        long hwm = 0;
        while (!shell.waitFor(20, TimeUnit.MILLISECONDS)) {
            // the launcher execs java, so the shell's child is the JVM (after a moment as a shell)
            for (ProcessHandle child : shell.children().toList()) hwm = Math.max(hwm, vmHwmKb(child.pid()));
        }
        double secs = (System.nanoTime() - start) / 1e9;
        String load = load();
        int exit = shell.exitValue();
        double cpu = childCpuSeconds(times);
        List<Long> ms = new ArrayList<>();
        int[] count = new int[4];
        int lines = 0;
        Path report = out.resolve("report.jsonl");
        if (Files.isRegularFile(report)) {
            for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
                Matcher st = STATUS.matcher(line);
                if (!st.find()) continue;
                lines++;
                int k = List.of("ok", "partial", "failed", "skipped").indexOf(st.group(1));
                if (k >= 0) count[k]++;
                Matcher m = MS.matcher(line);
                if (k != 3 && m.find()) ms.add(Long.parseLong(m.group(1)));
            }
        }
        long[] sorted = ms.stream().mapToLong(Long::longValue).sorted().toArray();
        deleteTree(out);
        return new Run(kind, n, lines, count[0], count[1], count[2], count[3], secs, pct(sorted, 50), pct(sorted, 95),
                hwm, cpu, exit, load);
    }

    /** Further {@code convert} options from the environment ({@code OFFPRINT_BENCH_ARGS="-j 3"}), to try settings. */
    private static List<String> extraArgs() {
        String a = System.getenv("OFFPRINT_BENCH_ARGS");
        return a == null || a.isBlank() ? List.of() : List.of(a.strip().split("\\s+"));
    }

    private static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z]+)\"");
    private static final Pattern MS = Pattern.compile("\"ms\":(\\d+)\\}\\s*$");
    private static final Pattern TIME = Pattern.compile("(\\d+)m([0-9.]+)s");

    /** User plus system seconds of the shell's children, from the second line of {@code times}. */
    private static double childCpuSeconds(Path times) throws IOException {
        if (!Files.isRegularFile(times)) return -1;
        List<String> lines = Files.readAllLines(times, StandardCharsets.US_ASCII);
        if (lines.size() < 2) return -1;
        Matcher m = TIME.matcher(lines.get(1));
        double total = 0;
        while (m.find()) total += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
        return total;
    }

    private static long pct(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Peak resident set size of process {@code pid} in KiB (Linux), or 0. */
    static long vmHwmKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process just ended
        }
        return 0;
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
