package dev.offprint.render.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.Map;

/**
 * QR codes of the source URL for the title block, so a reader of the paper copy can open the page.
 * zxing lives only here.
 */
final class QrCodes {

    /** Longer URLs make a code too dense to print small; they get none. */
    static final int MAX_LENGTH = 600;

    private QrCodes() {}

    /** The module grid (true = dark, no quiet zone) for {@code text}, or null when none is drawn. */
    static boolean[][] modules(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) return null;
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!t.startsWith("http://") && !t.startsWith("https://")) return null;
        try {
            QRCode code = Encoder.encode(text.strip(), ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
            ByteMatrix m = code.getMatrix();
            boolean[][] g = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) for (int x = 0; x < m.getWidth(); x++) g[y][x] = m.get(x, y) == 1;
            return g;
        } catch (WriterException | RuntimeException e) {
            return null;
        }
    }
}
