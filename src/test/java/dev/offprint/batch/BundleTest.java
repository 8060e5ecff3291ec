package dev.offprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offprint.render.Format;
import dev.offprint.render.epub.EpubCheckOracle;
import dev.offprint.source.warc.WarcFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --bundle}: many articles as one EPUB anthology, EPUBCheck clean, with its table of contents. */
class BundleTest {

    @TempDir Path tmp;

    @Test
    void anAnthologyOfFilesAndWarcRecordsPassesEpubCheckAndListsEveryArticle() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.html"), WarcFixtures.article("Alpha article", 3)
                .replace("</article>", "<h2>Alpha section</h2><p>More text with <a href=\"https://example.org/x\">a link</a>.</p>"
                        + "<h2>References</h2><ol><li>Smith J. A study of things. Journal of Stuff. 2020;3(4):5-6.</li></ol></article>"));
        Files.writeString(in.resolve("b.html"), "<html><body><nav>menu only</nav></body></html>");
        byte[] png = WarcFixtures.png(30, 20);
        WarcFixtures w = WarcFixtures.create(tmp.resolve("c.warc"), false);
        w.html("https://example.org/beta", WarcFixtures.article("Beta article", 3, "https://example.org/p.png"));
        w.http("https://example.org/p.png", 200, "image/png", png);
        w.html("https://example.org/gamma", WarcFixtures.article("Gamma article", 2, "https://example.org/p.png"));
        Path warc = w.close();

        Path out = tmp.resolve("out");
        ConvertRequest r = ConvertRequest.of(List.of(in.toString(), warc.toString()), List.of(Format.EPUB), out)
                .withTimeLimit(Duration.ofSeconds(60));
        BundleJob.Result res = new BundleJob(r, "Reading: <Pack> 1").run();
        assertNotNull(res.output());
        assertEquals(3, res.chapters());
        assertEquals(1, res.left().size(), res.left().toString());
        assertTrue(res.left().get(0).contains("b.html"), res.left().toString());
        assertEquals(out.toAbsolutePath().resolve("reading-pack-1.epub"), res.output().path());

        byte[] epub = Files.readAllBytes(res.output().path());
        EpubCheckOracle.Result check = EpubCheckOracle.check(epub);
        assertTrue(check.clean(), check.toString());
        try (ZipFile z = new ZipFile(res.output().path().toFile())) {
            String nav = new String(z.getInputStream(z.getEntry("EPUB/nav.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            int a = nav.indexOf("Alpha article"), b = nav.indexOf("Beta article"), c = nav.indexOf("Gamma article");
            assertTrue(a > 0 && b > a && c > b, "every article in input order in the table of contents: " + nav);
            assertTrue(nav.contains("c0001.xhtml#") && nav.contains("Alpha section"), "headings nest under their article");
            assertTrue(nav.contains("c0003-appendix.xhtml"), "each article has its own appendix");
            String app = new String(z.getInputStream(z.getEntry("EPUB/c0001-appendix.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(app.contains("https://example.org/x"), "the first article's links are in its own appendix");
            long images = z.stream().filter(e -> e.getName().startsWith("EPUB/images/")).count();
            assertEquals(1, images, "an image two articles share is stored once");
        }
    }
}
