package dev.offprint.render.epub;

import static dev.offprint.render.html.HtmlWriter.escapeAttribute;
import static dev.offprint.render.html.HtmlWriter.escapeText;

import dev.offprint.render.html.Labels;
import java.util.List;
import java.util.Map;

/**
 * Fills the package templates: the package document (OPF, with Dublin Core and accessibility
 * metadata), the EPUB 3 navigation document (toc and landmarks) and the NCX for EPUB 2 readers.
 * Every value from the article passes through {@link dev.offprint.render.html.HtmlWriter}'s escaping.
 */
final class PackageDocuments {

    /** What the package document says beyond what the book model holds. */
    record Facts(
            String direction,
            String published,
            String modified,
            String source,
            String subtitle,
            Accessibility accessibility) {}

    /** Accessibility metadata, derived from what the content documents actually contain. */
    record Accessibility(boolean visual, boolean allImagesHaveAlt, boolean conformant, String summary, String summaryLang) {}

    /** A landmark of the navigation document. */
    record Landmark(String type, String href, String label) {}

    static final String CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";

    private PackageDocuments() {}

    static String opf(BookAdapter book, Facts facts) {
        StringBuilder m = new StringBuilder();
        line(m, "<dc:identifier id=\"pub-id\">" + escapeText(book.identifier()) + "</dc:identifier>");
        List<String> titles = book.titles();
        line(m, "<dc:title id=\"title\">" + escapeText(titles.get(0)) + "</dc:title>");
        line(m, "<meta refines=\"#title\" property=\"title-type\">main</meta>");
        if (facts.subtitle() != null) {
            line(m, "<dc:title id=\"subtitle\">" + escapeText(facts.subtitle()) + "</dc:title>");
            line(m, "<meta refines=\"#subtitle\" property=\"title-type\">subtitle</meta>");
        }
        List<String> authors = book.authors();
        for (int i = 0; i < authors.size(); i++) {
            String id = "creator-" + (i + 1);
            line(m, "<dc:creator id=\"" + id + "\">" + escapeText(authors.get(i)) + "</dc:creator>");
            line(m, "<meta refines=\"#" + id + "\" property=\"role\" scheme=\"marc:relators\">aut</meta>");
            line(m, "<meta refines=\"#" + id + "\" property=\"display-seq\">" + (i + 1) + "</meta>");
        }
        for (String p : book.publishers()) line(m, "<dc:publisher>" + escapeText(p) + "</dc:publisher>");
        line(m, "<dc:language>" + escapeText(book.language()) + "</dc:language>");
        if (facts.published() != null) line(m, "<dc:date>" + escapeText(facts.published()) + "</dc:date>");
        line(m, "<meta property=\"dcterms:modified\">" + escapeText(facts.modified()) + "</meta>");
        for (String d : book.descriptions()) line(m, "<dc:description>" + escapeText(d) + "</dc:description>");
        for (String s : book.subjects()) line(m, "<dc:subject>" + escapeText(s) + "</dc:subject>");
        if (facts.source() != null) line(m, "<dc:source>" + escapeText(facts.source()) + "</dc:source>");
        accessibility(m, facts.accessibility());
        List<BookAdapter.Item> manifest = book.manifest();
        manifest.stream().filter(i -> "cover-image".equals(i.properties())).findFirst()
                // EPUB 2 readers find the cover through this legacy meta
                .ifPresent(i -> line(m, "<meta name=\"cover\" content=\"" + i.id() + "\"/>"));

        StringBuilder items = new StringBuilder();
        for (BookAdapter.Item i : manifest) {
            line(items, "<item id=\"" + escapeAttribute(i.id()) + "\" href=\"" + escapeAttribute(i.href())
                    + "\" media-type=\"" + escapeAttribute(i.mediaType()) + "\""
                    + (i.properties() == null ? "" : " properties=\"" + escapeAttribute(i.properties()) + "\"") + "/>");
        }
        StringBuilder spine = new StringBuilder();
        for (BookAdapter.SpineItem s : book.spine()) {
            line(spine, "<itemref idref=\"" + escapeAttribute(s.id()) + "\"" + (s.linear() ? "" : " linear=\"no\"") + "/>");
        }
        return Template.fill("package.opf", Map.of(
                "lang", escapeAttribute(book.language()),
                "dir", facts.direction() == null ? "" : " dir=\"" + facts.direction() + "\"",
                "metadata", trimEnd(m),
                "manifest", trimEnd(items),
                "progression", "rtl".equals(facts.direction()) ? " page-progression-direction=\"rtl\"" : "",
                "spine", trimEnd(spine)));
    }

