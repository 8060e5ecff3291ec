package dev.offprint.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A Chinese page that declares no language was tagged English in the PDF (a screen reader read it
 * with an English voice) and "und" in the EPUB: both now say zh (InferLanguage in the pipeline).
 */
class UndeclaredLanguageTest {

    @TempDir Path tmp;

    @Test
    void aChinesePageWithoutLangIsTaggedChineseInPdfAndEpub() throws Exception {
        String para = "一个约定，信守十五年，感人至深；一段真情，延续十五年，催人泪下。六月三日上午，话剧全省各市巡演活动来到张家口。";
        Path page = tmp.resolve("zh.html");
        Files.writeString(page, "<html><head><meta charset=\"utf-8\"><title>话剧河北各市巡演结束</title></head><body><article>"
                + "<h1>话剧河北各市巡演结束</h1><p>" + para + "</p><p>" + para + "</p><p>" + para + "</p></article></body></html>",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cl.execute("convert", "-q", "-f", "pdf,epub,html", "-o", out.toString(), page.toString()));
        try (PDDocument doc = Loader.loadPDF(out.resolve("zh.pdf").toFile())) {
            assertEquals("zh", doc.getDocumentCatalog().getLanguage());
        }
        try (ZipFile z = new ZipFile(out.resolve("zh.epub").toFile())) {
            String opf = new String(z.getInputStream(z.getEntry("EPUB/package.opf")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(opf.contains("<dc:language>zh</dc:language>"), opf);
        }
        assertTrue(Files.readString(out.resolve("zh.html")).contains("<html lang=\"zh\""));
    }
}
