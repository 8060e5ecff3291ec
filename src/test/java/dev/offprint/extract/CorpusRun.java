package dev.offprint.extract;

import dev.offprint.diag.OffprintException;
import dev.offprint.model.Metadata;
import dev.offprint.source.FileSource;
import dev.offprint.source.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test-scope measuring tool: runs the extractor over the shared corpora and writes {@code <id>.txt}
 * (the body, per DESIGN.md's txt contract) and a minimal {@code <id>.json} (title, authors,
 * published) into a folder, for {@code ../shared/tools/score.py --offprint}.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) dev.offprint.extract.CorpusRun ../shared OUT</pre>
 */
public final class CorpusRun {

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path out = Path.of(args.length > 1 ? args[1] : "target/corpus-run");
        String only = args.length > 2 ? args[2] : "";
        List<Path[]> jobs = new ArrayList<>();
        if (!only.equals("trafilatura")) {
            Path rd = shared.resolve("corpus/readability");
            try (Stream<Path> s = Files.list(rd)) {
                s.sorted().forEach(d -> jobs.add(new Path[] {d.resolve("source.html"), out.resolve("readability"), Path.of(d.getFileName().toString())}));
            }
        }
        if (!only.equals("readability")) {
            Path td = shared.resolve("corpus/trafilatura-dev/html");
            try (Stream<Path> s = Files.list(td)) {
                s.sorted().forEach(f -> {
                    String name = f.getFileName().toString();
                    jobs.add(new Path[] {f, out.resolve("trafilatura"), Path.of(name.endsWith(".html") ? name.substring(0, name.length() - 5) : name)});
                });
            }
        }
        Extractor extractor = new Extractor();
        long start = System.nanoTime();
        int ok = 0, failed = 0;
        long slowest = 0;
        String slowestId = "";
        for (Path[] job : jobs) {
            Files.createDirectories(job[1]);
            String id = job[2].toString();
            long t0 = System.nanoTime();
            String txt = "";
            Metadata m = Metadata.empty();
            try {
                Page page = FileSource.readFile(job[0]);
                Extraction x = extractor.extract(page);
                txt = PlainText.of(x.article().body());
                m = x.article().metadata();
                ok++;
            } catch (OffprintException e) {
                failed++;
                System.err.println(id + ": " + e.code() + ": " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                failed++;
                System.err.println(id + ": CRASH " + e);
                e.printStackTrace();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > slowest) { slowest = ms; slowestId = id; }
            if (ms > 10_000) System.err.println(id + ": SLOW " + ms + " ms");
            Files.writeString(job[1].resolve(id + ".txt"), txt, StandardCharsets.UTF_8);
            Files.writeString(job[1].resolve(id + ".json"), json(m), StandardCharsets.UTF_8);
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d pages (%d ok, %d failed) in %.1f s: %.1f pages/s; slowest %s %d ms%n",
                jobs.size(), ok, failed, secs, jobs.size() / secs, slowestId, slowest);
    }

    static String json(Metadata m) {
        StringBuilder b = new StringBuilder("{\"metadata\":{\"title\":").append(str(m.title())).append(",\"authors\":[");
        for (int i = 0; i < m.authors().size(); i++) {
            if (i > 0) b.append(',');
            b.append(str(m.authors().get(i)));
        }
        b.append("],\"published\":").append(str(m.published())).append(",\"modified\":").append(str(m.modified())).append("}}\n");
        return b.toString();
    }

    private static String str(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
