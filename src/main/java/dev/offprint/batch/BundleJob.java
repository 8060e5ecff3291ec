package dev.offprint.batch;

import dev.offprint.diag.OffprintException;
import dev.offprint.extract.Extractor;
import dev.offprint.model.Article;
import dev.offprint.model.Media;
import dev.offprint.render.Format;
import dev.offprint.render.RenderContext;
import dev.offprint.render.epub.EpubAnthology;
import dev.offprint.render.pdf.PdfAnthology;
import dev.offprint.render.pdf.PdfOptions;
import dev.offprint.source.FileSource;
import dev.offprint.source.Page;
import dev.offprint.source.ResourceLoader;
import dev.offprint.source.WebSource;
import dev.offprint.source.net.HttpFetcher;
import dev.offprint.transform.AssignHeadingIds;
import dev.offprint.transform.InferLanguage;
import dev.offprint.transform.LinksAsNotes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code --bundle TITLE}: every input of a request as one chapter of one anthology named after the
 * title, in input order: an EPUB ({@link EpubAnthology}) and/or a PDF ({@link PdfAnthology}), as
 * the request's formats ask (other formats are not bundled; with neither, an EPUB is made). An
 * input that cannot be converted is left out and named in the result; WARC records that are no
 * page are passed over. Chapters are held in memory until the books are written, so a bundle takes
 * at most {@link #MAX_CHAPTERS} articles.
 */
public final class BundleJob {

    /** Articles in one bundle at most: the book is built in memory. */
    public static final int MAX_CHAPTERS = 500;

    /**
     * What the bundle became.
     *
     * @param outputs  the books written (EPUB before PDF), empty when no article could be converted
     * @param chapters articles in each book
     * @param left     inputs left out, as {@code input: code: reason}
     */
    public record Result(List<Outcome.Output> outputs, int chapters, List<String> left) {
        public Result {
            outputs = List.copyOf(outputs);
            left = List.copyOf(left);
        }

        /** The first book written, or null when none was. */
        public Outcome.Output output() { return outputs.isEmpty() ? null : outputs.get(0); }
    }

    /** The formats a bundle is written in for {@code requested}: EPUB and/or PDF, EPUB when neither is asked for. */
    public static List<Format> bundledFormats(List<Format> requested) {
        List<Format> out = new ArrayList<>();
        if (requested.contains(Format.EPUB)) out.add(Format.EPUB);
        if (requested.contains(Format.PDF)) out.add(Format.PDF);
        if (out.isEmpty()) out.add(Format.EPUB);
        return out;
    }

    private final ConvertRequest request;
    private final String title;

    public BundleJob(ConvertRequest request, String title) {
        this.request = Objects.requireNonNull(request, "request");
        this.title = Objects.requireNonNull(title, "title");
    }

    /** Builds and writes the book. @throws RunFailure when the output folder cannot be written */
    public Result run() {
        Path outDir = request.outputDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new RunFailure("cannot create the output folder " + request.outputDir(), e);
        }
        Inputs.Expansion expansion = Inputs.expand(request.inputs(), outDir);
        List<String> left = new ArrayList<>();
        for (Inputs.Problem p : expansion.problems()) left.add(p.label() + ": " + p.code() + ": " + p.message());
        ResourceLoader loader = new ResourceLoader(ResourceLoader.Limits.defaults(), request.allowNetwork());
        List<EpubAnthology.Chapter> chapters = new ArrayList<>();
        for (Inputs.Item item : expansion.items()) {
            if (item.warc() != null && item.warc().kind() != dev.offprint.source.warc.WarcArchive.Kind.PAGE) continue;
            if (chapters.size() >= MAX_CHAPTERS) {
                left.add(item.label() + ": too-many: a bundle holds at most " + MAX_CHAPTERS + " articles");
                continue;
            }
            try {
                Page page = read(item);
                Article article = new AssignHeadingIds().andThen(new InferLanguage()).apply(new Extractor().extract(page).article());
                ResourceLoader.Result media = loader.load(article, page, item.archive());
                chapters.add(new EpubAnthology.Chapter(new LinksAsNotes().apply(article), media.media()));
            } catch (OffprintException e) {
                left.add(item.label() + ": " + e.code() + ": " + BatchJob.withoutLabel(e.getMessage(), item));
            } catch (IOException e) {
                left.add(item.label() + ": unreadable: " + e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                left.add(item.label() + ": internal-error: " + e.getClass().getSimpleName());
            }
        }
        if (chapters.isEmpty()) return new Result(List.of(), 0, left);
        String slug = OutputNames.slug(title);
        List<Format> formats = bundledFormats(request.formats());
        OutputNames names = new OutputNames(outDir, formats, inputPaths(expansion));
        String name = names.claim(slug.isEmpty() ? "bundle" : slug);
        RenderContext ctx = RenderContext.fromEnvironment();
        List<Outcome.Output> outputs = new ArrayList<>();
        for (Format f : formats) {
            Path target = names.target(name, f);
            try {
                outputs.add(AtomicWriter.write(target, o -> write(f, chapters, ctx, o), AtomicWriter.Gate.OPEN));
            } catch (OffprintException e) {
                left.add(target.getFileName() + ": " + e.code() + ": " + e.getMessage());
            } catch (IOException e) {
                throw new RunFailure("cannot write " + target + ": " + e.getMessage(), e);
            }
        }
        return new Result(outputs, chapters.size(), left);
    }

    private void write(Format f, List<EpubAnthology.Chapter> chapters, RenderContext ctx, java.io.OutputStream o) throws IOException {
        if (f == Format.PDF) {
            List<Article> articles = new ArrayList<>(chapters.size());
            List<Media> media = new ArrayList<>(chapters.size());
            for (EpubAnthology.Chapter c : chapters) {
                articles.add(c.article());
                media.add(c.media());
            }
            PdfOptions options = Renderers.pdfOptions(request);
            new PdfAnthology(options).render(title, articles, media, ctx, o);
        } else {
            new EpubAnthology().render(title, chapters, ctx, o);
        }
    }

    private static Set<Path> inputPaths(Inputs.Expansion expansion) {
        Set<Path> s = new java.util.HashSet<>();
        for (Inputs.Item i : expansion.items()) if (i.path() != null) s.add(i.path().toAbsolutePath().normalize());
        return s;
    }

    private Page read(Inputs.Item item) throws IOException {
        if (item.warc() != null) return item.archive().readPage(item.warc());
        if (item.stdin()) throw new OffprintException("bad-input", "stdin cannot be bundled");
        if (item.url()) {
            if (!request.allowNetwork()) throw new OffprintException("network-off", "URL inputs are fetched only with --allow-network");
            return new WebSource(new HttpFetcher(), FileSource.DEFAULT_MAX_BYTES).read(item.label());
        }
        return new FileSource().read(item.path());
    }
}
