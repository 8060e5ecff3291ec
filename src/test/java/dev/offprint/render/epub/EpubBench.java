package dev.offprint.render.epub;

import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Inline;
import dev.offprint.model.KitchenSink;
import dev.offprint.model.Media;
import dev.offprint.model.Metadata;
import dev.offprint.model.Note;
import dev.offprint.model.Reference;
import dev.offprint.render.RenderContext;
import dev.offprint.render.html.HtmlRenderer;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A quick benchmark (a test-scope main, not a test): milliseconds per article for the EPUB and HTML
 * renderers on the kitchen sink and on a long synthetic article with images, after warm-up.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.offprint.render.epub.EpubBench}.
 */
public final class EpubBench {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        RenderContext ctx = new RenderContext(Instant.parse("2026-11-26T12:00:00Z"));
        byte[] png = TestImages.raster("png", 800, 600, Color.RED);
        byte[] jpg = TestImages.raster("jpg", 1200, 800, Color.BLUE);
        Media media = new Media(Map.of(
                "https://example.org/figure.png", new Media.Item(png, "image/png", 800, 600),
                "https://example.org/long/0.jpg", new Media.Item(jpg, "image/jpeg", 1200, 800),
                "https://example.org/long/1.png", new Media.Item(png, "image/png", 800, 600)));
        bench("kitchen sink", KitchenSink.article(), media, ctx, rounds);
        bench("long article (120 paragraphs, 60 links, 2 images)", longArticle(), media, ctx, rounds);
        long t0 = System.nanoTime();
        byte[] epub = render(longArticle(), media, ctx);
        EpubCheckOracle.Result first = EpubCheckOracle.check(epub);
        long t1 = System.nanoTime();
        EpubCheckOracle.Result second = EpubCheckOracle.check(epub);
        long t2 = System.nanoTime();
        System.out.printf("EPUBCheck long article: first %d ms (%s), second %d ms (%s)%n",
                (t1 - t0) / 1_000_000, first.clean() ? "clean" : first, (t2 - t1) / 1_000_000, second.clean() ? "clean" : second);
    }

    private static void bench(String name, Article a, Media media, RenderContext ctx, int rounds) throws Exception {
        for (int i = 0; i < 10; i++) render(a, media, ctx);
        long t = System.nanoTime();
        int bytes = 0;
        for (int i = 0; i < rounds; i++) bytes = render(a, media, ctx).length;
        double epubMs = (System.nanoTime() - t) / 1e6 / rounds;
        HtmlRenderer html = new HtmlRenderer();
        for (int i = 0; i < 10; i++) html.renderToString(a, media, ctx);
        t = System.nanoTime();
        for (int i = 0; i < rounds; i++) html.renderToString(a, media, ctx);
        double htmlMs = (System.nanoTime() - t) / 1e6 / rounds;
        System.out.printf("%s: epub %.1f ms/article (%d bytes), html %.2f ms/article%n", name, epubMs, bytes, htmlMs);
    }

    private static byte[] render(Article a, Media media, RenderContext ctx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubRenderer().render(a, media, ctx, out);
        return out.toByteArray();
    }

    static Article longArticle() {
        List<Block> body = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Reference> refs = new ArrayList<>();
        for (int r = 1; r <= 20; r++) refs.add(Reference.unparsed("r" + r, "Author " + r + ". A cited work, volume " + r + ". 2001."));
        for (int s = 0; s < 12; s++) {
            body.add(new Block.Heading(2, List.of(new Inline.Text("Section " + s)), "section-" + s));
            for (int p = 0; p < 10; p++) {
                int n = s * 10 + p;
                List<Inline> inl = new ArrayList<>();
                inl.add(new Inline.Text("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt "
                        + "ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco. "));
                if (n % 2 == 0) {
                    String url = "https://example.org/page/" + n;
                    inl.add(new Inline.Link(url, "", List.of(new Inline.Text("a link"))));
                    inl.add(new Inline.NoteRef("l" + n));
                    notes.add(new Note("l" + n, Note.Kind.LINK, List.of(new Block.Paragraph(List.of(new Inline.Text(url)))), url));
                }
                inl.add(new Inline.CitationRef("r" + (n % 20 + 1)));
                body.add(new Block.Paragraph(inl));
            }
            if (s < 2) body.add(new Block.Figure("https://example.org/long/" + s + (s == 0 ? ".jpg" : ".png"), "Figure " + s, 0, 0,
                    List.of(new Inline.Text("Caption " + s)), List.of()));
        }
        Metadata m = new Metadata("A Long Article", null, List.of("A. Writer"), "Bench Site", null,
                "https://example.org/long", "2024-01-01", null, null, "en", "ltr", "Long.", List.of(), null);
        return new Article(m, body, refs, notes, List.of(), null);
    }
}
