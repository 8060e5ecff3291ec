package dev.offprint.render.html;

import java.util.Optional;

/**
 * Where the HTML renderer's images point: maps an image's absolute source URL to the address the
 * output uses (a {@code data:} URI, the original URL, or a file inside an EPUB). Empty means the
 * image is not available and its alt text stands in.
 */
@FunctionalInterface
public interface ImageSource {

    /** The address to write for {@code src}, or empty to fall back to the alt text. */
    Optional<ImageRef> resolve(String src);

    /**
     * Why {@code src} resolved to nothing although the media bag had it (a format that cannot be
     * kept, a pixel bomb), or null when it simply was not available.
     */
    default String unavailableReason(String src) { return null; }

    /** An image address with its intrinsic pixel size (0 when unknown). */
    record ImageRef(String href, int width, int height) {}

    /** False when images are left out on purpose, so a missing one is no news worth a diagnostic. */
    default boolean reportsMissing() { return true; }

    /** No images at all, by choice: alt text everywhere, and no diagnostics about it. */
    static ImageSource none() {
        return new ImageSource() {
            @Override public Optional<ImageRef> resolve(String src) { return Optional.empty(); }
            @Override public boolean reportsMissing() { return false; }
        };
    }
}
