package dev.offprint.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input that ever crashed or hung a fuzz target, kept in {@code src/test/resources/crashers/}
 * (a file named {@code extract-*}, {@code charset-*} or anything else for the whole pipeline), replayed
 * through the same checks as the fuzz targets on every build.
 */
class CrashersTest {

    static Stream<Path> crashers() throws IOException {
        Path dir = CorpusTest.resource("../crashers");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().equals("README.md")).sorted().toList().stream();
        }
    }

    /** The charset target's checks on raw bytes: every label position is tried as no label. */
    private static void charset(byte[] data) {
        String t = dev.offprint.source.Charsets.decode(data, null).text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean pairOk = Character.isHighSurrogate(c) ? i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(t.charAt(i - 1)));
            if (!pairOk) throw new IllegalStateException("lone surrogate at " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crashers")
    void replays(Path file) throws IOException {
        byte[] data = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            if (name.startsWith("extract-")) new ExtractFuzzTest().extract(data);
            else if (name.startsWith("charset-")) charset(data);
            else new PipelineFuzzTest().toPdfAndEpub(data);
        }, name);
    }
}
