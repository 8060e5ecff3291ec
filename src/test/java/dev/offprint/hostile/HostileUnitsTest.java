package dev.offprint.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offprint.batch.Outcome;
import dev.offprint.cli.Main;
import dev.offprint.diag.OffprintException;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Inline;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import dev.offprint.render.Format;
import dev.offprint.source.Charsets;
import dev.offprint.source.FileSource;
import dev.offprint.source.Page;
import dev.offprint.source.ResourceLoader;
import dev.offprint.source.WebSource;
import dev.offprint.source.net.AddressPolicy;
import dev.offprint.source.net.HttpFetcher;
import dev.offprint.transform.AssignHeadingIds;
import dev.offprint.transform.LinksAsNotes;
import dev.offprint.xml.SafeXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The hostile items best judged below the whole pipeline, or through the command line itself. */
class HostileUnitsTest {

    @TempDir Path tmp;

    // ---- H14: reserved and odd output names (stdin inputs are named after their title)

    @ParameterizedTest
    @ValueSource(strings = {"CON", "NUL.pdf", "aux", "x.", "x ", "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9",
            "a&#0;b", "a\nb", "\u202Egnp.exe", "*?:\"<>|", "../../evil", "..\\..\\evil", "/abs", "C:\\x", "\\\\server\\share", "\u2024\u2024/x", "..\u2215x", "%2e%2e%2f"})
    void outputNamesAreSanitisedH13H14(String title) throws IOException {
        String t = title.startsWith("\u00e9") ? title.repeat(3) : title;
        String html = HostilePagesTest.article(t.replace("&", "&amp;").replace("<", "&lt;"), "", "<p>more text</p>");
        try (Oracle.World w = new Oracle.World(tmp)) {
            Oracle.Result r = Oracle.convert(List.of("-"), new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
                    List.of(Format.TXT), tmp.resolve("out"), false);
            Oracle.check(r, w, false);
            assertTrue(r.outcome() instanceof Outcome.Ok || r.outcome() instanceof Outcome.Partial, r.status());
            Path out = r.outcome().outputs().get(0).path();
            String name = out.getFileName().toString();
            assertEquals(tmp.resolve("out").toAbsolutePath().normalize(), out.toAbsolutePath().normalize().getParent(), name);
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 200, name);
            assertTrue(Pattern.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.txt", name), "unsafe name '" + name + "'");
            String stem = name.substring(0, name.length() - 4).toUpperCase(java.util.Locale.ROOT);
            assertFalse(Pattern.matches("(CON|PRN|AUX|NUL|COM\\d|LPT\\d)(\\..*)?", stem), "reserved name " + name);
        }
    }

    // ---- H17: archives are not inputs

