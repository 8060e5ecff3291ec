package dev.offprint.source;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetsTest {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void emptyInputDecodesToEmptyTextInEveryEncoding() {
        // found by CharsetFuzzTest: flushing a decoder that never decoded threw IllegalStateException
        for (String label : new String[] {null, "utf-8", "windows-1252", "shift_jis", "gb18030", "euc-kr", "big5", "utf-16le", "x-user-defined"}) {
            assertEquals("", Charsets.decode(new byte[0], label).text(), String.valueOf(label));
        }
        assertEquals("", Charsets.decodeLenient(StandardCharsets.UTF_8, new byte[0], 0, 0));
    }

    @Test
    void labelsMapThroughTheWhatwgTable() {
        assertEquals("windows-1252", Charsets.lookup("latin1"));
        assertEquals("windows-1252", Charsets.lookup(" ISO-8859-1 "));
        assertEquals("windows-1252", Charsets.lookup("ascii"));
        assertEquals("UTF-8", Charsets.lookup("unicode-1-1-utf-8"));
        assertEquals("Shift_JIS", Charsets.lookup("x-sjis"));
        assertEquals("replacement", Charsets.lookup("iso-2022-kr"));
        assertEquals("x-user-defined", Charsets.lookup("x-user-defined"));
        assertNull(Charsets.lookup("utf 8"));
        assertNull(Charsets.lookup("bogus-42"));
        assertNull(Charsets.lookup("UTF-8;"));
        assertNull(Charsets.lookup(""));
    }

    /** HOSTILE.md H38: transport labels that made jsoup throw must be ignored or mapped, never thrown on. */
    @ParameterizedTest
    @ValueSource(strings = {"utf 8", "utf-7", "x-user-defined", "replacement", "bogus-42", "", "\"\"", "UTF-8;", "unicode-1-1-utf-8", "latin1", "x-sjis"})
    void oddTransportLabelsNeverThrow(String label) {
        byte[] html = "<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        Charsets.Decoded d = assertDoesNotThrow(() -> Charsets.decode(html, label));
        assertTrue(d.text().startsWith("<p>caf") || d.text().equals("\uFFFD"), d.text());
    }

    @Test
    void unknownTransportLabelFallsBackToSniffing() {
        Charsets.Decoded d = Charsets.decode("<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8), "bogus-42");
        assertEquals("UTF-8", d.charset());
        assertEquals("<p>caf\u00e9</p>", d.text());
    }

    @Test
    void byteOrderMarkWinsOverMeta() {
        byte[] body = "<meta charset=windows-1252><p>\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        Charsets.Decoded d = Charsets.decode(concat(bytes(0xEF, 0xBB, 0xBF), body), "iso-8859-2");
        assertEquals("UTF-8", d.charset());
        assertTrue(d.text().endsWith("<p>\u00e9</p>"));
        assertTrue(!d.text().startsWith("\uFEFF"), "the BOM is not text");
    }

    @Test
    void utf16ByteOrderMarkDecodesUtf16() {
        byte[] body = "<p>hi</p>".getBytes(StandardCharsets.UTF_16LE);
        Charsets.Decoded d = Charsets.decode(concat(bytes(0xFF, 0xFE), body));
        assertEquals("UTF-16LE", d.charset());
        assertEquals("<p>hi</p>", d.text());
    }

    @Test
    void transportLabelWinsOverMeta() {
        byte[] html = "<meta charset=utf-8><p>\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("windows-1252", Charsets.decode(html, "latin1").charset());
    }

    @Test
    void metaPrescanFindsCharsetAndHttpEquiv() {
        byte[] a = "<html><head><meta charset='windows-1252'><p>\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("windows-1252", Charsets.decode(a).charset());
        assertTrue(Charsets.decode(a).text().endsWith("\u00e9"));
        byte[] b = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">".getBytes(StandardCharsets.US_ASCII);
        assertEquals("KOI8-R", Charsets.decode(b).charset());
        // content without http-equiv does not count
        byte[] c = "<meta content=\"text/html; charset=koi8-r\"><p>x".getBytes(StandardCharsets.US_ASCII);
        assertEquals("UTF-8", Charsets.decode(c).charset());
    }

    /** A page re-saved as UTF-8 that still declares gb2312: many valid UTF-8 sequences overrule the meta. */
    @Test
    void manyValidUtf8SequencesOverruleAStaleMetaDeclaration() {
        String zh = "人工智能迈上新台阶，新电脑已可利用记忆自学。";
        byte[] stale = ("<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"><p>" + zh + "</p>").getBytes(StandardCharsets.UTF_8);
        assertEquals("UTF-8", Charsets.decode(stale).charset());
        assertTrue(Charsets.decode(stale).text().contains(zh));
        // Real GBK bytes under the same declaration stay GBK.
        byte[] gbk = ("<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"><p>" + zh + "</p>").getBytes(java.nio.charset.Charset.forName("GBK"));
        assertEquals("GBK", Charsets.decode(gbk).charset());
        // One euro sign is too little evidence: the declaration stands.
        byte[] one = "<meta charset=windows-1252><p>\u20ac</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("windows-1252", Charsets.decode(one).charset());
    }

    /** HOSTILE.md H39: utf-16 declared by meta means UTF-8; x-user-defined means windows-1252. */
    @Test
    void metaDeclaringUtf16MeansUtf8() {
        byte[] html = "<meta charset=utf-16><p>plain ascii</p>".getBytes(StandardCharsets.US_ASCII);
        Charsets.Decoded d = Charsets.decode(html);
        assertEquals("UTF-8", d.charset());
        assertEquals("<meta charset=utf-16><p>plain ascii</p>", d.text());
        assertEquals("windows-1252", Charsets.decode("<meta charset=x-user-defined>".getBytes(StandardCharsets.US_ASCII)).charset());
    }

    @Test
    void metaAfterTheFirst1024BytesIsIgnoredAndCommentsAreSkipped() {
        String pad = "<!--" + "x".repeat(1100) + "-->";
        byte[] late = (pad + "<meta charset=koi8-r><p>x").getBytes(StandardCharsets.US_ASCII);
        assertEquals("UTF-8", Charsets.decode(late).charset(), "valid UTF-8 wins over a late declaration");
        byte[] lateLatin = concat((pad + "<meta charset=koi8-r><p>").getBytes(StandardCharsets.US_ASCII), bytes(0xC1, 0xC2));
        assertEquals("KOI8-R", Charsets.decode(lateLatin).charset(), "a late declaration beats the windows-1252 guess");
        byte[] early = concat(("<meta charset=iso-8859-5>" + pad + "<meta charset=koi8-r><p>").getBytes(StandardCharsets.US_ASCII), bytes(0xC1));
        assertEquals("ISO-8859-5", Charsets.decode(early).charset());
        byte[] inComment = "<!-- <meta charset=koi8-r> --><p>x".getBytes(StandardCharsets.US_ASCII);
        assertEquals("UTF-8", Charsets.decode(inComment).charset());
        byte[] unknownFirst = "<meta charset=utf-32><meta charset=iso-8859-5>".getBytes(StandardCharsets.US_ASCII);
        assertEquals("ISO-8859-5", Charsets.decode(unknownFirst).charset(), "an unknown label is skipped, the scan goes on");
    }

    @Test
    void withoutDeclarationValidUtf8StaysUtf8AndOtherBytesAreWindows1252() {
        assertEquals("UTF-8", Charsets.decode("<p>\u00fcber</p>".getBytes(StandardCharsets.UTF_8)).charset());
        Charsets.Decoded d = Charsets.decode(bytes('<', 'p', '>', 0xFC, 'b', 'e', 'r', 0x80));
        assertEquals("windows-1252", d.charset());
        assertEquals("<p>\u00fcber\u20ac", d.text());
    }

    /** HOSTILE.md H40: invalid sequences become U+FFFD, never an exception. */
    @Test
    void invalidUtf8BytesBecomeReplacementCharacters() {
        int[][] cases = {{0xC3, 0x28}, {0xE2, 0x28, 0xA1}, {0xF0, 0x28, 0x8C, 0xBC}, {0xC0, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xF0, 0x9F, 0x98}};
        for (int[] c : cases) {
            byte[] html = concat("<meta charset=utf-8>".getBytes(StandardCharsets.US_ASCII), bytes(c));
            String text = assertDoesNotThrow(() -> Charsets.decode(html).text());
            assertTrue(text.contains("\uFFFD"), "replacement for " + java.util.Arrays.toString(c));
        }
    }

    /** WHATWG: an ASCII byte after a broken multi-byte lead is text, never part of the error. */
    @Test
    void brokenMultiByteSequencesDoNotSwallowMarkup() {
        byte[] html = concat("<title>".getBytes(StandardCharsets.US_ASCII), concat(bytes(0x81), "</title>".getBytes(StandardCharsets.US_ASCII)));
        for (String label : new String[] {"gb18030", "gbk", "shift_jis", "euc-kr", "big5"}) {
            String text = Charsets.decode(html, label).text();
            assertEquals("<title>\uFFFD</title>", text, label);
        }
    }

    @Test
    void replacementAndUserDefinedDecoders() {
        assertEquals("\uFFFD", Charsets.decode("<p>x</p>".getBytes(StandardCharsets.US_ASCII), "iso-2022-kr").text());
        assertEquals("a\uF780\uF7FF", Charsets.decode(bytes('a', 0x80, 0xFF), "x-user-defined").text());
    }
}
