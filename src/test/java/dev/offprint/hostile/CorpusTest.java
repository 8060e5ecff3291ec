package dev.offprint.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offprint.diag.OffprintException;
import dev.offprint.render.Format;
import dev.offprint.render.epub.EpubCheckOracle;
import dev.offprint.source.Charsets;
import dev.offprint.source.FileSource;
import dev.offprint.source.Page;
import dev.offprint.source.ResourceLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * H24 and H25: jsoup's fuzz-crash files (all of them, MIT, copied with their licence) and a sample
 * of html5lib's tree-construction cases (MIT) convert to PDF and EPUB or fail with a clear code,
 * within the time limit; PDFs load and give text, EPUBs are well-formed and (for the jsoup files)
 * pass EPUBCheck. {@link HostileLargeTest} runs every html5lib case from ../shared.
 */
class CorpusTest {

    static Path resource(String name) {
        try {
            return Path.of(CorpusTest.class.getResource("/hostile/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> jsoupFuzz() throws IOException {
        try (Stream<Path> s = Files.list(resource("jsoup-fuzz"))) {
            return s.filter(p -> p.toString().contains(".htm")).sorted().toList().stream();
        }
    }

    /** The outcome of one page: converted (and checked) or refused with a code. */
    static String convertAndCheck(Page page, boolean epubCheck) throws IOException {
        Pipeline.Rendered r;
        try {
            r = Pipeline.page(page, EnumSet.of(Format.PDF, Format.EPUB), new ResourceLoader());
        } catch (OffprintException e) {
            assertTrue(e.code() != null && !e.code().isBlank(), "a failure without a code");
            return "failed:" + e.code();
        }
        Oracle.pdfContains(r.outputs().get(Format.PDF), null); // loads and gives text, or throws
        Oracle.checkEpubEntries(r.outputs().get(Format.EPUB), null);
        if (epubCheck) {
            EpubCheckOracle.Result v = EpubCheckOracle.check(r.outputs().get(Format.EPUB));
            assertTrue(v.clean(), page.label() + ": EPUBCheck: " + v);
        }
        return "ok";
    }

    private static String jdkDecode(byte[] bytes, String encoding) {
        try {
            return new String(bytes, java.nio.charset.Charset.forName(encoding));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsoupFuzz")
    void jsoupFuzzFilesConvertOrFailCleanlyH24(Path file) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Page page;
            try {
                page = FileSource.readFile(file);
            } catch (OffprintException e) {
                return; // empty, binary, not gzip: refused with a code
            }
            convertAndCheck(page, true);
        }, file.getFileName().toString());
    }

    static Stream<Html5libCases.Case> html5libSample() throws IOException {
        List<Html5libCases.Case> all = Html5libCases.all(resource("html5lib/tree-construction"));
        List<Html5libCases.Case> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 8) sample.add(all.get(i));
        return sample.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("html5libSample")
    void html5libTreeConstructionSampleH25(Html5libCases.Case c) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> convertHtml5lib(c, false), c.id());
    }

    static String convertHtml5lib(Html5libCases.Case c, boolean epubCheck) throws IOException {
        byte[] bytes = c.data().getBytes(StandardCharsets.UTF_8);
        Page page;
        try {
            page = new FileSource().fromBytes(c.id(), bytes, null, "https://example.org/" + c.id().replace('#', '/'), null, null);
        } catch (OffprintException e) {
            return "failed:" + e.code();
        }
        return convertAndCheck(page, epubCheck);
    }

    /** html5lib's encoding cases: never an exception, and (where our table knows the label) the expected encoding. */
    @Test
    void html5libEncodingCasesDecodeH39() throws IOException {
        List<Html5libCases.Case> cases = Html5libCases.all(resource("html5lib/encoding"));
        int agree = 0;
        List<String> differ = new ArrayList<>();
        for (Html5libCases.Case c : cases) {
            byte[] bytes = c.data().getBytes(StandardCharsets.ISO_8859_1);
            Charsets.Decoded d = Charsets.decode(bytes);
            String want = Charsets.lookup(c.encoding());
            if (want != null && (want.equalsIgnoreCase(d.charset()) || d.text().equals(jdkDecode(bytes, want)))) agree++;
            else differ.add(c.id() + ": want " + c.encoding() + ", got " + d.charset());
        }
        System.out.println("[hostile] html5lib encoding cases: " + agree + " of " + cases.size() + " agree");
        assertTrue(cases.size() > 50, "found the cases: " + cases.size());
        // Same text counts as agreement (an ASCII page is the same in UTF-8 and windows-1252). The known
        // misses: a <meta> after the 1024-byte prescan window (browsers switch encodings mid-parse; we do not).
        assertTrue(agree >= cases.size() * 0.75, agree + " of " + cases.size() + " agree:\n" + String.join("\n", differ));
    }
}
