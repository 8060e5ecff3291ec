package dev.offprint.hostile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Generated hostile images (H34–H37): bombs by header, lying dimensions, odd formats, polyglots. */
final class HostileImages {

    private HostileImages() {}

    /** A real little image of {@code format} ("png", "jpg", "gif", "bmp"). */
    static byte[] real(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, (x * 37 + y * 11) & 0xFFFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, format, out)) throw new IOException("no writer for " + format);
        return out.toByteArray();
    }

    /** H34: a valid PNG signature and IHDR declaring {@code w}x{@code h} RGB8, a tiny IDAT, IEND. */
    static byte[] pngBomb(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater d = new Deflater();
        d.setInput(new byte[1000]);
        d.finish();
        byte[] z = new byte[2000];
        int n = d.deflate(z);
        chunk(out, "IDAT", java.util.Arrays.copyOf(z, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** H35: an 8x8 JPEG whose SOF0 says 60000x60000. */
    static byte[] jpegLie() throws IOException {
        byte[] b = real("jpg", 8, 8);
        for (int i = 2; i + 9 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xC0) {
                b[i + 5] = (byte) 0xEA; b[i + 6] = 0x60; // height
                b[i + 7] = (byte) 0xEA; b[i + 8] = 0x60; // width
                return b;
            }
        }
        throw new IOException("no SOF0");
    }

    /** H36: a GIF whose logical screen is 65535x65535 with one 1x1 frame. */
    static byte[] gifHuge() {
        return gif(65535, 65535, 1);
    }

    /** H36: a 1x1 GIF with {@code frames} frames. */
    static byte[] gif(int w, int h, int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) w, (byte) (w >> 8), (byte) h, (byte) (h >> 8), (byte) 0x80, 0, 0});
        out.writeBytes(new byte[] {0, 0, 0, (byte) 255, (byte) 255, (byte) 255}); // two-colour table
        for (int i = 0; i < frames; i++) {
            out.writeBytes(new byte[] {0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00});
        }
        out.write(0x3B);
        return out.toByteArray();
    }

    /** H36: a BMP whose height field is negative (top-down) and huge. */
    static byte[] bmpNegative() throws IOException {
        byte[] b = real("bmp", 4, 4);
        ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(22, -100000);
        return b;
    }

    /** H36: a little-endian TIFF whose IFD chain is {@code n} long. */
    static byte[] tiffChain(int n) {
        ByteBuffer b = ByteBuffer.allocate(8 + n * 18).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        for (int i = 0; i < n; i++) {
            int at = 8 + i * 18;
            b.putShort((short) 1).putShort((short) 256).putShort((short) 4).putInt(1).putInt(1);
            b.putInt(i + 1 < n ? at + 18 : 0);
        }
        return b.array();
    }

    /** H36: a WebP (VP8L) header declaring 16384x16384, no real data. */
    static byte[] webp() {
        ByteBuffer b = ByteBuffer.allocate(40).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32).put("WEBPVP8L".getBytes(StandardCharsets.US_ASCII)).putInt(20);
        b.put((byte) 0x2F).putInt(0x3FFF | (0x3FFF << 14));
        return b.array();
    }

    /** H36: an AVIF's ftyp box, nothing more. */
    static byte[] avif() {
        return new byte[] {0, 0, 0, 0x1C, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f', 0, 0, 0, 0, 'a', 'v', 'i', 'f', 'm', 'i', 'f', '1', 'm', 'i', 'a', 'f'};
    }

    /** H36: an SVG claiming 1e9 x 1e9 with a pattern that fills itself. */
    static String svgHuge() {
        return "<svg xmlns='http://www.w3.org/2000/svg' width='1e9' height='1e9'><defs><pattern id='p' width='10' height='10'>"
                + "<rect width='10' height='10' fill='url(#p)'/></pattern></defs><rect width='100%' height='100%' fill='url(#p)'/></svg>";
    }

    /** H37: bytes that are a GIF header and a script at once. */
    static byte[] polyglot(String canary) {
        return ("GIF89a/*\u0001\u0001\u0080\u0000\u0000*/=1;document.write('" + canary + "');//" + "\u003B").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** H36: random bytes. */
    static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }
}
