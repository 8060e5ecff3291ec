package dev.offprint.render.pdf;

import dev.offprint.model.Article;
import dev.offprint.model.Media;
import dev.offprint.render.RenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;

/**
 * PDF renderer benchmark (a main, not a test): milliseconds per typical article (~1,500 words of
 * text) once warm, and the time and pages per second of a ~100-page document. Prints wall time and
 * the thread's CPU time (the honest figure on a shared, loaded machine). Run:
 * {@code ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}
 * then {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.offprint.render.pdf.PdfBench}.
 */
public final class PdfBench {

    private PdfBench() {}

    public static void main(String[] args) throws IOException {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        PdfRenderer renderer = new PdfRenderer(PdfOptions.defaults());
        Article typical = TestArticles.longArticle(6);
        int words = PdfBench.words(typical);
        for (int i = 0; i < warmup; i++) render(renderer, typical);
        long t0 = System.nanoTime();
        long c0 = cpu();
        int bytes = 0;
        for (int i = 0; i < runs; i++) bytes = render(renderer, typical);
        double typicalMs = (System.nanoTime() - t0) / 1e6 / runs;
        double typicalCpu = (cpu() - c0) / 1e6 / runs;
        System.out.printf("typical article (%d words, %d bytes): %.1f ms wall, %.1f ms CPU, warm (mean of %d)%n",
                words, bytes, typicalMs, typicalCpu, runs);

        PdfRenderer kitchen = new PdfRenderer(PdfOptions.defaults());
        for (int i = 0; i < warmup; i++) render(kitchen, TestArticles.kitchenSink());
        t0 = System.nanoTime();
        c0 = cpu();
        for (int i = 0; i < runs; i++) render(kitchen, TestArticles.kitchenSink());
        System.out.printf("kitchen sink: %.1f ms wall, %.1f ms CPU, warm%n", (System.nanoTime() - t0) / 1e6 / runs, (cpu() - c0) / 1e6 / runs);

        Article hundred = TestArticles.longArticle(130);
        render(renderer, hundred);
        render(renderer, hundred);
        int n = 3;
        t0 = System.nanoTime();
        c0 = cpu();
        byte[] pdf = null;
        for (int i = 0; i < n; i++) pdf = bytes(renderer, hundred);
        double ms = (System.nanoTime() - t0) / 1e6 / n;
        double cpuMs = (cpu() - c0) / 1e6 / n;
        int pages;
        try (var doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        }
        System.out.printf("long document: %d pages, %d bytes, %.0f ms wall (%.0f pages/s), %.0f ms CPU (%.0f pages/s)%n",
                pages, pdf.length, ms, pages / (ms / 1000), cpuMs, pages / (cpuMs / 1000));
        System.out.printf("peak memory: %s (VmHWM of this JVM), heap in use now %d MiB%n", peakRss(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    /** The JVM's peak resident set size from /proc (Linux), or "unknown". */
    private static String peakRss() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return (Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10) + " MiB";
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: say so below
        }
        return "unknown";
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static int words(Article a) {
        String text = a.body().toString();
        return (int) java.util.regex.Pattern.compile("Text\\[text=([^\\]]*)\\]").matcher(text).results()
                .mapToLong(m -> m.group(1).split("\\s+").length).sum();
    }

    private static int render(PdfRenderer r, Article a) throws IOException {
        return bytes(r, a).length;
    }

    private static byte[] bytes(PdfRenderer r, Article a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(a, Media.empty(), new RenderContext(TestArticles.CONVERTED), out);
        return out.toByteArray();
    }
}
