package dev.offprint.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Small DOM measurements shared by the extraction steps (all walks iterative). */
final class Nodes {

    private Nodes() {}

    /**
     * Readability's negative hints: names of boxes that are rarely the article. "widget" counts
     * only as a class of its own (WordPress sidebar widgets: "widget", "widget_recent_entries",
     * "widget-area"), not inside a page builder's wrapper names ("elementor-widget-container"),
     * which hold the article's text on pages built with such tools. "ad"/"ads" counts as a word of
     * its own but not as a modifier saying a section holds ad slots ("section--ads", "has-ads",
     * "with-ads"): such sections are the article with slots in it.
     */
    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|(?<!has-|--|with-)\\bads?\\b|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|"
            + "outbrain|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|(^|\\s)widgets?([\\s_-]|$)|"
            + "newsletter|subscribe|signup|cookie|consent|popup|modal|breadcrumb|byline|author-bio|social|rating",
            Pattern.CASE_INSENSITIVE);

    /** Readability's positive hints: names that usually hold the article. */
    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-?text",
            Pattern.CASE_INSENSITIVE);

    /** class and id together, for the hint patterns. */
    static String hints(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty()) return id;
        if (id.isEmpty()) return cls;
        return cls + " " + id;
    }

    /** The class/id weight of Readability: +25 per positive hint, -25 per negative (class and id apart). */
    static int classWeight(Element e) {
        int w = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) w -= 25;
            if (POSITIVE.matcher(cls).find()) w += 25;
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) w -= 25;
            if (POSITIVE.matcher(id).find()) w += 25;
        }
        return w;
    }

    /** Normalised visible text length (white space runs count as one). */
    static int textLength(Element e) {
        return e.text().length();
    }

    /** Share of the text that sits inside links; same-page anchors count a little (they are often footnotes). */
    static double linkDensity(Element e) {
        int total = textLength(e);
        if (total == 0) return 0;
        double inLinks = 0;
        for (Element a : e.getElementsByTag("a")) {
            String href = a.attr("href");
            double coefficient = href.startsWith("#") ? 0.3 : 1;
            inLinks += a.text().length() * coefficient;
        }
        return Math.min(1, inLinks / total);
    }

    /** Counts occurrences of {@code c} (and its full-width and Arabic kin for commas) in the text. */
    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u060C' || c == '\u3001' || c == '\uFE50' || c == '\uFE51') n++;
        }
        return n;
    }

    /** Whether any ancestor (up to {@code maxDepth} levels, 0 = no limit) has tag {@code tag}. */
    static boolean hasAncestor(Element e, String tag, int maxDepth) {
        int depth = 0;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (maxDepth > 0 && ++depth > maxDepth) return false;
            if (p.normalName().equals(tag)) return true;
        }
        return false;
    }

    /** Lower-case tag name. */
    static String tag(Element e) { return e.normalName().toLowerCase(Locale.ROOT); }

    /** Whether the element's own direct text (not its children's) holds non-blank text. */
    static boolean hasOwnText(Element e) {
        for (Node n : e.childNodes()) if (n instanceof TextNode t && !t.isBlank()) return true;
        return false;
    }

    /** Number of element descendants, counted iteratively and stopping at {@code cap}. */
    static int countElements(Element root, int cap) {
        int[] n = {0};
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                if (node instanceof Element) n[0]++;
                return n[0] >= cap ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, root);
        return n[0];
    }

    /** Whether {@code root} has a descendant that is {@code x}. */
    static boolean contains(Element root, Element x) {
        for (Element p = x; p != null; p = p.parent()) if (p == root) return true;
        return false;
    }

    /** Collapses white space (including NBSP) to single spaces and trims. */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B') {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Removes many elements at once. Removing children one by one from a parent with a hundred
     * thousand children re-indexes the siblings each time (quadratic, HOSTILE.md H23); here each
     * crowded parent has its child list rebuilt once.
     */
    static void removeAll(java.util.Collection<Element> elements) {
        java.util.Map<Element, java.util.Set<Node>> byParent = new java.util.IdentityHashMap<>();
        for (Element e : elements) {
            Element p = e.parent();
            if (p != null) byParent.computeIfAbsent(p, k -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())).add(e);
        }
        for (java.util.Map.Entry<Element, java.util.Set<Node>> en : byParent.entrySet()) {
            Element parent = en.getKey();
            java.util.Set<Node> gone = en.getValue();
            if (gone.size() < 32) {
                for (Node n : gone) if (n.parent() == parent) n.remove();
                continue;
            }
            java.util.List<Node> keep = new java.util.ArrayList<>(parent.childNodeSize());
            for (Node n : parent.childNodes()) if (!gone.contains(n)) keep.add(n);
            parent.empty();
            parent.appendChildren(keep);
        }
    }

    /**
     * Replaces the content of every element at depth {@code maxDepth} by its plain text, so that
     * no later step meets a deeper tree. Real articles nest a few dozen levels; only pathological
     * pages (HOSTILE.md H21: 100 000 nested divs) lose structure, and keep their text.
     */
    static void flattenDeep(Node root, int maxDepth) {
        java.util.List<Element> cut = new java.util.ArrayList<>();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                if (depth >= maxDepth && node instanceof Element e) {
                    if (e.childrenSize() > 0) cut.add(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element e : cut) {
            String text = e.text();
            e.empty();
            e.appendText(text);
        }
    }

    /** Visits every node under {@code root} iteratively. */
    static void walk(Node root, NodeVisitor v) { NodeTraversor.traverse(v, root); }
}
