package dev.offprint.render.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * EPUBCheck 5.3.0 run in-process, shared by every test of the JVM: its first run compiles its
 * schemas (~20 s), later ones take well under a second. Collects messages by severity.
 */
public final class EpubCheckOracle {

    /** Messages of one validation, each as "ID path:line: message". */
    public record Result(List<String> fatals, List<String> errors, List<String> warnings) {
        public boolean clean() { return fatals.isEmpty() && errors.isEmpty() && warnings.isEmpty(); }
        @Override public String toString() {
            return fatals.size() + " fatal, " + errors.size() + " errors, " + warnings.size() + " warnings\n"
                    + String.join("\n", fatals) + "\n" + String.join("\n", errors) + "\n" + String.join("\n", warnings);
        }
    }

    private EpubCheckOracle() {}

    public static synchronized Result check(byte[] epub) throws IOException {
        Path tmp = Files.createTempFile("offprint-check", ".epub");
        try {
            Files.write(tmp, epub);
            Collector report = new Collector();
            new EpubCheck(tmp.toFile(), report).doValidate();
            return new Result(List.copyOf(report.fatals), List.copyOf(report.errors), List.copyOf(report.warnings));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static final class Collector extends MasterReport {
        final List<String> fatals = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity s = message.getSeverity();
            String line = message.getID() + " " + (location == null ? "" : location.getPath() + ":" + location.getLine())
                    + ": " + message.getMessage(args);
            switch (s) {
                case FATAL -> fatals.add(line);
                case ERROR -> errors.add(line);
                case WARNING -> warnings.add(line);
                default -> { }
            }
        }

        @Override public void info(String resource, FeatureEnum feature, String value) { }
        @Override public int generate() { return 0; }
        @Override public void initialize() { }
    }
}
