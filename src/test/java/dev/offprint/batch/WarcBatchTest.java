package dev.offprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC files as batch inputs, through the real pipeline: every record accounted for. */
class WarcBatchTest {

    @TempDir Path tmp;

    private Summary run(List<String> inputs, Path out, boolean resume, Format... formats) {
        ConvertRequest r = ConvertRequest.of(inputs, List.of(formats), out).withJobs(2).withTimeLimit(Duration.ofSeconds(60))
                .withRerun(resume ? ConvertRequest.Rerun.RESUME : ConvertRequest.Rerun.ALL);
        List<Outcome> told = new ArrayList<>();
        Summary s = new BatchJob(r, new ByteArrayInputStream(new byte[0]), told::add).run();
        assertEquals(s.inputs(), told.size());
        return s;
    }

    @Test
    void aMixedWarcConvertsItsPagesWithTheirImagesAndReportsEveryOtherRecord() throws IOException {
        byte[] png = WarcFixtures.png(60, 40);
        WarcFixtures w = WarcFixtures.create(tmp.resolve("crawl.warc.gz"), true);
        w.html("https://www.example.org/2024/first-story.html",
                WarcFixtures.article("First story", 4, "https://www.example.org/img/a.png"));
        w.http("https://www.example.org/img/a.png", 200, "image/png", png);
        w.revisit("https://www.example.org/2024/first-story.html");
        w.http("https://www.example.org/report.pdf", 200, "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        w.requestAndMetadata("https://www.example.org/2024/first-story.html");
        w.html("https://www.example.org/2024/first-story.html", WarcFixtures.article("First story again", 3,
                "https://www.example.org/img/not-archived.png"));
        long cut = w.position();
        Path warc = w.html("https://www.example.org/last", WarcFixtures.article("Last", 30)).close();
        byte[] b = Files.readAllBytes(warc);
        Files.write(warc, Arrays.copyOf(b, (int) cut + (b.length - (int) cut) / 2)); // the last record is cut off

        Path out = tmp.resolve("out");
        Summary s = run(List.of(warc.toString()), out, false, Format.HTML, Format.JSON);
        Map<String, String> byId = new TreeMap<>();
        for (Outcome o : s.outcomes()) byId.put(o.id(), o.status() + (o.reason() == null ? "" : " " + o.reason().split(":")[0]));
        assertEquals(8, s.inputs(), byId.toString());
        assertEquals(s.inputs(), s.ok() + s.partial() + s.failed() + s.skipped());
        assertEquals("ok", byId.get("example-org-2024-first-story"));
        assertEquals("ok", byId.get("example-org-2024-first-story-2"), "a second capture of one URL is its own item");
        assertEquals(5, s.skipped(), byId.toString());
        assertEquals(1, s.failed(), byId.toString());

        String html = Files.readString(out.resolve("example-org-2024-first-story.html"));
        assertTrue(html.contains("data:image/png;base64,"), "the image comes from the archive");
        Outcome first = s.outcomes().get(0);
        assertTrue(first.warnings().stream().noneMatch(x -> x.startsWith("image-")), first.warnings().toString());
        Outcome again = s.outcomes().get(6);
        assertTrue(again.warnings().stream().anyMatch(x -> x.startsWith("image-missing") && x.contains("not in the archive")),
                again.warnings().toString());
        String json = Files.readString(out.resolve("example-org-2024-first-story.json"));
        assertTrue(json.contains("2024-05-06"), "WARC-Date is the capture date");

        List<String> lines = Files.readAllLines(out.resolve("report.jsonl"));
        assertEquals(8, lines.size());
        for (String line : lines) {
            assertTrue(line.contains("\"warc\":{\"file\":\"" + warc + "\",\"offset\":"), line);
        }
        String failed = lines.stream().filter(l -> l.contains("\"status\":\"failed\"")).findFirst().orElseThrow();
        assertTrue(failed.contains("\"offset\":" + cut) && failed.contains("truncated"), failed);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"status\":\"skipped\"") && l.contains("revisit")));

        // a rerun with --resume converts nothing again and still accounts for every record
        Summary again2 = run(List.of(warc.toString()), out, true, Format.HTML, Format.JSON);
        assertEquals(8, again2.inputs());
        assertEquals(7, again2.skipped(), "two pages up to date, five records that are no page");
        assertEquals(1, again2.failed());
    }

    @Test
    void aFolderWithBadFilesConvertsTheGoodOnesAndReportsTheBad() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        Files.writeString(in.resolve("good.html"), WarcFixtures.article("Good one", 3));
        Files.writeString(tmp.resolve("in/good2.htm"), WarcFixtures.article("Good two", 3));
        Files.write(tmp.resolve("in/image.html"), WarcFixtures.png(3, 3));
        Files.write(tmp.resolve("in/empty.html"), new byte[0]);
        Files.write(tmp.resolve("in/bad.html.gz"), "not gzip at all".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(tmp.resolve("in/menu.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        Path out = tmp.resolve("out");
        Summary s = run(List.of(tmp.resolve("in").toString()), out, false, Format.TXT);
        Map<String, String> byId = new TreeMap<>();
        for (Outcome o : s.outcomes()) byId.put(o.id(), o.status());
        assertEquals(6, s.inputs(), byId.toString());
        assertEquals("ok", byId.get("good"));
        assertEquals("ok", byId.get("good2"));
        assertEquals(2, s.ok());
        assertEquals(4, s.failed() + s.skipped(), byId.toString());
        assertTrue(Files.exists(out.resolve("good.txt")) && Files.exists(out.resolve("good2.txt")));
        assertFalse(Files.exists(out.resolve("image.txt")));
        assertEquals(6, Files.readAllLines(out.resolve("report.jsonl")).size());
    }

    @Test
    void hostileTargetUrisGiveSafeAsciiNamesInsideTheOutputFolder() throws IOException {
        String[] hostile = {"http://x/../../evil", "http://x/..\\..\\evil", "http://x/%2e%2e%2f", "file:///etc/passwd",
                "http://x/CON", "http://x/NUL.pdf", "http://x/" + "\u00e9".repeat(300), "http://x/a\u202Eb\u0000c",
                "http://x/*?:\"<>|", "http://x/\u2024\u2024/", "http://x/..\u2215", ""};
        for (String h : hostile) {
            String slug = WarcItems.urlSlug(h);
            assertTrue(slug.matches("[a-z0-9-]{0,80}"), h + " -> " + slug);
        }
        WarcFixtures w = WarcFixtures.create(tmp.resolve("h.warc"), false);
        w.html("http://x/../../evil", WarcFixtures.article("Evil", 2));
        w.html("http://x/CON", WarcFixtures.article("Con", 2));
        w.html("http://x/%2e%2e%2f", WarcFixtures.article("Dots", 2));
        Path out = tmp.resolve("out");
        Summary s = run(List.of(w.close().toString()), out, false, Format.TXT);
        assertEquals(3, s.ok());
        for (Outcome o : s.outcomes()) {
            for (Outcome.Output f : o.outputs()) assertEquals(out.toAbsolutePath(), f.path().getParent(), f.path().toString());
        }
        assertEquals(List.of("report-summary.json", "report.jsonl", "x-2e-2e-2f.txt", "x-con.txt", "x-evil.txt"),
                Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
    }
}
