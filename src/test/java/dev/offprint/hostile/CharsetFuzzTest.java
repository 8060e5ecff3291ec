package dev.offprint.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.offprint.diag.OffprintException;
import dev.offprint.source.Charsets;
import dev.offprint.source.FileSource;

/**
 * Fuzz target: a transport charset label and page bytes, decoded in the WHATWG order. Nothing may
 * throw but a clean {@link OffprintException} from the page checks, and the decoded text never
 * holds a lone surrogate. Replays {@code CharsetFuzzTestInputs/decode/}.
 */
class CharsetFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void decode(FuzzedDataProvider data) {
        String label = data.consumeBoolean() ? data.consumeString(40) : null;
        byte[] bytes = data.consumeRemainingAsBytes();
        Charsets.Decoded d = Charsets.decode(bytes, label);
        if (d.text() == null || d.charset() == null) throw new IllegalStateException("null decode");
        String t = d.text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 >= t.length() || !Character.isLowSurrogate(t.charAt(i + 1)))) {
                throw new IllegalStateException("lone high surrogate at " + i + " decoding " + d.charset());
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(t.charAt(i - 1)))) {
                throw new IllegalStateException("lone low surrogate at " + i + " decoding " + d.charset());
            }
        }
        Charsets.lookup(label);
        try {
            new FileSource().fromBytes("fuzz.html", bytes, label, "about:blank", null, null);
        } catch (OffprintException e) {
            // empty, binary: clean refusals
        }
    }
}
