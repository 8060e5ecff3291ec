package dev.offprint.render.pdf.layout;

/**
 * How a piece of text looks: face, size in points, baseline rise (positive raises, for
 * superscripts), colour as 0xRRGGBB and strike-through.
 */
public record Style(Face face, float size, float rise, int rgb, boolean strike) {

    public static final int BLACK = 0x000000;

    public Style withFace(Face f) { return new Style(f, size, rise, rgb, strike); }

    public Style withSize(float s) { return new Style(face, s, rise, rgb, strike); }

    public Style withRise(float r) { return new Style(face, size, r, rgb, strike); }

    public Style withRgb(int c) { return new Style(face, size, rise, c, strike); }

    public Style withStrike(boolean s) { return new Style(face, size, rise, rgb, s); }
}
