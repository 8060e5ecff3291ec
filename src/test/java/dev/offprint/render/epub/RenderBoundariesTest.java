package dev.offprint.render.epub;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The render packages keep to their imports: epub4j only in BookAdapter, no parser or source stage anywhere. */
class RenderBoundariesTest {

    private static List<Path> sources(String pkg) throws IOException {
        Path dir = Path.of("src/main/java/dev/offprint/render", pkg);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void htmlAndEpubImportOnlyWhatTheyMay() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String pkg : List.of("html", "epub")) {
            List<Path> files = sources(pkg);
            assertFalse(files.isEmpty(), pkg);
            for (Path p : files) {
                for (String line : Files.readAllLines(p)) {
                    if (!line.startsWith("import ")) continue;
                    boolean epub4j = line.contains("io.documentnode");
                    if (epub4j && !p.getFileName().toString().equals("BookAdapter.java")) offences.add(p + ": " + line);
                    if (line.matches("import (static )?(org\\.jsoup|org\\.apache\\.pdfbox|picocli|com\\.fasterxml|dev\\.offprint\\.(extract|source|batch|cli)).*")) {
                        offences.add(p + ": " + line);
                    }
                    if (pkg.equals("html") && line.contains("dev.offprint.render.epub")) offences.add(p + ": " + line);
                }
            }
        }
        assertEquals(List.of(), offences);
    }
}
