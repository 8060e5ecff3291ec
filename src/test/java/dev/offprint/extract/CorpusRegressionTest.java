package dev.offprint.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.offprint.source.FileSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Regression floors on a fixed sample of real pages from the shared readability corpus: the body
 * text's token F1 against Readability.js's expected output must not fall below what the extractor
 * reached when the floor was set (the floors are those scores, rounded down to 0.05). Skipped when
 * ../shared is absent. Run with {@code -Doffprint.regression.print=true} to print current scores.
 */
class CorpusRegressionTest {

    /** Page -> floor. Pages chosen every fifth folder of the corpus, plus a few with known hazards. */
    private static final Map<String, Double> FLOORS = new LinkedHashMap<>();
    static {
        String[] rows = {
            "001:0.95", "aclu:0.95", "base-url:0.95", "blogger:0.95", "clean-links:0.95", "daringfireball-1:0.95",
            "ehow-1:0.95", "folha:0.95", "heise:0.95", "ietf-1:0.95", "la-nacion:0.95", "liberation-1:0.95",
            "mathjax:0.95", "msn:0.95", "nytimes-4:0.95", "remove-script-tags:0.95", "rtl-1:0.95", "schema-org-context-object:0.95",
            "title-and-h1-discrepancy:0.90", "tumblr:0.95", "wapo-1:0.95", "wikipedia:0.80", "yahoo-1:0.95", "bbc-1:0.95",
            "guardian-1:0.95", "medium-1:0.95", "qq:0.85",
        };
        for (String r : rows) {
            int c = r.lastIndexOf(':');
            FLOORS.put(r.substring(0, c), Double.parseDouble(r.substring(c + 1)));
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) bag.merge(m.group(), 1, Integer::sum);
        return bag;
    }

    /** Token-bag F1 of {@code got} against {@code want}. */
    static double f1(String want, String got) {
        Map<String, Integer> w = bag(want);
        Map<String, Integer> g = bag(got);
        int tp = 0, nw = 0, ng = 0;
        for (int v : w.values()) nw += v;
        for (int v : g.values()) ng += v;
        for (Map.Entry<String, Integer> e : g.entrySet()) tp += Math.min(e.getValue(), w.getOrDefault(e.getKey(), 0));
        if (nw == 0 && ng == 0) return 1;
        if (tp == 0) return 0;
        double p = tp / (double) ng, r = tp / (double) nw;
        return 2 * p * r / (p + r);
    }

    @Test
    void samplePagesKeepTheirScores() throws IOException {
        Path corpus = Path.of(System.getProperty("offprint.shared", "../shared"), "corpus/readability");
        assumeTrue(Files.isDirectory(corpus), "shared corpus not present");
        boolean print = Boolean.getBoolean("offprint.regression.print");
        Extractor extractor = new Extractor();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (Map.Entry<String, Double> e : FLOORS.entrySet()) {
            Path dir = corpus.resolve(e.getKey());
            if (!Files.isDirectory(dir)) continue;
            String expected = Jsoup.parse(Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8)).text();
            String got = PlainText.of(extractor.extract(FileSource.readFile(dir.resolve("source.html"))).article().body());
            double score = f1(expected, got);
            if (print) System.out.printf("%s:%.3f%n", e.getKey(), score);
            if (score < e.getValue()) failures.add(String.format("%s %.3f < %.2f", e.getKey(), score, e.getValue()));
        }
        double secs = (System.nanoTime() - start) / 1e9;
        assertTrue(failures.isEmpty(), "below floor: " + failures);
        assertTrue(secs < 30, "took " + secs + " s");
    }
    /** Metadata floors on the whole readability corpus (130 pages): pages whose title, authors and published day match, as measured when set. */
    static final int TITLE_FLOOR = 96;
    static final int AUTHOR_FLOOR = 58;
    static final int DATE_FLOOR = 32;

    @Test
    void metadataOnTheReadabilityCorpusKeepsItsScores() throws IOException {
        Path corpus = Path.of(System.getProperty("offprint.shared", "../shared"), "corpus/readability");
        assumeTrue(Files.isDirectory(corpus), "shared corpus not present");
        Extractor extractor = new Extractor();
        int titles = 0, authors = 0, dates = 0;
        List<Path> dirs;
        try (java.util.stream.Stream<Path> st = Files.list(corpus)) { dirs = st.sorted().toList(); }
        for (Path dir : dirs) {
            Path meta = dir.resolve("expected-metadata.json");
            if (!Files.isRegularFile(meta) || !Files.isRegularFile(dir.resolve("source.html"))) continue;
            if (!(Json.parse(Files.readString(meta, StandardCharsets.UTF_8)) instanceof Map<?, ?> want)) continue;
            dev.offprint.model.Metadata got;
            try {
                got = extractor.extract(FileSource.readFile(dir.resolve("source.html"))).article().metadata();
            } catch (dev.offprint.diag.OffprintException e) {
                continue;
            }
            if (want.get("title") instanceof String t && t.equals(got.title())) titles++;
            if (want.get("byline") instanceof String b && !got.authors().isEmpty() && b.equals(String.join(", ", got.authors()))) authors++;
            if (want.get("publishedTime") instanceof String p && p.length() >= 10 && got.published() != null
                    && got.published().startsWith(p.substring(0, 10))) dates++;
        }
        if (Boolean.getBoolean("offprint.regression.print")) System.out.printf("titles %d, authors %d, dates %d%n", titles, authors, dates);
        assertTrue(titles >= TITLE_FLOOR, "titles " + titles);
        assertTrue(authors >= AUTHOR_FLOOR, "authors " + authors);
        assertTrue(dates >= DATE_FLOOR, "dates " + dates);
    }
}
