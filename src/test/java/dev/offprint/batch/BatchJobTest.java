package dev.offprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.offprint.diag.OffprintException;
import dev.offprint.extract.Extraction;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.ExtractionInfo;
import dev.offprint.model.Inline;
import dev.offprint.model.Metadata;
import dev.offprint.render.Format;
import dev.offprint.render.Renderer;
import dev.offprint.source.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchJobTest {

    @TempDir Path tmp;

    static final java.util.concurrent.atomic.AtomicBoolean RELEASE = new java.util.concurrent.atomic.AtomicBoolean();
    static final java.util.concurrent.CountDownLatch SLOW_RETURNED = new java.util.concurrent.CountDownLatch(1);

    /** A stand-in extractor: the title and each {@code <p>}; a page with no {@code <p>} has no article. */
    static final BatchJob.Stages FAKE = new BatchJob.Stages() {
        public Extraction extract(Page page) {
            String html = page.html();
            if (html.contains("<overflow>")) throw new StackOverflowError();
            if (html.contains("<oom>")) throw new OutOfMemoryError("Java heap space");
            if (html.contains("<npe>")) throw new NullPointerException("boom\nsecond line");
            if (html.contains("<slow>")) {
                // ignores interrupts, like a stuck parser, until the test lets it go (or 30 s pass)
                long end = System.nanoTime() + 30_000_000_000L;
                while (!RELEASE.get() && System.nanoTime() < end) Thread.onSpinWait();
                SLOW_RETURNED.countDown();
            }
            List<Block> body = new ArrayList<>();
            Matcher m = Pattern.compile("<p>(.*?)</p>").matcher(html);
            while (m.find()) body.add(new Block.Paragraph(List.of(new Inline.Text(m.group(1)))));
            Matcher img = Pattern.compile("<img src=\"([^\"]+)\">").matcher(html);
            while (img.find()) body.add(new Block.Figure(img.group(1), "", 0, 0, List.of(), List.of()));
            if (body.isEmpty()) throw new OffprintException("no-article", "no article text found");
            Matcher t = Pattern.compile("<title>(.*?)</title>").matcher(html);
            Metadata meta = Metadata.empty().withTitle(t.find() ? t.group(1) : null);
            return new Extraction(new Article(meta, body, List.of(), List.of(), List.of(), ExtractionInfo.unknown()), List.of());
        }

        public Renderer renderer(Format format, ConvertRequest request) { return Renderers.of(format, request); }
    };

    private Path page(String rel, String paragraph) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "<html><title>" + paragraph + "</title><p>" + paragraph + "</p></html>");
        return p;
    }

    private ConvertRequest request(List<String> inputs, Path out, int jobs, Duration limit, ConvertRequest.ReportMode report) {
        return ConvertRequest.of(inputs, List.of(Format.JSON, Format.TXT), out).withJobs(jobs).withTimeLimit(limit).withReport(report);
    }

    private Summary run(ConvertRequest r, BatchJob.Stages stages) {
        List<Outcome> told = new ArrayList<>();
        Summary s = new BatchJob(r, new ByteArrayInputStream(new byte[0]), told::add, stages).run();
        assertEquals(s.inputs(), told.size(), "the listener hears of every item once");
        return s;
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void collidingNamesGetNumberedInSortedInputOrderWhateverTheThreads() throws IOException {
        Path a = page("in/a/x.html", "from a");
        page("in/b/x.html", "from b");
        page("in/c/x.htm", "from c");
        Path gz = tmp.resolve("in/d/x.html.gz");
        Files.createDirectories(gz.getParent());
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("<p>from d</p>".getBytes(StandardCharsets.UTF_8));
        }
        Map<String, String> first = null;
        for (int jobs : new int[] {1, 2, 4}) {
            Path out = tmp.resolve("out" + jobs);
            // inputs given in reverse: the order of the command line does not matter, the sort does
            Summary s = run(request(List.of(gz.toString(), tmp.resolve("in/c").toString(), tmp.resolve("in/b").toString(),
                    a.toString()), out, jobs, Duration.ZERO, ConvertRequest.ReportMode.OFF), FAKE);
            assertEquals(4, s.ok());
            Map<String, String> byName = new TreeMap<>();
            for (String f : files(out)) if (f.endsWith(".txt")) byName.put(f, Files.readString(out.resolve(f)).strip());
            assertEquals(Map.of("x.txt", "from a", "x-2.txt", "from b", "x-3.txt", "from c", "x-4.txt", "from d"), byName);
            if (first != null) assertEquals(first, byName);
            first = byName;
        }
    }

    @Test
    void anOutputNeverReplacesAnInput() throws IOException {
        Path in = tmp.resolve("same");
        Path x = page("same/x.json", "the input is called x.json");
        String before = Files.readString(x);
        Summary s = run(ConvertRequest.of(List.of(x.toString()), List.of(Format.JSON), in).withTimeLimit(Duration.ZERO)
                .withReport(ConvertRequest.ReportMode.OFF), FAKE);
        assertEquals(1, s.ok());
        assertEquals(before, Files.readString(x));
        assertEquals(in.toAbsolutePath().resolve("x-2.json"), s.outcomes().get(0).outputs().get(0).path());
    }

    @Test
    void aRendererThatThrowsMidwayLeavesNoFileAndNoTempFile() throws IOException {
        Path good = page("in/good.html", "good");
        Path bad = page("in/bad.html", "bad");
        BatchJob.Stages halfway = new BatchJob.Stages() {
            public Extraction extract(Page page) { return FAKE.extract(page); }
            public Renderer renderer(Format format, ConvertRequest request) {
                if (format == Format.TXT) return Renderers.of(format, request);
                return (article, media, ctx, out) -> {
                    out.write(new byte[100_000]); // past the writer's buffer: bytes reach the temp file
                    if (article.metadata().title().equals("bad")) throw new IllegalStateException("renderer broke midway");
                    out.write('\n');
                };
            }
        };
        Path out = tmp.resolve("out");
        Summary s = run(ConvertRequest.of(List.of(good.toString(), bad.toString()), List.of(Format.TXT, Format.JSON), out)
                .withJobs(2).withTimeLimit(Duration.ZERO).withReport(ConvertRequest.ReportMode.OFF), halfway);
        assertEquals(List.of("bad.txt", "good.json", "good.txt"), files(out), "no bad.json, no temp file");
        Outcome.Failed f = (Outcome.Failed) s.outcomes().stream().filter(o -> o.id().equals("bad")).findFirst().orElseThrow();
        assertEquals("internal-error", f.code());
        assertEquals(1, f.outputs().size(), "the txt written before the failure is listed");
    }

    @Test
    void errorsOfOnePageNeverCostTheOthers() throws IOException {
        Path in = tmp.resolve("in");
        page("in/a.html", "fine");
        Files.writeString(in.resolve("b.html"), "<overflow><p>x</p>");
        Files.writeString(in.resolve("c.html"), "<oom><p>x</p>");
        Files.writeString(in.resolve("d.html"), "<npe><p>x</p>");
        Files.writeString(in.resolve("e.html"), "<html>no paragraphs</html>");
        page("in/f.html", "also fine");
        Summary s = run(request(List.of(in.toString()), tmp.resolve("out"), 2, Duration.ZERO, ConvertRequest.ReportMode.OFF), FAKE);
        Map<String, String> status = new TreeMap<>();
        for (Outcome o : s.outcomes()) status.put(o.id(), o.status() + (o.reason() == null ? "" : " " + o.reason()));
        assertEquals(Map.of("a", "ok", "b", "failed too-complex: the page is nested too deeply to convert",
                "c", "failed out-of-memory: converting the page ran out of memory",
                "d", "failed internal-error: NullPointerException: boom second line",
                "e", "failed no-article: no article text found", "f", "ok"), status);
        assertEquals(List.of("a.json", "a.txt", "f.json", "f.txt"), files(tmp.resolve("out")));
    }

    @Test
    void aNonPageFoundByAFolderSearchIsSkippedButFailsWhenNamed() throws IOException {
        Path in = tmp.resolve("in");
        page("in/a.html", "fine");
        Path pdf = Files.write(in.resolve("b.html"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        Summary s = run(request(List.of(in.toString()), tmp.resolve("out"), 1, Duration.ZERO, ConvertRequest.ReportMode.OFF), FAKE);
        assertEquals(List.of("ok", "skipped"), s.outcomes().stream().map(Outcome::status).toList());
        assertTrue(s.outcomes().get(1).reason().startsWith("not-html: "), s.outcomes().get(1).reason());
        Summary named = run(request(List.of(in.toString(), pdf.toString()), tmp.resolve("out2"), 1, Duration.ZERO,
                ConvertRequest.ReportMode.OFF), FAKE);
        assertEquals(List.of("ok", "failed"), named.outcomes().stream().map(Outcome::status).toList());
    }

    @Test
    void anItemOverTheTimeLimitFailsAndNeverPublishesLater() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a-slow.html"), "<slow><p>slow</p>");
        page("in/b.html", "quick one");
        page("in/c.html", "quick two");
        Path out = tmp.resolve("out");
        Summary s;
        try {
            s = run(request(List.of(in.toString()), out, 1, Duration.ofMillis(1500), ConvertRequest.ReportMode.OFF), FAKE);
        } finally {
            RELEASE.set(true);
        }
        assertEquals("failed", s.outcomes().get(0).status());
        assertEquals("timeout: took longer than 1500 ms", s.outcomes().get(0).reason());
        assertEquals(2, s.ok(), "a stuck item does not hold up the single worker");
        // the stuck extractor returns now and its item goes on to render; it must not publish anything
        assertTrue(SLOW_RETURNED.await(10, java.util.concurrent.TimeUnit.SECONDS));
        Thread.sleep(500);
        assertEquals(List.of("b.json", "b.txt", "c.json", "c.txt"), files(out));
    }

    @Test
    void theReportHasOneLinePerItemWithHashesAndASummary() throws IOException {
        Path in = tmp.resolve("in");
        page("in/a.html", "alpha");
        Files.writeString(tmp.resolve("in/b.html"), "nothing");
        Path out = tmp.resolve("out");
        Summary s = run(request(List.of(in.toString(), tmp.resolve("missing.html").toString()), out, 2, Duration.ZERO,
                ConvertRequest.ReportMode.AUTO), FAKE);
        assertEquals(out.toAbsolutePath().resolve("report.jsonl"), s.report());
        List<String> lines = Files.readAllLines(out.resolve("report.jsonl"));
        assertEquals(3, lines.size());
        Map<String, String> statusById = new TreeMap<>();
        for (String line : lines) {
            Map<String, Object> fields = new TreeMap<>();
            try (JsonParser p = new JsonFactory().createParser(line)) {
                assertEquals(JsonToken.START_OBJECT, p.nextToken());
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (name.equals("outputs")) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            String path = null, sha = null;
                            long bytes = -1;
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String f = p.currentName();
                                p.nextToken();
                                if (f.equals("path")) path = p.getText();
                                if (f.equals("sha256")) sha = p.getText();
                                if (f.equals("bytes")) bytes = p.getLongValue();
                            }
                            byte[] content = Files.readAllBytes(Path.of(path));
                            assertEquals(HexFormat.of().formatHex(AtomicWriter.sha256().digest(content)), sha);
                            assertEquals(content.length, bytes);
                        }
                    } else if (v.isStructStart()) {
                        p.skipChildren();
                    } else {
                        fields.put(name, v == JsonToken.VALUE_NULL ? null : p.getText());
                    }
                }
            }
            assertTrue(fields.keySet().containsAll(List.of("id", "source", "warc", "status", "reason", "ms")), fields.toString());
            statusById.put((String) fields.get("id"), fields.get("status") + " " + fields.get("reason"));
        }
        assertEquals(Map.of("a", "ok null", "b", "failed no-article: no article text found",
                tmp.resolve("missing.html").toString(), "failed not-found: no such file or folder"), statusById);
        String summary = Files.readString(out.resolve("report-summary.json"));
        assertTrue(summary.contains("\"inputs\" : 3") && summary.contains("\"failed\" : 2"), summary);
    }

    @Test
    void aSingleInputWritesNoReportUnlessAsked() throws IOException {
        Path a = page("a.html", "alpha");
        Path out = tmp.resolve("out");
        run(request(List.of(a.toString()), out, 1, Duration.ZERO, ConvertRequest.ReportMode.AUTO), FAKE);
        assertEquals(List.of("a.json", "a.txt"), files(out));
        run(request(List.of(a.toString()), out, 1, Duration.ZERO, ConvertRequest.ReportMode.ON), FAKE);
        assertTrue(Files.exists(out.resolve("report.jsonl")));
    }

    @Test
    void stdinIsNamedAfterTheTitle() throws IOException {
        Path out = tmp.resolve("out");
        byte[] html = "<title>Ça va? A Title: Here</title><p>body</p>".getBytes(StandardCharsets.UTF_8);
        Summary s = new BatchJob(request(List.of("-"), out, 1, Duration.ZERO, ConvertRequest.ReportMode.OFF),
                new ByteArrayInputStream(html), o -> {}, FAKE).run();
        assertEquals("ca-va-a-title-here", s.outcomes().get(0).id());
        assertEquals("<stdin>", s.outcomes().get(0).source());
        assertTrue(Files.exists(out.resolve("ca-va-a-title-here.json")));
    }

    @Test
    void anImageThePageHadButWeRefusedMakesThePagePartial() throws IOException {
        Path a = tmp.resolve("a.html");
        Files.writeString(a, "<p>text</p><img src=\"file:///etc/passwd\">");
        Path b = tmp.resolve("b.html");
        Files.writeString(b, "<p>text</p><img src=\"https://example.org/x.png\">");
        Summary s = run(request(List.of(a.toString(), b.toString()), tmp.resolve("out"), 1, Duration.ZERO,
                ConvertRequest.ReportMode.OFF), FAKE);
        assertInstanceOf(Outcome.Partial.class, s.outcomes().get(0));
        assertTrue(s.outcomes().get(0).warnings().get(0).startsWith("image-blocked: file:///etc/passwd"));
        assertInstanceOf(Outcome.Ok.class, s.outcomes().get(1), "an image not available offline is only a warning");
        assertTrue(s.outcomes().get(1).warnings().get(0).startsWith("image-missing: "));
    }

    @Test
    void anOutputFolderThatIsAFileFailsTheRun() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        Path a = page("a.html", "alpha");
        assertThrows(RunFailure.class, () -> run(request(List.of(a.toString()), file, 1, Duration.ZERO,
                ConvertRequest.ReportMode.OFF), FAKE));
    }

    @Test
    void tempFilesOfAKilledRunAreRemovedAtStart() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve(".offprint-1234abcd.tmp"), "half");
        Files.setLastModifiedTime(out.resolve(".offprint-1234abcd.tmp"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Files.writeString(out.resolve(".offprint-0000beef.tmp"), "another process is writing this one now");
        Files.writeString(out.resolve("keep.tmp"), "not ours");
        run(request(List.of(page("a.html", "alpha").toString()), out, 1, Duration.ZERO, ConvertRequest.ReportMode.OFF), FAKE);
        assertEquals(List.of(".offprint-0000beef.tmp", "a.json", "a.txt", "keep.tmp"), files(out));
    }

    @Test
    void listFilesAndFoldersExpandAndDuplicatesConvertOnce() throws IOException {
        Path a = page("in/a.html", "alpha");
        page("in/sub/b.xhtml", "beta");
        Files.writeString(tmp.resolve("in/notes.txt"), "not a page name");
        Path list = Files.writeString(tmp.resolve("list.txt"), "# pages\nin/a.html\n\nin\n");
        Inputs.Expansion e = Inputs.expand(List.of("@" + list, a.toString(), "@" + tmp.resolve("nolist.txt")));
        assertEquals(List.of("a.html", "b.xhtml"), e.items().stream().map(i -> i.path().getFileName().toString()).toList());
        assertEquals(List.of("not-found"), e.problems().stream().map(Inputs.Problem::code).toList());
        assertFalse(e.items().stream().anyMatch(Inputs.Item::stdin));
    }

    @Test
    void aFolderSearchSkipsTheOutputFolderInsideIt() throws IOException {
        Path in = tmp.resolve("site");
        page("site/a.html", "alpha");
        Path out = in.resolve("out");
        ConvertRequest html = ConvertRequest.of(List.of(in.toString()), List.of(Format.JSON), out)
                .withTimeLimit(Duration.ZERO).withReport(ConvertRequest.ReportMode.OFF);
        Files.createDirectories(out);
        page("site/out/old.html", "last run's output");
        Summary s = run(html, FAKE);
        assertEquals(List.of("a"), s.outcomes().stream().map(Outcome::id).toList());
    }

    @Test
    void aResumedRunSkipsItemsWhoseOutputsAreCompleteAndCurrent() throws Exception {
        Path in = tmp.resolve("in");
        page("in/a.html", "alpha");
        page("in/b.html", "beta");
        page("in/c.html", "gamma");
        Path out = tmp.resolve("out");
        ConvertRequest resume = ConvertRequest.of(List.of(in.toString()), List.of(Format.JSON, Format.TXT), out)
                .withTimeLimit(Duration.ZERO).withRerun(ConvertRequest.Rerun.RESUME);
        assertEquals(3, run(resume, FAKE).ok());
        Files.writeString(out.resolve("b.txt"), "damaged");                  // an output changed since
        Files.setLastModifiedTime(in.resolve("c.html"),                      // an input newer than its outputs
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Summary again = run(resume, FAKE);
        assertEquals(List.of("skipped", "ok", "ok"), again.outcomes().stream().map(Outcome::status).toList());
        assertEquals("up-to-date: outputs unchanged since the last run", again.outcomes().get(0).reason());
        assertEquals("beta", Files.readString(out.resolve("b.txt")).strip());
        // a different set of formats is not the same outputs: converted again
        ConvertRequest jsonOnly = ConvertRequest.of(List.of(in.resolve("a.html").toString()), List.of(Format.JSON), out)
                .withTimeLimit(Duration.ZERO).withRerun(ConvertRequest.Rerun.RESUME);
        assertEquals(1, run(jsonOnly, FAKE).ok());
        assertEquals(7, Files.readAllLines(out.resolve("report.jsonl")).size(), "3 + 3 + 1 lines appended");
    }

    @Test
    void outputNamesAreCleanedForEveryFileSystem() {
        assertEquals("CON_", OutputNames.clean("CON"));
        assertEquals("a_b_c", OutputNames.clean("a/b\\c"));
        assertEquals("x", OutputNames.clean("..x.. "));
        assertEquals("article", OutputNames.clean("..."));
        assertEquals("evil_txt", OutputNames.clean("evil\u202Etxt"));
        assertTrue(OutputNames.clean("é".repeat(300)).getBytes(StandardCharsets.UTF_8).length <= OutputNames.MAX_BYTES);
        assertEquals("x", OutputNames.baseName(Path.of("dir/x.html.gz")));
        assertEquals("x.tar", OutputNames.baseName(Path.of("x.tar.html")));
    }
}