    @Test
    void archivesAreRefusedAsInputH17() throws IOException {
        Path z = tmp.resolve("book.epub");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(z))) {
            // A name no other file has, so the check below cannot be fooled by an unrelated /tmp/x.
            for (String n : new String[] {"../../offprint-h17-escape", "/etc/offprint-h17-escape"}) {
                zip.putNextEntry(new java.util.zip.ZipEntry(n));
                zip.write("<p>x</p>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        OffprintException e = assertThrows(OffprintException.class, () -> FileSource.readFile(z));
        assertEquals("not-html", e.code());
        assertFalse(Files.exists(tmp.resolve("offprint-h17-escape")) || Files.exists(tmp.getParent().resolve("offprint-h17-escape"))
                || Files.exists(Path.of("/etc/offprint-h17-escape")));
    }

    // ---- H18, H26: XML output characters

    @Test
    void xmlTextIsFilteredToLegalCharactersH18H26() throws Exception {
        String bad = "a\u0000b\u0001c\u0008d\u000Be\u000Cf\uFFFEg\uFFFFh\uD800i\uDC00j\uD83D\uDE00k\tl\nm\rn";
        String legal = SafeXml.legal(bad);
        assertEquals("abcdefgh\uFFFDi\uFFFDj\uD83D\uDE00k\tl\nm\rn", legal);
        String doc = "<r>" + legal.replace("&", "&amp;").replace("<", "&lt;") + "</r>";
        assertNotNull(SafeXml.documentBuilder().parse(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))));
        assertEquals("plain", SafeXml.legal("plain"));
    }

    // ---- H19, H20: the one XML parser factory

    @Test
    void theXmlFactoryRefusesEntitiesAndDoctypesH19H20() throws Exception {
        try (Oracle.World w = new Oracle.World(tmp)) {
            String[] payloads = {
                "<!DOCTYPE r [<!ENTITY x SYSTEM \"" + w.secretUri("secret.txt") + "\">]><r>&x;</r>",
                "<!DOCTYPE r [<!ENTITY x SYSTEM \"" + w.loop.base() + "/xxe\">]><r>&x;</r>",
                "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + w.loop.base() + "/dtd\"> %p;]><r/>",
                "<!DOCTYPE r SYSTEM \"" + w.loop.base() + "/ext.dtd\"><r/>",
                billionLaughs(),
            };
            for (String p : payloads) {
                long t0 = System.nanoTime();
                Exception e = assertThrows(Exception.class,
                        () -> SafeXml.documentBuilder().parse(new ByteArrayInputStream(p.getBytes(StandardCharsets.UTF_8))));
                assertFalse(String.valueOf(e.getMessage()).contains(w.canary));
                assertTrue((System.nanoTime() - t0) / 1_000_000 < 1000, "refused quickly");
            }
            assertEquals(List.of(), w.loop.hits);
        }
    }

    static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 10; i++) dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        return "<?xml version='1.0'?><!DOCTYPE r [" + dtd + "]><r>&l10;</r>";
    }

    /** Every XML parser or transformer in the main code is made by SafeXml (HOSTILE finding 6). */
    @Test
    void noOtherXmlFactoryInMainCode() throws IOException {
        Pattern factory = Pattern.compile("(DocumentBuilderFactory|SAXParserFactory|XMLInputFactory|TransformerFactory|SchemaFactory|XMLReaderFactory)\\s*\\.\\s*new");
        List<String> bad;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            bad = files.filter(p -> p.toString().endsWith(".java") && !p.endsWith(Path.of("dev/offprint/xml/SafeXml.java")))
                    .filter(p -> { try { return factory.matcher(Files.readString(p)).find(); } catch (IOException e) { return true; } })
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), bad);
    }

    // ---- H22: a programmatic deep model through every walk

    @Test
    void aDeepModelCrossesEveryStageWithoutOverflowH22() {
        deepModel(50_000); // 200 000 in HostileLargeTest; a recursive walk overflows a 512 KB stack long before 50 000
    }

    static void deepModel(int depth) {
        Inline inline = new Inline.Text("core");
        for (int i = 0; i < depth; i++) inline = i % 3 == 0 ? new Inline.Emphasis(List.of(inline))
                : i % 3 == 1 ? new Inline.Strong(List.of(inline)) : new Inline.Link("https://example.org/" + (i % 7), null, List.of(inline));
        Block block = new Block.Paragraph(List.of(new Inline.Text("deep")));
        for (int i = 0; i < depth; i++) block = i % 2 == 0 ? new Block.Quote(List.of(block), List.of())
                : new Block.ListBlock(false, 1, List.of(List.of(block)));
        Article a = new Article(Metadata.empty().withTitle("Deep"),
                List.of(new Block.Heading(2, List.of(new Inline.Text("Deep")), null), new Block.Paragraph(List.of(inline)), block),
                List.of(), List.of(), List.of(), null);
        // a worker-sized stack is not needed: run on a thread with a small one, so any recursion shows
        Throwable[] thrown = {null};
        Thread t = new Thread(null, () -> {
            try {
                Article b = new LinksAsNotes().apply(new AssignHeadingIds().apply(a));
                new ResourceLoader().load(b, new Page("deep", "<p>x</p>", "UTF-8", "about:blank", null, null));
                for (Format f : Format.values()) {
                    try {
                        Pipeline.article(b, new Media(java.util.Map.of()), EnumSet.of(f));
                    } catch (OffprintException e) {
                        // a clean refusal (too complex) is fine
                    }
                }
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "small-stack", 512 * 1024);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> { t.start(); t.join(); });
        if (thrown[0] != null) throw new AssertionError("escaped: " + thrown[0], thrown[0]);
    }

    // ---- H38–H40: charsets

    @ParameterizedTest
    @ValueSource(strings = {"utf 8", "utf-7", "x-user-defined", "replacement", "bogus-42", "", "\"UTF-8;\"", "unicode-1-1-utf-8",
            "latin1", "x-sjis", "UTF-8;", "  utf-8  ", "\u0000", "utf-8\r\nX-Evil: 1", "../../etc/passwd", "ISO-2022-KR"})
    void anyTransportLabelDecodesH38(String label) {
        byte[] bytes = "<p>caf\u00e9 \u20ac</p>".getBytes(StandardCharsets.UTF_8);
        Charsets.Decoded d = Charsets.decode(bytes, label);
        assertNotNull(d.text());
        assertNotNull(d.charset());
        Page p = new FileSource().fromBytes("x", bytes, label, "about:blank", null, null);
        assertFalse(p.html().isEmpty());
    }

    @Test
    void whatwgLabelsMapAndUnknownOnesAreIgnoredH38() {
        assertEquals("UTF-8", Charsets.lookup("unicode-1-1-utf-8"));
        assertEquals("windows-1252", Charsets.lookup("latin1"));
        assertEquals("Shift_JIS", Charsets.lookup("x-sjis"));
        assertEquals(null, Charsets.lookup("utf 8"));
        assertEquals(null, Charsets.lookup("utf-7"));
        assertEquals("UTF-8", Charsets.decode("<p>\u00e9</p>".getBytes(StandardCharsets.UTF_8), "bogus-42").charset());
        assertEquals("\uFFFD", Charsets.decode("abc".getBytes(StandardCharsets.US_ASCII), "replacement").text());
    }

    @Test
    void conflictingDeclarationsFollowWhatwgPrecedenceH39() {
        byte[] ascii = "<meta charset=utf-16><p>plain ascii</p>".getBytes(StandardCharsets.US_ASCII);
        assertEquals("UTF-8", Charsets.decode(ascii).charset(), "utf-16 named by a meta means UTF-8");
        assertTrue(Charsets.decode(ascii).text().contains("plain ascii"));
        assertEquals("UTF-8", Charsets.decode("<meta charset=UTF-32><p>x</p>".getBytes(StandardCharsets.US_ASCII)).charset());
        byte[] bomThenMeta = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "<meta charset=windows-1252><p>\u00e9</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", Charsets.decode(bomThenMeta, "iso-8859-2").charset(), "BOM first");
        assertEquals("ISO-8859-2", Charsets.decode("<meta charset=windows-1252><p>x</p>".getBytes(StandardCharsets.US_ASCII), "iso-8859-2").charset(),
                "transport before prescan");
        byte[] late = (" ".repeat(1100) + "<meta charset=koi8-r><p>\u00e9</p>").getBytes(StandardCharsets.UTF_8);
        assertEquals("UTF-8", Charsets.decode(late).charset(), "a meta after 1024 bytes is not seen");
        assertEquals("windows-1251", Charsets.decode("<meta charset=windows-1251><meta charset=koi8-r>".getBytes(StandardCharsets.US_ASCII)).charset(),
                "the first meta wins");
        byte[] jp = "<meta http-equiv=Content-Type content=\"text/html; charset=iso-2022-jp\"><p>\u20ac</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("ISO-2022-JP", Charsets.decode(jp).charset());
        assertFalse(Charsets.decode(jp).text().isEmpty());
    }

    @Test
    void invalidBytesBecomeReplacementCharactersH40() {
        byte[][] cases = {{(byte) 0xC3, 0x28}, {(byte) 0xA0, (byte) 0xA1}, {(byte) 0xE2, 0x28, (byte) 0xA1}, {(byte) 0xE2, (byte) 0x82, 0x28},
                {(byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xED, (byte) 0xB0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        for (byte[] c : cases) {
            byte[] page = concat("<meta charset=utf-8><p>a".getBytes(StandardCharsets.US_ASCII), concat(c, "b</p>".getBytes(StandardCharsets.US_ASCII)));
            String text = Charsets.decode(page).text();
            assertTrue(text.contains("\uFFFD"), java.util.HexFormat.of().formatHex(c));
            assertTrue(text.endsWith("b</p>"));
        }
        // a UTF-16 page with a stray half surrogate, and windows-1252 bytes that are not text
        String s = Charsets.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xD8, 'b', 0}).text();
        assertEquals("a\uFFFDb", s);
        assertNotNull(Charsets.decode(new byte[] {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D}, "windows-1252").text());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // ---- URL inputs: refused without --allow-network; with it, only public addresses

    @Test
    void urlInputsNeedTheFlagAndPrivateAddressesStayClosed() throws Exception {
        try (Oracle.World w = new Oracle.World(tmp)) {
            String url = w.loop.base() + "/page.html";
            StringWriter err = new StringWriter();
            CommandLine cl = Main.commandLine();
            cl.setErr(new PrintWriter(err));
            cl.setOut(new PrintWriter(new StringWriter()));
            int exit = cl.execute("convert", "-f", "txt", "-o", tmp.resolve("o1").toString(), url);
            assertEquals(2, exit, err.toString());
            assertTrue(err.toString().contains("--allow-network"), err.toString());
            StringWriter err2 = new StringWriter();
            CommandLine cl2 = Main.commandLine();
            cl2.setErr(new PrintWriter(err2));
            cl2.setOut(new PrintWriter(new StringWriter()));
            int exit2 = cl2.execute("convert", "--allow-network", "-f", "txt", "-o", tmp.resolve("o2").toString(), url,
                    "http://[::ffff:169.254.169.254]/latest/meta-data/");
            assertEquals(1, exit2, err2.toString());
            assertTrue(err2.toString().contains("blocked"), err2.toString());
            // a list file naming a URL, without the flag: a clear per-item failure
            Path list = Files.writeString(tmp.resolve("list.txt"), url + "\n");
            Oracle.Result r = Oracle.convert(List.of("@" + list), new ByteArrayInputStream(new byte[0]), List.of(Format.TXT), tmp.resolve("o3"), false);
            assertEquals("failed:network-off", r.status());
            assertEquals(List.of(), w.loop.hits, "requests reached the loopback server");
        }
    }

    @Test
    void aPageIsFetchedWhenAllowedAndItsCharsetLabelHonoured() throws Exception {
        byte[] body = HostilePagesTest.article("Fetched caf\u00e9", "", "<p>from the web</p>").getBytes(StandardCharsets.ISO_8859_1);
        try (Loop loop = new Loop(ex -> Loop.send(ex, 200, "text/html; charset=\"latin1\"", body))) {
            HttpFetcher f = new HttpFetcher(AddressPolicy.strict().exemptForTesting(loop.address(), loop.port()), AddressPolicy.Resolver.SYSTEM,
                    HttpFetcher.Limits.defaults());
            Page p = new WebSource(f, FileSource.DEFAULT_MAX_BYTES).read(loop.base() + "/a.html");
            assertEquals("windows-1252", p.charset());
            assertTrue(p.html().contains("Fetched caf\u00e9"));
            assertEquals(null, p.folder(), "a web page has no folder to read images from");
            OffprintException big = assertThrows(OffprintException.class, () -> new WebSource(f, 100).read(loop.base() + "/a.html"));
            assertEquals("too-large", big.code());
            assertEquals(2, loop.hits.size());
        }
    }
}
