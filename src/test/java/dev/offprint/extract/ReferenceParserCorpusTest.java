package dev.offprint.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.offprint.model.Reference;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Measures {@link ReferenceParser} against the 1,513 labelled real references of
 * {@code ../shared/corpus/citations/core.xml} (AnyStyle's corpus, BSD-2) and holds the figures
 * reached as floors. Skips when the shared folder is absent.
 *
 * <p>Measures, each over the references whose label has the field: year exact; first-author
 * surname's last word equal (case, accents and punctuation ignored); title token-F1 at least 0.8; container
 * (journal or container-title, without a leading "In") token-F1 at least 0.8; volume and first
 * page, each as the first number of the label against the first number parsed; and, as a ceiling,
 * how often a container is given for a reference whose label has none. Set {@code -Doffprint.citations.dump=true}
 * to write the misses to {@code target/reference-misses.txt}.
 */
class ReferenceParserCorpusTest {

    // Floors at what the parser reaches (see the report printed by the test); raise them as it improves.
    private static final double YEAR_FLOOR = 0.99;
    private static final double AUTHOR_FLOOR = 0.975;
    private static final double TITLE_FLOOR = 0.89;
    private static final double CONTAINER_FLOOR = 0.80;
    private static final double VOLUME_FLOOR = 0.82;
    private static final double PAGE_FLOOR = 0.87;
    // A ceiling: how often a container is given where the label has none (publishers, series, report kinds).
    private static final double SPURIOUS_CONTAINER_CEILING = 0.25;

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    record Labelled(String text, Map<String, String> fields) {}

    @Test
    void measureAgainstLabelledCorpus() throws Exception {
        Path shared = Path.of(System.getProperty("offprint.shared", "../shared"));
        Path core = shared.resolve("corpus/citations/core.xml");
        assumeTrue(Files.isRegularFile(core), "shared corpus absent: " + core);
        List<Labelled> corpus = load(core);
        assertTrue(corpus.size() > 1500, "corpus read: " + corpus.size());

        int[] year = new int[2], author = new int[2], title = new int[2], container = new int[2];
        int[] volume = new int[2], pages = new int[2], spuriousContainer = new int[2];
        StringBuilder misses = new StringBuilder();
        long start = System.nanoTime();
        for (int i = 0; i < corpus.size(); i++) {
            Labelled l = corpus.get(i);
            Reference r = ReferenceParser.parse("r" + i, l.text());
            List<String> why = new ArrayList<>();
            Integer trueYear = firstYear(l.fields().get("date"));
            if (trueYear != null) {
                year[1]++;
                if (trueYear.equals(r.year())) year[0]++; else why.add("year " + r.year() + " != " + trueYear);
            }
            String trueAuthor = l.fields().get("author");
            String trueSurname = trueAuthor == null ? "" : lastWord(surname(firstSegment(trueAuthor)));
            if (!trueSurname.isEmpty()) {
                author[1]++;
                String got = r.authors().isEmpty() ? "" : lastWord(surname(r.authors().get(0)));
                if (got.equals(trueSurname)) author[0]++; else why.add("author [" + got + "] != [" + trueSurname + "]");
            }
            String trueTitle = l.fields().get("title");
            if (trueTitle != null) {
                title[1]++;
                if (f1(trueTitle, r.title()) >= 0.8) title[0]++; else why.add("title [" + r.title() + "] != [" + trueTitle + "]");
            }
            String trueContainer = l.fields().getOrDefault("journal", l.fields().get("container-title"));
            // The labels keep a chapter's "In" inside the container inconsistently; it is not part of the name.
            if (trueContainer != null) trueContainer = trueContainer.replaceFirst("^(?i:in)\\s*:?\\s+", "");
            if (trueContainer != null) {
                container[1]++;
                if (f1(trueContainer, r.container()) >= 0.8) container[0]++;
                else why.add("container [" + r.container() + "] != [" + trueContainer + "]");
            }
            // A container where the label has none (a book's publisher or series taken for a journal).
            if (trueContainer == null) {
                spuriousContainer[1]++;
                if (r.container() != null) {
                    spuriousContainer[0]++;
                    why.add("container [" + r.container() + "] where none is labelled");
                }
            }
            // Volume and first page: the first number of each label against the first number parsed.
            String trueVolume = firstNumber(l.fields().get("volume"));
            if (trueVolume != null) {
                volume[1]++;
                if (trueVolume.equals(firstNumber(r.volume()))) volume[0]++; else why.add("volume [" + r.volume() + "] != [" + trueVolume + "]");
            }
            String truePage = firstNumber(l.fields().get("pages"));
            if (truePage != null) {
                pages[1]++;
                if (truePage.equals(firstNumber(r.pages()))) pages[0]++; else why.add("pages [" + r.pages() + "] != [" + truePage + "]");
            }
            if (!why.isEmpty()) misses.append(l.text()).append('\n').append("  ").append(String.join("\n  ", why)).append("\n\n");
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "ReferenceParser on %d labelled references (%d ms):%n", corpus.size(), ms);
        System.out.printf(Locale.ROOT, "  year exact          %.3f (%d/%d)%n", rate(year), year[0], year[1]);
        System.out.printf(Locale.ROOT, "  first author        %.3f (%d/%d)%n", rate(author), author[0], author[1]);
        System.out.printf(Locale.ROOT, "  title F1>=0.8       %.3f (%d/%d)%n", rate(title), title[0], title[1]);
        System.out.printf(Locale.ROOT, "  container F1>=0.8   %.3f (%d/%d)%n", rate(container), container[0], container[1]);
        System.out.printf(Locale.ROOT, "  volume (number)     %.3f (%d/%d)%n", rate(volume), volume[0], volume[1]);
        System.out.printf(Locale.ROOT, "  first page          %.3f (%d/%d)%n", rate(pages), pages[0], pages[1]);
        System.out.printf(Locale.ROOT, "  container where none is labelled %.3f (%d/%d)%n",
                rate(spuriousContainer), spuriousContainer[0], spuriousContainer[1]);
        if (Boolean.getBoolean("offprint.citations.dump")) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/reference-misses.txt"), misses, StandardCharsets.UTF_8);
        }
        assertTrue(rate(year) >= YEAR_FLOOR, "year " + rate(year));
        assertTrue(rate(author) >= AUTHOR_FLOOR, "first author " + rate(author));
        assertTrue(rate(title) >= TITLE_FLOOR, "title " + rate(title));
        assertTrue(rate(container) >= CONTAINER_FLOOR, "container " + rate(container));
        assertTrue(rate(volume) >= VOLUME_FLOOR, "volume " + rate(volume));
        assertTrue(rate(pages) >= PAGE_FLOOR, "first page " + rate(pages));
        assertTrue(rate(spuriousContainer) <= SPURIOUS_CONTAINER_CEILING, "spurious container " + rate(spuriousContainer));
    }

    private static double rate(int[] hitsOfTotal) {
        return hitsOfTotal[1] == 0 ? 0 : (double) hitsOfTotal[0] / hitsOfTotal[1];
    }

    /** Reads each {@code <sequence>}: its text is its parts joined by spaces; the first of each label is kept. */
    static List<Labelled> load(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        NodeList seqs = f.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("sequence");
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < seqs.getLength(); i++) {
            StringBuilder text = new StringBuilder();
            Map<String, String> fields = new LinkedHashMap<>();
            for (Node n = seqs.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) continue;
                String part = e.getTextContent().strip();
                if (part.isEmpty()) continue;
                if (text.length() > 0) text.append(' ');
                text.append(part);
                fields.putIfAbsent(e.getTagName(), part);
            }
            out.add(new Labelled(text.toString(), fields));
        }
        return out;
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private static String firstNumber(String s) {
        if (s == null) return null;
        Matcher m = NUMBER.matcher(s);
        return m.find() ? m.group() : null;
    }

    private static Integer firstYear(String date) {
        if (date == null) return null;
        Matcher m = YEAR.matcher(date);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The labelled author string's first name: up to the first comma, semicolon, ampersand or "and". */
    static String firstSegment(String authors) {
        String[] parts = authors.split("\\s*(?:[,;&]|\\band\\b)\\s*");
        for (String p : parts) if (!p.isBlank()) return p.strip();
        return "";
    }

    /**
     * A name's surname: the part before a comma; else without trailing initials ("Muresanu DF",
     * "Heidegger M."); else the last word ("J. A. Smith").
     */
    static String surname(String name) {
        String n = name.strip().replaceAll("[\\s,.;:]+$", "");
        int comma = n.indexOf(',');
        if (comma > 0) return n.substring(0, comma);
        String[] w = n.split("\\s+");
        int end = w.length;
        while (end > 1 && w[end - 1].matches("(?:\\p{Lu}\\.?-?){1,4}\\.?")) end--;
        if (end < w.length) return String.join(" ", java.util.Arrays.copyOfRange(w, 0, end));
        return w[w.length - 1];
    }

    /**
     * A surname's last word, folded: particles and compound prefixes are not compared ("De Raedt"
     * and "Raedt", "van der Berg" and "Berg" match), since the labels split them inconsistently.
     */
    static String lastWord(String surname) {
        String[] w = surname.strip().split("\\s+");
        return fold(w[w.length - 1]);
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static double f1(String truth, String got) {
        if (got == null || got.isBlank()) return 0;
        List<String> t = tokens(truth), g = tokens(got);
        if (t.isEmpty() || g.isEmpty()) return 0;
        List<String> rest = new ArrayList<>(t);
        int common = 0;
        for (String x : g) if (rest.remove(x)) common++;
        if (common == 0) return 0;
        double p = (double) common / g.size(), r = (double) common / t.size();
        return 2 * p * r / (p + r);
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(fold2(s));
        while (m.find()) out.add(m.group());
        return out;
    }

    private static String fold2(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
