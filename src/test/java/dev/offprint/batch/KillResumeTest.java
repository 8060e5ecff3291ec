package dev.offprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offprint.source.warc.WarcFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Nothing lost": a batch killed with SIGKILL midway (a real {@code offprint convert} in a child
 * JVM, {@code Process.destroyForcibly()}) leaves only complete outputs, and a rerun with
 * {@code --resume} ends with every item accounted for and no partial or temporary file.
 */
class KillResumeTest {

    @TempDir Path tmp;

    private static final int PAGES = 30;
    private static final int RECORDS = 8;

    private Process start(Path out, Path in, Path warc, boolean resume) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss4m", "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.offprint.cli.Main", "convert",
                "--format", "pdf,epub,txt", "-j", "2", "-o", out.toString()));
        if (resume) cmd.add("--resume");
        cmd.add(in.toString());
        cmd.add(warc.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(resume ? "rerun.log" : "run.log").toFile());
        pb.environment().put("SOURCE_DATE_EPOCH", "1700000000");
        return pb.start();
    }

    @Test
    void aBatchKilledMidwayLeavesNoPartialFileAndARerunCompletesIt() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < PAGES; i++) {
            Files.writeString(in.resolve(String.format("page-%02d.html", i)), WarcFixtures.article("Page " + i, 6));
        }
        WarcFixtures w = WarcFixtures.create(tmp.resolve("pages.warc.gz"), true);
        for (int i = 0; i < RECORDS; i++) w.html("https://example.org/r/" + i, WarcFixtures.article("Record " + i, 6));
        w.revisit("https://example.org/r/0");
        Path warc = w.close();
        Path out = tmp.resolve("out");

        Process p = start(out, in, warc, false);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline && p.isAlive() && countOutputs(out) < 4) Thread.sleep(20);
        boolean killedMidway = p.isAlive();
        p.destroyForcibly().waitFor();

        // whatever was published is whole: atomic rename means a visible output is a complete one
        for (Path f : outputs(out)) assertComplete(f);
        int linesBefore = Files.exists(out.resolve("report.jsonl")) ? Files.readAllLines(out.resolve("report.jsonl")).size() : 0;
        if (killedMidway) assertTrue(linesBefore < PAGES + RECORDS + 1, "killed before the end: " + linesBefore);

        Process rerun = start(out, in, warc, true);
        assertTrue(rerun.waitFor(300, java.util.concurrent.TimeUnit.SECONDS), "the rerun finishes");
        assertEquals(0, rerun.exitValue(), Files.readString(tmp.resolve("rerun.log")));

        Map<String, String> last = lastStatusById(out.resolve("report.jsonl"));
        assertEquals(PAGES + RECORDS + 1, last.size(), last.toString());
        for (Map.Entry<String, String> e : last.entrySet()) {
            if (e.getKey().startsWith("pages@")) {
                assertEquals("skipped", e.getValue(), "the revisit record");
            } else {
                assertTrue(e.getValue().equals("ok") || e.getValue().equals("skipped"), e.toString());
            }
        }
        try (Stream<Path> s = Files.list(out)) {
            List<String> stray = s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.startsWith(".")).toList();
            assertEquals(List.of(), stray, "no temporary file is left");
        }
        assertEquals(3 * (PAGES + RECORDS), outputs(out).size());
        for (Path f : outputs(out)) assertComplete(f);
        String summary = Files.readString(out.resolve("report-summary.json"));
        assertTrue(summary.contains("\"inputs\" : " + (PAGES + RECORDS + 1)) && summary.contains("\"failed\" : 0"), summary);
        if (killedMidway && linesBefore > 0) {
            assertTrue(summary.matches("(?s).*\"skipped\" : [1-9].*"), "the rerun skipped what was done: " + summary);
        }
    }

    private static List<Path> outputs(Path out) throws IOException {
        if (!Files.isDirectory(out)) return List.of();
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(f -> {
                String n = f.getFileName().toString();
                return n.endsWith(".pdf") || n.endsWith(".epub") || n.endsWith(".txt");
            }).sorted().toList();
        }
    }

    private static int countOutputs(Path out) throws IOException { return outputs(out).size(); }

    private static void assertComplete(Path f) throws IOException {
        String n = f.getFileName().toString();
        if (n.endsWith(".pdf")) {
            byte[] b = Files.readAllBytes(f);
            String tail = new String(b, Math.max(0, b.length - 32), Math.min(32, b.length), StandardCharsets.ISO_8859_1);
            assertTrue(new String(b, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-") && tail.contains("%%EOF"), n + " is whole");
        } else if (n.endsWith(".epub")) {
            try (ZipFile z = new ZipFile(f.toFile())) {
                assertTrue(z.getEntry("mimetype") != null, n + " is a whole zip");
                z.stream().forEach(e -> {
                    try (InputStream in = z.getInputStream(e)) { in.readAllBytes(); } catch (IOException x) { throw new AssertionError(n, x); }
                });
            }
        } else {
            assertTrue(Files.readString(f).contains("Paragraph 6"), n + " holds the last paragraph");
        }
    }

    private static Map<String, String> lastStatusById(Path report) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
            String id = null, status = null;
            try (JsonParser p = new JsonFactory().createParser(line)) {
                if (p.nextToken() != JsonToken.START_OBJECT) continue;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    JsonToken v = p.nextToken();
                    if (f.equals("id")) id = p.getText();
                    else if (f.equals("status")) status = p.getText();
                    else if (v.isStructStart()) p.skipChildren();
                }
            } catch (IOException e) {
                continue; // a line torn by the kill
            }
            if (id != null) out.put(id, status);
        }
        return out;
    }

    @Test
    void aTempFileOfAWriterThatIsGoneIsRemovedAtOnceAndAYoungForeignOneIsKept() throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();
        Path dead = Files.writeString(tmp.resolve(AtomicWriter.TEMP_PREFIX + gone.pid() + "-abc" + AtomicWriter.TEMP_SUFFIX), "half");
        Path self = Files.writeString(tmp.resolve(AtomicWriter.TEMP_PREFIX + ProcessHandle.current().pid() + "-abd" + AtomicWriter.TEMP_SUFFIX), "mine");
        Path old = Files.writeString(tmp.resolve(AtomicWriter.TEMP_PREFIX + "1f2e" + AtomicWriter.TEMP_SUFFIX), "no pid");
        assertEquals(1, AtomicWriter.removeOrphans(tmp));
        assertTrue(Files.notExists(dead));
        assertTrue(Files.exists(self), "this process may still be writing it");
        assertTrue(Files.exists(old), "no pid and young: may belong to a run in progress");
    }
}
