package dev.offprint.render.epub;

import dev.offprint.model.Media;
import dev.offprint.render.html.ImageSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilder;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The book's images: each image the content uses, taken from the media bag, checked and stored
 * under a name made from its content hash ({@code images/<sha256-16hex>.<ext>}), so nothing from a
 * URL ever reaches a zip entry name. JPEG, PNG, GIF and safe SVG are kept as they are; other
 * formats ImageIO can read become PNG; anything else (or a pixel bomb) falls back to alt text.
 */
final class EpubImages implements ImageSource {

    /** A stored image. */
    record Stored(String id, String href, String mediaType, byte[] bytes) {}

    private record Kept(String mediaType, String extension, byte[] bytes, int width, int height) {}

    static {
        ImageIO.setUseCache(false); // no temporary files
    }

    private final Media media;
    private final EpubOptions options;
    private final Map<String, Optional<ImageRef>> resolved = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();
    private final Map<String, Stored> byHref = new LinkedHashMap<>();
    private long totalBytes;

    EpubImages(Media media, EpubOptions options) {
        this.media = media;
        this.options = options;
    }

    @Override
    public Optional<ImageRef> resolve(String src) {
        Optional<ImageRef> r = resolved.get(src);
        if (r == null) {
            r = store(src);
            resolved.put(src, r);
        }
        return r;
    }

    @Override
    public String unavailableReason(String src) {
        return reasons.get(src);
    }

    /** The images stored so far, in order of first use. */
    List<Stored> stored() {
        return new ArrayList<>(byHref.values());
    }

    private Optional<ImageRef> store(String src) {
        Optional<Media.Item> item = media.get(src);
        if (item.isEmpty()) return Optional.empty();
        Kept kept;
        try {
            kept = keep(item.get().bytes());
        } catch (Unusable e) {
            reasons.put(src, e.getMessage());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // a decoder's failure on hostile bytes is a property of the input, not a bug of ours
            reasons.put(src, "cannot be decoded (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
        String hash = Identifiers.shortHash(kept.bytes());
        String href = "images/" + hash + "." + kept.extension();
        if (!byHref.containsKey(href)) {
            if (totalBytes + kept.bytes().length > options.maxTotalImageBytes()) {
                reasons.put(src, "the book's images would exceed " + options.maxTotalImageBytes() + " bytes");
                return Optional.empty();
            }
            totalBytes += kept.bytes().length;
        }
        byHref.computeIfAbsent(href, h -> new Stored("img-" + hash, h, kept.mediaType(), kept.bytes()));
        return Optional.of(new ImageRef(href, kept.width(), kept.height()));
    }

    private Kept keep(byte[] b) throws IOException {
        if (b.length == 0) throw new Unusable("empty");
        if (b.length > options.maxImageBytes()) throw new Unusable("larger than " + options.maxImageBytes() + " bytes");
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return raster(b, "image/png", "png");
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return raster(b, "image/jpeg", "jpg");
        if (startsWith(b, 'G', 'I', 'F', '8') && b.length > 6 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return raster(b, "image/gif", "gif");
        }
        if (looksLikeXml(b)) return svg(b);
        int[] size = dimensions(b);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(b));
        if (img == null) throw new Unusable("not an image format that can be kept or converted");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "png", out)) throw new Unusable("cannot be converted to PNG");
        return new Kept("image/png", "png", out.toByteArray(), size[0], size[1]);
    }

    private Kept raster(byte[] b, String mediaType, String extension) throws IOException {
        int[] size = dimensions(b);
        return new Kept(mediaType, extension, b, size[0], size[1]);
    }

    /** Reads the declared size from the header, without decoding pixels, and refuses bombs (HOSTILE H34–H36). */
    private int[] dimensions(byte[] b) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(b))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new Unusable("not an image format that can be kept or converted");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0) throw new Unusable("has no size");
                if (w > options.maxImageSide() || h > options.maxImageSide() || (long) w * h > options.maxImagePixels()) {
                    throw new Unusable(w + "x" + h + " pixels is over the limit");
                }
                return new int[] {w, h};
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean looksLikeXml(byte[] b) {
        int i = 0;
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) i = 3;
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) i++;
        return i < b.length && b[i] == '<';
    }

    /**
     * Keeps an SVG only when it is plain drawing: well-formed, no DOCTYPE (so no entities, HOSTILE
     * H19–H20), no script, event handlers, foreign objects, or references outside itself, any of
     * which a reading system might run or fetch.
     */
    private Kept svg(byte[] b) throws IOException {
        Document doc;
        try {
            doc = svgParser().parse(new ByteArrayInputStream(b));
        } catch (org.xml.sax.SAXException e) {
            throw new Unusable("not well-formed SVG (or declares a DOCTYPE)");
        }
        Element root = doc.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !"http://www.w3.org/2000/svg".equals(root.getNamespaceURI())) {
            throw new Unusable("not an SVG image");
        }
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String name = e.getLocalName().toLowerCase(Locale.ROOT);
            if (name.equals("script") || name.equals("foreignobject") || name.equals("iframe")) {
                throw new Unusable("SVG with " + name);
            }
            if (name.equals("style") && unsafeCss(e.getTextContent())) throw new Unusable("SVG style with external references");
            NamedNodeMap attributes = e.getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                Attr a = (Attr) attributes.item(j);
                String an = a.getLocalName() == null ? a.getName() : a.getLocalName();
                String value = a.getValue().trim();
                if (an.toLowerCase(Locale.ROOT).startsWith("on")) throw new Unusable("SVG with event handlers");
                if (an.equals("href") && !value.startsWith("#")) throw new Unusable("SVG referring to other resources");
                if (an.equals("style") && unsafeCss(value)) throw new Unusable("SVG style with external references");
            }
        }
        int w = (int) Math.max(0, Math.min(Integer.MAX_VALUE, number(root.getAttribute("width"))));
        int h = (int) Math.max(0, Math.min(Integer.MAX_VALUE, number(root.getAttribute("height"))));
        return new Kept("image/svg+xml", "svg", b, w, h);
    }

    private static boolean unsafeCss(String css) {
        String c = css.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        if (c.contains("@import")) return true;
        int i = 0;
        while ((i = c.indexOf("url(", i)) >= 0) {
            i += 4;
            String rest = c.substring(i).replace("\"", "").replace("'", "");
            if (!rest.startsWith("#")) return true;
        }
        return false;
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s.trim().replaceAll("(px)?$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static DocumentBuilder svgParser() throws IOException {
        try {
            return dev.offprint.xml.SafeXml.documentBuilder(); // hardened: no DOCTYPE, no entities (HOSTILE 6)
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException("no hardened XML parser available", e);
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /** An image that cannot go into the book, with the reason in words. */
    private static final class Unusable extends IOException {
        Unusable(String reason) { super(reason); }
    }
}
