package dev.offprint.render.epub;

/**
 * Presentation options of the EPUB renderer.
 *
 * @param cover          generate a cover image (title, site, date) and a cover page
 * @param comments       include reader comments at the end of the appendix
 * @param maxImageBytes  larger images are left out (alt text stands in)
 * @param maxImagePixels images with more pixels than this are left out (HOSTILE: 50 MP)
 * @param maxImageSide   images wider or taller than this are left out (HOSTILE: 16384 px)
 * @param maxTotalImageBytes images that would take the book's images past this are left out
 */
public record EpubOptions(boolean cover, boolean comments, long maxImageBytes, long maxImagePixels, int maxImageSide,
                          long maxTotalImageBytes) {

    public EpubOptions {
        if (maxImageBytes <= 0 || maxImagePixels <= 0 || maxImageSide <= 0 || maxTotalImageBytes <= 0) {
            throw new IllegalArgumentException("image limits must be positive");
        }
    }

    /** A cover, comments, and HOSTILE.md's image limits (10 MiB, 50 MP, 16384 px a side, 50 MiB in all). */
    public static EpubOptions defaults() {
        return new EpubOptions(true, true, 10L << 20, 50_000_000L, 16_384, 50L << 20);
    }

    public EpubOptions withCover(boolean v) { return new EpubOptions(v, comments, maxImageBytes, maxImagePixels, maxImageSide, maxTotalImageBytes); }
    public EpubOptions withComments(boolean v) { return new EpubOptions(cover, v, maxImageBytes, maxImagePixels, maxImageSide, maxTotalImageBytes); }
    public EpubOptions withMaxImageBytes(long v) { return new EpubOptions(cover, comments, v, maxImagePixels, maxImageSide, maxTotalImageBytes); }
    public EpubOptions withMaxImagePixels(long v) { return new EpubOptions(cover, comments, maxImageBytes, v, maxImageSide, maxTotalImageBytes); }
    public EpubOptions withMaxImageSide(int v) { return new EpubOptions(cover, comments, maxImageBytes, maxImagePixels, v, maxTotalImageBytes); }
    public EpubOptions withMaxTotalImageBytes(long v) { return new EpubOptions(cover, comments, maxImageBytes, maxImagePixels, maxImageSide, v); }
}
