package dev.offprint.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the page's footnotes: pointers ({@code role=doc-noteref}, superscript same-page links,
 * links to {@code fn}/{@code footnote} ids) and the notes they point at ({@code doc-endnote},
 * {@code doc-footnote}, list items with such ids). The notes leave the DOM; each pointer is
 * remembered so the converter writes a {@code NoteRef} in its place.
 */
final class NoteCollector {

    /** One footnote found: its model id and the element holding its text (already detached). */
    record Found(String id, Element content) {}

    private static final Pattern NOTE_ID = Pattern.compile("^(fn|footnote|note|endnote|ftn|_ftn|cite_note|en)[-_:.]?\\w*\\d", Pattern.CASE_INSENSITIVE);
    private static final Pattern BACKLINK = Pattern.compile("^(fnref|footnote-ref|ref|_ftnref|cite_ref|noteref|backlink)", Pattern.CASE_INSENSITIVE);

    final Map<Element, String> pointers = new IdentityHashMap<>();
    final List<Found> notes = new ArrayList<>();

    List<Found> found() { return notes; }

    private NoteCollector() {}

    /** Collects the notes of {@code doc}, removing their definitions from it. */
    static NoteCollector collect(Document doc) {
        NoteCollector c = new NoteCollector();
        c.run(doc);
        return c;
    }

    private void run(Document doc) {
        Map<String, Element> targets = new LinkedHashMap<>();
        // Pointers in document order (doc.select's order), so notes are numbered as they are read;
        // an identity map's iteration order changes between runs.
        List<Map.Entry<Element, String>> refToTarget = new ArrayList<>();
        for (Element a : doc.select("a[href^=#]")) {
            String id = a.attr("href").substring(1);
            if (id.isEmpty()) continue;
            boolean roleRef = a.attr("role").equals("doc-noteref") || a.hasAttr("data-footnote-ref") || a.className().contains("footnote-ref");
            boolean sup = a.parent() != null && a.parent().normalName().equals("sup") || a.selectFirst("sup") != null;
            boolean noteish = NOTE_ID.matcher(id).find();
            if (!roleRef && !(sup && (noteish || a.text().strip().matches("\\[?\\d{1,3}\\]?|[*\u2020\u2021]"))) && !(noteish && a.text().strip().matches("\\[?\\d{1,3}\\]?"))) continue;
            Element target = doc.getElementById(id);
            if (target == null) {
                Element named = doc.selectFirst("a[name=" + cssEscape(id) + "]");
                if (named != null) target = named;
            }
            if (target == null || Nodes.contains(target, a)) continue;
            Element note = noteElement(target);
            if (note == null || note.text().isBlank() || note.text().length() > 3000) continue;
            // A note follows its pointer in the document (a pointer into earlier text is a back-link).
            if (!follows(a, note)) continue;
            targets.putIfAbsent(id, note);
            refToTarget.add(Map.entry(a, id));
        }
        // ARIA-marked notes nobody points at are still notes of the article only if referenced; skip them.
        Map<String, String> noteIds = new LinkedHashMap<>();
        for (Map.Entry<Element, String> en : refToTarget) {
            String targetId = en.getValue();
            String noteId = noteIds.computeIfAbsent(targetId, t -> "fn-" + (noteIds.size() + 1));
            Element a = en.getKey();
            Element pointer = a.parent() != null && a.parent().normalName().equals("sup") && a.parent().childrenSize() == 1
                    && a.parent().text().strip().equals(a.text().strip()) ? a.parent() : a;
            pointers.put(pointer, noteId);
        }
        List<Element> containers = new ArrayList<>();
        for (Map.Entry<String, String> en : noteIds.entrySet()) {
            Element note = targets.get(en.getKey());
            Element container = note.parent();
            // Drop back-links ("↩", "^") from the note's text.
            for (Element back : note.select("a[href^=#]")) {
                String h = back.attr("href").substring(1);
                String t = back.text().strip();
                if (back.attr("role").equals("doc-backlink") || BACKLINK.matcher(h).find() || t.matches("[\u21A9\u21A9\uFE0E^\u2191]*|\\^?[a-z]?")) back.remove();
            }
            Element copy = note.clone();
            note.remove();
            if (container != null && !containers.contains(container)) containers.add(container);
            notes.add(new Found(en.getValue(), copy));
        }
        // The notes' list is gone when it is empty; so is its "Notes" heading and wrapper.
        for (Element c : containers) {
            Element box = c;
            while (box.parent() != null && box.text().isBlank()) {
                Element p = box.parent();
                box.remove();
                box = p;
            }
            Element section = box;
            for (Element h : section.select("h1, h2, h3, h4, h5, h6")) {
                if (h.text().strip().matches("(?i)(foot|end)?notes?|fu(ß|ss)noten|anmerkungen|notas|références et notes")) {
                    Element after = h.nextElementSibling();
                    if (after == null || after.text().isBlank()) h.remove();
                }
            }
        }
    }

    /** The element that holds one note's text: the list item or block around the target anchor. */
    private static Element noteElement(Element target) {
        String role = target.attr("role");
        if (role.equals("doc-endnote") || role.equals("doc-footnote")) return target;
        String tag = target.normalName();
        if (tag.equals("li") || tag.equals("p") || tag.equals("div") || tag.equals("aside") || tag.equals("dd") || tag.equals("section")) return target;
        // An empty anchor (<a name="fn1"></a> or <span id="fn1">): its enclosing block.
        for (Element p = target.parent(); p != null; p = p.parent()) {
            String t = p.normalName();
            if (t.equals("li") || t.equals("p") || t.equals("div") || t.equals("dd") || t.equals("aside")) return p.text().length() < 3000 ? p : null;
        }
        return null;
    }

    /** Whether {@code b} comes after {@code a} in document order. */
    private static boolean follows(Element a, Element b) {
        List<Integer> pa = path(a);
        List<Integer> pb = path(b);
        for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
            int c = Integer.compare(pa.get(i), pb.get(i));
            if (c != 0) return c < 0;
        }
        return pa.size() < pb.size();
    }

    private static List<Integer> path(Element e) {
        List<Integer> p = new ArrayList<>();
        for (Element x = e; x.parent() != null; x = x.parent()) p.add(0, x.elementSiblingIndex());
        return p;
    }

    private static String cssEscape(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "\\\\$0");
    }
}
