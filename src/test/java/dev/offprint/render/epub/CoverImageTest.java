package dev.offprint.render.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The cover's own PNG encoder: what ImageIO reads back is exactly the pixels drawn, on both of its paths. */
class CoverImageTest {

    @Test
    void coverDecodesToItsSizeAsAPalettePng() throws IOException {
        byte[] png = CoverImage.png("A title long enough to wrap over two or three lines of the cover", "Example Site",
                List.of("Jane Doe"), "2024-05-01");
        assertEquals(3, png[25], "colour type: palette (a flat background with anti-aliased text has few colours)");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(CoverImage.WIDTH, back.getWidth());
        assertEquals(CoverImage.HEIGHT, back.getHeight());
        assertEquals(CoverImage.png("A title long enough to wrap over two or three lines of the cover", "Example Site",
                List.of("Jane Doe"), "2024-05-01").length, png.length, "same input, same bytes");
    }

    @Test
    void fewColoursRoundTripExactly() throws IOException {
        int w = 37, h = 23;
        int[] px = new int[w * h];
        Random r = new Random(1);
        int[] colours = {0x1F3A5F, 0xFFFFFF, 0x8899AA, 0x000000};
        for (int i = 0; i < px.length; i++) px[i] = colours[r.nextInt(colours.length)];
        byte[] png = CoverImage.encode(px, w, h);
        assertEquals(3, png[25]);
        assertArrayEquals(px, pixels(png, w, h));
    }

    @Test
    void manyColoursRoundTripExactlyAsRgb() throws IOException {
        int w = 64, h = 48;
        int[] px = new int[w * h];
        Random r = new Random(2);
        for (int i = 0; i < px.length; i++) px[i] = r.nextInt(1 << 24);
        byte[] png = CoverImage.encode(px, w, h);
        assertEquals(2, png[25], "colour type: truecolour once there are more than 256 colours");
        assertArrayEquals(px, pixels(png, w, h));
    }

    private static int[] pixels(byte[] png, int w, int h) throws IOException {
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(back != null, "ImageIO reads it");
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out[y * w + x] = back.getRGB(x, y) & 0xFFFFFF;
        return out;
    }
}
