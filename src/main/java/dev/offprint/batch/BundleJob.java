package dev.offprint.batch;

import dev.offprint.diag.OffprintException;
import dev.offprint.extract.Extractor;
import dev.offprint.model.Article;
import dev.offprint.render.RenderContext;
import dev.offprint.render.epub.EpubAnthology;
import dev.offprint.source.FileSource;
import dev.offprint.source.Page;
import dev.offprint.source.ResourceLoader;
import dev.offprint.source.WebSource;
import dev.offprint.source.net.HttpFetcher;
import dev.offprint.transform.AssignHeadingIds;
import dev.offprint.transform.LinksAsNotes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code --bundle TITLE}: every input of a request as one chapter of one EPUB anthology
 * ({@link EpubAnthology}) named after the title, in input order. An input that cannot be converted
 * is left out and named in the result; WARC records that are no page are passed over. Chapters are
 * held in memory until the book is written, so a bundle takes at most {@link #MAX_CHAPTERS}
 * articles. PDF bundles are not made (the PDF renderer takes one article).
 */
public final class BundleJob {

    /** Articles in one bundle at most: the book is built in memory. */
    public static final int MAX_CHAPTERS = 500;

    /**
     * What the bundle became.
     *
     * @param output   the EPUB written, or null when no article could be converted
     * @param chapters articles in the book
     * @param left     inputs left out, as {@code input: code: reason}
     */
    public record Result(Outcome.Output output, int chapters, List<String> left) {
        public Result { left = List.copyOf(left); }
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
                Article article = new AssignHeadingIds().apply(new Extractor().extract(page).article());
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
        if (chapters.isEmpty()) return new Result(null, 0, left);
        String slug = OutputNames.slug(title);
        OutputNames names = new OutputNames(outDir, List.of(dev.offprint.render.Format.EPUB), inputPaths(expansion));
        Path target = names.target(names.claim(slug.isEmpty() ? "bundle" : slug), dev.offprint.render.Format.EPUB);
        RenderContext ctx = RenderContext.fromEnvironment();
        try {
            Outcome.Output out = AtomicWriter.write(target, o -> new EpubAnthology().render(title, chapters, ctx, o), AtomicWriter.Gate.OPEN);
            return new Result(out, chapters.size(), left);
        } catch (IOException e) {
            throw new RunFailure("cannot write " + target + ": " + e.getMessage(), e);
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
