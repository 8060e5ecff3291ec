package dev.offprint.render.epub;

/**
 * Presentation options of the EPUB renderer.
 *
 * @param cover          generate a cover image (title, site, date) and a cover page
 * @param comments       include reader comments at the end of the appendix
 * @param maxImageBytes  larger images are left out (alt text stands in)
 * @param maxImagePixels images with more pixels than this are left out (HOSTILE: 50 MP)
 * @param maxImageSide   images wider or taller than this are left out (HOSTILE: 16384 px)
 */
public record EpubOptions(boolean cover, boolean comments, long maxImageBytes, long maxImagePixels, int maxImageSide) {

    public EpubOptions {
        if (maxImageBytes <= 0 || maxImagePixels <= 0 || maxImageSide <= 0) {
            throw new IllegalArgumentException("image limits must be positive");
        }
    }

    /** A cover, comments, and HOSTILE.md's image limits (10 MiB, 50 MP, 16384 px a side). */
    public static EpubOptions defaults() {
        return new EpubOptions(true, true, 10L << 20, 50_000_000L, 16_384);
    }

    public EpubOptions withCover(boolean v) { return new EpubOptions(v, comments, maxImageBytes, maxImagePixels, maxImageSide); }
    public EpubOptions withComments(boolean v) { return new EpubOptions(cover, v, maxImageBytes, maxImagePixels, maxImageSide); }
    public EpubOptions withMaxImageBytes(long v) { return new EpubOptions(cover, comments, v, maxImagePixels, maxImageSide); }
    public EpubOptions withMaxImagePixels(long v) { return new EpubOptions(cover, comments, maxImageBytes, v, maxImageSide); }
    public EpubOptions withMaxImageSide(int v) { return new EpubOptions(cover, comments, maxImageBytes, maxImagePixels, v); }
}
