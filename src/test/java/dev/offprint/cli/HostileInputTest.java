package dev.offprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HOSTILE.md's universal oracle for the resource-fetching findings (H01–H05, H12), end to end
 * through the command line: a page pointing at a canary file outside its folder (by {@code file:}
 * URL, by {@code ../}, through a symlink, through {@code <base>}) and at a loopback server converts
 * to every format, the canary appears in no output (EPUB entries and PDF streams decoded), and
 * the server receives no request.
 */
class HostileInputTest {

    @TempDir Path tmp;

    @Test
    void noLocalFileLeaksAndNoRequestIsMade() throws Exception {
        Assumptions.assumeTrue(ConvertCommandTest.extractorWorks(), "the extractor is not merged yet");
        String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "");
        Path secret = Files.writeString(tmp.resolve("secret.txt"), canary);
        Files.writeString(tmp.resolve("secret.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><text>" + canary + "</text></svg>");
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("fake.png"), canary); // an image by name only
        boolean links = true;
        try {
            Files.createSymbolicLink(site.resolve("link.png"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            links = false;
        }
        HttpServer loop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> hits = new CopyOnWriteArrayList<>();
        loop.createContext("/", ex -> {
            hits.add(ex.getRequestURI().toString());
            byte[] body = canary.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        loop.start();
        try {
            String l = "http://127.0.0.1:" + loop.getAddress().getPort();
            String page = """
                    <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile Images</title>
                    <link rel="stylesheet" href="%1$s/css"><link rel="icon" href="%1$s/icon">
                    <style>body{background:url(%1$s/bg)} @import "%1$s/imp";</style></head>
                    <body><article><h1>Hostile Images</h1>
                    <p>This article has a figure that points at a file outside its folder, which no output may
                    contain, and at a local server, which must receive no request at all.</p>
                    <figure><img src="%2$s" alt="file url"><figcaption>By file URL.</figcaption></figure>
                    <p>More text so the article is long enough to be found by the extractor, with enough words in
                    each paragraph to pass any sensible content threshold that a readability scorer applies.</p>
                    <figure><img src="../secret.txt" alt="parent"><figcaption>By parent path.</figcaption></figure>
                    <figure><img src="../secret.svg" alt="svg"><figcaption>An SVG outside.</figcaption></figure>
                    <figure><img src="fake.png" alt="fake"><figcaption>Text named png.</figcaption></figure>
                    <figure><img src="link.png" alt="symlink"><figcaption>A symlink out.</figcaption></figure>
                    <p>An inline <img src="%1$s/inline.png" alt="loop"> image and <img srcset="%1$s/srcset.png 2x" alt="set">
                    another, an <iframe src="%1$s/frame"></iframe> frame and an <object data="%2$s" type="text/plain"></object>.</p>
                    <figure><img src="data:image/svg+xml,%%3Csvg xmlns='http://www.w3.org/2000/svg'%%3E%%3Cimage href='%1$s/svgimg'/%%3E%%3C/svg%%3E" alt="svg fetch"></figure>
                    <p>The end of the article comes here, after all the figures, so that the body is not only images.</p>
                    </article></body></html>
                    """.formatted(l, secret.toUri());
            Path input = Files.writeString(site.resolve("hostile.html"), page);
            Path out = tmp.resolve("out");
            ConvertCommandTest.Run r = ConvertCommandTest.run("convert", "-f", "pdf,epub,html,json,txt", "-o", out.toString(),
                    "--report", input.toString());
            assertTrue(r.exit() == ExitCodes.OK, r.err());
            assertEquals(List.of(), hits, "requests reached the loopback server");
            List<String> outputs = new ArrayList<>();
            try (var s = Files.list(out)) { s.forEach(p -> outputs.add(p.getFileName().toString())); }
            assertTrue(outputs.containsAll(List.of("hostile.pdf", "hostile.epub", "hostile.html", "hostile.json", "hostile.txt")), outputs.toString());
            for (String name : List.of("hostile.html", "hostile.json", "hostile.txt", "report.jsonl")) {
                assertFalse(Files.readString(out.resolve(name)).contains(canary), name);
            }
            assertFalse(epubContains(out.resolve("hostile.epub"), canary), "canary inside the EPUB");
            assertFalse(pdfContains(out.resolve("hostile.pdf"), canary), "canary inside the PDF");
            String report = Files.readString(out.resolve("report.jsonl"));
            assertTrue(report.contains("\"status\":\"partial\""), report);
            // the extractor drops file: URLs leading out of the folder; what reaches the loader is refused there
            assertTrue(report.contains("fake.png: not a PNG"), report);
            if (links) assertTrue(report.contains("link.png: outside the page's folder"), report);
        } finally {
            loop.stop(0);
        }
    }

    private static boolean epubContains(Path epub, String canary) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1).contains(canary)) return true;
            }
        }
        return false;
    }

    private static boolean pdfContains(Path pdf, String canary) throws IOException {
        if (new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1).contains(canary)) return true;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (COSObject o : doc.getDocument().getXrefTable().keySet().stream()
                    .map(k -> doc.getDocument().getObjectFromPool(k)).toList()) {
                COSBase b = o.getObject();
                if (b instanceof COSStream s) {
                    try (InputStream in = s.createInputStream()) {
                        ByteArrayOutputStream buf = new ByteArrayOutputStream();
                        in.transferTo(buf);
                        if (buf.toString(StandardCharsets.ISO_8859_1).contains(canary)) return true;
                    } catch (IOException e) {
                        // a stream with a filter PDFBox cannot decode (an image): the raw check above covers it
                    }
                }
            }
        }
        return false;
    }
}
