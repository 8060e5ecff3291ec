package dev.offprint.source.warc;

import dev.offprint.diag.OffprintException;
import dev.offprint.source.FileSource;
import dev.offprint.source.Page;
import dev.offprint.source.ResourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * One WARC or WARC.gz file as a source of articles. {@link #scan} streams through it once, record by
 * record (never holding more than one record's first bytes), tells the caller what each record is
 * ({@link Entry}: a page to convert, a record skipped with its reason, or a record that is broken,
 * with its byte offset), and indexes the image records by target URI (offsets only). Later,
 * {@link #readPage} re-reads one page record by seeking to its offset, and {@link #find} serves the
 * archived images to the {@link ResourceLoader}.
 *
 * <p>Broken input (HOSTILE.md H41–H44): a record that cannot be parsed is reported {@code failed} at
 * the offset where it starts, and the scan resynchronises on the next record boundary ({@code WARC/}
 * at the start of a line, or the next gzip member) so later records are still read. Header lies are
 * taken leniently where that is safe (jwarc's lenient mode; a bad date is dropped; angle brackets
 * around a target URI are removed).
 */
public final class WarcArchive implements ResourceLoader.Archive {

    /** What a record is, for the batch. */
    public enum Kind {
        /** An HTML page to convert. */
        PAGE,
        /** Not a page (an image, a request, a revisit...): reported skipped with its reason. */
        SKIPPED,
        /** A record that is broken or incomplete: reported failed at its offset. */
        FAILED
    }

    /**
     * One record as the scan saw it.
     *
     * @param file     the WARC file
     * @param offset   the byte offset of the record (of its gzip member for WARC.gz)
     * @param recordId {@code WARC-Record-ID}, or null when missing
     * @param target   {@code WARC-Target-URI}, or null
     * @param captured {@code WARC-Date} as ISO-8601, or null when missing or invalid
     * @param type     the WARC record type ({@code response}, {@code resource}, ...), or null when unreadable
     * @param kind     page, skipped or failed
     * @param code     for skipped and failed records, the reason code; else null
     * @param message  the reason in words; else null
     */
    public record Entry(Path file, long offset, String recordId, String target, String captured, String type,
                        Kind kind, String code, String message) {}

    /** Image records indexed at most (HOSTILE.md H44: bounded growth however many records a file has). */
    static final int MAX_INDEXED = 200_000;

    /** Bytes of a payload looked at to decide whether an untyped payload is HTML. */
    private static final int SNIFF = 1024;

    private final Path file;
    private final Map<String, Long> images = new HashMap<>();
    private final long maxPageBytes;

    private WarcArchive(Path file, long maxPageBytes) {
        this.file = file;
        this.maxPageBytes = maxPageBytes;
    }

    /** Whether {@code name} names a WARC file ({@code .warc}, {@code .warc.gz}, case-insensitive). */
    public static boolean isWarcName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /** The file read. */
    public Path file() { return file; }

    /** Image records indexed by the scan. */
    public int imageCount() {
        synchronized (images) { return images.size(); }
    }

    /**
     * Streams through {@code file} once, telling {@code sink} about every record in file order, and
     * returns the archive (with its image index) for reading pages and images later.
     *
     * @throws OffprintException ({@code not-found}, {@code unreadable}) when the file cannot be opened at all
     */
    public static WarcArchive scan(Path file, Consumer<Entry> sink) {
        return scan(file, FileSource.DEFAULT_MAX_BYTES, sink);
    }

    /** {@link #scan(Path, Consumer)} with a page size limit other than the default. */
    public static WarcArchive scan(Path file, long maxPageBytes, Consumer<Entry> sink) {
        WarcArchive archive = new WarcArchive(file, maxPageBytes);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            archive.scan(ch, sink);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new OffprintException("not-found", file + ": no such file", e);
        } catch (IOException e) {
            throw new OffprintException("unreadable", file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return archive;
    }

    private void scan(FileChannel ch, Consumer<Entry> sink) throws IOException {
        boolean gz = isGzip(ch);
        long start = 0;
        long size = ch.size();
        boolean retried = false; // reopened exactly at the failing boundary once already
        while (start < size) {
            long lastGood = -1;
            long failedAt;
            ch.position(start);
            WarcReader reader;
            try {
                reader = new WarcReader(ch);
            } catch (IOException | RuntimeException e) {
                failedAt = start;
                sink.accept(broken(failedAt, e));
                long next = nextBoundary(ch, failedAt + 1, gz);
                if (next < 0) return;
                start = next;
                continue;
            }
            reader.setLenient(true);
            reader.onWarning(w -> { });
            try {
                while (true) {
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) return;
                    long offset = reader.position();
                    lastGood = offset;
                    retried = false;
                    sink.accept(classify(next.get(), offset, true));
                }
            } catch (IOException | RuntimeException e) {
                // the record after the last good one is broken (or the last one was cut short):
                // find where it starts, try it once from exactly there, then give up on it
                long bad = lastGood < 0 ? start : nextBoundary(ch, lastGood + 1, gz);
                if (bad < 0) bad = lastGood < 0 ? start : lastGood;
                if (bad > start && !retried && lastGood >= 0 && bad != lastGood) {
                    retried = true;
                    start = bad;
                    continue;
                }
                sink.accept(broken(bad, e));
                retried = false;
                long next = nextBoundary(ch, bad + 1, gz);
                if (next < 0) return;
                start = next;
            }
        }
    }

    private Entry broken(long offset, Throwable e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        why = why.replaceAll("[\\r\\n\\t]+", " ");
        if (why.length() > 200) why = why.substring(0, 200) + "…";
        String code = e instanceof java.io.EOFException || why.toLowerCase(Locale.ROOT).contains("eof") ? "truncated" : "corrupt";
        return new Entry(file, offset, null, null, null, null, Kind.FAILED, code,
                (code.equals("truncated") ? "the record ends before its declared length" : "the record cannot be parsed")
                        + " (" + why + ")");
    }

    private static boolean isGzip(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(2);
        ch.read(b, 0);
        return b.position() == 2 && (b.get(0) & 0xFF) == 0x1F && (b.get(1) & 0xFF) == 0x8B;
    }

    /**
     * The next place at or after {@code from} where a record may start: the start of a gzip member
     * for WARC.gz, else {@code WARC/} at the start of a line; -1 when there is none.
     */
    static long nextBoundary(FileChannel ch, long from, boolean gz) throws IOException {
        long size = ch.size();
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        byte[] marker = gz ? new byte[] {0x1F, (byte) 0x8B, 0x08} : "WARC/".getBytes(StandardCharsets.US_ASCII);
        long pos = from;
        while (pos < size) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n <= 0) return -1;
            byte[] a = buf.array();
            for (int i = 0; i + marker.length <= n; i++) {
                boolean hit = true;
                for (int k = 0; k < marker.length && hit; k++) hit = a[i + k] == marker[k];
                if (!hit) continue;
                long at = pos + i;
                if (!gz && at > 0) {
                    // WARC/ counts only at the start of a line
                    ByteBuffer prev = ByteBuffer.allocate(1);
                    ch.read(prev, at - 1);
                    if (prev.get(0) != '\n') continue;
                }
                return at;
            }
            if (n < marker.length) return -1;
            pos += n - marker.length + 1;
        }
        return -1;
    }

    // ---- classifying -------------------------------------------------------------------------

    /** A record's payload as found: its media type (may be null) and its body. */
    private record Payload(String type, String charset, MessageBody body, int status) {}

    private Entry classify(WarcRecord r, long offset, boolean scanning) throws IOException {
        String id = r.headers().first("WARC-Record-ID").orElse(null);
        String target = target(r);
        String captured = captured(r);
        String type = r.type();
        java.util.function.BiFunction<String, String, Entry> skip = (code, msg) ->
                new Entry(file, offset, id, target, captured, type, Kind.SKIPPED, code, msg);
        if (r instanceof WarcRevisit) return skip.apply("revisit", "a revisit record: the payload is stored elsewhere");
        if (!(r instanceof WarcResponse) && !(r instanceof WarcResource)) {
            return skip.apply("not-page", "a WARC " + type + " record, not a captured page");
        }
        long declared = r.body().size();
        if (declared < 0 || declared > maxPageBytes * 4 && declared > 64L << 20) {
            // too large to be a page we would convert; also an inflation bomb's bound (H44)
            return new Entry(file, offset, id, target, captured, type, Kind.SKIPPED, "too-large",
                    "the record is " + declared + " bytes, over the limit");
        }
        Payload p;
        try {
            p = payload(r);
        } catch (IOException | RuntimeException e) {
            return new Entry(file, offset, id, target, captured, type, Kind.FAILED, "corrupt",
                    "the HTTP message in the record cannot be parsed");
        }
        if (p.status() >= 0 && (p.status() < 200 || p.status() > 299)) {
            return skip.apply("http-status", "HTTP status " + p.status() + ", not a page");
        }
        byte[] head = readUpTo(p.body(), SNIFF);
        boolean image = isImageType(p.type()) || sniffImage(head);
        if (image) {
            if (target != null) {
                synchronized (images) {
                    if (images.size() < MAX_INDEXED) images.putIfAbsent(target, offset);
                }
            }
            return skip.apply("not-html", "an image (" + (p.type() == null ? "by its bytes" : p.type()) + "), used by the pages that show it");
        }
        if (!isHtml(p.type(), head)) {
            if (head.length == 0) return skip.apply("empty", "the record has no payload");
            return skip.apply("not-html", "a payload of type " + (p.type() == null ? "unknown" : p.type()) + ", not HTML");
        }
        if (r.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            return new Entry(file, offset, id, target, captured, type, Kind.FAILED, "truncated",
                    "the archive holds only part of this page (WARC-Truncated: " + r.truncated().name().toLowerCase(Locale.ROOT) + ")");
        }
        if (scanning) {
            // read the rest of the block: a record cut off by the end of the file fails here, by offset
            long got = head.length + drain(p.body());
            long blockLeft = drain(r.body());
            if (blockLeft < 0 || got < 0) {
                return new Entry(file, offset, id, target, captured, type, Kind.FAILED, "truncated",
                        "the record ends before its declared length");
            }
        }
        return new Entry(file, offset, id, target, captured, type, Kind.PAGE, null, null);
    }

    /** Reads and discards the rest of {@code body}; the byte count, or -1 when the data ends early. */
    private static long drain(java.nio.channels.ReadableByteChannel body) {
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        long n = 0;
        try {
            for (int k; (k = body.read(b)) >= 0; b.clear()) n += k;
            return n;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Payload payload(WarcRecord r) throws IOException {
        if (r instanceof WarcResponse resp && isHttp(r)) {
            HttpResponse http = resp.http();
            String ct = http.headers().first("Content-Type").orElse(null);
            return new Payload(baseType(ct), charsetOf(ct), http.bodyDecoded(), http.status());
        }
        String ct = r.headers().first("Content-Type").orElse(null);
        return new Payload(baseType(ct), charsetOf(ct), r.body(), -1);
    }

    private static boolean isHttp(WarcRecord r) {
        String ct = r.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String t = target(r);
        // an HTTP-wrapped payload says so; a record without a content type is HTTP when its target is
        return ct.startsWith("application/http") || (ct.isBlank() && t != null && t.toLowerCase(Locale.ROOT).startsWith("http"));
    }

    private static String target(WarcRecord r) {
        String t = r.headers().first("WARC-Target-URI").orElse(null);
        if (t == null) return null;
        t = t.strip();
        if (t.startsWith("<") && t.endsWith(">")) t = t.substring(1, t.length() - 1).strip(); // WARC/1.0 draft spelling
        return t.isEmpty() ? null : t;
    }

    private static String captured(WarcRecord r) {
        try {
            Instant i = r.date();
            return i == null ? null : i.truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (RuntimeException e) {
            return null; // an impossible date (2009-03-65) is dropped, not fatal
        }
    }

    static String baseType(String contentType) {
        if (contentType == null) return null;
        String t = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    static String charsetOf(String contentType) {
        if (contentType == null) return null;
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) return p.substring(8).replace("\"", "").replace("'", "").strip();
        }
        return null;
    }

    private static boolean isImageType(String type) {
        return type != null && type.startsWith("image/");
    }

    private static boolean sniffImage(byte[] b) {
        return b.length >= 4 && ((b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8
                || b[0] == 'G' && b[1] == 'I' && b[2] == 'F'
                || b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[8] == 'W' && b[9] == 'E');
    }

    /**
     * HTML by its declared type; an untyped (or generically typed) payload is HTML when its first
     * bytes look like markup, because many crawlers record no or a wrong content type.
     */
    static boolean isHtml(String type, byte[] head) {
        if (type != null && (type.equals("text/html") || type.equals("application/xhtml+xml"))) return head.length > 0;
        if (type != null && !type.equals("application/octet-stream") && !type.equals("text/plain")
                && !type.equals("unk") && !type.equals("no-type")) {
            return false;
        }
        String s = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (s.startsWith("\u00ef\u00bb\u00bf")) s = s.substring(3).stripLeading();
        return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head") || s.startsWith("<body")
                || (s.startsWith("<!--") && s.contains("<html"));
    }

    private static byte[] readUpTo(java.nio.channels.ReadableByteChannel ch, int max) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(max);
        while (b.hasRemaining()) {
            int n;
            try {
                n = ch.read(b);
            } catch (java.io.EOFException e) {
                break;
            }
            if (n < 0) break;
        }
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        return out;
    }

    // ---- reading later -------------------------------------------------------------------------

    /**
     * Reads the page of {@code entry} (a {@link Kind#PAGE} of this archive): its payload, decoded
     * (chunked and gzip transfer undone), at most the page limit, as a {@link Page} whose base URI
     * is the target URI and whose capture time is the {@code WARC-Date}.
     */
    public Page readPage(Entry entry) {
        String label = entry.target() != null ? entry.target() : file + "#" + entry.offset();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.position(entry.offset());
            byte[] bytes;
            Payload p;
            // Closed here so the reader's inflater is freed now, not whenever the collector runs.
            try (WarcReader reader = new WarcReader(ch)) {
                reader.setLenient(true);
                reader.onWarning(w -> { });
                WarcRecord r = reader.next().orElseThrow(() -> new IOException("no record at offset " + entry.offset()));
                p = payload(r);
                bytes = readBounded(p.body(), maxPageBytes + 1);
            }
            String base = entry.target() != null && entry.target().toLowerCase(Locale.ROOT).startsWith("http") ? entry.target() : "about:blank";
            return new FileSource(maxPageBytes).fromBytes(label, bytes, p.charset(), base, null, entry.captured());
        } catch (IOException | RuntimeException e) {
            if (e instanceof OffprintException oe) throw oe;
            throw new OffprintException("corrupt", label + ": the archived record cannot be read at offset " + entry.offset(), e);
        }
    }

    @Override
    public byte[] find(String url, long maxBytes) throws IOException {
        Long offset;
        synchronized (images) {
            offset = images.get(url);
            if (offset == null && url.indexOf('#') > 0) offset = images.get(url.substring(0, url.indexOf('#')));
        }
        if (offset == null) return null;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.position(offset);
            try (WarcReader reader = new WarcReader(ch)) {
                reader.setLenient(true);
                reader.onWarning(w -> { });
                Optional<WarcRecord> r = reader.next();
                if (r.isEmpty()) return null;
                return readBounded(payload(r.get()).body(), maxBytes + 1);
            }
        }
    }

    private static byte[] readBounded(java.nio.channels.ReadableByteChannel body, long limit) throws IOException {
        try (InputStream in = java.nio.channels.Channels.newInputStream(body)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
        }
    }
}
