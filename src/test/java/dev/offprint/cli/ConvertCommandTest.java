package dev.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offprint.diag.OffprintException;
import dev.offprint.extract.Extractor;
import dev.offprint.source.Page;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line, black-box: picocli's {@code execute} with captured out and err. */
class ConvertCommandTest {

    @TempDir Path tmp;

    record Run(int exit, String out, String err) {
        List<String> errLines() { return err.isEmpty() ? List.of() : List.of(err.split("\n")); }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    private static List<String> files(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A real article page, for runs that need the extractor to succeed. */
    static final String ARTICLE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tea and Memory</title></head>
            <body><header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
            <main><article><h1>Tea and Memory</h1>
            <p>Green tea has been studied for its effects on memory in older adults. Researchers followed
            a group of volunteers for two years and measured recall, attention and reaction times.</p>
            <p>The volunteers who drank three cups a day did slightly better on recall tests, although the
            authors warn that the effect was small and that other habits may explain part of it.</p>
            <h2>What the study did</h2>
            <p>Each volunteer kept a diary of what they drank, and every six months took the same set of
            tests. The tests were scored by people who did not know who drank what.</p>
            </article></main><footer>Copyright 2024</footer></body></html>
            """;

    /** True once the real extractor is merged (until then it throws "not built yet"). */
    static boolean extractorWorks() {
        try {
            new Extractor().extract(new Page("probe", ARTICLE, "UTF-8", "file:///probe.html", null, null));
            return true;
        } catch (OffprintException e) {
            return false;
        }
    }

    @Test
    void versionAndHelpExitZero() {
        Run v = run("--version");
        assertEquals(ExitCodes.OK, v.exit());
        assertTrue(v.out().startsWith("offprint "), v.out());
        Run h = run("convert", "--help");
        assertEquals(ExitCodes.OK, h.exit());
        assertTrue(h.out().contains("--format") && h.out().contains("--page-size") && h.out().contains("--jobs"), h.out());
        assertEquals(ExitCodes.OK, run("--help").exit());
    }

    @Test
    void usageErrorsExitTwoWithOneLineAndAHint() {
        for (String[] args : List.of(new String[] {"convert"}, new String[] {"convert", "--format", "pdf,docx", "x.html"},
                new String[] {"convert", "--page-size", "B5", "x.html"}, new String[] {"convert", "--jobs", "0", "x.html"},
                new String[] {"convert", "--bogus", "x.html"}, new String[] {"frobnicate"}, new String[0],
                new String[] {"convert", "--resume", "--retry-failed", "x.html"},
                new String[] {"convert", "--force", "--resume", "x.html"})) {
            Run r = run(args);
            assertEquals(ExitCodes.USAGE, r.exit(), Arrays.toString(args));
            assertEquals(2, r.errLines().size(), Arrays.toString(args) + ": " + r.err());
            assertTrue(r.errLines().get(0).startsWith("offprint: "), r.err());
            assertTrue(r.errLines().get(1).startsWith("Try '"), r.err());
        }
        assertTrue(run("convert", "--format", "pdf,docx", "x.html").err().contains("unknown format 'docx'"));
    }

    @Test
    void anOutputFolderThatCannotBeCreatedExitsThree() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Path page = Files.writeString(tmp.resolve("a.html"), ARTICLE);
        Run r = run("convert", "-f", "txt", "-o", file.resolve("sub").toString(), page.toString());
        assertEquals(ExitCodes.RUN_FAILED, r.exit());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("offprint: cannot create the output folder"), r.err());
    }

    /** Each bad input: one line naming it and the reason, exit 1, no output for it. */
    @Test
    void badInputsEachGiveOneLineNamingTheInputAndTheReason() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {in.resolve("missing.html").toString(), "not-found: "});
        Files.createDirectories(in.resolve("folder.html"));
        cases.add(new String[] {in.resolve("folder.html").toString(), "no-input: "});
        Path empty = Files.createDirectories(in.resolve("nohtml"));
        Files.writeString(empty.resolve("readme.txt"), "no pages here");
        cases.add(new String[] {empty.toString(), "no-input: "});
        cases.add(new String[] {Files.write(in.resolve("paper.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes()).toString(), "not-html: "});
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        cases.add(new String[] {Files.write(in.resolve("picture.html"), png).toString(), "not-html: "});
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        cases.add(new String[] {Files.write(in.resolve("noise.html"), noise).toString(), "not-html: "});
        cases.add(new String[] {Files.write(in.resolve("empty.html"), new byte[0]).toString(), "empty: "});
        cases.add(new String[] {Files.writeString(in.resolve("nothing.html"), "<html><body><nav>Home</nav></body></html>").toString(),
                "no-article: "});
        Path out = tmp.resolve("out");
        for (String[] c : cases) {
            Run r = run("convert", "-f", "json,txt", "-o", out.toString(), "--no-report", c[0]);
            assertEquals(ExitCodes.SOME_FAILED, r.exit(), c[0] + ": " + r.err());
            List<String> errors = r.errLines().stream().filter(l -> !l.contains(" converted")).toList();
            assertEquals(List.of("offprint: " + c[0] + ": " + c[1]), errors.stream().map(l -> l.substring(0, Math.min(l.length(),
                    ("offprint: " + c[0] + ": " + c[1]).length()))).toList(), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
        assertEquals(List.of(), files(out), "no output for any bad input");
    }

    @Test
    void aListFileNamesPagesRelativeToItsOwnFolder(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("lists"));
        Files.copy(Path.of("source/cerebrolysin.html"), dir.resolve("a.html"));
        Files.writeString(dir.resolve("reading.txt"), "# a comment\na.html\n");
        Run r = run("convert", "--format", "txt", "-o", tmp.resolve("out").toString(), "@" + dir.resolve("reading.txt"));
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(Files.isRegularFile(tmp.resolve("out/a.txt")));
    }

    @Test
    void inAMixedRunTheGoodPageStillConverts() throws IOException {
        Assumptions.assumeTrue(extractorWorks(), "the extractor is not merged yet");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path good = Files.writeString(in.resolve("tea.html"), ARTICLE);
        Path pdf = Files.write(in.resolve("paper.pdf"), "%PDF-1.7\n".getBytes());
        Path empty = Files.write(in.resolve("empty.html"), new byte[0]);
        Path out = tmp.resolve("out");
        Run r = run("convert", "-f", "json,txt", "-o", out.toString(), good.toString(), pdf.toString(), empty.toString(),
                in.resolve("missing.html").toString());
        assertEquals(ExitCodes.SOME_FAILED, r.exit(), r.err());
        assertTrue(files(out).containsAll(List.of("tea.json", "tea.txt", "report.jsonl", "report-summary.json")), files(out).toString());
        assertEquals(4, Files.readAllLines(out.resolve("report.jsonl")).size());
        assertTrue(Files.readString(out.resolve("tea.txt")).contains("three cups a day"));
        assertEquals(3, r.errLines().stream().filter(l -> l.startsWith("offprint: " + in)).count(), r.err());
        assertTrue(r.out().contains(good + " -> tea.json, tea.txt"), r.out());
        assertTrue(r.err().contains("1 converted, 3 failed"), r.err());
    }

    @Test
    void aBundleWritesOneEpubAndOnePdfOfAllInputs() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<String> titles = List.of("Tea and Memory", "Coffee and Sleep", "Water and Focus");
        for (int i = 0; i < titles.size(); i++) {
            // chapters come in path order (files are sorted), so the names give the order
            Files.writeString(in.resolve((i + 1) + "-" + titles.get(i).substring(0, 3).toLowerCase() + ".html"),
                    ARTICLE.replace("Tea and Memory", titles.get(i)));
        }
        Path out = tmp.resolve("out");
        Run r = run("convert", "--bundle", "Drinks", "-f", "epub,pdf,txt", "--page-size", "Letter", "-o", out.toString(),
                in.resolve("3-wat.html").toString(), in.resolve("1-tea.html").toString(), in.resolve("2-cof.html").toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertEquals(List.of("drinks.epub", "drinks.pdf"), files(out));
        assertTrue(r.err().contains("other formats are not bundled"), r.err());
        assertTrue(r.out().contains("drinks.pdf (3 articles)"), r.out());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("drinks.pdf").toFile())) {
            List<String> top = new ArrayList<>();
            for (var it : pdf.getDocumentCatalog().getDocumentOutline().children()) top.add(it.getTitle());
            assertEquals(titles, top);
            assertEquals(792f, pdf.getPage(pdf.getNumberOfPages() - 1).getMediaBox().getHeight(), 0.5f);
        }
        Run help = run("convert", "--help");
        assertTrue(help.out().replaceAll("\\s+", " ").contains("an EPUB and/or a PDF"), help.out());
    }

    @Test
    void everyFormatIsWrittenAndThePageSizeReachesThePdf() throws IOException {
        Path page = Files.writeString(tmp.resolve("tea.html"), ARTICLE);
        Path out = tmp.resolve("out");
        Run r = run("convert", "-f", "pdf,epub,html,json,txt", "--page-size", "Letter", "-o", out.toString(), page.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertEquals(List.of("tea.epub", "tea.html", "tea.json", "tea.pdf", "tea.txt"), files(out));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("tea.pdf").toFile())) {
            var box = pdf.getPage(0).getMediaBox();
            assertEquals(612f, box.getWidth(), 0.5f);
            assertEquals(792f, box.getHeight(), 0.5f);
        }
        assertTrue(Files.readString(out.resolve("tea.json")).contains("\"title\": \"Tea and Memory\""));
    }

    @Test
    void stdinIsReadAndNamedAfterTheTitle() throws IOException {
        Assumptions.assumeTrue(extractorWorks(), "the extractor is not merged yet");
        Path out = tmp.resolve("out");
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Run r = run("convert", "-f", "txt", "-o", out.toString(), "-");
            assertEquals(ExitCodes.OK, r.exit(), r.err());
        } finally {
            System.setIn(saved);
        }
        assertEquals(List.of("tea-and-memory.txt"), files(out));
    }

    @Test
    void quietPrintsOnlyErrors() throws IOException {
        Path out = tmp.resolve("out");
        Run r = run("convert", "-q", "-f", "txt", "-o", out.toString(), tmp.resolve("missing.html").toString());
        assertEquals("", r.out());
        assertEquals(1, r.errLines().size(), r.err());
    }

    @Test
    void theRequestCarriesTheOptions() {
        ConvertCommand c = new ConvertCommand();
        new CommandLine(c).parseArgs("-f", "txt,json,txt", "-o", "dir", "--page-size", "letter", "-j", "3", "--timeout", "0",
                "--report", "a.html", "b.html");
        var req = c.request();
        assertEquals(List.of("txt", "json"), req.formats().stream().map(f -> f.extension()).toList());
        assertEquals(Path.of("dir"), req.outputDir());
        assertEquals(dev.offprint.render.pdf.PdfOptions.PageSize.LETTER, req.pdf().pageSize());
        assertEquals(3, req.jobs());
        assertTrue(req.timeLimit().isZero());
        assertEquals(dev.offprint.batch.ConvertRequest.ReportMode.ON, req.report());
        assertEquals(List.of("a.html", "b.html"), req.inputs());
        ConvertCommand d = new ConvertCommand();
        new CommandLine(d).parseArgs("x.html");
        assertEquals(List.of("pdf", "epub"), d.request().formats().stream().map(f -> f.extension()).toList());
        assertEquals(Path.of("output"), d.request().outputDir());
    }
}
