package dev.offprint.render.epub;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.diag.Diagnostic;
import dev.offprint.extract.Extractor;
import dev.offprint.model.Article;
import dev.offprint.model.Media;
import dev.offprint.render.RenderContext;
import dev.offprint.render.html.HtmlRenderer;
import dev.offprint.source.FileSource;
import dev.offprint.source.Page;
import dev.offprint.source.ResourceLoader;
import dev.offprint.transform.AssignHeadingIds;
import dev.offprint.transform.LinksAsNotes;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The project's real sample pages (source/*.html), through the same stages as the batch pipeline
 * (extract, heading ids, link notes, local images), rendered as EPUB: EPUBCheck must be clean.
 */
class EpubRealPagesTest {

    @Test
    void everySamplePageGivesAnEpubCheckCleanBook() throws Exception {
        Path dir = Path.of("source");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no source/ folder");
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Assumptions.assumeFalse(pages.isEmpty());
        List<String> failures = new ArrayList<>();
        for (Path p : pages) {
            Page page = FileSource.readFile(p);
            Article article = new AssignHeadingIds().apply(new Extractor().extract(page).article());
            Media media = new ResourceLoader().load(article, page).media();
            RenderContext ctx = new RenderContext(Instant.parse("2026-11-26T12:00:00Z"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new EpubRenderer().render(new LinksAsNotes().apply(article), media, ctx, out);
            Files.createDirectories(Path.of("target/real"));
            String name = p.getFileName().toString().replace(".html", "");
            Files.write(Path.of("target/real", name + ".epub"), out.toByteArray());
            Files.writeString(Path.of("target/real", name + ".html"), new HtmlRenderer().renderToString(article, media, ctx));
            EpubCheckOracle.Result r = EpubCheckOracle.check(out.toByteArray());
            if (!r.clean()) failures.add(p + ": " + r);
            System.out.println(p.getFileName() + ": " + out.size() + " bytes, " + media.items().size() + " images, "
                    + ctx.diagnostics().stream().map(Diagnostic::toString).toList());
        }
        assertEquals(List.of(), failures);
    }
}
