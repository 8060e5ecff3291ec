package dev.offprint.source.warc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offprint.source.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** WARC reading: record kinds, offsets, images by target URI, and HOSTILE.md H41–H44. */
class WarcArchiveTest {

    @TempDir Path tmp;

    private static List<WarcArchive.Entry> scan(Path f) {
        List<WarcArchive.Entry> out = new ArrayList<>();
        WarcArchive.scan(f, out::add);
        return out;
    }

    private static String kinds(List<WarcArchive.Entry> es) {
        return es.stream().map(e -> e.kind() == WarcArchive.Kind.PAGE ? "page" : e.kind().name().toLowerCase() + ":" + e.code())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void mixedRecordsAreClassifiedWithOffsetsAndImagesAreServedFromTheArchive(boolean gzip) throws IOException {
        byte[] png = WarcFixtures.png(40, 30);
        WarcFixtures w = WarcFixtures.create(tmp.resolve(gzip ? "a.warc.gz" : "a.warc"), gzip);
        List<Long> offsets = new ArrayList<>();
        offsets.add(w.position());
        w.html("https://example.org/one.html", WarcFixtures.article("One", 3, "https://example.org/i.png"));
        offsets.add(w.position());
        w.http("https://example.org/i.png", 200, "image/png", png);
        offsets.add(w.position());
        w.revisit("https://example.org/one.html");
        offsets.add(w.position());
        w.http("https://example.org/doc.pdf", 200, "application/pdf", "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII));
        offsets.add(w.position());
        w.http("https://example.org/gone", 404, "text/html", "<html>not found</html>".getBytes(StandardCharsets.UTF_8));
        offsets.add(w.position());
        w.resource("https://example.org/two.html", "text/html", WarcFixtures.article("Two", 2).getBytes(StandardCharsets.UTF_8));
        Path f = w.requestAndMetadata("https://example.org/one.html").close();

        List<WarcArchive.Entry> es = new ArrayList<>();
        WarcArchive archive = WarcArchive.scan(f, es::add);
        assertEquals("page skipped:not-html skipped:revisit skipped:not-html skipped:http-status page skipped:not-page skipped:not-page",
                kinds(es));
        for (int i = 0; i < offsets.size(); i++) assertEquals(offsets.get(i), es.get(i).offset(), "offset of record " + i);
        WarcArchive.Entry one = es.get(0);
        assertEquals("https://example.org/one.html", one.target());
        assertEquals("2024-05-06T07:08:09Z", one.captured());
        assertNotNull(one.recordId());
        assertTrue(one.recordId().startsWith("<urn:uuid:"), one.recordId());

        Page page = archive.readPage(one);
        assertEquals("https://example.org/one.html", page.baseUri());
        assertEquals("2024-05-06T07:08:09Z", page.captured());
        assertTrue(page.html().contains("Paragraph 3 of One"));
        assertNull(page.folder());
        assertTrue(archive.readPage(es.get(5)).html().contains("Paragraph 2 of Two"));

        assertArrayEquals(png, archive.find("https://example.org/i.png", 1 << 20));
        assertNull(archive.find("https://example.org/absent.png", 1 << 20));
        assertEquals(5, archive.find("https://example.org/i.png", 4).length, "bounded: one byte over the limit at most");
    }

    // ---- H41 truncation ------------------------------------------------------------------------

    @Test
    void h41LastRecordCutMidBodyFailsWithItsOffsetAndEarlierRecordsStand() throws IOException {
        WarcFixtures w = WarcFixtures.create(tmp.resolve("t.warc"), false);
        w.html("https://example.org/a", WarcFixtures.article("A", 2));
        long last = w.position();
        Path f = w.html("https://example.org/b", WarcFixtures.article("B", 40)).close();
        byte[] b = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(b, (int) last + (b.length - (int) last) / 2));
        List<WarcArchive.Entry> es = scan(f);
        assertEquals("page failed:truncated", kinds(es));
        assertEquals(last, es.get(1).offset());
    }

    @Test
    void h41GzipCutMidMemberFailsThatRecordOnly() throws IOException {
        WarcFixtures w = WarcFixtures.create(tmp.resolve("t.warc.gz"), true);
        w.html("https://example.org/a", WarcFixtures.article("A", 2));
        long last = w.position();
        Path f = w.html("https://example.org/b", WarcFixtures.article("B", 40)).close();
        byte[] b = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(b, (int) last + (b.length - (int) last) / 2));
        List<WarcArchive.Entry> es = scan(f);
        assertEquals("page failed:truncated", kinds(es).replace("failed:corrupt", "failed:truncated"));
        assertEquals(last, es.get(1).offset());
    }

