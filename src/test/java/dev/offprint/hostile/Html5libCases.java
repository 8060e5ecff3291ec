package dev.offprint.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads html5lib's {@code .dat} test files: each {@code #data} block with its following sections. */
final class Html5libCases {

    /** One case: where it came from, its input, and the {@code #encoding} section if any. */
    record Case(String id, String data, String encoding) {
        @Override public String toString() { return id; }
    }

    private Html5libCases() {}

    static List<Case> read(Path dat) throws IOException {
        List<Case> out = new ArrayList<>();
        // the encoding tests hold raw bytes in many encodings: Latin-1 keeps every byte as one char
        List<String> lines = Files.readAllLines(dat, dat.getParent().getFileName().toString().equals("encoding")
                ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        String name = dat.getFileName().toString();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("#data")) continue;
            int start = i + 1;
            int j = start;
            while (j < lines.size() && !(lines.get(j).startsWith("#") && lines.get(j).matches("#[a-z-]+( .*)?"))) j++;
            String data = String.join("\n", lines.subList(start, j));
            String encoding = null;
            if (j < lines.size() && lines.get(j).equals("#encoding") && j + 1 < lines.size()) encoding = lines.get(j + 1).strip();
            out.add(new Case(name + "#" + out.size(), data, encoding));
            i = j - 1;
        }
        return out;
    }

    static List<Case> all(Path dir) throws IOException {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".dat")).sorted().toList()) out.addAll(read(p));
        }
        return out;
    }
}
