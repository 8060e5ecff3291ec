package dev.offprint.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF as a library, the PDF/A-2u and PDF/UA-1 oracle. Initialised once per test JVM (the first
 * validation takes seconds); validators are created per call because they are not thread-safe.
 */
final class VeraPdf {

    private static boolean initialised;

    private VeraPdf() {}

    private static synchronized void init() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }

    /** The failed rules ("clause-test: message (count)"), empty when the file conforms to {@code flavour}. */
    static synchronized List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        init();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> failed = new TreeMap<>();
            Map<String, String> messages = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() != TestAssertion.Status.FAILED) continue;
                String id = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                failed.merge(id, 1, Integer::sum);
                messages.putIfAbsent(id, a.getMessage() + " [" + a.getLocation().getContext() + "]");
            }
            List<String> out = new ArrayList<>();
            failed.forEach((id, n) -> out.add(id + ": " + messages.get(id) + " (" + n + ")"));
            if (out.isEmpty() && !result.isCompliant()) out.add("not compliant, no failed assertion reported");
            return out;
        }
    }
}