    @Test
    void h41CorruptGzipMemberInTheMiddleIsSkippedOverAndLaterRecordsRead() throws IOException {
        WarcFixtures w = WarcFixtures.create(tmp.resolve("m.warc.gz"), true);
        w.html("https://example.org/a", WarcFixtures.article("A", 2));
        long mid = w.position();
        w.html("https://example.org/b", WarcFixtures.article("B", 2));
        long end = w.position();
        Path f = w.html("https://example.org/c", WarcFixtures.article("C", 2)).close();
        byte[] b = Files.readAllBytes(f);
        for (int i = (int) mid + 20; i < end - 10; i++) b[i] = (byte) 0x5A; // garble the deflate stream
        Files.write(f, b);
        List<WarcArchive.Entry> es = scan(f);
        assertEquals(3, es.size(), kinds(es));
        assertEquals(WarcArchive.Kind.PAGE, es.get(0).kind());
        assertEquals(WarcArchive.Kind.FAILED, es.get(1).kind());
        assertEquals(mid, es.get(1).offset());
        assertEquals("https://example.org/c", es.get(2).target());
        assertEquals(WarcArchive.Kind.PAGE, es.get(2).kind());
    }

    @Test
    void h41WarcTruncatedHeaderFailsThePage() throws IOException {
        Path f = tmp.resolve("tr.warc");
        String body = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + WarcFixtures.article("T", 2);
        Files.write(f, record("response", "https://example.org/t", body, "WARC-Truncated: length\r\n", 0));
        assertEquals("failed:truncated", kinds(scan(f)));
    }

    // ---- H42 header lies -----------------------------------------------------------------------

    /** A hand-written WARC record; {@code lengthDelta} makes Content-Length lie. */
    static byte[] record(String type, String uri, String block, String extraHeaders, int lengthDelta) {
        return record("WARC/1.0", type, uri, block, extraHeaders, String.valueOf(block.getBytes(StandardCharsets.UTF_8).length + lengthDelta), "2024-05-06T07:08:09Z", true);
    }