    private static void accessibility(StringBuilder m, Accessibility a) {
        meta(m, "schema:accessMode", "textual");
        if (a.visual()) meta(m, "schema:accessMode", "visual");
        if (!a.visual() || a.allImagesHaveAlt()) meta(m, "schema:accessModeSufficient", "textual");
        if (a.visual()) meta(m, "schema:accessModeSufficient", "textual,visual");
        meta(m, "schema:accessibilityFeature", "structuralNavigation");
        meta(m, "schema:accessibilityFeature", "tableOfContents");
        meta(m, "schema:accessibilityFeature", "readingOrder");
        meta(m, "schema:accessibilityFeature", "ARIA");
        meta(m, "schema:accessibilityFeature", "displayTransformability");
        if (a.visual() && a.allImagesHaveAlt()) meta(m, "schema:accessibilityFeature", "alternativeText");
        meta(m, "schema:accessibilityHazard", "none");
        // the summary is written in English: say so when the book is in another language
        line(m, "<meta property=\"schema:accessibilitySummary\"" + (a.summaryLang() == null ? "" : " xml:lang=\"" + a.summaryLang() + "\"")
                + ">" + escapeText(a.summary()) + "</meta>");
        if (a.conformant()) {
            meta(m, "dcterms:conformsTo", CONFORMANCE);
            meta(m, "a11y:certifiedBy", "offprint (automated self-assessment)");
        }
    }

    private static void meta(StringBuilder m, String property, String value) {
        line(m, "<meta property=\"" + property + "\">" + escapeText(value) + "</meta>");
    }

    static String nav(String title, String lang, String direction, Labels labels, List<BookAdapter.TocNode> toc,
                      List<Landmark> landmarks) {
        StringBuilder t = new StringBuilder();
        navList(t, toc, 0);
        StringBuilder l = new StringBuilder("<ol>\n");
        for (Landmark lm : landmarks) {
            l.append("<li><a epub:type=\"").append(lm.type()).append("\" href=\"").append(escapeAttribute(lm.href()))
                    .append("\">").append(escapeText(lm.label())).append("</a></li>\n");
        }
        l.append("</ol>");
        return Template.fill("nav.xhtml", Map.of(
                "lang", escapeAttribute(lang),
                "dir", direction == null ? "" : " dir=\"" + direction + "\"",
                "title", escapeText(title),
                "contents", escapeText(labels.contents()),
                "landmarks", escapeText(labels.landmarks()),
                "toc", trimEnd(t),
                "landmarkList", l.toString()));
    }

    private static void navList(StringBuilder sb, List<BookAdapter.TocNode> nodes, int depth) {
        sb.append("  ".repeat(depth)).append("<ol>\n");
        for (BookAdapter.TocNode n : nodes) {
            sb.append("  ".repeat(depth + 1)).append("<li><a href=\"").append(escapeAttribute(n.href())).append("\">")
                    .append(escapeText(n.title())).append("</a>");
            if (!n.children().isEmpty()) {
                sb.append('\n');
                navList(sb, n.children(), depth + 2);
                sb.append("  ".repeat(depth + 1));
            }
            sb.append("</li>\n");
        }
        sb.append("  ".repeat(depth)).append("</ol>\n");
    }

    static String ncx(BookAdapter book, String title) {
        StringBuilder map = new StringBuilder();
        int[] order = {0};
        navPoints(map, book.toc(), 2, order);
        return Template.fill("toc.ncx", Map.of(
                "lang", escapeAttribute(book.language()),
                "identifier", escapeAttribute(book.identifier()),
                "depth", Integer.toString(depth(book.toc())),
                "title", escapeText(title),
                "navMap", trimEnd(map)));
    }

    private static void navPoints(StringBuilder sb, List<BookAdapter.TocNode> nodes, int indent, int[] order) {
        for (BookAdapter.TocNode n : nodes) {
            order[0]++;
            String pad = "  ".repeat(indent);
            sb.append(pad).append("<navPoint id=\"np-").append(order[0]).append("\" playOrder=\"").append(order[0]).append("\">\n");
            sb.append(pad).append("  <navLabel><text>").append(escapeText(n.title())).append("</text></navLabel>\n");
            sb.append(pad).append("  <content src=\"").append(escapeAttribute(n.href())).append("\"/>\n");
            navPoints(sb, n.children(), indent + 1, order);
            sb.append(pad).append("</navPoint>\n");
        }
    }

    private static int depth(List<BookAdapter.TocNode> nodes) {
        int max = 0;
        for (BookAdapter.TocNode n : nodes) max = Math.max(max, 1 + depth(n.children()));
        return Math.max(1, max);
    }

    private static void line(StringBuilder sb, String s) {
        sb.append("    ").append(s).append('\n');
    }

    private static String trimEnd(StringBuilder sb) {
        int n = sb.length();
        while (n > 0 && sb.charAt(n - 1) == '\n') n--;
        return sb.substring(0, n);
    }
}
