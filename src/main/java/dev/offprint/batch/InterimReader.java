package dev.offprint.batch;

import dev.offprint.diag.OffprintException;
import dev.offprint.source.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A minimal reader of input files into {@link Page}s, standing in until the source stage's
 * {@code FileSource} lands: size cap, gunzip, refusal of what is plainly not HTML, BOM / meta
 * charset / UTF-8 decoding with replacement.
 */
final class InterimReader {

    /** Main HTML input size (HOSTILE.md (d)): over it the input fails, it is never truncated. */
    static final int MAX_BYTES = 20 << 20;

    private InterimReader() {}

    static Page read(Path file, String label) throws IOException {
        if (Files.isDirectory(file)) throw new OffprintException("not-html", "is a folder, not a file");
        byte[] raw;
        try {
            if (Files.size(file) > MAX_BYTES) throw tooLarge();
            try (InputStream in = Files.newInputStream(file)) {
                raw = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new OffprintException("not-found", "no such file");
        }
        if (raw.length > MAX_BYTES) throw tooLarge();
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0x1F && (raw[1] & 0xFF) == 0x8B) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                raw = in.readNBytes(MAX_BYTES + 1); // the cap counts decoded bytes (gzip bombs)
            } catch (IOException e) {
                throw new OffprintException("not-html", "broken gzip data");
            }
            if (raw.length > MAX_BYTES) throw tooLarge();
        }
        Path folder = file.toAbsolutePath().getParent();
        String captured = Files.getLastModifiedTime(file).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        return page(raw, label, file.toAbsolutePath().normalize().toUri().toString(), folder, captured);
    }

    static Page read(InputStream in, String label) throws IOException {
        byte[] raw = in.readNBytes(MAX_BYTES + 1);
        if (raw.length > MAX_BYTES) throw tooLarge();
        return page(raw, label, "about:blank", null, null);
    }

    private static OffprintException tooLarge() {
        return new OffprintException("too-large", "larger than " + (MAX_BYTES >> 20) + " MiB");
    }

    private static Page page(byte[] raw, String label, String baseUri, Path folder, String captured) {
        if (raw.length == 0) throw new OffprintException("empty", "the file is empty");
        String notHtml = notHtml(raw);
        if (notHtml != null) throw new OffprintException("not-html", notHtml);
        Charset cs = charset(raw);
        int skip = cs == StandardCharsets.UTF_8 && raw.length >= 3 && (raw[0] & 0xFF) == 0xEF ? 3 : 0;
        String html;
        try {
            html = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(raw, skip, raw.length - skip)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new OffprintException("not-html", "cannot be decoded as text");
        }
        if (html.isBlank()) throw new OffprintException("empty", "the file holds only whitespace");
        return new Page(label, html, cs.name(), baseUri, folder, captured);
    }

    /** Why the bytes are plainly not a web page, or null. */
    static String notHtml(byte[] b) {
        if (starts(b, "%PDF")) return "a PDF document, not a web page";
        if (starts(b, "\u0089PNG")) return "a PNG image, not a web page";
        if (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) return "a JPEG image, not a web page";
        if (starts(b, "GIF8")) return "a GIF image, not a web page";
        if (starts(b, "PK\u0003\u0004")) return "a ZIP archive (or EPUB, DOCX), not a web page";
        boolean utf16 = b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
        if (!utf16) {
            int n = Math.min(b.length, 8192);
            int controls = 0;
            for (int i = 0; i < n; i++) {
                int c = b[i] & 0xFF;
                if (c == 0) return "binary data, not a web page";
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') controls++;
            }
            if (controls > n / 10) return "binary data, not a web page";
        }
        return null;
    }

    private static boolean starts(byte[] b, String magic) {
        if (b.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if ((b[i] & 0xFF) != magic.charAt(i)) return false;
        return true;
    }

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)");

    /** BOM, then a meta declaration in the first 1024 bytes (utf-16/32 there means UTF-8, per WHATWG), else UTF-8. */
    private static Charset charset(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        Matcher m = META_CHARSET.matcher(new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1));
        if (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (name.startsWith("utf-16") || name.startsWith("utf-32") || name.equals("x-user-defined")) return StandardCharsets.UTF_8;
            if (name.equals("latin1") || name.equals("iso-8859-1") || name.equals("ascii") || name.equals("us-ascii")) {
                return Charset.forName("windows-1252"); // WHATWG maps these labels to windows-1252
            }
            try {
                if (Charset.isSupported(name)) return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                // an illegal or unknown label: UTF-8, as WHATWG says for unknown labels
            }
        }
        return StandardCharsets.UTF_8;
    }
}
