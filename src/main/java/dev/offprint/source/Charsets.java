package dev.offprint.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finds and applies a page's character encoding in the WHATWG order: byte order mark, then a
 * transport (HTTP or WARC) label, then the {@code <meta>} prescan of the first 1024 bytes, else a
 * heuristic (valid UTF-8 stays UTF-8, anything else is windows-1252). Labels are mapped through the
 * WHATWG label table and never passed raw to the JDK or jsoup; a bad label never throws, and
 * invalid bytes decode to U+FFFD (HOSTILE.md H38–H40).
 */
public final class Charsets {

    /** The WHATWG name of the decoder that turns every input into one U+FFFD. */
    public static final String REPLACEMENT = "replacement";
    /** The WHATWG name of the decoder that maps bytes 0x80–0xFF to U+F780–U+F7FF. */
    public static final String X_USER_DEFINED = "x-user-defined";

    /** A decoded text and the WHATWG name of the encoding used. */
    public record Decoded(String text, String charset) {}

    private static final Map<String, String> LABELS = new HashMap<>();

    private static void labels(String encoding, String... labels) {
        for (String l : labels) LABELS.put(l, encoding);
    }

    static {
        // The WHATWG Encoding Standard's label table (encodings.json), encoding name first.
        labels("UTF-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8");
        labels("IBM866", "866", "cp866", "csibm866", "ibm866");
        labels("ISO-8859-2", "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2");
        labels("ISO-8859-3", "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3");
        labels("ISO-8859-4", "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4");
        labels("ISO-8859-5", "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988");
        labels("ISO-8859-6", "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987");
        labels("ISO-8859-7", "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek");
        labels("ISO-8859-8", "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual");
        labels("ISO-8859-8-I", "csiso88598i", "iso-8859-8-i", "logical");
        labels("ISO-8859-10", "csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6");
        labels("ISO-8859-13", "iso-8859-13", "iso8859-13", "iso885913");
        labels("ISO-8859-14", "iso-8859-14", "iso8859-14", "iso885914");
        labels("ISO-8859-15", "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9");
        labels("ISO-8859-16", "iso-8859-16");
        labels("KOI8-R", "cskoi8r", "koi", "koi8", "koi8-r", "koi8_r");
        labels("KOI8-U", "koi8-ru", "koi8-u");
        labels("macintosh", "csmacintosh", "mac", "macintosh", "x-mac-roman");
        labels("windows-874", "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874");
        labels("windows-1250", "cp1250", "windows-1250", "x-cp1250");
        labels("windows-1251", "cp1251", "windows-1251", "x-cp1251");
        labels("windows-1252", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252");
        labels("windows-1253", "cp1253", "windows-1253", "x-cp1253");
        labels("windows-1254", "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254");
        labels("windows-1255", "cp1255", "windows-1255", "x-cp1255");
        labels("windows-1256", "cp1256", "windows-1256", "x-cp1256");
        labels("windows-1257", "cp1257", "windows-1257", "x-cp1257");
        labels("windows-1258", "cp1258", "windows-1258", "x-cp1258");
        labels("x-mac-cyrillic", "x-mac-cyrillic", "x-mac-ukrainian");
        labels("GBK", "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk");
        labels("gb18030", "gb18030");
        labels("Big5", "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5");
        labels("EUC-JP", "cseucpkdfmtjapanese", "euc-jp", "x-euc-jp");
        labels("ISO-2022-JP", "csiso2022jp", "iso-2022-jp");
        labels("Shift_JIS", "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis");
        labels("EUC-KR", "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949");
        labels(REPLACEMENT, "csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement");
        labels("UTF-16BE", "unicodefffe", "utf-16be");
        labels("UTF-16LE", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le");
        labels(X_USER_DEFINED, "x-user-defined");
    }

    /** The JDK decoders behind WHATWG names where the JDK's name differs (WHATWG's are supersets). */
    private static final Map<String, String> JDK_NAMES = Map.ofEntries(
            Map.entry("ISO-8859-8-I", "ISO-8859-8"),
            Map.entry("macintosh", "x-MacRoman"),
            Map.entry("windows-874", "x-windows-874"),
            Map.entry("x-mac-cyrillic", "x-MacCyrillic"),
            Map.entry("GBK", "GBK"),
            Map.entry("Big5", "Big5-HKSCS"),
            Map.entry("Shift_JIS", "windows-31j"),
            Map.entry("EUC-KR", "x-windows-949"));

    private Charsets() {}

    /**
     * The WHATWG encoding name for {@code label} ("latin1" gives "windows-1252"), or null when the
     * label is unknown. Leading and trailing ASCII whitespace is ignored, case does not matter.
     */
    public static String lookup(String label) {
        if (label == null) return null;
        String l = label.strip().toLowerCase(Locale.ROOT);
        return LABELS.get(l);
    }

    /** Decodes {@code bytes} with no transport label: BOM, then meta prescan, then the heuristic. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes {@code bytes} in the WHATWG order. {@code transportLabel} is a charset label from an
     * HTTP or WARC header (may be null, empty or nonsense: an unknown label is ignored).
     */
    public static Decoded decode(byte[] bytes, String transportLabel) {
        String bom = bomEncoding(bytes);
        if (bom != null) {
            int skip = bom.equals("UTF-8") ? 3 : 2;
            return new Decoded(decodeWith(bom, bytes, skip), bom);
        }
        String enc = lookup(transportLabel);
        if (enc == null) {
            enc = prescan(bytes, PRESCAN_BYTES);
            // A saved page often keeps its old <meta charset=gb2312> after being re-encoded as UTF-8.
            // Bytes that are well-formed UTF-8 with many multi-byte sequences are UTF-8: legacy text
            // (GBK, Shift_JIS, windows-1252) almost never forms dozens of valid UTF-8 sequences by
            // chance. One or two sequences are too weak a sign to overrule the page's own declaration.
            if (enc != null && !enc.equals("UTF-8") && multiByteSequences(bytes) >= UTF8_EVIDENCE && isValidUtf8(bytes)) enc = "UTF-8";
        }
        if (enc == null && isValidUtf8(bytes)) enc = "UTF-8";
        // A declaration met later while parsing changes a tentative encoding (HTML's "change the
        // encoding"); archived pages often push their <meta charset> past the first 1024 bytes.
        if (enc == null) enc = prescan(bytes, LATE_META_BYTES);
        if (enc == null) enc = "windows-1252";
        return new Decoded(decodeWith(enc, bytes, 0), enc);
    }

    /** How many valid multi-byte UTF-8 sequences overrule a meta declaration (see {@link #decode(byte[], String)}). */
    static final int UTF8_EVIDENCE = 16;

    /** The number of UTF-8 lead bytes followed by the right number of continuation bytes. */
    static int multiByteSequences(byte[] b) {
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            int more = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
            if (more == 0 || i + more >= b.length) continue;
            boolean ok = true;
            for (int k = 1; k <= more; k++) if ((b[i + k] & 0xC0) != 0x80) ok = false;
            if (ok) { n++; i += more; }
        }
        return n;
    }

    /** The encoding named by a byte order mark at the start of {@code bytes}, or null. */
    static String bomEncoding(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return "UTF-8";
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return "UTF-16BE";
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return "UTF-16LE";
        return null;
    }

    /** Whether {@code bytes} are well-formed UTF-8 (a sequence cut at the very end still counts). */
    static boolean isValidUtf8(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Tolerate a truncated last sequence: pages are sometimes cut mid-character.
        int end = bytes.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int c = bytes[end - back] & 0xFF;
            if (c >= 0xC0) { end -= back; break; }
            if (c < 0x80) break;
        }
        try {
            d.decode(ByteBuffer.wrap(bytes, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Decodes with a WHATWG encoding name, replacing bad bytes with U+FFFD; never throws. */
    static String decodeWith(String encoding, byte[] bytes, int offset) {
        int len = bytes.length - offset;
        if (encoding.equals(REPLACEMENT)) return len == 0 ? "" : "\uFFFD";
        if (encoding.equals(X_USER_DEFINED)) {
            char[] out = new char[len];
            for (int i = 0; i < len; i++) {
                int b = bytes[offset + i] & 0xFF;
                out[i] = (char) (b < 0x80 ? b : 0xF780 + b - 0x80);
            }
            return new String(out);
        }
        if (encoding.equals("UTF-16BE") || encoding.equals("UTF-16LE")) return utf16(bytes, offset, encoding.endsWith("BE"));
        Charset cs = jdkCharset(encoding);
        return decodeLenient(cs, bytes, offset, len);
    }

    /**
     * Decodes with U+FFFD for bad input, following WHATWG in one point the JDK's multi-byte
     * decoders do not: an ASCII byte after a broken lead byte is never swallowed into the error
     * (the JDK's GB18030 decoder eats the {@code <} of {@code </title>} otherwise).
     */
    static String decodeLenient(Charset cs, byte[] bytes, int offset, int len) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, len);
        CharBuffer out = CharBuffer.allocate(Math.max(16, (int) (len * (double) d.maxCharsPerByte()) + 16));
        while (true) {
            // always through decode (even with nothing left): flush() is illegal before it, e.g. for empty input
            java.nio.charset.CoderResult r = d.decode(in, out, true);
            if (r.isUnderflow()) {
                if (in.hasRemaining()) {
                    // A truncated sequence at the very end.
                    in.position(in.limit());
                    out = ensure(out, 1);
                    out.put('\uFFFD');
                }
                out = ensure(out, 8);
                d.flush(out);
                break;
            }
            if (r.isOverflow()) { out = ensure(out, out.capacity()); continue; }
            int n = r.length();
            int pos = in.position();
            int skip = 1;
            // Skip the whole bad sequence unless it holds an ASCII byte after its first: that byte is text.
            while (skip < n && (bytes[pos + skip] & 0xFF) >= 0x80) skip++;
            in.position(pos + skip);
            out = ensure(out, 1);
            out.put('\uFFFD');
        }
        out.flip();
        return out.toString();
    }

    private static CharBuffer ensure(CharBuffer b, int more) {
        if (b.remaining() >= more) return b;
        CharBuffer bigger = CharBuffer.allocate(b.capacity() * 2 + more);
        b.flip();
        bigger.put(b);
        return bigger;
    }

    /**
     * The WHATWG UTF-16 decoder: a lone surrogate becomes one U+FFFD and the unit after it is kept
     * (the JDK's decoder swallows that unit with the surrogate: "a" D800 "b" lost the "b"; H40).
     */
    static String utf16(byte[] b, int offset, boolean bigEndian) {
        StringBuilder out = new StringBuilder((b.length - offset) / 2 + 1);
        int lead = -1;
        int i = offset;
        for (; i + 1 < b.length; i += 2) {
            int u = bigEndian ? ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF) : ((b[i + 1] & 0xFF) << 8) | (b[i] & 0xFF);
            if (lead >= 0) {
                if (u >= 0xDC00 && u <= 0xDFFF) {
                    out.append((char) lead).append((char) u);
                    lead = -1;
                    continue;
                }
                out.append('\uFFFD');
                lead = -1;
            }
            if (u >= 0xD800 && u <= 0xDBFF) lead = u;
            else if (u >= 0xDC00 && u <= 0xDFFF) out.append('\uFFFD');
            else out.append((char) u);
        }
        if (lead >= 0 || i < b.length) out.append('\uFFFD'); // a cut surrogate pair or an odd last byte
        return out.toString();
    }

    private static Charset jdkCharset(String encoding) {
        String name = JDK_NAMES.getOrDefault(encoding, encoding);
        try {
            if (Charset.isSupported(name)) return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            // fall through: an odd name the JDK rejects
        }
        // A JDK without this decoder (ISO-8859-10 and -16 are missing from OpenJDK): the closest
        // single-byte superset of ASCII keeps the text readable.
        return Charset.forName("windows-1252");
    }

    // ---- the <meta> prescan (WHATWG "prescan a byte stream to determine its encoding") ----

    /**
     * The encoding declared by a {@code <meta>} in the first 1024 bytes, or null. A meta naming
     * UTF-16 gives UTF-8 and x-user-defined gives windows-1252, as the standard says; an unknown
     * label is skipped and the scan goes on to the next meta.
     */
    static String prescan(byte[] all) { return prescan(all, PRESCAN_BYTES); }

    /** The prescan's window, as the standard fixes it. */
    static final int PRESCAN_BYTES = 1024;
    /** How far a declaration is still honoured when the prescan found none and the bytes are not UTF-8. */
    static final int LATE_META_BYTES = 64 * 1024;

    static String prescan(byte[] all, int limit) {
        int end = Math.min(all.length, limit);
        int i = 0;
        while (i < end) {
            if (startsWith(all, i, end, "<!--")) {
                int close = indexOf(all, i + 4, end, "-->");
                if (close < 0) return null;
                i = close + 3;
            } else if (startsWithIgnoreCase(all, i, end, "<meta") && i + 5 < end && isSpaceOrSlash(all[i + 5])) {
                int[] pos = {i + 6};
                String charset = null;
                boolean gotPragma = false;
                Boolean needPragma = null;
                java.util.Set<String> seen = new java.util.HashSet<>();
                while (true) {
                    String[] attr = attribute(all, pos, end);
                    if (attr == null) break;
                    if (!seen.add(attr[0])) continue;
                    switch (attr[0]) {
                        case "http-equiv" -> { if (attr[1].equals("content-type")) gotPragma = true; }
                        case "content" -> {
                            String c = charsetFromContent(attr[1]);
                            if (c != null && charset == null) { charset = c; needPragma = true; }
                        }
                        case "charset" -> { charset = attr[1]; needPragma = false; }
                        default -> { }
                    }
                }
                i = pos[0];
                if (needPragma == null || (needPragma && !gotPragma) || charset == null) continue;
                String enc = lookup(charset);
                if (enc == null) continue;
                if (enc.startsWith("UTF-16")) enc = "UTF-8";
                if (enc.equals(X_USER_DEFINED)) enc = "windows-1252";
                return enc;
            } else if (i + 1 < end && all[i] == '<' && (isAsciiLetter(all[i + 1])
                    || (all[i + 1] == '/' && i + 2 < end && isAsciiLetter(all[i + 2])))) {
                // Another tag: skip its name and attributes so that "<meta" inside a value is not seen.
                int j = i + 1;
                while (j < end && !isSpace(all[j]) && all[j] != '>') j++;
                int[] pos = {j};
                while (attribute(all, pos, end) != null) { /* skip */ }
                i = pos[0];
            } else if (i + 1 < end && all[i] == '<' && (all[i + 1] == '!' || all[i + 1] == '/' || all[i + 1] == '?')) {
                int close = indexOf(all, i + 2, end, ">");
                if (close < 0) return null;
                i = close + 1;
            } else {
                i++;
            }
        }
        return null;
    }

    /** WHATWG "get an attribute": returns {name, value} lower-cased, or null at the tag's end. */
    private static String[] attribute(byte[] b, int[] pos, int end) {
        int i = pos[0];
        while (i < end && (isSpace(b[i]) || b[i] == '/')) i++;
        if (i >= end || b[i] == '>') { pos[0] = Math.min(end, i + 1); return null; }
        StringBuilder name = new StringBuilder();
        StringBuilder value = new StringBuilder();
        while (i < end) {
            byte c = b[i];
            if (c == '=' && name.length() > 0) { i++; break; }
            if (isSpace(c)) {
                while (i < end && isSpace(b[i])) i++;
                if (i < end && b[i] == '=') { i++; break; }
                pos[0] = i;
                return new String[] {name.toString(), ""};
            }
            if (c == '/' || c == '>') { pos[0] = i; return new String[] {name.toString(), ""}; }
            name.append((char) Character.toLowerCase((char) (c & 0xFF)));
            i++;
        }
        while (i < end && isSpace(b[i])) i++;
        if (i < end && (b[i] == '"' || b[i] == '\'')) {
            byte q = b[i++];
            while (i < end && b[i] != q) value.append((char) Character.toLowerCase((char) (b[i++] & 0xFF)));
            pos[0] = Math.min(end, i + 1);
            return new String[] {name.toString(), value.toString()};
        }
        while (i < end && !isSpace(b[i]) && b[i] != '>') value.append((char) Character.toLowerCase((char) (b[i++] & 0xFF)));
        pos[0] = i;
        return new String[] {name.toString(), value.toString()};
    }

    /** WHATWG "extract a character encoding from a meta element" on a content attribute value. */
    static String charsetFromContent(String content) {
        int from = 0;
        while (true) {
            int at = content.indexOf("charset", from);
            if (at < 0) return null;
            int i = at + 7;
            while (i < content.length() && content.charAt(i) <= ' ') i++;
            if (i >= content.length() || content.charAt(i) != '=') { from = at + 7; continue; }
            i++;
            while (i < content.length() && content.charAt(i) <= ' ') i++;
            if (i >= content.length()) return null;
            char q = content.charAt(i);
            if (q == '"' || q == '\'') {
                int close = content.indexOf(q, i + 1);
                return close < 0 ? null : content.substring(i + 1, close);
            }
            int j = i;
            while (j < content.length() && content.charAt(j) > ' ' && content.charAt(j) != ';') j++;
            return content.substring(i, j);
        }
    }

    private static boolean isSpace(byte c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
    private static boolean isSpaceOrSlash(byte c) { return isSpace(c) || c == '/'; }
    private static boolean isAsciiLetter(byte c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    private static boolean startsWith(byte[] b, int at, int end, String s) {
        if (at + s.length() > end) return false;
        for (int k = 0; k < s.length(); k++) if (b[at + k] != s.charAt(k)) return false;
        return true;
    }

    private static boolean startsWithIgnoreCase(byte[] b, int at, int end, String s) {
        if (at + s.length() > end) return false;
        for (int k = 0; k < s.length(); k++) if (Character.toLowerCase((char) (b[at + k] & 0xFF)) != s.charAt(k)) return false;
        return true;
    }

    private static int indexOf(byte[] b, int from, int end, String s) {
        for (int i = from; i + s.length() <= end; i++) if (startsWith(b, i, end, s)) return i;
        return -1;
    }
}
