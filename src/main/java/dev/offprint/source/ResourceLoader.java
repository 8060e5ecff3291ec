package dev.offprint.source;

import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Comment;
import dev.offprint.model.Inline;
import dev.offprint.model.Media;
import dev.offprint.model.Note;
import dev.offprint.source.net.FetchException;
import dev.offprint.source.net.HttpFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the images an article refers to into a {@link Media} bag before rendering, denying by
 * default (HOSTILE.md finding 1: every peer converter leaked local files or made requests).
 *
 * <p>What is read: {@code data:} URLs of image types, size-capped; and {@code file:} URLs whose real
 * path (symlinks resolved) lies in the page's own folder or below. Nothing else: no {@code jar:},
 * {@code ftp:}, {@code javascript:}, relative or unknown schemes. {@code http(s)} images are
 * fetched only when an {@link HttpFetcher} is given ({@code --allow-network}): public addresses only,
 * pinned, redirects re-checked, time and decoded bytes capped, and all fetches of one article
 * together within {@link #FETCH_BUDGET_NANOS}; without one they are {@code image-missing}.
 *
 * <p>Every image is checked by its bytes, never its name: PNG, JPEG, GIF, WebP or SVG by magic
 * bytes, and the pixel size declared in its header is read before anything decodes it, so a 74-byte
 * PNG claiming 20000x20000 or a JPEG whose SOF says 60000x60000 is refused (H34–H36). Refusals are
 * {@link Diagnostic}s: {@code image-blocked} (policy or not an image), {@code image-missing} (not
 * available offline), {@code image-too-large} (bytes or pixels over a limit).
 */
public final class ResourceLoader {

    /**
     * The limits held (HOSTILE.md (d)).
     *
     * @param maxImageBytes   bytes per image (decoded)
     * @param maxArticleBytes bytes of all of one article's images together
     * @param maxPixels       declared width times height per image
     * @param maxSide         declared width or height per image
     * @param maxImages       distinct images per article
     * @param maxArticlePixels declared pixels of all of one article's images together
     */
    public record Limits(long maxImageBytes, long maxArticleBytes, long maxPixels, int maxSide, int maxImages,
                         long maxArticlePixels) {
        /** 10 MiB per image, 50 MiB per article, 50 megapixels, 16384 px a side, 300 images, 200 megapixels per article. */
        public static Limits defaults() {
            return new Limits(10L << 20, 50L << 20, 50_000_000L, 16_384, 300, 200_000_000L);
        }
    }

    /** What was loaded, and why the rest was not ({@code refused}: the URLs not loaded). */
    public record Result(Media media, List<Diagnostic> diagnostics, Set<String> refused) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
            refused = Set.copyOf(refused);
        }
    }

    /** All network fetches of one article together stop after 30 s (HOSTILE.md (d)). */
    static final long FETCH_BUDGET_NANOS = 30_000_000_000L;

    private final Limits limits;
    private final HttpFetcher fetcher;

    /** With {@code allowNetwork}, web images are fetched by a strict {@link HttpFetcher}. */
    public ResourceLoader(Limits limits, boolean allowNetwork) {
        this(limits, allowNetwork ? new HttpFetcher() : null);
    }

    /** Web images are fetched with {@code fetcher}; null keeps the network off. */
    public ResourceLoader(Limits limits, HttpFetcher fetcher) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.fetcher = fetcher;
    }

    /** Default limits, network off. */
    public ResourceLoader() { this(Limits.defaults(), false); }

    /**
     * Where the web images of an archived page come from: the archive the page was captured in
     * (a WARC's image records). With one, {@code http(s)} images are read from it and never from the
     * live web, whatever the network setting.
     */
    @FunctionalInterface
    public interface Archive {
        /**
         * The bytes archived for {@code url}, at most {@code maxBytes + 1} of them (one over tells
         * "too large"), or null when the archive has no such capture.
         */
        byte[] find(String url, long maxBytes) throws IOException;
    }

    /** Loads the images of {@code article} (figures, inline images, lead image) for {@code page}. */
    public Result load(Article article, Page page) { return load(article, page, null); }

    /**
     * Loads the images of {@code article} for {@code page}, reading {@code http(s)} images from
     * {@code archive} (never the network) when it is not null.
     */
    public Result load(Article article, Page page, Archive archive) {
        Map<String, Media.Item> items = new LinkedHashMap<>();
        List<Diagnostic> diags = new ArrayList<>();
        Set<String> refused = new LinkedHashSet<>();
        Path folder = realFolder(page);
        long fetchDeadline = System.nanoTime() + FETCH_BUDGET_NANOS;
        long total = 0;
        long pixels = 0;
        int count = 0;
        Set<String> urls = imageUrls(article);
        // the lead image (og:image) is metadata, not content: almost every page names a remote one,
        // so its absence is information, not a warning about the article
        String lead = article.metadata().leadImage();
        boolean leadOnly = lead != null && urls.contains(lead) && !contentImageUrls(article).contains(lead);
        for (String url : urls) {
            if (++count > limits.maxImages()) {
                diags.add(Diagnostic.warning("image-blocked", "more than " + limits.maxImages() + " images; the rest were not loaded"));
                break;
            }
            try {
                Media.Item item = check(url, archive != null && isWeb(url) ? fromArchive(archive, url) : read(url, folder, fetchDeadline));
                if (total + item.bytes().length > limits.maxArticleBytes()) {
                    throw new Refusal("image-too-large", "the article's images exceed " + mib(limits.maxArticleBytes()));
                }
                long px = (long) item.width() * item.height();
                if (pixels + px > limits.maxArticlePixels()) {
                    throw new Refusal("image-too-large", "the article's images exceed " + limits.maxArticlePixels() / 1_000_000 + " megapixels");
                }
                pixels += px;
                total += item.bytes().length;
                items.put(url, item);
            } catch (Refusal r) {
                refused.add(url);
                String message = shorten(url) + ": " + r.getMessage();
                diags.add(leadOnly && url.equals(lead) ? Diagnostic.info(r.code, "lead image " + message)
                        : Diagnostic.warning(r.code, message));
            }
        }
        return new Result(new Media(items), diags, refused);
    }

    /** A refused image: the diagnostic's code and reason. */
    private static final class Refusal extends Exception {
        final String code;

        Refusal(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    private static Path realFolder(Page page) {
        if (page.folder() == null) return null;
        try {
            return page.folder().toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    // ---- reading ---------------------------------------------------------------------------

    private byte[] read(String url, Path folder, long fetchDeadline) throws Refusal {
        String u = url.strip();
        int colon = u.indexOf(':');
        String scheme = colon > 0 ? u.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        switch (scheme) {
            case "data":
                return dataUrl(u.substring(colon + 1));
            case "file":
                return localFile(u, folder);
            case "http":
            case "https":
                if (fetcher == null) throw new Refusal("image-missing", "not fetched: network access is off");
                if (System.nanoTime() > fetchDeadline) throw new Refusal("image-missing", "not fetched: the article's fetch time is spent");
                return fetch(u);
            default:
                throw new Refusal("image-blocked", scheme.isEmpty()
                        ? "not an absolute URL; only data: and the page's own files are read"
                        : "the " + scheme + ": scheme is never read");
        }
    }

    private static boolean isWeb(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    private byte[] fromArchive(Archive archive, String url) throws Refusal {
        byte[] b;
        try {
            b = archive.find(url.strip(), limits.maxImageBytes());
        } catch (IOException | RuntimeException e) {
            throw new Refusal("image-missing", "its archived copy cannot be read");
        }
        if (b == null) throw new Refusal("image-missing", "not in the archive");
        return b;
    }

    private byte[] fetch(String url) throws Refusal {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new Refusal("image-blocked", "malformed URL");
        }
        try {
            return fetcher.fetch(uri, limits.maxImageBytes()).body();
        } catch (FetchException e) {
            String code = switch (e.code()) {
                case "blocked" -> "image-blocked";
                case "too-large" -> "image-too-large";
                default -> "image-missing";
            };
            throw new Refusal(code, "not fetched: " + e.getMessage());
        }
    }

    private byte[] dataUrl(String rest) throws Refusal {
        int comma = rest.indexOf(',');
        if (comma < 0) throw new Refusal("image-blocked", "malformed data: URL");
        String meta = rest.substring(0, comma).strip();
        String payload = rest.substring(comma + 1);
        boolean base64 = meta.toLowerCase(Locale.ROOT).endsWith(";base64");
        String type = meta.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!type.startsWith("image/")) {
            throw new Refusal("image-blocked", "data: URL of type " + (type.isEmpty() ? "text/plain" : shorten(type)) + ", not an image");
        }
        // cap before decoding: 4 base64 characters give 3 bytes, a %XX escape gives 1
        long bound = base64 ? (long) payload.length() * 3 / 4 : payload.length();
        if (bound > limits.maxImageBytes() + 3) throw new Refusal("image-too-large", "over " + mib(limits.maxImageBytes()));
        if (base64) {
            try {
                return Base64.getMimeDecoder().decode(payload.replace("%2B", "+").replace("%2F", "/").replace("%3D", "="));
            } catch (IllegalArgumentException e) {
                throw new Refusal("image-blocked", "malformed base64 in data: URL");
            }
        }
        return percentDecode(payload);
    }

    /** %XX escapes to bytes; everything else as UTF-8 (unlike URLDecoder, '+' stays '+'). */
    private static byte[] percentDecode(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) { return Character.digit(c, 16); }

    private byte[] localFile(String url, Path folder) throws Refusal {
        if (folder == null) throw new Refusal("image-blocked", "file: images are read only for a page read from a folder");
        Path path;
        try {
            path = Path.of(URI.create(url));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException | SecurityException e) {
            throw new Refusal("image-blocked", "not a local file URL");
        }
        Path real;
        try {
            real = path.toRealPath(); // resolves every symlink, so none can lead out of the folder
        } catch (NoSuchFileException e) {
            throw new Refusal("image-missing", "no such file");
        } catch (IOException | SecurityException e) {
            throw new Refusal("image-missing", "cannot be read");
        }
        if (!real.startsWith(folder)) throw new Refusal("image-blocked", "outside the page's folder");
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refusal("image-blocked", "not a regular file"); // a FIFO would block the read forever
        }
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxImageBytes() + 1));
            if (bytes.length > limits.maxImageBytes()) throw new Refusal("image-too-large", "over " + mib(limits.maxImageBytes()));
            return bytes;
        } catch (IOException e) {
            throw new Refusal("image-missing", "cannot be read");
        }
    }

    // ---- checking --------------------------------------------------------------------------

    private Media.Item check(String url, byte[] b) throws Refusal {
        if (b.length > limits.maxImageBytes()) throw new Refusal("image-too-large", "over " + mib(limits.maxImageBytes()));
        String type = ImageHeaders.sniff(b);
        if (type == null) throw new Refusal("image-blocked", "not a PNG, JPEG, GIF, WebP or SVG image (judged by its bytes)");
        int[] size;
        try {
            size = ImageHeaders.declaredSize(type, b);
        } catch (ImageHeaders.BadImage e) {
            throw new Refusal("image-blocked", e.getMessage());
        }
        int w = size[0];
        int h = size[1];
        if (w > limits.maxSide() || h > limits.maxSide() || (long) w * h > limits.maxPixels()) {
            throw new Refusal("image-too-large", "declares " + w + "x" + h + " pixels (limit " + limits.maxSide()
                    + " a side, " + limits.maxPixels() / 1_000_000 + " megapixels)");
        }
        return new Media.Item(b, type, w, h);
    }

    private static String mib(long bytes) { return (bytes >> 20) + " MiB"; }

    private static String shorten(String url) {
        String s = url.replaceAll("\\p{Cntrl}", "?");
        return s.length() <= 120 ? s : s.substring(0, 100) + "… (" + s.length() + " characters)";
    }

    // ---- finding ---------------------------------------------------------------------------

    /** Every image URL of the article, in document order, once: figures and inline images of the
     *  body, notes and comments, then the lead image. Iterative, so no nesting depth can overflow. */
    static Set<String> imageUrls(Article article) {
        Set<String> urls = contentImageUrls(article);
        if (article.metadata().leadImage() != null && !article.metadata().leadImage().isEmpty()) {
            urls.add(article.metadata().leadImage());
        }
        return urls;
    }

    /** The images of body, notes and comments, without the lead image. */
    private static Set<String> contentImageUrls(Article article) {
        Set<String> urls = new LinkedHashSet<>();
        Deque<Object> todo = new ArrayDeque<>();
        List<Object> roots = new ArrayList<>(article.body());
        for (Note n : article.notes()) roots.addAll(n.content());
        for (Comment c : article.comments()) roots.addAll(c.content());
        for (int i = roots.size() - 1; i >= 0; i--) todo.push(roots.get(i));
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            List<Object> kids = new ArrayList<>();
            if (o instanceof Block.Figure f) { urls.add(f.src()); kids.addAll(f.caption()); kids.addAll(f.credit()); }
            else if (o instanceof Inline.Image i) urls.add(i.src());
            else if (o instanceof Block.Heading h) kids.addAll(h.content());
            else if (o instanceof Block.Paragraph p) kids.addAll(p.content());
            else if (o instanceof Block.ListBlock l) l.items().forEach(kids::addAll);
            else if (o instanceof Block.DefinitionList d) d.items().forEach(it -> { kids.addAll(it.term()); it.definitions().forEach(kids::addAll); });
            else if (o instanceof Block.Quote q) { kids.addAll(q.content()); kids.addAll(q.attribution()); }
            else if (o instanceof Block.Table t) {
                kids.addAll(t.caption());
                t.header().forEach(r -> r.cells().forEach(c -> kids.addAll(c.content())));
                t.body().forEach(r -> r.cells().forEach(c -> kids.addAll(c.content())));
            }
            else if (o instanceof Inline.Emphasis e) kids.addAll(e.content());
            else if (o instanceof Inline.Strong s) kids.addAll(s.content());
            else if (o instanceof Inline.Strikethrough s) kids.addAll(s.content());
            else if (o instanceof Inline.Superscript s) kids.addAll(s.content());
            else if (o instanceof Inline.Subscript s) kids.addAll(s.content());
            else if (o instanceof Inline.Link l) kids.addAll(l.content());
            for (int i = kids.size() - 1; i >= 0; i--) todo.push(kids.get(i));
        }
        urls.remove("");
        return urls;
    }

    /** Reads image types and declared pixel sizes from headers alone, never decoding pixels. */
    static final class ImageHeaders {

        /** A header that cannot be read. */
        static final class BadImage extends Exception {
            BadImage(String message) { super(message, null, false, false); }
        }

        private ImageHeaders() {}

        /** The media type judged by magic bytes, or null. */
        static String sniff(byte[] b) {
            if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "image/png";
            if (starts(b, 0, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
            if (starts(b, 0, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') return "image/gif";
            if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) return "image/webp";
            if (svgRoot(b)) return "image/svg+xml";
            return null;
        }

        private static boolean starts(byte[] b, int at, int... magic) {
            if (b.length < at + magic.length) return false;
            for (int i = 0; i < magic.length; i++) if ((b[at + i] & 0xFF) != magic[i]) return false;
            return true;
        }

        private static int u16be(byte[] b, int i) { return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF); }

        private static int u16le(byte[] b, int i) { return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8); }

        private static int u24le(byte[] b, int i) { return u16le(b, i) | ((b[i + 2] & 0xFF) << 16); }

        /** {width, height} as the header declares them. */
        static int[] declaredSize(String type, byte[] b) throws BadImage {
            int[] size = switch (type) {
                case "image/png" -> png(b);
                case "image/jpeg" -> jpeg(b);
                case "image/gif" -> gif(b);
                case "image/webp" -> webp(b);
                case "image/svg+xml" -> svg(b);
                default -> throw new BadImage("unsupported image type " + type);
            };
            if (!type.equals("image/svg+xml") && (size[0] <= 0 || size[1] <= 0)) {
                throw new BadImage("header declares no usable size (" + size[0] + "x" + size[1] + ")");
            }
            return size;
        }

        private static int[] png(byte[] b) throws BadImage {
            if (b.length < 24 || !starts(b, 12, 'I', 'H', 'D', 'R')) throw new BadImage("PNG without an IHDR header");
            long w = ((long) u16be(b, 16) << 16) | u16be(b, 18);
            long h = ((long) u16be(b, 20) << 16) | u16be(b, 22);
            return new int[] {(int) Math.min(w, Integer.MAX_VALUE), (int) Math.min(h, Integer.MAX_VALUE)};
        }

        /** Walks the JPEG marker segments up to the first start-of-frame. */
        private static int[] jpeg(byte[] b) throws BadImage {
            int i = 2;
            while (i + 1 < b.length) {
                if ((b[i] & 0xFF) != 0xFF) throw new BadImage("JPEG with a broken marker structure");
                while (i < b.length && (b[i] & 0xFF) == 0xFF) i++; // fill bytes
                if (i >= b.length) break;
                int marker = b[i++] & 0xFF;
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) continue; // no length
                if (marker == 0xD9 || marker == 0xDA) break; // end or scan data before any frame header
                if (i + 2 > b.length) break;
                int len = u16be(b, i);
                boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
                if (sof) {
                    if (i + 7 > b.length) break;
                    return new int[] {u16be(b, i + 5), u16be(b, i + 3)};
                }
                if (len < 2) throw new BadImage("JPEG with a broken marker structure");
                i += len;
            }
            throw new BadImage("JPEG without a frame header");
        }

        /** The logical screen, and the first frame's size when it is larger. */
        private static int[] gif(byte[] b) throws BadImage {
            if (b.length < 13) throw new BadImage("GIF header cut short");
            int w = u16le(b, 6);
            int h = u16le(b, 8);
            int flags = b[10] & 0xFF;
            int pos = 13 + ((flags & 0x80) != 0 ? 3 * (1 << ((flags & 7) + 1)) : 0);
            for (int guard = 0; pos < b.length && guard < 10_000; guard++) {
                int tag = b[pos] & 0xFF;
                if (tag == 0x2C) { // image descriptor
                    if (pos + 9 < b.length) {
                        w = Math.max(w, u16le(b, pos + 5));
                        h = Math.max(h, u16le(b, pos + 7));
                    }
                    break;
                } else if (tag == 0x21) { // extension: label, then sub-blocks up to a zero length
                    pos += 2;
                    while (pos < b.length && (b[pos] & 0xFF) != 0) pos += (b[pos] & 0xFF) + 1;
                    pos++;
                } else {
                    break; // trailer or junk: the logical screen is all we know
                }
            }
            return new int[] {w, h};
        }

        private static int[] webp(byte[] b) throws BadImage {
            if (b.length >= 30 && starts(b, 12, 'V', 'P', '8', ' ') && starts(b, 23, 0x9D, 0x01, 0x2A)) {
                return new int[] {u16le(b, 26) & 0x3FFF, u16le(b, 28) & 0x3FFF};
            }
            if (b.length >= 25 && starts(b, 12, 'V', 'P', '8', 'L') && (b[20] & 0xFF) == 0x2F) {
                long bits = (b[21] & 0xFFL) | (b[22] & 0xFFL) << 8 | (b[23] & 0xFFL) << 16 | (b[24] & 0xFFL) << 24;
                return new int[] {(int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1};
            }
            if (b.length >= 30 && starts(b, 12, 'V', 'P', '8', 'X')) {
                return new int[] {u24le(b, 24) + 1, u24le(b, 27) + 1};
            }
            throw new BadImage("WebP without a readable frame header");
        }

        private static final Pattern SVG_START = Pattern.compile(
                "^\\uFEFF?\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:<!--.*?-->\\s*)*(<!DOCTYPE\\s+svg\\b|<svg\\b)", Pattern.DOTALL);

        private static boolean svgRoot(byte[] b) {
            String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8);
            return SVG_START.matcher(head).find();
        }

        // A reference out of the SVG (href or CSS url() to anything but a fragment or data:) would
        // make whoever renders it fetch: H04/H12's nested fetch. Scripts and foreign HTML never
        // belong in a printed figure.
        private static final Pattern SVG_EXTERNAL = Pattern.compile(
                "(?i)(?:href\\s*=\\s*[\"']\\s*(?!#|data:)|url\\(\\s*[\"']?\\s*(?!#|data:)|<script\\b|<foreignObject\\b|<!ENTITY|<!DOCTYPE)");
        private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        private static final Pattern SVG_LENGTH = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\\s*(px)?\\s*$");

        /** {width, height} of the root's width/height attributes in px, 0 when absent or relative. */
        private static int[] svg(byte[] b) throws BadImage {
            String text = new String(b, StandardCharsets.UTF_8);
            Matcher bad = SVG_EXTERNAL.matcher(text);
            if (bad.find()) {
                throw new BadImage("SVG with a DOCTYPE, script or external reference (" + bad.group().strip() + "…)");
            }
            Matcher root = SVG_ROOT.matcher(text);
            if (!root.find()) throw new BadImage("SVG without an <svg> root");
            String tag = root.group();
            return new int[] {length(attribute(tag, "width")), length(attribute(tag, "height"))};
        }

        private static String attribute(String tag, String name) {
            Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*[\"']([^\"']*)[\"']").matcher(tag);
            return m.find() ? m.group(1) : "";
        }

        private static int length(String value) {
            Matcher m = SVG_LENGTH.matcher(value);
            if (!m.matches()) return 0;
            double v = Double.parseDouble(m.group(1));
            return v >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.ceil(v);
        }
    }
}
