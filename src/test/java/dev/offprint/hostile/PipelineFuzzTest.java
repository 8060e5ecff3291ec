package dev.offprint.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.offprint.diag.OffprintException;
import dev.offprint.render.Format;
import dev.offprint.source.FileSource;
import dev.offprint.source.Page;
import dev.offprint.source.ResourceLoader;
import java.io.IOException;
import java.util.EnumSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Fuzz target: any bytes through the whole pipeline to PDF and EPUB. Findings are exceptions other
 * than {@link OffprintException}, {@code Error}s, and outputs that are not a loadable PDF or a ZIP
 * whose first entry is the EPUB {@code mimetype}. Replays {@code PipelineFuzzTestInputs/toPdfAndEpub/}.
 */
class PipelineFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void toPdfAndEpub(byte[] data) throws IOException {
        Page page;
        try {
            page = new FileSource().fromBytes("fuzz.html", data, null, "https://example.org/a/page.html", null, null);
        } catch (OffprintException e) {
            return;
        }
        Pipeline.Rendered r;
        try {
            r = Pipeline.page(page, EnumSet.of(Format.PDF, Format.EPUB), new ResourceLoader());
        } catch (OffprintException e) {
            return;
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(r.outputs().get(Format.PDF))) {
            if (pdf.getNumberOfPages() < 1) throw new IllegalStateException("PDF without pages");
        }
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(r.outputs().get(Format.EPUB)))) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals("mimetype")) throw new IllegalStateException("EPUB without a leading mimetype");
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().contains("..") || e.getName().startsWith("/")) throw new IllegalStateException("bad entry " + e.getName());
            }
        }
    }
}
