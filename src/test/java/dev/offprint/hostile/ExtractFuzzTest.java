package dev.offprint.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.offprint.diag.OffprintException;
import dev.offprint.extract.Extractor;
import dev.offprint.source.FileSource;
import dev.offprint.source.Page;

/**
 * Fuzz target: any bytes, read as a page and extracted. The only allowed failure is an
 * {@link OffprintException} (a clear error with a code); any other exception or {@code Error} is a
 * finding. Without {@code JAZZER_FUZZ=1} it replays {@code ExtractFuzzTestInputs/extract/}.
 */
class ExtractFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void extract(byte[] data) {
        Page page;
        try {
            page = new FileSource().fromBytes("fuzz.html", data, null, "https://example.org/a/page.html", null, null);
        } catch (OffprintException e) {
            return;
        }
        try {
            new Extractor().extract(page);
        } catch (OffprintException e) {
            // a clean refusal (no article, too complex)
        }
    }
}
