package dev.offprint.render.epub;

import dev.offprint.render.html.HtmlWriter;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Draws the book's cover with Java2D: site name, title, authors and date on a plain background,
 * as a PNG. Fonts are the DejaVu faces on the class path, so the same text gives the same pixels
 * on any machine with the same JDK.
 */
final class CoverImage {

    static final int WIDTH = 800;
    static final int HEIGHT = 1200;
    private static final int MARGIN = 70;
    private static final int MAX_TITLE_LINES = 7;
    /** Muted background colours with enough contrast for white text; one is picked by the title. */
    private static final Color[] PALETTE = {
            new Color(0x1F3A5F), new Color(0x3D2C4E), new Color(0x234E3A), new Color(0x5A2A27), new Color(0x2F3E46)};

    private static volatile Font serifBold;
    private static volatile Font sans;

    static {
        // drawing needs no display; say so before AWT starts, unless the application decided already
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private CoverImage() {}

    /** The cover as PNG bytes. */
    static byte[] png(String title, String site, List<String> authors, String date) throws IOException {
        // at most seven lines show; longer strings would only cost time (a 1 MB title, HOSTILE H18)
        title = cap(title, 300);
        site = cap(site, 120);
        authors = authors.stream().limit(10).map(a -> cap(a, 100)).toList();
        date = cap(date, 40);
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Color background = PALETTE[Math.floorMod(title.hashCode(), PALETTE.length)];
            g.setColor(background);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(255, 255, 255, 60));
            g.fillRect(MARGIN, 250, WIDTH - 2 * MARGIN, 4);
            g.setColor(Color.WHITE);

            Font small = pick(font(false), Font.SANS_SERIF, site).deriveFont(Font.PLAIN, 30f);
            if (!site.isEmpty()) drawLines(g, small, wrap(g, small, displayable(small, site).toUpperCase(), 2), 170);

            Font big = pick(font(true), Font.SERIF, title);
            List<String> lines = List.of();
            float size = 80f;
            for (; size >= 40f; size -= 4f) {
                lines = wrap(g, big.deriveFont(size), displayable(big, title), Integer.MAX_VALUE);
                if (lines.size() <= MAX_TITLE_LINES) break;
            }
            Font titleFont = big.deriveFont(Math.max(size, 40f));
            lines = wrap(g, titleFont, displayable(titleFont, title), MAX_TITLE_LINES);
            int y = drawLines(g, titleFont, lines, 360);

            Font byline = pick(font(false), Font.SANS_SERIF, String.join(", ", authors)).deriveFont(Font.PLAIN, 34f);
            if (!authors.isEmpty()) {
                drawLines(g, byline, wrap(g, byline, displayable(byline, String.join(", ", authors)), 3), y + 60);
            }
            if (!date.isEmpty()) drawLines(g, small, List.of(displayable(small, date)), HEIGHT - 120);
        } finally {
            g.dispose();
        }
        return encode(((DataBufferInt) img.getRaster().getDataBuffer()).getData(), WIDTH, HEIGHT);
    }

    /**
     * PNG bytes for {@code rgb} (0xRRGGBB pixels, row by row), written directly rather than through
     * ImageIO: ImageIO's writer tries all five row filters on every row of a truecolour image, and
     * that was about a third of the CPU a whole PDF+EPUB conversion took. A cover is a flat
     * background with anti-aliased text, so it has few colours: with at most 256 it is written as an
     * 8-bit palette image (rows unfiltered, as the PNG spec advises for palettes), otherwise as RGB
     * with the Up filter. The pixels are the same either way; only the encoding differs. Deflate
     * runs at its fastest level: on such flat images it costs a few kilobytes over the default
     * level and saves a third of the encoding time.
     */
    static byte[] encode(int[] rgb, int width, int height) throws IOException {
        Map<Integer, Integer> palette = new LinkedHashMap<>();
        byte[] raw = new byte[(width + 1) * height];
        for (int y = 0, i = 0, o = 0; y < height && palette != null; y++) {
            raw[o++] = 0; // filter: None
            if (y > 0 && Arrays.equals(rgb, i - width, i, rgb, i, i + width)) {
                // most rows of a cover are background only, the same as the row above: copy its indexes
                System.arraycopy(raw, o - width - 1, raw, o, width);
                i += width;
                o += width;
                continue;
            }
            int last = -1;
            byte lastIndex = 0;
            for (int x = 0; x < width; x++, i++) {
                int c = rgb[i] & 0xFFFFFF;
                if (c != last) { // runs of one colour are the common case: look up only at a change
                    Integer index = palette.get(c);
                    if (index == null) {
                        if (palette.size() == 256) { palette = null; break; }
                        index = palette.size();
                        palette.put(c, index);
                    }
                    last = c;
                    lastIndex = (byte) (int) index;
                }
                raw[o++] = lastIndex;
            }
        }
        byte[] plte = null;
        if (palette != null) {
            plte = new byte[palette.size() * 3];
            int k = 0;
            for (int c : palette.keySet()) {
                plte[k++] = (byte) (c >>> 16);
                plte[k++] = (byte) (c >>> 8);
                plte[k++] = (byte) c;
            }
        } else {
            int stride = width * 3 + 1;
            raw = new byte[stride * height];
            for (int y = 0, i = 0; y < height; y++) {
                int o = y * stride;
                raw[o++] = 2; // filter: Up (the byte above subtracted; flat areas become zeros)
                for (int x = 0; x < width; x++, i++) {
                    int c = rgb[i];
                    int up = y == 0 ? 0 : rgb[i - width];
                    raw[o++] = (byte) ((c >>> 16) - (up >>> 16));
                    raw[o++] = (byte) ((c >>> 8) - (up >>> 8));
                    raw[o++] = (byte) (c - up);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) (plte != null ? 3 : 2)).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        if (plte != null) chunk(out, "PLTE", plte);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            ByteArrayOutputStream idat = new ByteArrayOutputStream(32 * 1024);
            deflater.setInput(raw);
            deflater.finish();
            byte[] buf = new byte[64 * 1024];
            while (!deflater.finished()) idat.write(buf, 0, deflater.deflate(buf));
            chunk(out, "IDAT", idat.toByteArray());
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static String cap(String s, int max) {
        if (s.length() <= max) return s;
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end) + "…";
    }

    /** Draws centred lines with their first baseline at {@code top}; returns the y below the last one. */
    private static int drawLines(Graphics2D g, Font font, List<String> lines, int top) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        int y = top;
        for (String line : lines) {
            int x = (WIDTH - fm.stringWidth(line)) / 2;
            g.drawString(line, Math.max(MARGIN / 2, x), y);
            y += (int) (fm.getHeight() * 1.1);
        }
        return y;
    }

    /** Greedy word wrap to the cover's width; words too wide for a line are cut; at most {@code max} lines. */
    private static List<String> wrap(Graphics2D g, Font font, String text, int max) {
        FontMetrics fm = g.getFontMetrics(font);
        int width = WIDTH - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) continue;
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) lines.add(line.toString());
            line.setLength(0);
            String rest = word;
            while (fm.stringWidth(rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && fm.stringWidth(rest.substring(0, cut)) > width) cut--;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                if (lines.size() > max) break;
            }
            line.append(rest);
            if (lines.size() > max) break;
        }
        if (line.length() > 0) lines.add(line.toString());
        if (lines.size() > max) {
            lines = new ArrayList<>(lines.subList(0, max));
            String last = lines.get(max - 1);
            while (!last.isEmpty() && fm.stringWidth(last + "…") > width) last = last.substring(0, last.length() - 1);
            lines.set(max - 1, last + "…");
        }
        return lines;
    }

    /**
     * The bundled DejaVu face, unless it lacks glyphs for {@code text} (CJK, for one) that the
     * system's logical font has: then the logical font, so the cover still shows the title.
     */
    private static Font pick(Font bundled, String logical, String text) {
        String clean = HtmlWriter.clean(text);
        if (bundled.canDisplayUpTo(clean) == -1) return bundled;
        Font system = new Font(logical, bundled.getStyle() | (bundled == serifBold ? Font.BOLD : 0), bundled.getSize());
        return count(system, clean) > count(bundled, clean) ? system : bundled;
    }

    private static long count(Font f, String s) {
        return s.codePoints().filter(f::canDisplay).count();
    }

    /** {@code s} without characters the font has no glyph for (so no boxes are drawn). */
    private static String displayable(Font font, String s) {
        String clean = HtmlWriter.clean(s);
        StringBuilder sb = new StringBuilder(clean.length());
        clean.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) sb.append(' ');
            else if (font.canDisplay(cp) && !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) sb.appendCodePoint(cp);
        });
        return sb.toString().replaceAll(" +", " ").trim();
    }

    private static Font font(boolean serif) {
        Font f = serif ? serifBold : sans;
        if (f == null) {
            f = load(serif ? "DejaVuSerif-Bold.ttf" : "DejaVuSans.ttf", serif ? new Font(Font.SERIF, Font.BOLD, 12) : new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            if (serif) serifBold = f;
            else sans = f;
        }
        return f;
    }

    private static Font load(String file, Font fallback) {
        try (InputStream in = CoverImage.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
            if (in == null) return fallback;
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return fallback;
        }
    }
}
