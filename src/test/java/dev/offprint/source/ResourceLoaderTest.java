package dev.offprint.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.ExtractionInfo;
import dev.offprint.model.Inline;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceLoaderTest {

    @TempDir Path tmp;
    Path folder;
    Path secret;
    String canary;

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectories(tmp.resolve("site"));
        canary = "CANARY-" + UUID.randomUUID();
        secret = Files.writeString(tmp.resolve("secret.txt"), canary);
    }

    private Page page() {
        return new Page("page.html", "<html>", "UTF-8", folder.resolve("page.html").toUri().toString(), folder, null);
    }

    private static Article withImages(String... urls) {
        List<Block> body = new ArrayList<>();
        for (String u : urls) body.add(new Block.Figure(u, "alt", 0, 0, List.of(), List.of()));
        return new Article(Metadata.empty(), body, List.of(), List.of(), List.of(), ExtractionInfo.unknown());
    }

    static byte[] image(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out), format);
        return out.toByteArray();
    }

    /** A PNG of signature, IHDR claiming w x h, a tiny IDAT and IEND: about 70 bytes (H34). */
    static byte[] pngBomb(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put(new byte[3]).array());
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput(new byte[1000]);
        d.finish();
        byte[] z = new byte[100];
        chunk(out, "IDAT", java.util.Arrays.copyOf(z, d.deflate(z)));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private ResourceLoader.Result load(Article a) {
        return new ResourceLoader().load(a, page());
    }

    private static List<String> codes(ResourceLoader.Result r) {
        return r.diagnostics().stream().map(Diagnostic::code).toList();
    }

    private void assertNoCanary(ResourceLoader.Result r) {
        for (Media.Item item : r.media().items().values()) {
            assertFalse(new String(item.bytes(), StandardCharsets.ISO_8859_1).contains(canary), "canary leaked");
        }
    }

    @Test
    void imagesInThePagesFolderAreLoadedWithTypeAndSizeFromTheirBytes() throws IOException {
        Files.createDirectories(folder.resolve("img"));
        Files.write(folder.resolve("img/photo.dat"), image("png", 4, 3)); // the name says nothing
        Files.write(folder.resolve("pic.png"), image("jpeg", 5, 6)); // the name lies
        Files.write(folder.resolve("anim.gif"), image("gif", 7, 2));
        String a = folder.resolve("img/photo.dat").toUri().toString();
        String b = folder.resolve("pic.png").toUri().toString();
        String c = folder.resolve("anim.gif").toUri().toString();
        ResourceLoader.Result r = load(withImages(a, b, c));
        assertEquals(List.of(), r.diagnostics());
        assertEquals("image/png", r.media().get(a).orElseThrow().mediaType());
        assertEquals(4, r.media().get(a).orElseThrow().width());
        assertEquals(3, r.media().get(a).orElseThrow().height());
        assertEquals("image/jpeg", r.media().get(b).orElseThrow().mediaType());
        assertEquals(6, r.media().get(b).orElseThrow().height());
        assertEquals("image/gif", r.media().get(c).orElseThrow().mediaType());
    }

    @Test
    void fileUrlsOutsideTheFolderAreBlockedH01() throws IOException {
        Files.copy(secret, tmp.resolve("secret.png"));
        ResourceLoader.Result r = load(withImages(secret.toUri().toString(), tmp.resolve("secret.png").toUri().toString(),
                folder.toUri() + "../secret.txt", "file:///etc/passwd", "file://otherhost/share/x.png"));
        assertTrue(r.media().items().isEmpty());
        assertEquals(List.of("image-blocked", "image-blocked", "image-blocked", "image-blocked", "image-blocked"), codes(r));
        assertNoCanary(r);
    }

    @Test
    void aSymlinkCannotLeadOutOfTheFolder() throws IOException {
        Files.write(folder.resolve("real.png"), image("png", 2, 2));
        try {
            Files.createSymbolicLink(folder.resolve("escape.png"), secret);
            Files.createSymbolicLink(folder.resolve("dirlink"), tmp);
            Files.createSymbolicLink(folder.resolve("inside.png"), folder.resolve("real.png"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symlinks here");
        }
        String escape = folder.resolve("escape.png").toUri().toString();
        String viaDir = folder.resolve("dirlink/secret.txt").toUri().toString();
        String inside = folder.resolve("inside.png").toUri().toString();
        ResourceLoader.Result r = load(withImages(escape, viaDir, inside));
        assertEquals(List.of("image-blocked", "image-blocked"), codes(r));
        assertEquals(List.of(inside), List.copyOf(r.media().items().keySet()));
        assertNoCanary(r);
    }

    @Test
    void aFileThatIsNotAnImageIsBlockedWhateverItsName() throws IOException {
        Files.writeString(folder.resolve("secretimg.png"), canary); // calibre's CVE-2023-46303 shape
        Files.write(folder.resolve("random.jpg"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        ResourceLoader.Result r = load(withImages(folder.resolve("secretimg.png").toUri().toString(),
                folder.resolve("random.jpg").toUri().toString()));
        assertEquals(List.of("image-blocked", "image-blocked"), codes(r));
        assertNoCanary(r);
    }

    @Test
    void otherSchemesAreNeverReadAndMissingFilesAreMissing() {
        ResourceLoader.Result r = load(withImages("jar:file:/x.jar!/a.png", "ftp://f.org/a.png", "javascript:alert(1)",
                "img/relative.png", "FILE:" + folder.resolve("nope.png").toUri().getRawPath()));
        assertEquals(List.of("image-blocked", "image-blocked", "image-blocked", "image-blocked", "image-missing"), codes(r));
    }

    @Test
    void noNetworkRequestIsMadeForWebImagesH01() throws IOException {
        HttpServer loop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger hits = new AtomicInteger();
        loop.createContext("/", ex -> { hits.incrementAndGet(); ex.sendResponseHeaders(200, -1); ex.close(); });
        loop.start();
        try {
            String base = "http://127.0.0.1:" + loop.getAddress().getPort();
            ResourceLoader.Result off = load(withImages(base + "/img.png", "HTTPS://127.0.0.1:1/x.png"));
            ResourceLoader.Result on = new ResourceLoader(ResourceLoader.Limits.defaults(), true)
                    .load(withImages(base + "/img2.png"), page());
            assertEquals(List.of("image-missing", "image-missing"), codes(off));
            assertTrue(off.diagnostics().get(0).message().contains("network access is off"));
            assertEquals(List.of("image-blocked"), codes(on)); // network on, but loopback is never fetched
            assertEquals(0, hits.get(), "requests reached the loopback server");
        } finally {
            loop.stop(0);
        }
    }

    @Test
    void dataUrlsOfImagesAreDecodedAndOthersBlockedH12() throws IOException {
        String png = "data:image/png;base64," + Base64.getEncoder().encodeToString(image("png", 3, 3));
        String svg = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20width='10'%20height='20'/%3E";
        String svgFetch = "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><image href='http://127.0.0.1/svgimg'/></svg>";
        ResourceLoader.Result r = load(withImages(png, svg, svgFetch, "data:text/html,<script>alert(1)</script>",
                "data://image/png;base64,cHJpbnQgImhlbGxvIgo=;.lua+%252f%252e%252e%252fb%252elua", "data:image/png;base64,!!!!"));
        assertEquals(3, r.media().get(png).orElseThrow().width());
        assertEquals("image/svg+xml", r.media().get(svg).orElseThrow().mediaType());
        assertEquals(20, r.media().get(svg).orElseThrow().height());
        assertEquals(List.of("image-blocked", "image-blocked", "image-blocked", "image-blocked"), codes(r));
        assertTrue(r.diagnostics().stream().allMatch(d -> d.message().length() < 300), "messages stay short");
    }

    @Test
    void aHugeDataUrlIsRefusedBeforeDecoding() {
        String big = "data:image/png;base64," + "A".repeat(15 << 20); // 11.25 MiB once decoded
        ResourceLoader.Result r = load(withImages(big));
        assertEquals(List.of("image-too-large"), codes(r));
    }

    @Test
    void pixelBombsAreRefusedFromTheirHeadersH34H35H36() throws IOException {
        byte[] png = pngBomb(20_000, 20_000);
        assertTrue(png.length < 100, "bomb is " + png.length + " bytes");
        Files.write(folder.resolve("bomb.png"), png);
        byte[] jpeg = image("jpeg", 8, 8);
        for (int i = 2; i + 8 < jpeg.length; i++) { // patch SOF0's height and width to 60000
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                jpeg[i + 5] = (byte) 0xEA; jpeg[i + 6] = 0x60; jpeg[i + 7] = (byte) 0xEA; jpeg[i + 8] = 0x60;
                break;
            }
        }
        Files.write(folder.resolve("bomb.jpg"), jpeg);
        byte[] gif = image("gif", 2, 2);
        gif[6] = (byte) 0xFF; gif[7] = (byte) 0xFF; gif[8] = (byte) 0xFF; gif[9] = (byte) 0xFF;
        Files.write(folder.resolve("bomb.gif"), gif);
        ByteBuffer webp = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        webp.put("RIFF".getBytes()).putInt(22).put("WEBPVP8X".getBytes()).putInt(10).putInt(0);
        webp.put((byte) 0xFF).put((byte) 0x3F).put((byte) 0).put((byte) 0xFF).put((byte) 0x3F).put((byte) 0); // 16384 x 16384
        Files.write(folder.resolve("bomb.webp"), webp.array());
        Files.writeString(folder.resolve("bomb.svg"), "<svg xmlns='http://www.w3.org/2000/svg' width='1e9' height='1e9'/>");
        Files.writeString(folder.resolve("wide.png.svg"), "<svg width=\"20000px\" height=\"1\"></svg>");
        ResourceLoader.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> load(withImages(
                folder.resolve("bomb.png").toUri().toString(), folder.resolve("bomb.jpg").toUri().toString(),
                folder.resolve("bomb.gif").toUri().toString(), folder.resolve("bomb.webp").toUri().toString(),
                folder.resolve("bomb.svg").toUri().toString(), folder.resolve("wide.png.svg").toUri().toString())));
        assertEquals(List.of("image-too-large", "image-too-large", "image-too-large", "image-too-large",
                "image-too-large", "image-too-large"), codes(r));
        assertTrue(r.diagnostics().get(0).message().contains("20000x20000"), r.diagnostics().get(0).message());
        assertTrue(r.diagnostics().get(1).message().contains("60000x60000"), r.diagnostics().get(1).message());
    }

    @Test
    void aSmallWebpHeaderIsReadWithoutADecoder() {
        ByteBuffer webp = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        webp.put("RIFF".getBytes()).putInt(22).put("WEBPVP8L".getBytes()).putInt(10).put((byte) 0x2F);
        webp.putInt((99) | (49 << 14)); // 100 x 50
        String url = "data:image/webp;base64," + Base64.getEncoder().encodeToString(webp.array());
        Media.Item item = load(withImages(url)).media().get(url).orElseThrow();
        assertEquals(List.of(100, 50), List.of(item.width(), item.height()));
    }

    @Test
    void svgWithEntitiesScriptsOrExternalReferencesIsBlockedH19() throws IOException {
        Files.writeString(folder.resolve("xxe.svg"), "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM '" + secret.toUri()
                + "'>]><svg xmlns='http://www.w3.org/2000/svg'><text>&x;</text></svg>");
        Files.writeString(folder.resolve("script.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
        Files.writeString(folder.resolve("css.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><rect style=\"fill:url(http://127.0.0.1/x)\"/></svg>");
        ResourceLoader.Result r = load(withImages(folder.resolve("xxe.svg").toUri().toString(),
                folder.resolve("script.svg").toUri().toString(), folder.resolve("css.svg").toUri().toString()));
        assertEquals(List.of("image-blocked", "image-blocked", "image-blocked"), codes(r));
        assertNoCanary(r);
    }

    @Test
    void perImageAndPerArticleByteLimitsHold() throws IOException {
        byte[] png = image("png", 40, 40);
        Files.write(folder.resolve("a.png"), png);
        Files.write(folder.resolve("b.png"), image("png", 41, 40));
        ResourceLoader small = new ResourceLoader(new ResourceLoader.Limits(png.length, png.length + 10, 50_000_000, 16384, 300, 200_000_000), false);
        ResourceLoader.Result r = small.load(withImages(folder.resolve("a.png").toUri().toString(),
                folder.resolve("b.png").toUri().toString(), folder.resolve("a.png").toUri().toString()), page());
        assertEquals(1, r.media().items().size(), "the repeated URL is loaded once");
        assertEquals(List.of("image-too-large"), codes(r));
        assertArrayEquals(png, r.media().get(folder.resolve("a.png").toUri().toString()).orElseThrow().bytes());
    }

    @Test
    void perArticlePixelLimitHolds() throws IOException {
        Files.write(folder.resolve("a.png"), image("png", 30, 30));
        Files.write(folder.resolve("b.png"), image("png", 30, 31));
        ResourceLoader capped = new ResourceLoader(new ResourceLoader.Limits(1 << 20, 1 << 20, 50_000_000, 16384, 300, 1000), false);
        ResourceLoader.Result r = capped.load(withImages(folder.resolve("a.png").toUri().toString(),
                folder.resolve("b.png").toUri().toString()), page());
        assertEquals(List.of("image-too-large"), codes(r));
        assertTrue(r.diagnostics().get(0).message().contains("megapixels"));
        assertEquals(1, r.media().items().size());
    }

    @Test
    void withoutAFolderNoLocalFileIsRead() throws IOException {
        Files.write(folder.resolve("a.png"), image("png", 2, 2));
        Page stdin = new Page("-", "<html>", "UTF-8", "about:blank", null, null);
        ResourceLoader.Result r = new ResourceLoader().load(withImages(folder.resolve("a.png").toUri().toString()), stdin);
        assertEquals(List.of("image-blocked"), codes(r));
    }

    @Test
    void aFifoInTheFolderDoesNotHangTheLoader() throws Exception {
        Path fifo = folder.resolve("pipe.png");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo");
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo));
        ResourceLoader.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> load(withImages(fifo.toUri().toString())));
        assertEquals(List.of("image-blocked"), codes(r));
    }

    @Test
    void aMissingLeadImageIsInformationNotAWarning() throws IOException {
        Files.write(folder.resolve("a.png"), image("png", 2, 2));
        String body = folder.resolve("a.png").toUri().toString();
        Article a = withImages(body);
        a = a.withMetadata(a.metadata().withUrl("https://x.org/"));
        Article withLead = new Article(new Metadata(null, null, List.of(), null, null, null, null, null, null, null, null, null,
                List.of(), "https://cdn.example.org/og.jpg"), a.body(), List.of(), List.of(), List.of(), null);
        ResourceLoader.Result r = load(withLead);
        assertEquals(List.of(Diagnostic.Severity.INFO), r.diagnostics().stream().map(Diagnostic::severity).toList());
        assertTrue(r.media().get(body).isPresent());
        Article leadInBody = new Article(new Metadata(null, null, List.of(), null, null, null, null, null, null, null, null, null,
                List.of(), body), a.body(), List.of(), List.of(), List.of(), null);
        assertEquals(List.of(), load(leadInBody).diagnostics());
    }

    @Test
    void inlineImagesInNotesAndTheLeadImageAreFoundOnceEach() {
        Article a = new Article(Metadata.empty().withUrl("x"), List.of(new Block.Paragraph(List.of(
                new Inline.Emphasis(List.of(new Inline.Image("data:image/gif;base64,R0lG", "icon")))))), List.of(),
                List.of(new dev.offprint.model.Note("n", dev.offprint.model.Note.Kind.FOOTNOTE,
                        List.of(new Block.Paragraph(List.of(new Inline.Image("file:///n.png", "")))), null)),
                List.of(), null);
        assertEquals(List.of("data:image/gif;base64,R0lG", "file:///n.png"), List.copyOf(ResourceLoader.imageUrls(a)));
    }
}
