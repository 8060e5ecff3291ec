package dev.offprint.source;

import dev.offprint.diag.OffprintException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a local input file ({@code .html}, {@code .htm}, {@code .xhtml}, {@code .html.gz}) into a
 * {@link Page}: bounded read (decoded bytes are counted for gzip, so a bomb stops at the limit),
 * a check that the bytes are an HTML page at all, and charset decoding in the WHATWG order.
 * Failures are {@link OffprintException}s with the codes {@code not-found}, {@code unreadable},
 * {@code too-large}, {@code not-html} and {@code empty}.
 */
public final class FileSource {

    /** The default input limit: 20 MiB of (decoded) bytes. Over it the input fails; it is never truncated. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;

    /** A source with the default 20 MiB limit. */
    public FileSource() { this(DEFAULT_MAX_BYTES); }

    /** A source that refuses inputs larger than {@code maxBytes} decoded bytes. */
    public FileSource(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /** Reads {@code path} with the default limit. */
    public static Page readFile(Path path) { return new FileSource().read(path); }

    /**
     * Reads {@code path} into a page whose base URI is the file's {@code file:} URI, whose folder
     * is its parent and whose capture time is its modification time.
     */
    public Page read(Path path) {
        String label = path.toString();
        if (!Files.exists(path)) throw new OffprintException("not-found", label + ": no such file");
        if (Files.isDirectory(path)) throw new OffprintException("unreadable", label + ": is a directory, not a file");
        if (!Files.isReadable(path)) throw new OffprintException("unreadable", label + ": cannot be read (permission denied)");
        byte[] bytes = readBounded(path, label);
        Page page = fromBytes(label, bytes, null, path.toAbsolutePath().normalize().toUri().toString(),
                path.toAbsolutePath().normalize().getParent(), modified(path));
        return page;
    }

    /**
     * Turns raw bytes into a page: the checks for emptiness and non-HTML content, then decoding.
     * {@code transportCharset} is a label from an HTTP or WARC header, or null.
     */
    public Page fromBytes(String label, byte[] bytes, String transportCharset, String baseUri, Path folder, String captured) {
        if (bytes.length > maxBytes) throw tooLarge(label);
        if (bytes.length == 0) throw new OffprintException("empty", label + ": is empty");
        String binary = Sniffer.binaryKind(bytes);
        if (binary != null) throw new OffprintException("not-html", label + ": is " + binary + ", not an HTML page");
        Charsets.Decoded d = Charsets.decode(bytes, transportCharset);
        if (d.text().isBlank()) throw new OffprintException("empty", label + ": holds only white space");
        return new Page(label, d.text(), d.charset(), baseUri, folder, captured);
    }

    private byte[] readBounded(Path path, String label) {
        boolean gz = path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try {
            if (!gz && Files.size(path) > maxBytes) throw tooLarge(label);
            try (InputStream raw = Files.newInputStream(path);
                 InputStream in = gz ? new GZIPInputStream(raw, 8192) : raw) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[64 * 1024];
                long total = 0;
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    // Counted on decoded bytes: a gzip bomb stops here, not after filling the heap.
                    if (total > maxBytes) throw tooLarge(label);
                    out.write(buf, 0, n);
                }
                return out.toByteArray();
            }
        } catch (NoSuchFileException e) {
            throw new OffprintException("not-found", label + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new OffprintException("unreadable", label + ": cannot be read (permission denied)", e);
        } catch (ZipException | java.io.EOFException e) {
            throw new OffprintException("unreadable", label + ": is not valid gzip data (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new OffprintException("unreadable", label + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private OffprintException tooLarge(String label) {
        return new OffprintException("too-large", label + ": is larger than the limit of " + maxBytes + " bytes");
    }

    private static String modified(Path path) {
        try {
            Instant t = Files.getLastModifiedTime(path).toInstant().truncatedTo(ChronoUnit.SECONDS);
            return t.toString();
        } catch (IOException e) {
            return null;
        }
    }
}
