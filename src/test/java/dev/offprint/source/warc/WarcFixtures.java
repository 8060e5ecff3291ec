package dev.offprint.source.warc;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** Builds WARC files for tests and the benchmark with jwarc's writer (then tests corrupt the bytes). */
public final class WarcFixtures {

    /** The capture date every fixture record carries. */
    public static final Instant DATE = Instant.parse("2024-05-06T07:08:09Z");

    private final WarcWriter writer;
    private final Path file;

    private WarcFixtures(Path file, boolean gzip) throws IOException {
        this.file = file;
        this.writer = new WarcWriter(java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    /** A new WARC (gzip per record when {@code gzip}). */
    public static WarcFixtures create(Path file, boolean gzip) throws IOException { return new WarcFixtures(file, gzip); }

    /** The writer's position: where the next record will start. */
    public long position() { return writer.position(); }

    /** An HTTP 200 response record with an HTML payload. */
    public WarcFixtures html(String url, String html) throws IOException {
        return http(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** An HTTP response record. */
    public WarcFixtures http(String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse.Builder b = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
        HttpResponse http = contentType == null ? b.body(null, body).build() : b.body(MediaType.parse(contentType), body).build();
        return write(new WarcResponse.Builder(URI.create(url)).date(DATE).body(http).build());
    }

    /** A response record whose HTTP message is given raw (chunked, gzip, HTTP/0.9 ...). */
    public WarcFixtures rawHttp(String url, byte[] message) throws IOException {
        return write(new WarcResponse.Builder(URI.create(url)).date(DATE).body(MediaType.HTTP_RESPONSE, message).build());
    }

    /** A resource record (no HTTP wrapper). */
    public WarcFixtures resource(String url, String contentType, byte[] body) throws IOException {
        return write(new WarcResource.Builder(URI.create(url)).date(DATE).body(MediaType.parse(contentType), body).build());
    }

    /** A revisit record (identical payload digest) for {@code url}. */
    public WarcFixtures revisit(String url) throws IOException {
        return write(new WarcRevisit.Builder(URI.create(url), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_0).date(DATE)
                .payloadDigest("sha1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").build());
    }

    /** A request record and a metadata record. */
    public WarcFixtures requestAndMetadata(String url) throws IOException {
        write(new WarcRequest.Builder(URI.create(url)).date(DATE).body(new HttpRequest.Builder("GET", URI.create(url)).build()).build());
        return write(new WarcMetadata.Builder().date(DATE).body(MediaType.parse("application/warc-fields"),
                "via: x\r\n".getBytes(StandardCharsets.US_ASCII)).build());
    }

    private WarcFixtures write(WarcRecord r) throws IOException {
        writer.write(r);
        return this;
    }

    /** Closes the file and returns it. */
    public Path close() throws IOException {
        writer.close();
        return file;
    }

    /** A small real PNG. */
    public static byte[] png(int w, int h) {
        try {
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, (x * 31 + y * 17) & 0xFFFFFF);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An article page with {@code paragraphs} paragraphs and the given image URLs. */
    public static String article(String title, int paragraphs, String... images) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><title>").append(title)
                .append("</title></head><body><article><h1>").append(title).append("</h1>");
        for (int i = 0; i < paragraphs; i++) {
            sb.append("<p>Paragraph ").append(i + 1).append(" of ").append(title)
                    .append(": archivists convert whole collections of captured pages at once, and every record must be "
                            + "accounted for, whether it converts, is skipped for a reason, or fails with its offset.</p>");
            if (i < images.length) sb.append("<figure><img src=\"").append(images[i]).append("\" alt=\"figure ").append(i + 1)
                    .append("\"><figcaption>Figure ").append(i + 1).append("</figcaption></figure>");
        }
        return sb.append("</article></body></html>").toString();
    }

    /** {@code s} gzip-compressed. */
    public static byte[] gzip(byte[] s) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream g = new GZIPOutputStream(out)) { g.write(s); }
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads a whole file (tests only: small files). */
    public static byte[] bytes(Path p) throws IOException { return Files.readAllBytes(p); }
}
