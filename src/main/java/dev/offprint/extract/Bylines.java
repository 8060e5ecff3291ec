package dev.offprint.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Visible author signals that {@link MetadataReader} consults after its byline boxes: blog-platform
 * markup (a comment the post's author wrote, a "by" before a link to a profile page), labels of
 * East Asian news pages, a signature under the article, a source line ("Quelle: kathpress"). Each
 * returns the name as the page shows it, or null. Also the text a reader sees of an element
 * (hidden boxes left out), and whether it shows a given name.
 */
final class Bylines {

    private Bylines() {}

    /**
     * The post's author as blog software marks them in the comments: WordPress gives a comment the
     * class {@code bypostauthor} when the post's author wrote it, and prints their display name in
     * its {@code .fn} (the same name their byline would show, a handle like "jancak" included).
     */
    static String postAuthorComment(Document doc) {
        for (Element c : doc.select(".bypostauthor")) {
            Element fn = c.selectFirst(".fn");
            // Only the comment's own header: a reply nested inside is another comment.
            if (fn == null || fn.closest(".bypostauthor") != c) continue;
            String name = Nodes.clean(fn.text());
            if (name.length() >= 2 && name.length() <= 40 && name.split("\\s+").length <= 4) return name;
        }
        return null;
    }

    /** Paths of a site's pages about one member: /author/x, /autor/x, /user/x.html, /profile/142450, /members/x. */
    private static final Pattern PROFILE_PATH = Pattern.compile(
            "(?i)^(?:https?://[^/]+)?(?:/[^/?#]+)*?/(?:author|autor|auteur|authors|user|users|profile|profil|profiles|member|members|people|u)/[^/?#]+/?(?:[?#].*)?$");
    /** The word that introduces the author, at the end of the text before the link: "von", "by", "Erstellt von", "par". */
    private static final Pattern BY_BEFORE = Pattern.compile("(?i)(?:^|\\s|\\|)(?:by|von|par|por|door|di)\\s*:?\\s*$");

    /**
     * A link to a member's profile page right after "by"/"von" ({@code von <a
     * href="/user/Marianne1.html">Marianne1</a>}, {@code <span> by </span><h3><a
     * href="/profile/142450">delta201</a></h3>}): the link's text is the author as the site shows
     * them, a handle with digits or in lower case included. Links in navigation, footers, sidebars
     * and comments do not count.
     */
    static String profileLink(Document doc) {
        if (doc.body() == null) return null;
        int seen = 0;
        for (Element a : doc.body().select("a[href]")) {
            if (seen++ > 3000) break;
            if (!PROFILE_PATH.matcher(a.attr("href").strip()).matches()) continue;
            String name = Nodes.clean(visibleText(a));
            if (name.length() < 2 || name.length() > 40 || name.split("\\s+").length > 4 || Names.notAName(name)) continue;
            // Climb while the element holds nothing but the link ("<h3><a>delta201</a></h3>"); cheap
            // checks only, as a page may have thousands of such links.
            Element box = a;
            for (int up = 0; up < 4 && box.parent() != null && box.parent() != doc.body() && box.parent().childrenSize() == 1
                    && box.parent().ownText().isBlank(); up++) box = box.parent();
            String before = textBefore(box);
            if (before == null || !BY_BEFORE.matcher(before).find()) continue;
            if (a.closest("nav, footer, aside, [class*=comment], [id*=comment], [class*=related], [class*=teaser]") != null) continue;
            return name;
        }
        return null;
    }

    /** The text just before {@code e} among its siblings (up to 40 characters), or null when an element of other content comes first. */
    private static String textBefore(Element e) {
        StringBuilder sb = new StringBuilder();
        Node n = e.previousSibling();
        while (n != null && sb.length() < 40) {
            // A large element before the link is other content, not a "by" label (and costly to read).
            if (n instanceof Element el && Nodes.countElements(el, 8) >= 8) return null;
            String t = n instanceof TextNode tn ? tn.text() : n instanceof Element el ? el.text() : "";
            sb.insert(0, t);
            if (!t.isBlank()) break;
            n = n.previousSibling();
        }
        String s = Nodes.clean(sb.toString());
        return s.isEmpty() ? null : s;
    }

    /**
     * The writer or editor that Chinese and Japanese news pages name after a label in the article's
     * foot ("责任编辑： 焦鹏", "作者：王明"): a short name of two to four CJK characters.
     */
    private static final Pattern CJK_LABEL = Pattern.compile(
            "(?<!\\p{IsHan})(?:作者|记者|記者|责任编辑|責任編輯|编辑|編輯)\\s*[:：]\\s*([\\p{IsHan}]{2,4})(?:\\s|$|[)）\\]】])");

    static String cjkLabel(Document doc) {
        if (doc.body() == null) return null;
        int seen = 0;
        for (Element e : doc.body().select("p, div, span, td, li, em, strong")) {
            if (seen++ > 5000) break;
            String own = Nodes.clean(e.ownText());
            if (own.length() < 4 || own.length() > 60) continue;
            Matcher m = CJK_LABEL.matcher(own);
            if (!m.find()) continue;
            if (e.closest("nav, footer, aside, [class*=comment], [id*=comment]") != null) continue;
            return m.group(1);
        }
        return null;
    }

    /** A name in a signature: two to four capitalised words, capitals allowed ("Kazım TÜRKMEN", "Dr. Anna Berg"). */
    private static final Pattern SIGNATURE_NAME = Pattern.compile(
            "(?:(?:Dr|Prof)\\.\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:von|van|de|der|den|da|di|du|le|la)\\s+)?\\p{Lu}[\\p{L}'’-]+){1,3}");

    /**
     * A signature under a statement, letter or speech: the text's last paragraph is a name, a line
     * break and the signer's role ({@code <p>Kazım TÜRKMEN<br>DITIB-Bundesvorsitzender</p>}). The
     * paragraph must close at least three paragraphs of text, and the role line must hold no
     * digits (an address or a telephone number makes it a contact block).
     */
    static String signature(Document doc) {
        if (doc.body() == null) return null;
        int seen = 0;
        for (Element p : doc.body().select("p")) {
            if (seen++ > 3000) break;
            if (p.childrenSize() != 1 || !p.child(0).normalName().equals("br")) continue;
            List<TextNode> texts = p.textNodes();
            if (texts.size() != 2) continue;
            String name = Nodes.clean(texts.get(0).text());
            String role = Nodes.clean(texts.get(1).text());
            if (!SIGNATURE_NAME.matcher(name).matches() || role.isEmpty() || role.length() > 60 || role.split("\\s+").length > 6
                    || role.matches(".*\\d.*") || role.contains("@")) continue;
            // The last paragraph with text among its siblings, after at least three of prose.
            Element next = p.nextElementSibling();
            while (next != null && next.text().isBlank()) next = next.nextElementSibling();
            if (next != null) continue;
            int prose = 0;
            for (Element q = p.previousElementSibling(); q != null && prose < 3; q = q.previousElementSibling()) {
                if (q.normalName().equals("p") && q.text().length() > 40) prose++;
            }
            if (prose < 3 || p.closest("nav, footer, aside, address, [class*=comment], [id*=comment], [class*=contact]") != null) continue;
            return name; // the signature stays in the text it closes
        }
        return null;
    }

    /** "Quelle: kathpress", "Source: MDR THÜRINGEN/ls": the line that credits where a news item came from. */
    private static final String SOURCE_WORDS = "(?:quelle|source|fuente|fonte)";
    private static final Pattern SOURCE_LINE = Pattern.compile("(?i)^" + SOURCE_WORDS + "\\s*:\\s*(\\S.{1,40})$");
    /** An element whose own text opens with the label (compiled once: the walk below visits thousands of elements). */
    private static final Pattern SOURCE_LABEL = Pattern.compile("(?s)\\s*" + SOURCE_WORDS + "\\s*:.*");

    /**
     * The agency or desk a news page credits in a source line ("Quelle: kathpress" under the
     * article): short, no address, outside captions (a picture's "Quelle:" names its photographer),
     * navigation and comments. {@link MetadataReader} takes it only in place of the site's own
     * brand, which names no writer at all.
     */
    static String sourceLine(Document doc) {
        if (doc.body() == null) return null;
        int seen = 0;
        for (Element e : doc.body().select("p, em, i, span, div, small, strong")) {
            if (seen++ > 5000) break;
            if (e.childrenSize() > 2 || !SOURCE_LABEL.matcher(e.ownText().toLowerCase(Locale.ROOT)).matches()) continue;
            String t = Nodes.clean(e.text());
            Matcher m = SOURCE_LINE.matcher(t);
            if (!m.matches()) continue;
            String name = m.group(1).strip();
            if (name.contains("://") || name.matches("(?i)www\\..*") || name.split("\\s+").length > 4) continue;
            if (e.closest("figure, figcaption, [class*=caption], [class*=credit], nav, aside, table, [class*=comment], [id*=comment]") != null) continue;
            // The page's footer is no article's; an article's own footer ("<footer class=contentFooter>") is where the credit goes.
            Element footer = e.closest("footer");
            if (footer != null && footer.closest("article, main, [class*=content], [class*=article]") == null) continue;
            return name;
        }
        return null;
    }

    /** Names of boxes that screen readers or search engines get but readers do not see. */
    private static final Pattern HIDDEN = Pattern.compile(
            "(?i)(?:u-|is-|rich-snippet-)?(?:hidden|invisible|sr-only|visually-hidden|screen-reader-text|d-none)");

    /**
     * The text a reader sees in {@code root}: without elements hidden by an attribute, an inline
     * style or a class that says so ("rich-snippet-hidden", "sr-only"), scripts and templates.
     */
    static String visibleText(Element root) {
        StringBuilder sb = new StringBuilder();
        Nodes.walk(root, new org.jsoup.select.NodeVisitor() {
            int skip = 0;
            @Override public void head(Node n, int depth) {
                if (skip > 0) { if (n instanceof Element) skip++; return; }
                if (n instanceof Element e) {
                    if (hidden(e)) skip = 1;
                } else if (n instanceof TextNode t) sb.append(t.text()).append(' ');
            }
            @Override public void tail(Node n, int depth) {
                if (skip > 0 && n instanceof Element) skip--;
            }
        });
        return sb.toString();
    }

    private static boolean hidden(Element e) {
        String tag = e.normalName();
        if (tag.equals("script") || tag.equals("style") || tag.equals("template") || tag.equals("noscript")) return true;
        if (e.attributesSize() == 0) return false;
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) return true;
        String style = e.attr("style");
        if (style.contains("none") || style.contains("hidden")) {
            String st = style.replace(" ", "").toLowerCase(Locale.ROOT);
            if (st.contains("display:none") || st.contains("visibility:hidden")) return true;
        }
        if (tag.equals("body") || tag.equals("html")) return false;
        String cls = e.className();
        // Cheap test first: most classes hold none of the words.
        if (cls.isEmpty() || !(cls.contains("hidden") || cls.contains("invisible") || cls.contains("sr-only") || cls.contains("screen-reader")
                || cls.contains("d-none"))) return false;
        for (String c : cls.split("\\s+")) if (HIDDEN.matcher(c).matches()) return true;
        return false;
    }

    /**
     * Whether the page's visible text shows one of the names: its run of letters ("ALLY MUTNICK",
     * "Falc'hon"), or for a sorted name every word of two letters or more in any order ("Kooman, F."
     * shown as "F. Kooman").
     */
    static boolean shown(List<String> names, String visible) {
        String run = letters(visible);
        java.util.Set<String> words = null;
        for (String n : names) {
            String f = letters(n);
            if (!f.isEmpty() && run.contains(f)) return true;
            // The words in any order only for a sorted name ("Last, First"): the words of a list of
            // several people may each appear somewhere else on the page.
            if (!n.contains(",")) continue;
            if (words == null) words = new java.util.HashSet<>(java.util.Arrays.asList(visible.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
            boolean all = false;
            for (String w : n.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() < 2) continue;
                if (!words.contains(w)) { all = false; break; }
                all = true;
            }
            if (all) return true;
        }
        return false;
    }

    /** The letters and digits of {@code s} in lower case, nothing else (a quick form for long texts). */
    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetterOrDigit(c)) b.appendCodePoint(Character.toLowerCase(c));
            i += Character.charCount(c);
        }
        return b.toString();
    }
}
