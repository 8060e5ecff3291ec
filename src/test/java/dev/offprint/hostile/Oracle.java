package dev.offprint.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.offprint.batch.BatchJob;
import dev.offprint.batch.ConvertRequest;
import dev.offprint.batch.Outcome;
import dev.offprint.batch.Summary;
import dev.offprint.render.Format;
import dev.offprint.render.epub.EpubCheckOracle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * HOSTILE.md's universal oracle, shared by every hostile test. A {@link World} holds the canary
 * files (outside the page's folder) and the loopback server; {@link #convert} runs the real batch
 * in-process on one input with a report, and {@link #check} asserts: one outcome and one report
 * line; the status ok, partial or a failure with a clear code (never an internal error, an escaped
 * {@code Error} or a stack overflow); PDFs load and give text; EPUBs pass EPUBCheck with no fatal,
 * error or warning; the canary in no output's bytes (EPUB entries unzipped, PDF streams inflated
 * and its text extracted); no request to the loopback server.
 */
final class Oracle {

    /** Failure codes that mean a bug, not a clear refusal. */
    static final Set<String> BUG_CODES = Set.of("internal-error", "out-of-memory");

    private Oracle() {}

    /** The canary files and the loopback server around one test's pages. */
    static final class World implements AutoCloseable {
        final String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "");
        final Path root;
        final Path site;
        final Loop loop;

        World(Path root) throws IOException {
            this.root = root;
            Files.writeString(root.resolve("secret.txt"), canary);
            Files.writeString(root.resolve("secret"), canary);
            Files.writeString(root.resolve("secret.png"), canary);
            Files.writeString(root.resolve("secret.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><text>" + canary + "</text></svg>");
            site = Files.createDirectories(root.resolve("site"));
            loop = new Loop(canary);
        }

        String secretUri(String name) { return root.resolve(name).toUri().toString(); }

        @Override public void close() { loop.close(); }
    }

    /** One conversion's result: the outcome, the output folder, and the report's lines. */
    record Result(Outcome outcome, Path out, List<String> reportLines) {
        String status() {
            return outcome instanceof Outcome.Ok ? "ok" : outcome instanceof Outcome.Partial ? "partial"
                    : outcome instanceof Outcome.Failed f ? "failed:" + f.code() : "skipped";
        }

        String warnings() { return String.join("\n", outcome.warnings()); }

        Path output(Format f) {
            for (Outcome.Output o : outcome.outputs()) if (o.path().toString().endsWith("." + f.extension())) return o.path();
            return null;
        }
    }

    static Result convert(Path input, List<Format> formats, Path out, boolean allowNetwork) {
        return convert(List.of(input.toString()), new ByteArrayInputStream(new byte[0]), formats, out, allowNetwork);
    }

    static Result convert(List<String> inputs, InputStream stdin, List<Format> formats, Path out, boolean allowNetwork) {
        ConvertRequest req = ConvertRequest.of(inputs, formats, out).withTimeLimit(Duration.ofSeconds(60))
                .withReport(ConvertRequest.ReportMode.ON).withAllowNetwork(allowNetwork);
        Summary s = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> new BatchJob(req, stdin, o -> { }).run(),
                "the conversion did not finish in time");
        assertEquals(1, s.outcomes().size(), "one outcome per input");
        List<String> lines;
        try {
            lines = Files.readAllLines(out.resolve("report.jsonl"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("no report", e);
        }
        assertEquals(1, lines.size(), "one report line per input");
        return new Result(s.outcomes().get(0), out, lines);
    }

    /** A run over inputs that expand to several items (a WARC): every outcome and the report's lines. */
    static Summary convertAll(List<String> inputs, List<Format> formats, Path out) {
        ConvertRequest req = ConvertRequest.of(inputs, formats, out).withTimeLimit(Duration.ofSeconds(60))
                .withReport(ConvertRequest.ReportMode.ON);
        return assertTimeoutPreemptively(Duration.ofSeconds(300), () -> new BatchJob(req, new ByteArrayInputStream(new byte[0]), o -> { }).run(),
                "the conversion did not finish in time");
    }

    /** The universal oracle on {@code r}: see the class comment. */
    static void check(Result r, World w, boolean networkAllowed) throws IOException {
        checkOutcome(r.outcome(), r.out(), w);
        for (String line : r.reportLines()) assertFalse(line.contains(w.canary), "canary in the report");
        if (!networkAllowed) assertEquals(List.of(), w.loop.hits, "requests reached the loopback server");
    }

    /** The oracle's checks on one outcome and its outputs in {@code outDir}. */
    static void checkOutcome(Outcome o, Path outDir, World w) throws IOException {
        if (o instanceof Outcome.Failed f) {
            assertFalse(BUG_CODES.contains(f.code()), "a bug, not a clear failure: " + f.code() + ": " + f.message());
            assertFalse(f.message().contains("nested too deeply"), "a StackOverflowError escaped a walk: " + f.message());
            assertFalse(f.message().isBlank(), "a failure without a reason");
        }
        for (Outcome.Output out : o.outputs()) {
            byte[] bytes = Files.readAllBytes(out.path());
            String name = out.path().getFileName().toString();
            assertTrue(out.path().toAbsolutePath().normalize().startsWith(outDir.toAbsolutePath().normalize()), "output outside its folder: " + out.path());
            assertFalse(contains(bytes, w.canary), "canary in the bytes of " + name);
            if (name.endsWith(".pdf")) {
                assertFalse(pdfContains(bytes, w.canary), "canary inside the PDF " + name);
            } else if (name.endsWith(".epub")) {
                checkEpubEntries(bytes, w.canary);
                EpubCheckOracle.Result v = EpubCheckOracle.check(bytes);
                assertTrue(v.clean(), "EPUBCheck: " + v);
            }
        }
    }

    static boolean contains(byte[] bytes, String s) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(s);
    }

    /** Every entry unzipped: the canary in none, every name clean (no zip slip, H13/H16). */
    static List<String> checkEpubEntries(byte[] epub, String canary) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String n = e.getName();
                names.add(n);
                assertFalse(n.startsWith("/") || n.contains("\\") || n.contains(":") || List.of(n.split("/")).contains(".."),
                        "unsafe EPUB entry name " + n);
                for (char c : n.toCharArray()) assertTrue(c > 0x20 && c < 0x7F, "non-ASCII or control in EPUB entry " + n);
                if (canary != null) assertFalse(contains(zip.readAllBytes(), canary), "canary in EPUB entry " + n);
            }
        }
        if (names.isEmpty() || !names.get(0).equals("mimetype")) fail("EPUB without a leading mimetype: " + names);
        return names;
    }

    /** PDFBox loads it, the text extracts, and no stream, inflated, holds {@code canary}. */
    static boolean pdfContains(byte[] pdf, String canary) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 0, "PDF without pages");
            String text = new PDFTextStripper().getText(doc);
            if (canary == null) return false;
            if (text.contains(canary)) return true;
            for (COSObjectKey k : new ArrayList<>(doc.getDocument().getXrefTable().keySet())) {
                COSBase b = doc.getDocument().getObjectFromPool(k).getObject();
                if (b instanceof COSStream s) {
                    try (InputStream in = s.createInputStream()) {
                        ByteArrayOutputStream buf = new ByteArrayOutputStream();
                        in.transferTo(buf);
                        if (contains(buf.toByteArray(), canary)) return true;
                    } catch (IOException e) {
                        // a filter PDFBox cannot decode (DCT image data): the raw bytes were checked
                    }
                }
            }
        }
        return false;
    }

    /** The PDF's extracted text. */
    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
