package dev.offprint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offprint.diag.OffprintException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {

    @TempDir Path dir;

    private OffprintException fails(Path p) {
        return assertThrows(OffprintException.class, () -> FileSource.readFile(p));
    }

    @Test
    void readsAnHtmlFileWithItsLocation() throws IOException {
        Path f = dir.resolve("page.html");
        Files.writeString(f, "<html lang=de><meta charset=windows-1252><p>Gr\u00fc\u00dfe</p>", StandardCharsets.ISO_8859_1);
        Page p = FileSource.readFile(f);
        assertEquals("windows-1252", p.charset());
        assertTrue(p.html().contains("Gr\u00fc\u00dfe"));
        assertEquals(f.toAbsolutePath().toUri().toString(), p.baseUri());
        assertTrue(p.baseUri().startsWith("file:"));
        assertEquals(dir.toAbsolutePath().normalize(), p.folder());
        assertNotNull(p.captured());
        assertTrue(p.captured().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), p.captured());
    }

    @Test
    void readsGzippedHtml() throws IOException {
        Path f = dir.resolve("page.html.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write("<p>compressed caf\u00e9</p>".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(FileSource.readFile(f).html().contains("compressed caf\u00e9"));
    }

    @Test
    void missingFileIsNotFound() {
        OffprintException e = fails(dir.resolve("nope.html"));
        assertEquals("not-found", e.code());
    }

    @Test
    void directoryIsUnreadable() {
        OffprintException e = fails(dir);
        assertEquals("unreadable", e.code());
        assertTrue(e.getMessage().contains("directory"));
    }

    @Test
    void emptyAndBlankFilesAreEmpty() throws IOException {
        Path f = dir.resolve("empty.html");
        Files.write(f, new byte[0]);
        assertEquals("empty", fails(f).code());
        Files.writeString(f, "  \n\t ");
        assertEquals("empty", fails(f).code());
    }

    @Test
    void overTheLimitIsTooLargeNeverTruncated() throws IOException {
        Path f = dir.resolve("big.html");
        Files.writeString(f, "<p>" + "x".repeat(5000) + "</p>");
        OffprintException e = assertThrows(OffprintException.class, () -> new FileSource(1000).read(f));
        assertEquals("too-large", e.code());
    }

    /** HOSTILE.md H11: the limit counts decoded bytes, so a small gzip bomb stops at the limit. */
    @Test
    void gzipBombStopsAtTheDecodedLimit() throws IOException {
        Path f = dir.resolve("bomb.html.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            byte[] zeros = new byte[1 << 20];
            o.write("<p>".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 64; i++) o.write(zeros); // 64 MiB decoded
        }
        assertTrue(Files.size(f) < 1_000_000, "the file itself is small");
        OffprintException e = assertThrows(OffprintException.class, () -> new FileSource(8L << 20).read(f));
        assertEquals("too-large", e.code());
    }

    @Test
    void corruptGzipIsUnreadable() throws IOException {
        Path f = dir.resolve("bad.html.gz");
        Files.write(f, new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3});
        assertEquals("unreadable", fails(f).code());
    }

    @Test
    void binaryFormatsAreNotHtmlAndSaySo() throws IOException {
        Path pdf = dir.resolve("doc.html");
        Files.writeString(pdf, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj", StandardCharsets.ISO_8859_1);
        OffprintException e = fails(pdf);
        assertEquals("not-html", e.code());
        assertTrue(e.getMessage().contains("is a PDF, not an HTML page"), e.getMessage());

        Path png = dir.resolve("img.html");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        assertTrue(fails(png).getMessage().contains("PNG image"));

        Path zip = dir.resolve("arch.html");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write("hello".getBytes(StandardCharsets.US_ASCII));
        }
        assertTrue(fails(zip).getMessage().contains("ZIP archive"));

        Path noise = dir.resolve("noise.html");
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        Files.write(noise, random);
        assertEquals("not-html", fails(noise).code());
    }

    @Test
    void utf16PageWithBomIsNotMistakenForBinary() throws IOException {
        Path f = dir.resolve("u16.html");
        byte[] body = "<p>hello</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        Files.write(f, all);
        assertEquals("<p>hello</p>", FileSource.readFile(f).html());
    }
}
