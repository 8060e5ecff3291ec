package dev.offprint.extract;

import dev.offprint.model.Reference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the article's own reference list and takes it out of the body: a list (or run of
 * paragraphs) under a heading such as References, Bibliography, Sources, Literatur, Références,
 * or — with no heading at all, like the seed's three citations — a list at the end of the content
 * whose items look like citations (author lists, years, journal abbreviations, DOIs, PMIDs,
 * "et al."). Each entry is parsed by {@link ReferenceParser}; in-text links to an entry become
 * {@code CitationRef}s.
 */
final class ReferenceListDetector {

    static final Pattern HEADING = Pattern.compile(
            "^(references?( and notes| cited)?|bibliography|sources|sources and references|works cited|literature( cited)?|"
            + "cited literature|citations|further reading|literatur|literaturverzeichnis|literaturangaben|quellen|quellenangaben|"
            + "einzelnachweise|r(é|e)f(é|e)rences( bibliographiques)?|bibliographie|sources et r(é|e)f(é|e)rences|referencias|"
            + "bibliograf(í|i)a|fuentes|referencias bibliogr(á|a)ficas|riferimenti|bibliografia)\\s*:?$",
            Pattern.CASE_INSENSITIVE);

    /** Vancouver "Muresanu DF," / "Heiss WD," author tokens. */
    private static final Pattern VANCOUVER_AUTHOR = Pattern.compile("^\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)? \\p{Lu}{1,3}[,.;]");
    /** APA/Chicago "Smith, J." / "Smith, John," author tokens. */
    private static final Pattern APA_AUTHOR = Pattern.compile("^\\p{Lu}[\\p{L}'’-]+, (\\p{Lu}\\.|\\p{Lu}[\\p{L}]+[,.])");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/])(1[89]\\d{2}|20\\d{2})[a-z]?(?![\\d/])");
    private static final Pattern DOI = Pattern.compile("\\b10\\.\\d{4,9}/\\S+|doi:", Pattern.CASE_INSENSITIVE);
    private static final Pattern PMID = Pattern.compile("\\bPMID:?\\s*\\d+|\\bPMC\\d+|pubmed", Pattern.CASE_INSENSITIVE);
    private static final Pattern ET_AL = Pattern.compile("\\bet al\\b|\\bu\\. ?a\\.", Pattern.CASE_INSENSITIVE);
    /** "J Neurol.", "Neuropsychiatr Dis Treat.", "Proc. Natl. Acad. Sci." — abbreviated journal names. */
    private static final Pattern JOURNAL_ABBR = Pattern.compile("(\\p{Lu}[a-z]{1,8}\\.? ){1,5}\\p{Lu}[a-z]{1,8}\\. ?(\\(?\\d{4}|\\d+)");
    private static final Pattern VOLUME_PAGES = Pattern.compile("\\d+\\s*\\(\\d+\\)\\s*[:,]\\s*\\d+|\\d{1,4}:\\s?\\d+[-–]\\d+|\\bpp?\\. ?\\d+|\\bvol\\. ?\\d+|\\d+[-–]\\d+\\.", Pattern.CASE_INSENSITIVE);
    private static final Pattern JOURNAL_WORD = Pattern.compile("\\b(journal|proceedings|proc\\.|review|press|university|verlag|edition|ed\\.|eds\\.|hrsg|retrieved|accessed|abgerufen)\\b", Pattern.CASE_INSENSITIVE);

    final List<Reference> references = new ArrayList<>();
    final Map<Element, String> citationPointers = new IdentityHashMap<>();

    private ReferenceListDetector() {}

    /** Detects and removes the reference list of {@code root} (and of its trailing siblings). */
    static ReferenceListDetector detect(Element root) {
        ReferenceListDetector d = new ReferenceListDetector();
        d.run(root);
        return d;
    }

    /** How much {@code text} looks like a citation: one point per independent clue. */
    static int citationScore(String text) {
        String t = Nodes.clean(text);
        if (t.length() < 25 || t.length() > 1500) return 0;
        int s = 0;
        if (VANCOUVER_AUTHOR.matcher(t).find() || APA_AUTHOR.matcher(t).find()) s += 2;
        if (YEAR.matcher(t).find()) s++;
        if (DOI.matcher(t).find()) s += 2;
        if (PMID.matcher(t).find()) s += 2;
        if (ET_AL.matcher(t).find()) s++;
        if (JOURNAL_ABBR.matcher(t).find()) s++;
        if (VOLUME_PAGES.matcher(t).find()) s++;
        if (JOURNAL_WORD.matcher(t).find()) s++;
        // Several "Surname AB," tokens in a row: an author list.
        if (t.split("\\b\\p{Lu}[\\p{L}'’-]+ \\p{Lu}{1,3}[,.;]").length > 3) s++;
        return s;
    }

    static boolean looksLikeCitation(String text) { return citationScore(text) >= 3; }

    private void run(Element root) {
        List<String> entries = new ArrayList<>();
        List<Element> entryElements = new ArrayList<>();
        // 1. A list or paragraphs under a references heading.
        for (Element h : root.select("h1, h2, h3, h4, h5, h6, p > strong:only-child, p > b:only-child, div > strong:only-child")) {
            Element heading = h.normalName().matches("h[1-6]") ? h : h.parent();
            if (heading == null || heading.parent() == null) continue;
            String text = Nodes.clean(heading.text());
            if (!HEADING.matcher(text).matches()) continue;
            List<Element> taken = new ArrayList<>();
            for (Element s = heading.nextElementSibling(); s != null; s = s.nextElementSibling()) {
                if (s.normalName().matches("h[1-6]")) break;
                if (s.normalName().equals("ul") || s.normalName().equals("ol")) {
                    for (Element li : s.children()) if (li.normalName().equals("li")) addEntry(li, entries, entryElements);
                } else if (s.normalName().equals("p") || s.normalName().equals("div")) {
                    if (s.normalName().equals("div") && !s.select("li").isEmpty()) {
                        for (Element li : s.select("li")) addEntry(li, entries, entryElements);
                    } else if (s.normalName().equals("div") && s.select("p").size() > 1) {
                        for (Element p : s.select("p")) addEntry(p, entries, entryElements);
                    } else addEntry(s, entries, entryElements);
                } else break;
                taken.add(s);
            }
            if (!taken.isEmpty()) {
                heading.remove();
                for (Element t : taken) t.remove();
                break;
            }
        }
        // 2. No heading: the last list of the content (or of what follows it) made of citations.
        if (entries.isEmpty()) {
            List<Element> lists = new ArrayList<>(root.select("ul, ol"));
            for (int i = lists.size() - 1; i >= 0 && i >= lists.size() - 3; i--) {
                Element list = lists.get(i);
                if (list.parent() == null || list.selectFirst("ul ul, ol ol, ul ol, ol ul") != null) continue;
                List<Element> items = new ArrayList<>();
                for (Element li : list.children()) if (li.normalName().equals("li")) items.add(li);
                if (items.isEmpty()) continue;
                int cites = 0;
                for (Element li : items) if (looksLikeCitation(li.text())) cites++;
                // Most items look like citations; a single-item list needs a strong signal.
                if (cites >= Math.max(1, Math.ceil(items.size() * 0.6)) && (items.size() > 1 || citationScore(items.get(0).text()) >= 5)) {
                    for (Element li : items) addEntry(li, entries, entryElements);
                    Element prev = list.previousElementSibling();
                    list.remove();
                    if (prev != null && prev.normalName().matches("h[1-6]") && prev.nextElementSibling() == null) prev.remove();
                    break;
                }
            }
        }
        // 3. No list: a run of citation-like paragraphs at the very end.
        if (entries.isEmpty()) {
            List<Element> ps = new ArrayList<>(root.select("p"));
            List<Element> run = new ArrayList<>();
            for (int i = ps.size() - 1; i >= 0; i--) {
                if (looksLikeCitation(ps.get(i).text()) && citationScore(ps.get(i).text()) >= 4) run.add(0, ps.get(i));
                else break;
            }
            if (run.size() >= 2) {
                for (Element p : run) { addEntry(p, entries, entryElements); p.remove(); }
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            String id = "ref-" + (i + 1);
            references.add(ReferenceParser.parse(id, entries.get(i)));
            Element el = entryElements.get(i);
            collectPointers(root, el, id);
        }
    }

    private static void addEntry(Element e, List<String> entries, List<Element> elements) {
        String text = Nodes.clean(e.text());
        // Entries often begin with their number ("1.", "[1]"): the list's order keeps it.
        text = text.replaceFirst("^\\[?\\d{1,3}[\\].)]\\s+", "");
        if (text.length() < 10) return;
        entries.add(text);
        elements.add(e);
    }

    /** In-text links to an entry (by its id or an anchor inside it) become citation pointers. */
    private void collectPointers(Element root, Element entry, String refId) {
        List<String> ids = new ArrayList<>();
        if (!entry.id().isEmpty()) ids.add(entry.id());
        for (Element a : entry.select("[id], a[name]")) ids.add(a.id().isEmpty() ? a.attr("name") : a.id());
        if (ids.isEmpty()) return;
        Element top = root;
        while (top.parent() != null) top = top.parent();
        for (String id : ids) {
            for (Element a : top.select("a[href=#" + id.replaceAll("[^A-Za-z0-9_-]", "\\\\$0") + "]")) {
                if (Nodes.contains(entry, a)) continue;
                Element p = a.parent();
                Element pointer = p != null && p.normalName().equals("sup") && p.childrenSize() == 1 ? p : a;
                citationPointers.put(pointer, refId);
            }
        }
    }
}
