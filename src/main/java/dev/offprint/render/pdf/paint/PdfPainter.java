package dev.offprint.render.pdf.paint;

import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import dev.offprint.render.pdf.fonts.FontLibrary;
import dev.offprint.render.pdf.layout.ArticleLayout;
import dev.offprint.render.pdf.layout.Face;
import dev.offprint.render.pdf.layout.Op;
import dev.offprint.render.pdf.layout.PageLayout;
import dev.offprint.render.pdf.layout.Placed;
import dev.offprint.render.pdf.layout.StructNode;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * Paints a finished layout with PDFBox: the only code that touches PDF objects. It embeds the
 * fonts as subsets, draws text as marked content tied to the structure tree (PDF/UA, PDF/A-2u),
 * draws borders, rules and running heads as artifacts, adds link annotations (with /Contents, the
 * print flag and an OBJR from their Link element), the outline, document information, XMP
 * metadata and the sRGB output intent, and gives the file an ID derived from its content.
 */
public final class PdfPainter implements Closeable {

    /** Images larger than this many pixels are not decoded (HOSTILE.md pixel bombs). */
    static final long MAX_PIXELS = 40_000_000L;

    private final FontLibrary fonts;
    private final PDDocument doc = new PDDocument();
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);
    private final Map<String, PDImageXObject> images = new HashMap<>();
    private final Map<StructNode, PDStructureElement> elements = new IdentityHashMap<>();
    private final List<COSBase> parentTree = new ArrayList<>();  // index = StructParents key
    private PDStructureTreeRoot treeRoot;
    /** Links to pages of this document ({@link Op#pageLink}), resolved once every page exists. */
    private final List<PageLink> pageLinks = new ArrayList<>();

    private record PageLink(PDAnnotationLink annotation, int page) {}

    public PdfPainter(FontLibrary fonts) { this.fonts = fonts; }

    /**
     * Decodes the images that figures use, reporting the ones not in the media bag or not readable.
     * Returns the pixel size of each image that can be drawn.
     */
    public Map<String, ArticleLayout.ImageSize> loadImages(Collection<String> srcs, Media media, Consumer<Diagnostic> report) {
        Map<String, ArticleLayout.ImageSize> sizes = new LinkedHashMap<>();
        for (String src : srcs) {
            if (sizes.containsKey(src) || images.containsKey(src)) continue;
            var item = media.get(src);
            if (item.isEmpty()) {
                report.accept(Diagnostic.warning("image-missing", "not available offline, printed as its alt text: " + src));
                continue;
            }
            try {
                PDImageXObject img = decode(item.get());
                if (img == null) {
                    report.accept(Diagnostic.warning("image-unreadable", "cannot decode " + item.get().mediaType() + ": " + src));
                    continue;
                }
                images.put(src, img);
                sizes.put(src, new ArticleLayout.ImageSize(img.getWidth(), img.getHeight()));
            } catch (IOException | RuntimeException e) {
                report.accept(Diagnostic.warning("image-unreadable", "cannot decode " + src + ": " + e.getMessage()));
            }
        }
        return sizes;
    }

    private PDImageXObject decode(Media.Item item) throws IOException {
        byte[] bytes = item.bytes();
        int[] dims = dimensions(bytes);
        if (dims == null) return null;
        if ((long) dims[0] * dims[1] > MAX_PIXELS || dims[0] <= 0 || dims[1] <= 0) {
            throw new IOException("image too large: " + dims[0] + "x" + dims[1] + " pixels");
        }
        BufferedImage bi = ImageIO.read(new ByteArrayInputStream(bytes));
        if (bi == null) return null;
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        int components = bi.getColorModel().getNumComponents();
        if (jpeg && (components == 3 || components == 1) && !bi.getColorModel().hasAlpha()) {
            return JPEGFactory.createFromByteArray(doc, bytes);
        }
        return LosslessFactory.createFromImage(doc, bi);
    }

    /** Reads only the header for the pixel size, so a bomb is refused before it is decoded. */
    private static int[] dimensions(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) return null;
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return null;
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                return new int[] {r.getWidth(0), r.getHeight(0)};
            } finally {
                r.dispose();
            }
        }
    }

    /** Paints every page, then the document-level parts. */
    public void paint(ArticleLayout.Result layout, Metadata meta, Instant converted, StructNode root) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        doc.setVersion(1.7f);
        treeRoot = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(treeRoot);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        String lang = meta.language() == null || !meta.language().strip().matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*") ? "en" : meta.language().strip();
        catalog.setLanguage(lang);
        PDViewerPreferences vp = new PDViewerPreferences(new COSDictionary());
        vp.setDisplayDocTitle(true);
        catalog.setViewerPreferences(vp);

        PDStructureElement docElem = new PDStructureElement(root.type(), treeRoot);
        treeRoot.appendKid(docElem);
        elements.put(root, docElem);

        PDDocumentOutline outline = new PDDocumentOutline();
        List<PDOutlineItem> levels = new ArrayList<>();
        int pageNo = 0;
        for (PageLayout pl : layout.pages()) {
            PDPage page = new PDPage(new PDRectangle(pl.width(), pl.height()));
            doc.addPage(page);
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            int key = parentTree.size();
            COSArray mcids = new COSArray();
            parentTree.add(mcids);
            page.setStructParents(key);
            PagePainter pp = new PagePainter(page, pl.height(), mcids);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                pp.cs = cs;
                for (Placed p : pl.placed()) {
                    for (Op op : p.item().ops()) {
                        if (op instanceof Op.Bookmark b && !p.artifact()) {
                            addBookmark(outline, levels, b, page, pl.height() - p.y());
                        } else {
                            pp.pagination = p.item().pagination();
                            pp.op(op, p.x(), p.y(), p.artifact());
                        }
                    }
                }
            }
            pageNo++;
        }
        for (PageLink l : pageLinks) {
            PDPageFitDestination dest = new PDPageFitDestination();
            dest.setPage(doc.getPage(Math.min(l.page(), doc.getNumberOfPages()) - 1));
            PDActionGoTo goTo = new PDActionGoTo();
            goTo.setDestination(dest);
            l.annotation().setAction(goTo);
        }
        if (outline.hasChildren()) {
            catalog.setDocumentOutline(outline);
            outline.openNode();
            catalog.setPageMode(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES);
        }
        // the parent tree: page keys map to their MCID arrays, annotation keys to their Link element
        COSDictionary tree = new COSDictionary();
        COSArray nums = new COSArray();
        for (int i = 0; i < parentTree.size(); i++) {
            nums.add(COSInteger.get(i));
            nums.add(parentTree.get(i));
        }
        tree.setItem(COSName.NUMS, nums);
        treeRoot.getCOSObject().setItem(COSName.PARENT_TREE, tree);
        treeRoot.setParentTreeNextKey(parentTree.size());

        String title = meta.title() == null || meta.title().isBlank() ? "Untitled" : Xmp.clean(meta.title().strip());
        Calendar created = calendar(firstDate(converted, meta.published()));
        Calendar modified = calendar(firstDate(converted, meta.modified(), meta.published()));
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        String author = meta.authors().isEmpty() ? null : Xmp.clean(String.join(", ", meta.authors()));
        if (author != null) info.setAuthor(author);
        String subject = meta.description() == null || meta.description().isBlank() ? null : Xmp.clean(meta.description().strip());
        if (subject != null) info.setSubject(subject);
        String keywords = meta.keywords().isEmpty() ? null : Xmp.clean(String.join(", ", meta.keywords()));
        if (keywords != null) info.setKeywords(keywords);
        info.setCreator("offprint");
        info.setProducer("offprint");
        info.setCreationDate(created);
        info.setModificationDate(modified);
        byte[] xmp = Xmp.packet(title, author, subject, keywords, lang, created.toInstant(), modified.toInstant(), converted);
        PDMetadata md = new PDMetadata(doc);
        try (OutputStream os = md.createOutputStream()) {
            os.write(xmp);
        }
        catalog.setMetadata(md);

        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        documentId(title, meta.url(), xmp);
    }

    /** The file ID: a hash of the pages' content and the metadata, so the same input gives the same bytes. */
    private void documentId(String title, String url, byte[] xmp) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        md.update(title.getBytes(StandardCharsets.UTF_8));
        if (url != null) md.update(url.getBytes(StandardCharsets.UTF_8));
        md.update(xmp);
        for (PDPage page : doc.getPages()) {
            try (InputStream in = page.getContents()) {
                md.update(in.readAllBytes());
            }
        }
        byte[] h = java.util.Arrays.copyOf(md.digest(), 16);
        COSArray id = new COSArray();
        id.add(new COSString(h));
        id.add(new COSString(h));
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    private static Instant firstDate(Instant fallback, String... isoDates) {
        for (String d : isoDates) {
            if (d == null) continue;
            Instant i = Dates.parse(d);
            // PDF and XMP dates have four-digit years; anything else is not a date to print
            if (i != null && i.isAfter(Instant.parse("0001-01-01T00:00:00Z")) && i.isBefore(Instant.parse("9999-12-31T00:00:00Z"))) return i;
        }
        return fallback;
    }

    private static Calendar calendar(Instant i) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.setTimeInMillis(i.toEpochMilli());
        return c;
    }

    private void addBookmark(PDDocumentOutline outline, List<PDOutlineItem> levels, Op.Bookmark b, PDPage page, float top) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(b.title());
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(page);
        dest.setTop(Math.round(top));
        item.setDestination(dest);
        int level = Math.max(1, b.level());
        while (levels.size() >= level) levels.remove(levels.size() - 1);
        if (levels.isEmpty()) outline.addLast(item);
        else levels.get(levels.size() - 1).addLast(item);
        while (levels.size() < level - 1) levels.add(levels.isEmpty() ? item : levels.get(levels.size() - 1));
        levels.add(item);
    }

    public void save(OutputStream out) throws IOException {
        doc.save(out);
    }

    @Override public void close() throws IOException { doc.close(); }

    // ------------------------------------------------------------------ structure

    /** The element of a node, created on first use under its parent's element (so kids are in reading order). */
    private PDStructureElement element(StructNode node, PDPage page) {
        PDStructureElement e = elements.get(node);
        if (e != null) return e;
        PDStructureElement parent = element(node.parent(), page);
        e = new PDStructureElement(node.type(), parent);
        e.setPage(page);
        if (node.alt() != null) e.setAlternateDescription(node.alt());
        if (node.actualText() != null) e.setActualText(node.actualText());
        if (node.lang() != null) e.setLanguage(node.lang());
        if (node.id() != null) e.setElementIdentifier(node.id());
        if (node.scope() != null || node.colSpan() > 1) {
            PDTableAttributeObject a = new PDTableAttributeObject();
            if (node.scope() != null) a.setScope(node.scope());
            if (node.colSpan() > 1) a.setColSpan(node.colSpan());
            e.addAttribute(a);
        }
        addKid(parent, e.getCOSObject());
        elements.put(node, e);
        return e;
    }

    private static void addKid(PDStructureElement parent, COSBase kid) {
        COSDictionary d = parent.getCOSObject();
        COSBase k = d.getDictionaryObject(COSName.K);
        COSArray arr;
        if (k instanceof COSArray a) arr = a;
        else {
            arr = new COSArray();
            if (k != null) arr.add(k);
            d.setItem(COSName.K, arr);
        }
        arr.add(kid);
    }

    /** Paints the ops of one page. */
    private final class PagePainter {
        final PDPage page;
        final float height;
        final COSArray mcids;
        PDPageContentStream cs;
        /** The pagination artifact subtype of the item being painted, or null. */
        String pagination;

        PagePainter(PDPage page, float height, COSArray mcids) {
            this.page = page;
            this.height = height;
            this.mcids = mcids;
        }

        /** Opens marked content for {@code node} (or an artifact) and records the MCID. */
        private void begin(StructNode node, boolean artifact) throws IOException {
            if (node == null || artifact) {
                artifact();
                return;
            }
            PDStructureElement e = element(node, page);
            int mcid = mcids.size();
            COSDictionary props = new COSDictionary();
            props.setInt(COSName.MCID, mcid);
            cs.beginMarkedContent(COSName.getPDFName(tagOf(node)), PDPropertyList.create(props));
            COSDictionary mcr = new COSDictionary();
            mcr.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
            mcr.setItem(COSName.PG, page.getCOSObject());
            mcr.setInt(COSName.MCID, mcid);
            addKid(e, mcr);
            mcids.add(e.getCOSObject());
        }

        private String tagOf(StructNode node) { return node.type(); }

        /** Opens an artifact: typed Pagination (Header/Footer) for running heads and page numbers. */
        private void artifact() throws IOException {
            if (pagination == null) {
                cs.beginMarkedContent(COSName.getPDFName("Artifact"));
                return;
            }
            COSDictionary props = new COSDictionary();
            props.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
            props.setItem(COSName.SUBTYPE, COSName.getPDFName(pagination));
            cs.beginMarkedContent(COSName.getPDFName("Artifact"), PDPropertyList.create(props));
        }

        void op(Op op, float ox, float oy, boolean artifact) throws IOException {
            if (op instanceof Op.Text t) {
                text(t, ox, oy, artifact);
            } else if (op instanceof Op.Rect r) {
                artifact();
                color(r.rgb(), false);
                cs.addRect(ox + r.x(), height - (oy + r.y() + r.height()), r.width(), r.height());
                cs.fill();
                cs.endMarkedContent();
            } else if (op instanceof Op.Line l) {
                artifact();
                color(l.rgb(), true);
                cs.setLineWidth(l.lineWidth());
                cs.moveTo(ox + l.x1(), height - (oy + l.y1()));
                cs.lineTo(ox + l.x2(), height - (oy + l.y2()));
                cs.stroke();
                cs.endMarkedContent();
            } else if (op instanceof Op.Image i) {
                PDImageXObject img = images.get(i.src());
                if (img == null) return;
                begin(i.node(), artifact);
                cs.drawImage(img, ox + i.x(), height - (oy + i.y() + i.height()), i.width(), i.height());
                cs.endMarkedContent();
            } else if (op instanceof Op.Modules m) {
                cs.beginMarkedContent(COSName.getPDFName("Artifact"));
                color(0, false);
                boolean[][] g = m.dark();
                for (int row = 0; row < g.length; row++) {
                    for (int col = 0; col < g[row].length; ) {
                        if (!g[row][col]) { col++; continue; }
                        int end = col;
                        while (end < g[row].length && g[row][end]) end++;
                        cs.addRect(ox + m.x() + col * m.module(), height - (oy + m.y() + (row + 1) * m.module()),
                                (end - col) * m.module(), m.module());
                        col = end;
                    }
                }
                cs.fill();
                cs.endMarkedContent();
            } else if (op instanceof Op.Touch t) {
                if (!artifact) element(t.node(), page);
            }
        }

        private void text(Op.Text t, float ox, float oy, boolean artifact) throws IOException {
            PDType0Font font = font(t.style().face());
            float x = ox + t.x();
            float y = height - (oy + t.baseline()) + t.style().rise();
            begin(t.node(), artifact);
            cs.beginText();
            cs.setFont(font, t.style().size());
            color(t.style().rgb(), false);
            cs.setTextMatrix(Matrix.getTranslateInstance(x, y));
            List<Op.Segment> segs = t.segments();
            if (segs.size() == 1 && segs.get(0).extra() == 0) {
                cs.showText(segs.get(0).text());
            } else {
                List<Object> arr = new ArrayList<>(segs.size() * 2);
                for (Op.Segment s : segs) {
                    arr.add(s.text());
                    if (s.extra() != 0) arr.add(-s.extra() * 1000f / t.style().size());
                }
                cs.showTextWithPositioning(arr.toArray());
            }
            cs.endText();
            cs.endMarkedContent();
            if (t.link() != null && !artifact) link(t, x, y);
        }

        /** The longest URI given a link annotation. */
        private static final int MAX_LINK_URI = 8192;

        private void link(Op.Text t, float x, float baseline) throws IOException {
            // Each line fragment of a link gets its own annotation carrying the URI twice: a page's
            // 10^6-character href (HOSTILE H27) made that gigabytes. A URI this long is not followable
            // from paper or a viewer anyway; the text stays, the annotation goes.
            if (t.link().length() > MAX_LINK_URI) return;
            float size = t.style().size();
            float asc = fonts.ascent(t.style().face()) * size;
            float desc = fonts.descent(t.style().face()) * size;
            PDAnnotationLink a = new PDAnnotationLink();
            a.setRectangle(new PDRectangle(x, baseline - desc, Math.max(t.width(), 1), asc + desc));
            int target = Op.linkedPage(t.link());
            if (target > 0) {
                pageLinks.add(new PageLink(a, target)); // the page may not exist yet
            } else {
                PDActionURI uri = new PDActionURI();
                uri.setURI(asciiUri(t.link()));
                a.setAction(uri);
            }
            COSArray border = new COSArray();
            border.add(COSInteger.ZERO);
            border.add(COSInteger.ZERO);
            border.add(COSInteger.ZERO);
            a.getCOSObject().setItem(COSName.BORDER, border);
            a.setPrinted(true);
            a.setPage(page);
            // PDF/UA 7.18.5: the annotation belongs to the Link element, also when the run is a
            // child of it (a Span carrying ActualText for substituted glyphs)
            StructNode node = t.node();
            for (StructNode n = node; n != null; n = n.parent()) {
                if ("Link".equals(n.type())) { node = n; break; }
            }
            a.setContents(node != null && node.alt() != null ? node.alt() : t.link());
            page.getAnnotations().add(a);
            if (node != null) {
                PDStructureElement e = element(node, page);
                int key = parentTree.size();
                a.setStructParent(key);
                parentTree.add(e.getCOSObject());
                COSDictionary objr = new COSDictionary();
                objr.setItem(COSName.TYPE, COSName.getPDFName("OBJR"));
                objr.setItem(COSName.PG, page.getCOSObject());
                objr.setItem(COSName.OBJ, a.getCOSObject());
                addKid(e, objr);
            }
        }

        /**
         * The URI as 7-bit ASCII, as a PDF URI action requires: an internationalised host in
         * punycode, other non-ASCII characters (and spaces, controls) percent-encoded as UTF-8.
         */
        private String asciiUri(String uri) {
            String u = uri;
            int schemeEnd = u.indexOf("://");
            if (schemeEnd > 0) {
                int hostStart = schemeEnd + 3;
                int hostEnd = hostStart;
                while (hostEnd < u.length() && "/?#".indexOf(u.charAt(hostEnd)) < 0) hostEnd++;
                String host = u.substring(hostStart, hostEnd);
                if (!host.chars().allMatch(c -> c < 0x80)) {
                    try {
                        u = u.substring(0, hostStart) + java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED) + u.substring(hostEnd);
                    } catch (IllegalArgumentException e) {
                        // not a valid IDN: percent-encoding below keeps it ASCII
                    }
                }
            }
            StringBuilder b = new StringBuilder(u.length());
            for (byte x : u.getBytes(StandardCharsets.UTF_8)) {
                int c = x & 0xFF;
                if (c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                        || c == '{' || c == '|' || c == '}') {
                    b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
                } else {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        private void color(int rgb, boolean stroke) throws IOException {
            float r = ((rgb >> 16) & 0xFF) / 255f, g = ((rgb >> 8) & 0xFF) / 255f, b = (rgb & 0xFF) / 255f;
            if (stroke) cs.setStrokingColor(r, g, b);
            else cs.setNonStrokingColor(r, g, b);
        }
    }

    private PDType0Font font(Face f) throws IOException {
        PDType0Font font = loaded.get(f);
        if (font == null) {
            font = PDType0Font.load(doc, fonts.parsed(f), true);
            loaded.put(f, font);
        }
        return font;
    }
}
