package dev.offprint.render.pdf;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.render.RenderContext;
import dev.offprint.render.epub.EpubCheckOracle;
import dev.offprint.render.epub.EpubRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Real pages through the batch pipeline's stages into PDF and EPUB: veraPDF finds no failed rule
 * for PDF/A-2u or PDF/UA-1, EPUBCheck reports no fatal, error or warning, and the PDF read back
 * by PDFBox holds the article's first and last paragraphs. Runs on a fixed sample of the shared
 * readability corpus (every {@link #STEP}th page in path order) and on every page of source/.
 */
class CorpusConformanceTest {

    /** Every 4th of the 130 corpus pages: 33 pages, within the time budget of the suite. */
    static final int STEP = 4;

    /** Checks one page; false when the extractor found no article in it (nothing rendered, nothing to check). */
    private static boolean check(Path p, List<String> failures) throws Exception {
        CorpusPages.Prepared prep = CorpusPages.prepare(p);
        if (prep == null) return false;
        // as batch/Renderers sets them: the defaults, with the system CJK fallback font when installed
        PdfOptions options = PdfOptions.defaults().withFallbackFont(PdfOptions.systemFallbackFont().orElse(null));
        byte[] pdf = prep.pdf(options, new RenderContext(CorpusPages.CONVERTED));
        List<String> a = VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U);
        List<String> ua = VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1);
        if (!a.isEmpty()) failures.add(prep.name() + " PDF/A-2u: " + a);
        if (!ua.isEmpty()) failures.add(prep.name() + " PDF/UA-1: " + ua);

        String text = CorpusPages.letters(CorpusPages.bodyText(pdf, options));
        List<String> paras = CorpusPages.paragraphs(prep.plain());
        if (!paras.isEmpty()) {
            for (String para : List.of(paras.get(0), paras.get(paras.size() - 1))) {
                String want = CorpusPages.drawableLetters(para, options);
                if (!text.contains(want)) {
                    failures.add(prep.name() + ": the PDF's text lacks the paragraph \"" + para + "\"");
                }
            }
        }

        ByteArrayOutputStream epub = new ByteArrayOutputStream();
        new EpubRenderer().render(prep.withNotes(), prep.media(), new RenderContext(CorpusPages.CONVERTED), epub);
        EpubCheckOracle.Result r = EpubCheckOracle.check(epub.toByteArray());
        if (!r.clean()) failures.add(prep.name() + " EPUBCheck: " + r);
        return true;
    }

    @Test
    void corpusSampleConforms() throws Exception {
        Path dir = CorpusPages.shared().resolve("corpus/readability");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no shared corpus at " + dir);
        List<Path> sample = CorpusPages.sample(CorpusPages.pages(dir), STEP);
        assertTrue(sample.size() >= 30, "sample of " + sample.size());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Path p : sample) if (check(p, failures)) checked++;
        assertTrue(checked >= 30, "only " + checked + " pages had an article");
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void everySamplePageOfSourceConforms() throws Exception {
        Path dir = Path.of("source");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no source/ folder");
        List<Path> pages = CorpusPages.pages(dir).stream().filter(p -> p.getParent().equals(dir)).toList();
        Assumptions.assumeFalse(pages.isEmpty());
        List<String> failures = new ArrayList<>();
        for (Path p : pages) assertTrue(check(p, failures), p + " has no article");
        assertEquals(List.of(), failures, String.join("\n", failures));
    }
}
