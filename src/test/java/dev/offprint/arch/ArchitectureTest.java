package dev.offprint.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of DESIGN.md, checked by reading the {@code import} lines (and fully
 * qualified third-party names in code) of every file under {@code src/main/java}: data flows one way
 * and each third-party library lives in one package.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** One source file: its package and everything it imports. */
    record Source(Path file, String pkg, List<String> imports, String code) {}

    private static List<Source> sources;

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;");

    @BeforeAll
    static void scan() throws IOException {
        sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher pm = PACKAGE.matcher(text);
                String pkg = pm.find() ? pm.group(1) : "";
                List<String> imports = new ArrayList<>();
                Matcher im = IMPORT.matcher(text);
                while (im.find()) imports.add(im.group(1));
                sources.add(new Source(f, pkg, imports, stripComments(text)));
            }
        }
        assertTrue(sources.size() > 10, "found the sources");
    }

    /** Code without comments and string literals, so Javadoc links and messages do not count. */
    static String stripComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (text.startsWith("//", i)) {
                while (i < n && text.charAt(i) != '\n') i++;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') i += text.charAt(i) == '\\' ? 2 : 1;
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean in(String pkg, String... homes) {
        for (String h : homes) if (pkg.equals(h) || pkg.startsWith(h + ".")) return true;
        return false;
    }

    /** Files outside {@code homes} that use a package starting with {@code prefix}. */
    private static List<String> usesOutside(String prefix, String... homes) {
        List<String> bad = new ArrayList<>();
        Pattern fqn = Pattern.compile("\\b" + Pattern.quote(prefix) + "\\.");
        for (Source s : sources) {
            if (in(s.pkg(), homes)) continue;
            boolean imported = s.imports().stream().anyMatch(i -> i.startsWith(prefix + "."));
            String body = s.code().replaceAll("(?m)^\\s*(import|package)\\s.*$", "");
            if (imported || fqn.matcher(body).find()) bad.add(s.file().toString());
        }
        return bad;
    }

    @Test
    void modelImportsOnlyTheJdk() {
        List<String> bad = new ArrayList<>();
        for (Source s : sources) {
            if (!in(s.pkg(), "dev.offprint.model")) continue;
            for (String i : s.imports()) {
                if (!(i.startsWith("java.") || i.startsWith("dev.offprint.model."))) bad.add(s.file() + ": " + i);
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void eachThirdPartyLibraryLivesInOnePackage() {
        Map<String, List<String>> bad = new TreeMap<>();
        bad.put("jsoup", usesOutside("org.jsoup", "dev.offprint.extract", "dev.offprint.source"));
        bad.put("pdfbox", usesOutside("org.apache.pdfbox", "dev.offprint.render.pdf"));
        bad.put("xmpbox", usesOutside("org.apache.xmpbox", "dev.offprint.render.pdf"));
        bad.put("epub4j", usesOutside("io.documentnode", "dev.offprint.render.epub"));
        bad.put("picocli", usesOutside("picocli", "dev.offprint.cli"));
        bad.put("jackson", usesOutside("com.fasterxml.jackson", "dev.offprint.render.json", "dev.offprint.batch"));
        bad.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), bad);
    }

    @Test
    void dataFlowsOneWay() {
        Map<String, List<String>> bad = new TreeMap<>();
        // renderers see only the model, diagnostics and the render seams
        bad.put("render -> extract/source", concat(usesOutside("dev.offprint.extract", notIn("dev.offprint.render")),
                usesOutside("dev.offprint.source", notIn("dev.offprint.render"))));
        bad.put("model/diag/transform -> later stages", usesIn(List.of("dev.offprint.model", "dev.offprint.diag", "dev.offprint.transform"),
                "dev.offprint.source", "dev.offprint.extract", "dev.offprint.render", "dev.offprint.batch", "dev.offprint.cli"));
        bad.put("anything -> cli", usesOutside("dev.offprint.cli", "dev.offprint.cli"));
        bad.put("stages -> batch", usesIn(List.of("dev.offprint.source", "dev.offprint.extract", "dev.offprint.render"),
                "dev.offprint.batch"));
        bad.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), bad);
    }

    /** Every package except those under {@code pkg}: for usesOutside's "homes" that are everything else. */
    private static String[] notIn(String pkg) {
        Set<String> others = new TreeSet<>();
        for (Source s : sources) if (!in(s.pkg(), pkg)) others.add(s.pkg());
        return others.toArray(String[]::new);
    }

    /** Files in {@code pkgs} that use any of {@code targets}. */
    private static List<String> usesIn(List<String> pkgs, String... targets) {
        List<String> bad = new ArrayList<>();
        for (Source s : sources) {
            if (!in(s.pkg(), pkgs.toArray(String[]::new))) continue;
            for (String t : targets) {
                Pattern fqn = Pattern.compile("\\b" + Pattern.quote(t) + "\\.");
                String body = s.code().replaceAll("(?m)^\\s*(import|package)\\s.*$", "");
                if (s.imports().stream().anyMatch(i -> i.startsWith(t + ".")) || fqn.matcher(body).find()) bad.add(s.file() + " uses " + t);
            }
        }
        return bad;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void everyPackageHasAPackageInfoStatingItsJob() {
        Set<String> packages = new TreeSet<>();
        for (Source s : sources) packages.add(s.pkg());
        List<String> missing = new ArrayList<>();
        for (String pkg : packages) {
            Path info = MAIN.resolve(pkg.replace('.', '/')).resolve("package-info.java");
            boolean documented = Files.exists(info) && read(info).matches("(?s)\\s*/\\*\\*.*?\\*/\\s*(@\\w+\\s*)*package\\s.*");
            if (!documented) missing.add(pkg);
        }
        assertEquals(List.of(), missing, "packages without a documented package-info.java");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
