package dev.offprint.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offprint.render.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HOSTILE.md's catalogue, one generated page (and its files) per item, each converted by the real
 * batch and judged by the universal {@link Oracle}; a few items add what they specifically expect.
 * Sizes are those that prove the point quickly; {@link HostileLargeTest} runs the full sizes.
 */
class HostilePagesTest {

    /** Writes the case's input into the world and returns it. */
    @FunctionalInterface
    interface Setup {
        Path write(Oracle.World w) throws Exception;
    }

    /** Extra assertions for one case. */
    @FunctionalInterface
    interface Expect {
        void check(Oracle.Result r, Oracle.World w) throws Exception;
    }

    record Case(String id, List<Format> formats, boolean network, Setup setup, Expect expect) {
        @Override public String toString() { return id; }
    }

    static final List<Format> ALL = List.of(Format.PDF, Format.EPUB, Format.HTML, Format.JSON, Format.TXT);
    static final List<Format> BOOKS = List.of(Format.PDF, Format.EPUB);

    /** A page whose article the extractor finds: a title, real paragraphs, and {@code inner}. */
    static String article(String title, String head, String inner) {
        String para = "<p>This paragraph is ordinary prose about the subject of the article, long enough that any "
                + "content scorer counts it as text, with commas, and full sentences that end in stops.</p>\n";
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head
                + "</head><body><article><h1>" + title + "</h1>\n" + para + para + inner + "\n" + para + "</article></body></html>";
    }

    static Path page(Oracle.World w, String html) throws IOException {
        return Files.writeString(w.site.resolve("page.html"), html, StandardCharsets.UTF_8);
    }

    static Case c(String id, List<Format> f, Setup s) { return new Case(id, f, false, s, null); }

    static Case c(String id, List<Format> f, Setup s, Expect e) { return new Case(id, f, false, s, e); }

    static Expect warns(String code) {
        return (r, w) -> assertTrue(r.warnings().contains(code), r.status() + " without " + code + ":\n" + r.warnings());
    }

    static Expect status(String... allowed) {
        return (r, w) -> assertTrue(List.of(allowed).contains(r.status()), "status " + r.status() + " " + r.outcome());
    }

    /** The cases, or those whose id contains the system property {@code hostile.only} (for reruns by hand). */
    static Stream<Case> cases() {
        String only = System.getProperty("hostile.only", "");
        return all().filter(c -> only.isEmpty() || List.of(only.split(",")).stream().anyMatch(c.id()::contains));
    }

