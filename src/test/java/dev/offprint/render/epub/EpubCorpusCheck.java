package dev.offprint.render.epub;

import dev.offprint.extract.Extractor;
import dev.offprint.model.Article;
import dev.offprint.model.Media;
import dev.offprint.render.RenderContext;
import dev.offprint.source.FileSource;
import dev.offprint.source.Page;
import dev.offprint.source.ResourceLoader;
import dev.offprint.transform.AssignHeadingIds;
import dev.offprint.transform.LinksAsNotes;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A measuring tool (a test-scope main, not a test): every page of a corpus folder through the
 * pipeline stages into EPUB, checked by EPUBCheck; prints how many books are clean, the message ids
 * seen, and the render time. Usage: {@code EpubCorpusCheck DIR [LIMIT]} (DIR searched for *.html, *.html.gz).
 */
public final class EpubCorpusCheck {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        List<Path> pages;
        try (Stream<Path> s = Files.walk(dir)) {
            pages = s.filter(p -> p.getFileName().toString().equals("source.html")
                    || ((p.toString().endsWith(".html") || p.toString().endsWith(".html.gz"))
                        && !p.getFileName().toString().startsWith("expected"))).sorted().limit(limit).toList();
        }
        int clean = 0, failedToRender = 0;
        long renderNanos = 0;
        Map<String, Integer> ids = new TreeMap<>();
        RenderContext ctx = new RenderContext(Instant.parse("2026-11-26T12:00:00Z"));
        for (Path p : pages) {
            byte[] epub;
            try {
                Page page = FileSource.readFile(p);
                Article article = new AssignHeadingIds().andThen(new dev.offprint.transform.InferLanguage()).apply(new Extractor().extract(page).article());
                Media media = new ResourceLoader().load(article, page).media();
                Article withNotes = new LinksAsNotes().apply(article);
                long t = System.nanoTime();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new EpubRenderer().render(withNotes, media, ctx, out);
                renderNanos += System.nanoTime() - t;
                epub = out.toByteArray();
            } catch (Exception | StackOverflowError e) {
                failedToRender++;
                System.out.println("FAILED " + p + ": " + e);
                continue;
            }
            EpubCheckOracle.Result r = EpubCheckOracle.check(epub);
            if (r.clean()) {
                clean++;
            } else {
                System.out.println(p + ": " + r);
                for (String m : r.fatals()) ids.merge("FATAL " + m.substring(0, m.indexOf(' ')), 1, Integer::sum);
                for (String m : r.errors()) ids.merge("ERROR " + m.substring(0, m.indexOf(' ')), 1, Integer::sum);
                for (String m : r.warnings()) ids.merge("WARNING " + m.substring(0, m.indexOf(' ')), 1, Integer::sum);
            }
        }
        int rendered = pages.size() - failedToRender;
        System.out.printf("%d pages: %d EPUBCheck-clean, %d with messages, %d not extracted/rendered; render %.1f ms/article; %s%n",
                pages.size(), clean, rendered - clean, failedToRender, rendered == 0 ? 0 : renderNanos / 1e6 / rendered, ids);
        // A book with EPUBCheck messages fails the check (make check-epub exits non-zero); pages that
        // could not be extracted are listed above with their reason.
        if (rendered != clean) System.exit(1);
    }
}
