package dev.offprint.render.pdf;

import dev.offprint.render.RenderContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A measuring tool (a test-scope main, not a test): every page of a corpus folder through the
 * pipeline stages into PDF (default options), checked by veraPDF for PDF/A-2u and PDF/UA-1;
 * prints clean/failed counts per flavour, the failed rule ids with how many files broke them, and
 * the milliseconds per page for rendering and for validation. Usage: {@code PdfCorpusCheck DIR [LIMIT]}; with {@code -Dkeep=OUTDIR} the PDFs are kept there, with {@code -DsystemFallback=true} the system CJK fallback font is used.
 */
public final class PdfCorpusCheck {

    public static void main(String[] args) throws Exception {
        List<Path> pages = CorpusPages.pages(Path.of(args[0]));
        if (args.length > 1) pages = pages.subList(0, Math.min(pages.size(), Integer.parseInt(args[1])));
        PdfOptions options = PdfOptions.defaults();
        if (Boolean.getBoolean("systemFallback")) options = options.withFallbackFont(PdfOptions.systemFallbackFont().orElse(null));
        String keepDir = System.getProperty("keep");
        Path keep = keepDir == null ? null : Path.of(keepDir);
        int failedToRender = 0, cleanA = 0, cleanUa = 0;
        long renderNanos = 0, checkNanos = 0;
        Map<String, Integer> rulesA = new TreeMap<>(), rulesUa = new TreeMap<>();
        for (Path p : pages) {
            byte[] pdf;
            try {
                CorpusPages.Prepared prep = CorpusPages.prepare(p);
                if (prep == null) {
                    failedToRender++;
                    System.out.println("NO ARTICLE " + p);
                    continue;
                }
                long t = System.nanoTime();
                pdf = prep.pdf(options, new RenderContext(CorpusPages.CONVERTED));
                renderNanos += System.nanoTime() - t;
                if (keep != null) {
                    java.nio.file.Files.createDirectories(keep);
                    java.nio.file.Files.write(keep.resolve(p.getParent().getFileName() + "-" + p.getFileName() + ".pdf"), pdf);
                }
            } catch (Exception | StackOverflowError e) {
                failedToRender++;
                System.out.println("FAILED " + p + ": " + e);
                continue;
            }
            long t = System.nanoTime();
            List<String> a = VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U);
            List<String> ua = VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1);
            checkNanos += System.nanoTime() - t;
            if (a.isEmpty()) cleanA++;
            if (ua.isEmpty()) cleanUa++;
            for (String f : a) rulesA.merge(f.substring(0, f.indexOf(':')), 1, Integer::sum);
            for (String f : ua) rulesUa.merge(f.substring(0, f.indexOf(':')), 1, Integer::sum);
            if (!a.isEmpty() || !ua.isEmpty()) System.out.println(p + ":\n  PDF/A-2u " + a + "\n  PDF/UA-1 " + ua);
        }
        int rendered = pages.size() - failedToRender;
        System.out.printf("%d pages, %d not extracted (no article) or not rendered%n", pages.size(), failedToRender);
        System.out.printf("PDF/A-2u: %d clean, %d failed; rules (files): %s%n", cleanA, rendered - cleanA, rulesA);
        System.out.printf("PDF/UA-1: %d clean, %d failed; rules (files): %s%n", cleanUa, rendered - cleanUa, rulesUa);
        System.out.printf("render %.1f ms/page, veraPDF (both flavours) %.1f ms/page%n",
                rendered == 0 ? 0 : renderNanos / 1e6 / rendered, rendered == 0 ? 0 : checkNanos / 1e6 / rendered);
    }
}