    static Stream<Case> all() {
        return Stream.of(
                // ---- resource fetching and SSRF
                c("H01 file img", ALL, w -> page(w, article("File images", "", "<img src='" + w.secretUri("secret.txt") + "'><img src='"
                        + w.secretUri("secret") + "'><img src='" + w.secretUri("secret.png") + "'><figure><img src='../secret.png'>"
                        + "<figcaption>up</figcaption></figure><img src='../secret'><img src='FILE://" + w.root.resolve("secret.png") + "'>"))),
                c("H02 file iframe object embed", ALL, w -> page(w, article("Frames", "", "<iframe src='" + w.secretUri("secret.txt")
                        + "'></iframe><object data='" + w.secretUri("secret.txt") + "' type='text/plain'></object><embed src='"
                        + w.secretUri("secret.txt") + "'><iframe src='../secret.txt'></iframe>"))),
                c("H03 css vectors", ALL, w -> page(w, article("Styles", "<style>body::after{content:url(\"" + w.secretUri("secret.svg")
                        + "\")} @import \"" + w.loop.base() + "/imp\"; @font-face{font-family:x;src:url(" + w.loop.base() + "/font)}</style>"
                        + "<link rel=stylesheet href='" + w.loop.base() + "/css'>",
                        "<p style=\"background:url(" + w.loop.base() + "/bg)\">styled</p><div style='background-image:url(" + w.secretUri("secret.png") + ")'>x</div>"))),
                c("H04 every url attribute", ALL, w -> {
                    String l = w.loop.base();
                    return page(w, article("Attributes", "<link rel=icon href='" + l + "/icon'><link rel=preload href='" + l + "/preload'>"
                            + "<link rel=prefetch href='" + l + "/prefetch'><meta http-equiv=refresh content='0;url=" + l + "/refresh'>",
                            "<img src='" + l + "/img'><img srcset='" + l + "/srcset 2x'><picture><source srcset='" + l + "/source'><img src='" + l + "/pic'></picture>"
                            + "<video poster='" + l + "/poster'><source src='" + l + "/vsrc'><track src='" + l + "/track'></video><audio src='" + l + "/audio'></audio>"
                            + "<input type=image src='" + l + "/input'><iframe src='" + l + "/iframe'></iframe><iframe srcdoc=\"<img src=" + l + "/srcdoc>\"></iframe>"
                            + "<object data='" + l + "/object'></object><embed src='" + l + "/embed'>"
                            + "<svg><image href='" + l + "/svghref'/><image xlink:href='" + l + "/xlink'/><use href='" + l + "/use'/></svg>"
                            + "<form action='" + l + "/form'><button formaction='" + l + "/formaction'>go</button></form><p><a ping='" + l + "/ping' href='https://example.org/'>ping</a></p>"));
                }),
                c("H05 base href pivot", ALL, w -> page(w, article("Base", "<base href='http://169.254.169.254/'>",
                        "<img src='latest/meta-data/'><p><a href='latest/meta-data/'>link</a></p>")), (r, w) -> {
                    String json = Files.readString(r.output(Format.JSON));
                    assertFalse(json.contains("\"src\":\"http://169.254.169.254"), "the pivoted image reached the model as a fetchable source? " + json);
                }),
                c("H05 base href file", ALL, w -> page(w, article("Base file", "<base href='" + w.root.toUri() + "'>", "<img src='secret.png'><img src='secret.svg'>"))),
                new Case("H06 private forms with network on", BOOKS, true, w -> {
                    int p = w.loop.port();
                    StringBuilder imgs = new StringBuilder();
                    for (String h : new String[] {"127.0.0.1", "127.1", "2130706433", "0x7f000001", "0177.0.0.1", "localhost.", "[::1]",
                            "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[2002:7f00:0001::]", "[64:ff9b::7f00:1]", "[fec0::1]", "[fd00::1]",
                            "100.64.0.1", "169.254.169.254", "0.0.0.0", "user@127.0.0.1"}) {
                        imgs.append("<img src='http://").append(h).append(':').append(p).append("/h06'>");
                    }
                    imgs.append("<img src='HTTP://127.0.0.1:").append(p).append("/upper'><img src='hTtP://127.0.0.1:").append(p).append("/mixed'>");
                    return page(w, article("Private addresses", "", imgs.toString()));
                }, (r, w) -> {
                    assertEquals(List.of(), w.loop.hits, "the strict policy let a request through");
                    assertTrue(r.warnings().contains("image-blocked"), r.warnings());
                }),
                c("H12 data uris", ALL, w -> page(w, article("Data", "", "<img src=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><image href='"
                        + w.loop.base() + "/svgimg'/></svg>\"><img src='data:text/html,<script>alert(1)</script>'>"
                        + "<img src='data://image/png;base64,cHJpbnQgImhlbGxvIgo=;.lua+%252f%252e%252e%252f%252e%252e%252fb%252elua'>"
                        + "<img src='data:image/png;base64," + Base64.getEncoder().encodeToString(new byte[11 << 20]) + "'>")),
                        warns("image-too-large")),
                // ---- paths, names, archives
                c("H13 traversal names", ALL, w -> {
                    Files.write(w.site.resolve("ok.png"), HostileImages.real("png", 4, 4));
                    return page(w, article("../../evil ..\\..\\evil %2e%2e%2f %252e%252e%252f /abs C:\\x \\\\server\\share a/./b/../../c \u2024\u2024/ ..\u2215",
                            "", "<img src='../../evil.png'><img src='ok.png' alt='../../evil'><img src='/abs.png'><img src='..%2f..%2fevil.png'>"
                                    + "<p><a href='../../evil'>rel</a> <a href='..\\..\\evil'>back</a></p>"));
                }, (r, w) -> {
                    try (Stream<Path> s = Files.list(r.out())) {
                        for (Path p : s.toList()) assertTrue(p.getFileName().toString().matches("page\\.(pdf|epub|html|json|txt)|report.*"), p.toString());
                    }
                }),
                c("H15 nfc and case collisions", BOOKS, w -> {
                    byte[] a = HostileImages.real("png", 4, 4);
                    byte[] b = HostileImages.real("png", 5, 5);
                    Files.write(w.site.resolve("Caf\u00e9.png"), a);
                    Files.write(w.site.resolve("Cafe\u0301.png"), b);
                    Files.write(w.site.resolve("a.png"), a);
                    Files.write(w.site.resolve("A.PNG"), b);
                    return page(w, article("Collisions", "", "<figure><img src='Caf%C3%A9.png'><figcaption>nfc</figcaption></figure>"
                            + "<figure><img src='Cafe%CC%81.png'><figcaption>nfd</figcaption></figure><figure><img src='a.png'><figcaption>lower</figcaption></figure>"
                            + "<figure><img src='A.PNG'><figcaption>upper</figcaption></figure>"));
                }),
                c("H16 epub filename characters", BOOKS, w -> {
                    byte[] png = HostileImages.real("png", 3, 3);
                    StringBuilder imgs = new StringBuilder();
                    String[] odd = {"\"", "*", ":", "<", ">", "?", "\\", "|", "\u007F", "\u0080", "\uE000", "\uFDD0", "\uFFFD", "\uFFFE",
                            new String(Character.toChars(0x9FFFE)), new String(Character.toChars(0xE0001)), new String(Character.toChars(0xF0001)),
                            new String(Character.toChars(0x100000)), " ", "end."};
                    int i = 0;
                    for (String o : odd) {
                        String name = "img" + (i++) + o + (o.equals("end.") ? "" : ".png");
                        Files.write(w.site.resolve(name), png);
                        imgs.append("<figure><img src='").append(w.site.resolve(name).toUri().getRawPath().replace(w.site.toUri().getRawPath(), ""))
                                .append("'><figcaption>f").append(i).append("</figcaption></figure>");
                    }
                    return page(w, article("Names", "", imgs.toString()));
                }),
                c("H17 zip as input", BOOKS, w -> {
                    Path z = w.site.resolve("archive.html");
                    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(z))) {
                        zip.putNextEntry(new java.util.zip.ZipEntry("../../x"));
                        zip.write("<p>x</p>".getBytes(StandardCharsets.UTF_8));
                        zip.closeEntry();
                    }
                    return z;
                }, status("failed:not-html")),
                c("H18 metadata injection", ALL, w -> page(w, "<!doctype html><html><head><meta charset=utf-8><title>&lt;/dc:title&gt;&lt;evil/&gt; \u0001 &#0; &#xD800; ]]> "
                        + "x".repeat(1 << 20) + "</title><meta name=author content='&lt;/dc:creator&gt;\u0001&#xDC00;]]&gt;'>"
                        + "<meta name=description content='&#1;&#x7F;&#x85;&#xFFFE;'></head><body><article><h1>]]&gt;&lt;/dc:title&gt;&#1;</h1>"
                        + "<p>Body text that is long enough to be an article, repeated so that it passes the thresholds of the extractor. ".repeat(5)
                        + "</p></article></body></html>")),
                // ---- XML
                c("H19 xxe inline svg", ALL, w -> page(w, article("XXE", "", "<svg><!DOCTYPE svg [<!ENTITY x SYSTEM \"" + w.secretUri("secret.txt")
                        + "\"><!ENTITY % p SYSTEM \"" + w.loop.base() + "/dtd\"> %p;]><text>&x;</text></svg>"))),
                c("H19 xxe svg resource", BOOKS, w -> {
                    Files.writeString(w.site.resolve("x.svg"), "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM \"" + w.secretUri("secret.txt")
                            + "\"><!ENTITY y SYSTEM \"" + w.loop.base() + "/xxe\">]><svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><text>&x;&y;</text></svg>");
                    return page(w, article("XXE file", "", "<figure><img src='x.svg'><figcaption>svg</figcaption></figure>"));
                }, warns("image-blocked")),
                c("H19 xxe xhtml input", ALL, w -> Files.writeString(w.site.resolve("page.xhtml"), "<?xml version='1.0'?>\n<!DOCTYPE html [<!ENTITY x SYSTEM \""
                        + w.secretUri("secret.txt") + "\"><!ENTITY % p SYSTEM \"" + w.loop.base() + "/dtd\"> %p;]>\n"
                        + article("XHTML", "", "<p>&x;</p>").replaceFirst("<!doctype html>", "").replace("<html lang=\"en\">", "<html xmlns='http://www.w3.org/1999/xhtml' lang='en'>"))),
                c("H20 billion laughs", ALL, w -> {
                    StringBuilder dtd = new StringBuilder("<!ENTITY l0 \"lol\">");
                    for (int i = 1; i <= 10; i++) dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
                    Files.writeString(w.site.resolve("lol.svg"), "<?xml version='1.0'?><!DOCTYPE svg [" + dtd + "]><svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><text>&l10;</text></svg>");
                    return Files.writeString(w.site.resolve("page.xhtml"), "<?xml version='1.0'?><!DOCTYPE html [" + dtd + "]>"
                            + article("Laughs", "", "<p>&l10;</p><figure><img src='lol.svg'><figcaption>lol</figcaption></figure>").replaceFirst("<!doctype html>", ""));
                }),
                // ---- parser and tree stress (full sizes in HostileLargeTest)
                c("H21 deep nesting", BOOKS, w -> {
                    StringBuilder b = new StringBuilder();
                    for (String t : new String[] {"div", "span", "i", "b", "a", "table", "li", "select", "font", "nobr", "svg", "math"}) {
                        // 10^5 of every tag runs in HostileLargeTest
                        b.append(("<" + t + ">").repeat(t.equals("div") ? 100_000 : 5_000)).append("x").append(t);
                    }
                    return page(w, article("Deep", "", b.toString()));
                }),
                c("H23 wide trees", BOOKS, w -> page(w, article("Wide", "", "<p>w</p>".repeat(10_000) + "<table>" + "<tr><td>a<td>b<td>c<td>d<td>e".repeat(2_000)
                        + "</table><div" + attrs(20_000) + ">attrs</div><p title='" + "v".repeat(2 << 20) + "'>long attribute</p>")),
                        status("ok", "partial", "failed:too-complex", "failed:too-large")),
                c("H26 nuls and controls", ALL, w -> {
                    StringBuilder c0 = new StringBuilder();
                    for (char ch = 1; ch < 0x20; ch++) c0.append(ch);
                    for (char ch = 0x7F; ch <= 0x9F; ch++) c0.append(ch);
                    // after 4 KB of text, so the page is not taken for binary data (the NULs up front are H26b)
                    return page(w, article("Controls", "", "<p>" + "Plain words before the controls. ".repeat(200) + "</p><p>" + "\u0000".repeat(100_000) + "nul text</p><p\u0000x>tag</p><p a\u0000b=1>attr</p><p>"
                            + c0 + " \uFFFE\uFFFF &#xD800; &#xDFFF; &#0; &#x1; &#x80; &#x9F;</p>"));
                }),
                c("H26b nuls up front", BOOKS, w -> page(w, "\u0000".repeat(100_000) + article("NULs", "", "<p>x</p>")),
                        status("ok", "partial", "failed:not-html")),
                c("H27 huge line and url", BOOKS, w -> page(w, article("Long", "", "<p>" + "x".repeat(300_000) + "</p><table><tr><td style='width:10px'>"
                        + "y".repeat(100_000) + "</td></tr></table><p><a href='https://example.org/" + "z".repeat(1_000_000) + "'>long url</a></p>"))),
                // ---- text, layout, fonts
                c("H28 controls fonts reject", BOOKS, w -> page(w, article("Tabs", "", "<p>a\tb\nc\rd\u000Be\u000Cf\u2028g\u2029h</p><pre>a\tb\nc\rd\u000Be\u000Cf\u2028g\u2029h</pre>"))),
                c("H29 zero width", BOOKS, w -> page(w, article("Invisible", "", "<p>a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf\u00ADg\u00ADh \u2764\uFE0F</p><p>"
                        + "\u200B".repeat(100_000) + "</p>"))),
                c("H30 bidi", BOOKS, w -> page(w, article("Bidi", "", "<p>\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645</p><p dir=rtl>\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD</p>"
                        + "<p dir=auto>abc \u05D0\u05D1\u05D2 123 def \u202Eevil\u202C \u2066iso\u2069 \u2067r\u2069 \u2068f\u2069</p>"))),
                c("H31 cjk and emoji", BOOKS, w -> page(w, article("CJK", "", "<p>\u4E2D\u6587\u6E2C\u8A66 <ruby>\u6F22<rt>\u304B\u3093</rt></ruby> \uD55C\uAD6D\uC5B4 "
                        + "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 \uD83C\uDDEB\uD83C\uDDF7 \uD83D\uDC4D\uD83C\uDFFD "
                        + "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F \uD840\uDC00</p>"))),
                c("H32 hostile css values", BOOKS, w -> page(w, article("CSS", "<style>@page{size:1px 1px} @page{size:1e9px} p{font-size:1e9px;line-height:0;"
                        + "letter-spacing:NaNpx;margin:-1e9px;width:1e308px}</style>", "<p style='font-size:-5px'>neg</p><p style='font-size:calc(1e308*1e308)'>calc</p>"
                        + "<span style='font-size:10em'>".repeat(50) + "grow" + "</span>".repeat(50)))),
                c("H33 combining stacks", BOOKS, w -> {
                    StringBuilder z = new StringBuilder("Z");
                    for (int i = 0; i < 500; i++) z.append((char) (0x300 + i % 0x70));
                    return page(w, article("Zalgo", "", "<p>" + z + " end</p><p>e" + "\u0301".repeat(100_000) + "</p>"));
                }),
                // ---- images
                c("H34 png pixel bomb", BOOKS, w -> {
                    Files.write(w.site.resolve("bomb.png"), HostileImages.pngBomb(20000, 20000));
                    Files.write(w.site.resolve("bomb2.png"), HostileImages.pngBomb(100000, 100000));
                    return page(w, article("PNG bomb", "", "<figure><img src='bomb.png'><figcaption>a</figcaption></figure><figure><img src='bomb2.png'><figcaption>b</figcaption></figure>"
                            + "<img src='data:image/png;base64," + Base64.getEncoder().encodeToString(HostileImages.pngBomb(20000, 20000)) + "'>"));
                }, warns("image-too-large")),
                c("H35 jpeg dimension lie", BOOKS, w -> {
                    Files.write(w.site.resolve("lie.jpg"), HostileImages.jpegLie());
                    return page(w, article("JPEG lie", "", "<figure><img src='lie.jpg'><figcaption>lie</figcaption></figure>"));
                }, warns("image-too-large")),
                c("H36 other formats", BOOKS, w -> {
                    Files.write(w.site.resolve("huge.gif"), HostileImages.gifHuge());
                    Files.write(w.site.resolve("frames.gif"), HostileImages.gif(1, 1, 10_000));
                    Files.write(w.site.resolve("neg.bmp"), HostileImages.bmpNegative());
                    Files.write(w.site.resolve("chain.tif"), HostileImages.tiffChain(100_000));
                    Files.write(w.site.resolve("big.webp"), HostileImages.webp());
                    Files.write(w.site.resolve("x.avif"), HostileImages.avif());
                    Files.writeString(w.site.resolve("huge.svg"), HostileImages.svgHuge());
                    Files.write(w.site.resolve("random.png"), HostileImages.random(4096, 7));
                    StringBuilder b = new StringBuilder();
                    for (String n : new String[] {"huge.gif", "frames.gif", "neg.bmp", "chain.tif", "big.webp", "x.avif", "huge.svg", "random.png"}) {
                        b.append("<figure><img src='").append(n).append("'><figcaption>").append(n).append("</figcaption></figure>");
                    }
                    return page(w, article("Formats", "", b.toString()));
                }, warns("image-")),
                c("H37 polyglot", ALL, w -> {
                    Files.write(w.site.resolve("poly.gif"), HostileImages.polyglot(w.canary));
                    return page(w, article("Polyglot", "", "<figure><img src='poly.gif'><figcaption>poly</figcaption></figure><iframe src='poly.gif'></iframe>"
                            + "<script src='poly.gif'></script>"));
                }),
                // ---- encodings (label handling is unit-tested in CharsetHostileTest)
                c("H39 conflicting declarations", BOOKS, w -> {
                    byte[] html = article("Caf\u00e9", "<meta charset=windows-1252>", "<p>na\u00efve</p>").getBytes(StandardCharsets.UTF_8);
                    byte[] bom = new byte[html.length + 3];
                    bom[0] = (byte) 0xEF; bom[1] = (byte) 0xBB; bom[2] = (byte) 0xBF;
                    System.arraycopy(html, 0, bom, 3, html.length);
                    return Files.write(w.site.resolve("page.html"), bom);
                }, (r, w) -> assertTrue(Oracle.pdfText(r.output(Format.PDF)).contains("na\u00efve"), "the BOM wins over the meta")),
                c("H40 invalid byte sequences", BOOKS, w -> {
                    byte[] head = article("Bytes", "<meta charset=utf-8>", "<p>BAD</p>").getBytes(StandardCharsets.UTF_8);
                    String s = new String(head, StandardCharsets.ISO_8859_1);
                    byte[] bad = {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xE2, 0x28, (byte) 0xA1, (byte) 0xE2, (byte) 0x82, 0x28, (byte) 0xF0, 0x28,
                            (byte) 0x8C, (byte) 0xBC, (byte) 0xC0, (byte) 0xAF, (byte) 0xE0, (byte) 0x80, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80,
                            (byte) 0xED, (byte) 0xB0, (byte) 0x80, (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, (byte) 0xF0, (byte) 0x9F, (byte) 0x98};
                    int at = s.indexOf("BAD");
                    byte[] out = new byte[head.length - 3 + bad.length];
                    System.arraycopy(head, 0, out, 0, at);
                    System.arraycopy(bad, 0, out, at, bad.length);
                    System.arraycopy(head, at + 3, out, at + bad.length, head.length - at - 3);
                    return Files.write(w.site.resolve("page.html"), out);
                }, (r, w) -> assertTrue(Oracle.pdfText(r.output(Format.PDF)).contains("\uFFFD"), "invalid bytes become U+FFFD")));
    }

    static String attrs(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(" a").append(i).append("=x");
        return b.toString();
    }

    @TempDir Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostilePageMeetsTheOracle(Case c) throws Exception {
        try (Oracle.World w = new Oracle.World(tmp)) {
            Path input = c.setup().write(w);
            long t0 = System.nanoTime();
            Oracle.Result r = Oracle.convert(input, c.formats(), tmp.resolve("out"), c.network());
            System.out.println("[hostile] " + c.id() + ": " + r.status() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms"
                    + (r.outcome() instanceof dev.offprint.batch.Outcome.Failed f ? " (" + f.message() + ")" : ""));
            Oracle.check(r, w, false);
            if (c.expect() != null) c.expect().check(r, w);
        }
    }
}