    static byte[] record(String version, String type, String uri, String block, String extraHeaders, String length, String date, boolean id) {
        String head = version + "\r\nWARC-Type: " + type + "\r\n"
                + (id ? "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes((uri + block).getBytes(StandardCharsets.UTF_8)) + ">\r\n" : "")
                + "WARC-Date: " + date + "\r\nWARC-Target-URI: " + uri + "\r\n"
                + (type.equals("response") ? "Content-Type: application/http; msgtype=response\r\n" : "Content-Type: text/html\r\n")
                + extraHeaders + "Content-Length: " + length + "\r\n\r\n";
        return (head + block + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static String http(String title) {
        return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + WarcFixtures.article(title, 2);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1})
    void h42ContentLengthOffByOneStillReachesTheNextRecord(int delta) throws IOException {
        Path f = tmp.resolve("cl.warc");
        Files.write(f, concat(record("response", "https://example.org/a", http("A"), "", delta),
                record("response", "https://example.org/b", http("B"), "", 0)));
        List<WarcArchive.Entry> es = scan(f);
        assertTrue(es.stream().anyMatch(e -> "https://example.org/b".equals(e.target()) && e.kind() == WarcArchive.Kind.PAGE), kinds(es));
        assertTrue(es.size() <= 3, kinds(es));
    }

    @Test
    void h42OtherLiesAreLenientOrFailOneRecordAndTheIterationContinues() throws IOException {
        Path f = tmp.resolve("lies.warc");
        String big = "X-Long: " + "a".repeat(10 << 20) + "\r\n";
        Files.write(f, concat(
                record("WARC/1.0", "response", "https://example.org/nan", http("NaN"), "", "12abc", "2024-05-06T07:08:09Z", true),
                record("WARC/1.0", "response", "https://example.org/date", http("Date"), "", String.valueOf(http("Date").length()), "2009-03-65T08:43:19-0800", true),
                record("WARC/1.0", "response", "<https://example.org/angle>", http("Angle"), "", String.valueOf(http("Angle").length()), "2024-05-06T07:08:09Z", true),
                record("WARC/1.0", "response", "https://example.org/noid", http("NoId"), "", String.valueOf(http("NoId").length()), "2024-05-06T07:08:09Z", false),
                record("WARC/0.18", "response", "https://example.org/v018", http("V018"), "", String.valueOf(http("V018").length()), "2024-05-06T07:08:09Z", true),
                record("WARC/1.0", "response", "https://example.org/huge", http("Huge"), big, String.valueOf(http("Huge").length()), "2024-05-06T07:08:09Z", true),
                record("WARC/1.1", "response", "https://example.org/v11", http("V11"), "", String.valueOf(http("V11").length()), "2024-05-06T07:08:09Z", true)));
        List<WarcArchive.Entry> es = scan(f);
        List<String> pages = es.stream().filter(e -> e.kind() == WarcArchive.Kind.PAGE).map(WarcArchive.Entry::target).toList();
        assertTrue(pages.contains("https://example.org/angle"), kinds(es) + " " + pages);
        assertTrue(pages.contains("https://example.org/noid"), pages.toString());
        assertTrue(pages.contains("https://example.org/v11"), "the iteration goes on to the last record: " + pages);
        assertEquals(List.of("https://example.org/date", "https://example.org/angle", "https://example.org/noid",
                "https://example.org/v018", "https://example.org/huge", "https://example.org/v11"), pages);
        assertEquals(WarcArchive.Kind.FAILED, es.get(0).kind(), "a non-numeric Content-Length fails its record");
        assertEquals(0, es.get(0).offset());
        assertNull(es.get(1).captured(), "an impossible date is dropped, the record kept");
        assertNull(es.get(3).recordId(), "a missing WARC-Record-ID is reported as null");
    }

    // ---- H43 payload variety -------------------------------------------------------------------

    @Test
    void h43OnlyHtmlLikePayloadsArePages() throws IOException {
        String page = WarcFixtures.article("Chunked", 2);
        byte[] pageBytes = page.getBytes(StandardCharsets.UTF_8);
        String chunked = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(pageBytes.length) + "\r\n" + page + "\r\n0\r\n\r\n";
        byte[] gz = WarcFixtures.gzip(WarcFixtures.article("Gzip", 2).getBytes(StandardCharsets.UTF_8));
        byte[] gzHttp = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: "
                + gz.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), gz);
        WarcFixtures w = WarcFixtures.create(tmp.resolve("v.warc"), false);
        w.rawHttp("https://example.org/chunked", chunked.getBytes(StandardCharsets.UTF_8));
        w.rawHttp("https://example.org/gzip", gzHttp);
        w.http("https://example.org/png", 200, "image/png", WarcFixtures.png(4, 4));
        w.http("https://example.org/untyped", 200, null, WarcFixtures.article("Untyped", 2).getBytes(StandardCharsets.UTF_8));
        w.http("https://example.org/empty", 200, "text/html", new byte[0]);
        w.rawHttp("https://example.org/304", "HTTP/1.1 304 Not Modified\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        w.http("https://example.org/dup", 200, "text/html", WarcFixtures.article("Dup 1", 2).getBytes(StandardCharsets.UTF_8));
        w.http("https://example.org/dup", 200, "text/html", WarcFixtures.article("Dup 2", 2).getBytes(StandardCharsets.UTF_8));
        Path f = w.close();
        List<WarcArchive.Entry> es = new ArrayList<>();
        WarcArchive a = WarcArchive.scan(f, es::add);
        assertEquals("page page skipped:not-html page skipped:empty skipped:http-status page page", kinds(es));
        assertTrue(a.readPage(es.get(0)).html().contains("Paragraph 2 of Chunked"), "chunked transfer undone");
        assertTrue(a.readPage(es.get(1)).html().contains("Paragraph 2 of Gzip"), "gzip content encoding undone");
        assertTrue(a.readPage(es.get(7)).html().contains("Dup 2"), "duplicate target URIs are separate records");
    }

    @Test
    void h43AHundredThousandRecordsStreamWithoutHoldingThem() throws IOException {
        WarcFixtures w = WarcFixtures.create(tmp.resolve("many.warc"), false);
        byte[] tiny = "x".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 100_000; i++) w.resource("https://example.org/r" + i, "text/plain", tiny);
        Path f = w.close();
        long[] n = {0};
        WarcArchive.scan(f, e -> { if (e.kind() == WarcArchive.Kind.SKIPPED) n[0]++; });
        assertEquals(100_000, n[0]);
    }

    // ---- H44 archive-level bombs ---------------------------------------------------------------

    @Test
    void h44AnInflationBombRecordIsSkippedAndTheNextRecordRead() throws IOException {
        WarcFixtures w = WarcFixtures.create(tmp.resolve("bomb.warc.gz"), true);
        byte[] zeros = new byte[100 << 20]; // 100 MiB of zeros: about 100 KiB compressed
        w.resource("https://example.org/bomb.html", "text/html", zeros);
        Path f = w.html("https://example.org/after", WarcFixtures.article("After", 2)).close();
        assertTrue(Files.size(f) < 2 << 20, "the fixture is small on disk");
        List<WarcArchive.Entry> es = scan(f);
        assertEquals("skipped:too-large page", kinds(es));
    }
}
