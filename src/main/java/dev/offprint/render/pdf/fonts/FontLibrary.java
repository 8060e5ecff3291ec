package dev.offprint.render.pdf.fonts;

import dev.offprint.diag.OffprintException;
import dev.offprint.render.pdf.layout.Face;
import dev.offprint.render.pdf.layout.FontMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The DejaVu Serif, Sans and Mono fonts from the classpath, with their metrics read once per JVM
 * into plain tables (coverage and advance widths per code point), so measuring is fast, thread-safe
 * and needs no PDF document. The painter embeds the same bytes as subset Type 0 fonts.
 */
public final class FontLibrary implements FontMetrics {

    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Map<Face, String> FILES = new EnumMap<>(Face.class);

    static {
        FILES.put(Face.SERIF, "DejaVuSerif.ttf");
        FILES.put(Face.SERIF_BOLD, "DejaVuSerif-Bold.ttf");
        FILES.put(Face.SERIF_ITALIC, "DejaVuSerif-Italic.ttf");
        FILES.put(Face.SERIF_BOLD_ITALIC, "DejaVuSerif-BoldItalic.ttf");
        FILES.put(Face.SANS, "DejaVuSans.ttf");
        FILES.put(Face.SANS_BOLD, "DejaVuSans-Bold.ttf");
        FILES.put(Face.SANS_ITALIC, "DejaVuSans-Oblique.ttf");
        FILES.put(Face.SANS_BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf");
        FILES.put(Face.MONO, "DejaVuSansMono.ttf");
        FILES.put(Face.MONO_BOLD, "DejaVuSansMono-Bold.ttf");
        FILES.put(Face.MONO_ITALIC, "DejaVuSansMono-Oblique.ttf");
        FILES.put(Face.MONO_BOLD_ITALIC, "DejaVuSansMono-BoldOblique.ttf");
    }

    private static final FontLibrary INSTANCE = new FontLibrary(null, null);
    private static final Table[] TABLES = new Table[12];
    private static final Map<java.nio.file.Path, Table> FALLBACKS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The shared library of the DejaVu faces (they load lazily on first use), without a fallback font. */
    public static FontLibrary get() { return INSTANCE; }

    /**
     * The DejaVu faces plus {@code fallback}, a TrueType font (glyf outlines) drawn for characters
     * DejaVu lacks; read once per JVM. A file that is missing or not TrueType is refused with an
     * {@link OffprintException} ("font-unusable").
     */
    public static FontLibrary withFallback(java.nio.file.Path fallback) {
        if (fallback == null) return INSTANCE;
        java.nio.file.Path p = fallback.toAbsolutePath().normalize();
        Table t = FALLBACKS.computeIfAbsent(p, FontLibrary::readFallback);
        return new FontLibrary(p, t);
    }

    private static Table readFallback(java.nio.file.Path p) {
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(p);
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                if (ttf.getGlyph() == null) throw new IOException("no TrueType outlines (CFF fonts cannot be embedded)");
            }
            return new Table(bytes);
        } catch (IOException | RuntimeException e) {
            throw new OffprintException("font-unusable", "cannot use the fallback font " + p + ": " + e.getMessage(), e);
        }
    }

    private final java.nio.file.Path fallbackPath;
    private final Table fallback;

    private FontLibrary(java.nio.file.Path fallbackPath, Table fallback) {
        this.fallbackPath = fallbackPath;
        this.fallback = fallback;
    }

    /** Metrics of one face: BMP advances in a table, the rare supplementary code points in a map. */
    private static final class Table {
        final byte[] bytes;
        final BitSet covered = new BitSet(0x10000);
        final float[] advance = new float[0x10000];
        final Map<Integer, Float> supplementary = new HashMap<>();
        final float ascent, descent;

        Table(byte[] bytes) throws IOException {
            this.bytes = bytes;
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                float upm = ttf.getUnitsPerEm();
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                var hmtx = ttf.getHorizontalMetrics();
                for (int cp = 0; cp < 0x10000; cp++) {
                    int gid = cmap.getGlyphId(cp);
                    if (gid > 0) {
                        covered.set(cp);
                        advance[cp] = hmtx.getAdvanceWidth(gid) / upm;
                    }
                }
                for (int cp = 0x10000; cp < 0x20000; cp++) {
                    int gid = cmap.getGlyphId(cp);
                    if (gid > 0) supplementary.put(cp, hmtx.getAdvanceWidth(gid) / upm);
                }
                ascent = ttf.getHorizontalHeader().getAscender() / upm;
                descent = -ttf.getHorizontalHeader().getDescender() / upm;
            }
        }
    }

    private Table table(Face f) {
        if (f == Face.FALLBACK) return fallback;
        Table t = TABLES[f.ordinal()];
        if (t != null) return t;
        synchronized (TABLES) {
            t = TABLES[f.ordinal()];
            if (t == null) {
                try {
                    t = new Table(load(f));
                } catch (IOException e) {
                    throw new OffprintException("font-missing", "cannot read the font " + FILES.get(f) + ": " + e.getMessage(), e);
                }
                TABLES[f.ordinal()] = t;
            }
            return t;
        }
    }

    private static byte[] load(Face f) throws IOException {
        try (InputStream in = FontLibrary.class.getResourceAsStream(DIR + FILES.get(f))) {
            if (in == null) throw new IOException("not on the classpath: " + DIR + FILES.get(f));
            return in.readAllBytes();
        }
    }

    /** The TrueType bytes of a face, for embedding. */
    public byte[] bytes(Face f) {
        Table t = table(f);
        if (t == null) throw new IllegalStateException("no fallback font configured");
        return t.bytes;
    }

    /**
     * The parsed font of a face for embedding, parsed once per thread (parsing is a fifth of a
     * small document's time; fontbox fonts are not thread-safe, so each thread has its own).
     * Glyph substitution is off: layout measured unshaped advances, so ligatures would change
     * widths behind its back, and PDFBox's GSUB pass costs more than the rest of painting.
     */
    public TrueTypeFont parsed(Face f) throws IOException {
        if (f == Face.FALLBACK) {
            if (fallback == null) throw new IOException("no fallback font configured");
            Map<java.nio.file.Path, TrueTypeFont> mine = PARSED_FALLBACK.get();
            TrueTypeFont ttf = mine.get(fallbackPath);
            if (ttf == null) {
                ttf = new TTFParser().parse(new RandomAccessReadBuffer(fallback.bytes));
                ttf.setEnableGsub(false);
                mine.put(fallbackPath, ttf);
            }
            return ttf;
        }
        TrueTypeFont[] mine = PARSED.get();
        TrueTypeFont ttf = mine[f.ordinal()];
        if (ttf == null) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes(f)));
            ttf.setEnableGsub(false);
            mine[f.ordinal()] = ttf;
        }
        return ttf;
    }

    private static final ThreadLocal<TrueTypeFont[]> PARSED = ThreadLocal.withInitial(() -> new TrueTypeFont[12]);
    private static final ThreadLocal<Map<java.nio.file.Path, TrueTypeFont>> PARSED_FALLBACK = ThreadLocal.withInitial(HashMap::new);

    @Override public boolean covers(Face face, int cp) {
        Table t = table(face);
        if (t == null) return false;
        if (cp < 0x10000) return cp >= 0 && t.covered.get(cp);
        return t.supplementary.containsKey(cp);
    }

    @Override public float advance(Face face, int cp) {
        Table t = table(face);
        if (cp < 0x10000) return cp >= 0 ? t.advance[cp] : 0;
        Float w = t.supplementary.get(cp);
        return w == null ? 0 : w;
    }

    @Override public float ascent(Face face) { Table t = table(face); return t == null ? 0.9f : t.ascent; }

    @Override public float descent(Face face) { Table t = table(face); return t == null ? 0.25f : t.descent; }
}
