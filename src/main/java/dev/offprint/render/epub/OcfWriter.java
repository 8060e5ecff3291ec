package dev.offprint.render.epub;

import dev.offprint.diag.OffprintException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the EPUB container (OCF): {@code mimetype} first, stored, without extra fields; every other
 * entry deflated; every entry stamped with one fixed time so that two conversions give the same bytes.
 * Entry names are checked against a strict ASCII pattern (HOSTILE H13–H16): only offprint's own
 * names can pass.
 */
final class OcfWriter implements AutoCloseable {

    /**
     * The reproducible-builds convention: the start of the zip (DOS) epoch. Two seconds past it,
     * because the JDK stores exactly 1980-01-01T00:00:00 with an extra "extended timestamp" field,
     * which the mimetype entry must not have (EPUBCheck PKG-005).
     */
    static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    private static final Pattern NAME = Pattern.compile("(META-INF|EPUB)(/[a-z0-9][a-z0-9_-]*)*/[a-z0-9][a-z0-9_-]*\\.[a-z0-9]{1,5}");

    private final ZipOutputStream zip;
    private final Set<String> names = new HashSet<>();

    OcfWriter(OutputStream out) throws IOException {
        zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        zip.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        ZipEntry e = new ZipEntry("mimetype");
        e.setMethod(ZipEntry.STORED);
        e.setSize(mimetype.length);
        e.setCompressedSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        e.setCrc(crc.getValue());
        e.setTimeLocal(ZIP_TIME);
        zip.putNextEntry(e);
        zip.write(mimetype);
        zip.closeEntry();
        names.add("mimetype");
    }

    void add(String name, byte[] data) throws IOException {
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("not a clean entry name: " + name);
        if (!names.add(name)) throw new IllegalArgumentException("duplicate entry: " + name);
        if (data.length == 0) throw new IllegalArgumentException("empty entry: " + name);
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.DEFLATED);
        e.setTimeLocal(ZIP_TIME);
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    void add(String name, String text) throws IOException {
        add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a whole book: the container, the package document {@code opf}, then every manifest
     * item of {@code book} (the one packaging path for single articles and anthologies).
     */
    static void writeBook(BookAdapter book, String opf, OutputStream out) throws IOException {
        try (OcfWriter zip = new OcfWriter(out)) {
            zip.add("META-INF/container.xml", Template.resource("container.xml"));
            zip.add("EPUB/package.opf", opf);
            for (BookAdapter.Item item : book.manifest()) zip.add("EPUB/" + item.href(), item.data());
        } catch (IllegalArgumentException e) {
            throw new OffprintException("epub-failed", "the EPUB package could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.close();
    }

    /** The renderer writes to the caller's stream, which the caller closes. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }
        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
        @Override public void close() throws IOException { out.flush(); }
    }
}
