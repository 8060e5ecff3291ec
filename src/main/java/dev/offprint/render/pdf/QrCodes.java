package dev.offprint.render.pdf;

/** QR codes of the source URL for the title block. */
final class QrCodes {

    private QrCodes() {}

    /** The module grid for {@code text}, or null when none is drawn (not yet: issue 4). */
    static boolean[][] modules(String text) {
        return null;
    }
}
