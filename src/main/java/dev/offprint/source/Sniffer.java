package dev.offprint.source;

/**
 * Tells bytes that cannot be an HTML page (PDF, images, archives, executables, random binary) from
 * text, by magic numbers first and then by the share of control bytes at the start.
 */
final class Sniffer {

    private Sniffer() {}

    /** A few words naming what {@code b} is ("a PDF", "a PNG image"), or null when it may be HTML. */
    static String binaryKind(byte[] b) {
        if (starts(b, "%PDF-")) return "a PDF";
        if (starts(b, 0x89, 'P', 'N', 'G')) return "a PNG image";
        if (starts(b, 0xFF, 0xD8, 0xFF)) return "a JPEG image";
        if (starts(b, "GIF87a") || starts(b, "GIF89a")) return "a GIF image";
        if (starts(b, "RIFF") && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') return "a WebP image";
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') return "an MP4/HEIF/AVIF file";
        if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6)) return "a ZIP archive";
        if (starts(b, 0x1F, 0x8B)) return "gzip-compressed data (name it .html.gz)";
        if (starts(b, "7z", 0xBC, 0xAF)) return "a 7z archive";
        if (starts(b, "Rar!")) return "a RAR archive";
        if (starts(b, 0x7F, 'E', 'L', 'F')) return "an executable (ELF)";
        if (starts(b, 'M', 'Z') && controlShare(b) > 0.05) return "an executable";
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) return "an Office document";
        if (starts(b, "wOFF") || starts(b, "wOF2")) return "a web font";
        if (starts(b, "OggS") || starts(b, "ID3") || starts(b, "fLaC")) return "an audio file";
        if (starts(b, 0x00, 'a', 's', 'm')) return "a WebAssembly module";
        if (starts(b, "II*") || starts(b, "MM", 0, '*')) return "a TIFF image";
        if (starts(b, 'B', 'M') && controlShare(b) > 0.05) return "a BMP image";
        if (Charsets.bomEncoding(b) != null && !"UTF-8".equals(Charsets.bomEncoding(b))) return null; // UTF-16: NULs are normal
        // Text has almost no C0 control bytes besides tab, LF, FF, CR; binary has plenty.
        if (controlShare(b) > 0.10) return "binary data";
        return null;
    }

    /** The share of C0 control bytes (not tab/LF/FF/CR/ESC) among the first 4096 bytes. */
    static double controlShare(byte[] b) {
        int n = Math.min(b.length, 4096);
        if (n == 0) return 0;
        int ctl = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ctl++;
        }
        return ctl / (double) n;
    }

    private static boolean starts(byte[] b, Object... parts) {
        int i = 0;
        for (Object p : parts) {
            if (p instanceof String s) {
                for (int k = 0; k < s.length(); k++, i++) if (i >= b.length || (b[i] & 0xFF) != s.charAt(k)) return false;
            } else {
                int v = p instanceof Character c ? c : (Integer) p;
                if (i >= b.length || (b[i] & 0xFF) != v) return false;
                i++;
            }
        }
        return true;
    }

    private static boolean starts(byte[] b, String s) { return starts(b, (Object) s); }
}
