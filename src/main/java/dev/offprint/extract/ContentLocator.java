package dev.offprint.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article, down a fallback ladder: the schema.org
 * {@code articleBody}, a single dominant {@code <article>}/{@code <main>}/{@code role=main},
 * Readability-style scoring (text and link density, commas, class/id hints, sibling merging),
 * and finally the whole body. The rung used and a confidence are reported.
 */
final class ContentLocator {

    /** The located content, how it was found and how sure we are. */
    record Located(Element root, String method, double confidence) {}

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "details", "dialog", "dd",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "img", "iframe", "video", "picture");

    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private ContentLocator() {}

    /** Runs the ladder over a prepared document. {@code weightClasses} is Readability's class-weight flag. */
    static Located locate(Document doc, boolean weightClasses) {
        return new ContentLocator().run(doc, weightClasses);
    }

    private Located run(Document doc, boolean weightClasses) {
        Element body = doc.body();
        // Every paragraph-text figure the ladder reads before it changes the tree, from one pass.
        ParagraphText pt = new ParagraphText(body);
        int bodyText = pt.of(body);

        // Rung 1: the page says where its article body is (schema.org microdata). Trusted when it
        // carries a real share of the page's paragraph text; some pages mark only a teaser.
        Element schema = largest(doc.select("[itemprop=articleBody], [itemprop=articlebody], [itemprop=text][itemtype]"));
        if (schema != null && schema.text().length() >= 250 && pt.of(schema) >= 0.5 * bodyText) {
            // The article element around the body usually adds only its header and lead figure
            // (standfirst, lead image): take it when it adds little text beyond that.
            Element around = schema.parent() == null ? null : schema.parent().closest("article, [itemtype*=Article], [itemtype*=BlogPosting]");
            if (around != null && !around.normalName().equals("body")) {
                int inner = pt.of(schema);
                if (pt.of(around) <= inner * 1.15 + 300) return new Located(around, "schema-articleBody", 0.9);
            }
            return new Located(withLead(leadScope(schema, null), schema), "schema-articleBody", 0.9);
        }

        // Rung 2: one semantic container dominates (<article>, <main>, role=main). Several
        // <article>s of similar size are a listing page and fall through to scoring.
        Element semantic = dominantSemantic(doc, bodyText, pt);

        // Rung 3: Readability-style scoring, inside the semantic container when there is one.
        Element scope = semantic != null ? semantic : body;
        Element top = score(scope, weightClasses);
        if (semantic != null) {
            if (top == null || pt.of(top) < 0.75 * pt.of(semantic) || top == semantic) {
                return new Located(withLead(leadScope(semantic, null), semantic, headersBefore(semantic)), "article-element", 0.8);
            }
            Element content = withSiblings(top);
            return new Located(withLead(leadScope(content, semantic), content, headersBefore(semantic)), "article-element+scoring", 0.8);
        }
        if (top != null && top != body) {
            double conf = Math.min(0.85, 0.4 + scores.getOrDefault(top, 0.0) / 200.0);
            Element content = withSections(withSiblings(top), body);
            return new Located(withLead(leadScope(content, null), content), "scoring", conf);
        }
        return new Located(body, "body", 0.2);
    }

    /** Names of a standfirst: the lead paragraph that news pages set apart above the body. */
    private static final Pattern LEAD = Pattern.compile(
            "(^|[\\s_-])(lead|leadin|lead-in|leader|excerpt|intro|teaser|standfirst|summary|dek|deck|subtitle|subline|abstract|epigraph|"
            + "vorspann|chapo|chapeau|entradilla|bajada|perex)($|[\\s_-])",
            Pattern.CASE_INSENSITIVE);

    /** How far above the content a standfirst is looked for: its header is often a sibling of the body's wrappers. */
    private static final int LEAD_LEVELS = 3;

    /**
     * Where to look for the content's standfirst: a few levels above the content (the article's
     * header and its body are often siblings of wrappers, or sit in separate top-level sections
     * on page-builder layouts), and at least the semantic container the content was found in.
     */
    private static Element leadScope(Element content, Element semantic) {
        Element scope = content;
        for (int i = 0; i < LEAD_LEVELS; i++) {
            Element p = scope.parent();
            if (p == null || p.normalName().equals("body") || p.normalName().equals("html")) break;
            scope = p;
        }
        // Inside a semantic container the search covers all of it (the content may sit deeper than
        // LEAD_LEVELS below the <article> whose header holds the standfirst) and goes no further.
        if (semantic != null && (Nodes.contains(scope, semantic) || Nodes.contains(semantic, scope))) scope = semantic;
        return scope;
    }

    /**
     * The nearest two {@code <header>} elements before {@code semantic} among its siblings, with any
     * other siblings between: pages set the article's header (headline, standfirst) beside the
     * {@code <article>} inside their {@code <main>}.
     */
    private static List<Element> headersBefore(Element semantic) {
        List<Element> out = new ArrayList<>();
        if (semantic == null) return out;
        for (Element s = semantic.previousElementSibling(); s != null && out.size() < 2; s = s.previousElementSibling()) {
            if (s.normalName().equals("header")) out.add(0, s);
        }
        return out;
    }

    /**
     * Puts the container's standfirst in front of the content when locating left it out
     * (thelocal.se and neues-deutschland pages on trafilatura-dev set it in an h2 or p above the
     * body; others in a "teaser-intro" box or an "intro" header beside the body's wrapper).
     */
    private static Element withLead(Element container, Element content) {
        return withLead(container, content, List.of());
    }

    private static Element withLead(Element container, Element content, List<Element> extra) {
        List<Element> leads = new ArrayList<>();
        List<Element> cands = new ArrayList<>();
        for (Element x : extra) cands.addAll(x.select("p, h2, div, span, header"));
        if (container != content) cands.addAll(container.select("p, h2, div, span, header"));
        for (Element e : cands) {
            if (Nodes.contains(content, e) || Nodes.contains(e, content)) continue;
            // A header holding the headline is the title block, not a standfirst.
            if (e.normalName().equals("header") && e.selectFirst("h1") != null) continue;
            String hints = Nodes.hints(e);
            // schema.org's description of the page set in the page is its standfirst.
            boolean described = e.attr("itemprop").equalsIgnoreCase("description");
            if ((hints.isEmpty() || !LEAD.matcher(hints).find()) && !described && !unnamedLead(e)) continue;
            // The lead image's caption ("lead-asset-caption") is not a standfirst.
            if (hints.toLowerCase(java.util.Locale.ROOT).contains("caption") || e.closest("figure, figcaption") != null) continue;
            int len = e.text().length();
            if (len < 40 || len > 3000 || Nodes.linkDensity(e) > 0.3) continue;
            boolean nested = false;
            for (Element l : leads) if (Nodes.contains(l, e)) { nested = true; break; }
            if (nested) continue;
            // Only what comes before the content: a lead, not a teaser for another story further down.
            if (!before(e, content)) continue;
            if (len > 800) {
                // A longer intro told in several paragraphs ("article-intro" above the body): its
                // paragraphs, each of a standfirst's length, and nothing more is looked for.
                List<Element> paras = new ArrayList<>();
                for (Element p : e.getElementsByTag("p")) {
                    int pl = p.text().length();
                    if (pl >= 40 && pl <= 800 && Nodes.linkDensity(p) <= 0.3) paras.add(p);
                }
                if (leads.isEmpty() && paras.size() >= 2 && paras.size() <= 6) { leads.addAll(paras); break; }
                continue;
            }
            leads.add(e);
            if (leads.size() == 2) break;
        }
        if (leads.isEmpty()) leads = afterHeadline(content);
        if (leads.isEmpty()) return content;
        Element wrapper = new Element("div");
        content.before(wrapper);
        for (Element l : leads) {
            Element p = new Element("p");
            p.text(l.text());
            l.remove();
            wrapper.appendChild(p);
        }
        wrapper.appendChild(content);
        return wrapper;
    }

    /** How many elements before the content the headline is looked for. */
    private static final int HEADLINE_REACH = 60;

    /** A paragraph that ends like a sentence. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…][\"'»“”)]?$");

    /**
     * An unnamed standfirst: prose paragraphs between the headline ({@code <h1>}) and the content
     * when the content starts after them (landing pages and page builders set the intro in its
     * own box under the title). Only a few elements may separate the headline from the content,
     * and a navigation, form or link list between them means they are not one article's parts.
     */
    private static List<Element> afterHeadline(Element content) {
        List<Element> out = new ArrayList<>();
        Element top = content;
        while (top.parent() != null) top = top.parent();
        List<Element> all = top.getAllElements();
        int at = -1;
        for (int i = 0; i < all.size(); i++) if (all.get(i) == content) { at = i; break; }
        if (at <= 0) return out;
        int h1 = -1;
        for (int i = at - 1; i >= Math.max(0, at - HEADLINE_REACH); i--) {
            Element e = all.get(i);
            if (Nodes.contains(e, content)) continue;
            String tag = e.normalName();
            if (tag.equals("h1")) { h1 = i; break; }
            if (tag.equals("nav") || tag.equals("form") || tag.equals("aside") || tag.equals("footer")) return out;
            if ((tag.equals("ul") || tag.equals("ol")) && Nodes.linkDensity(e) > 0.5) return out;
        }
        if (h1 < 0) return out;
        for (int i = h1 + 1; i < at && out.size() < 2; i++) {
            Element e = all.get(i);
            if (!e.normalName().equals("p") || Nodes.contains(all.get(h1), e)) continue;
            if (e.closest("figure, figcaption, li, td, blockquote, a") != null) continue;
            // A byline line ("entry-meta": author, date, comments link) is not a standfirst.
            if (Nodes.classWeight(e) < 0 || e.selectFirst("time, [rel=author]") != null) continue;
            String t = e.text();
            if (t.length() < 80 || t.length() > 800 || Nodes.linkDensity(e) > 0.1 || !ENDS_SENTENCE.matcher(t).find()) continue;
            out.add(e);
        }
        return out;
    }

    /**
     * A standfirst that carries no lead name of its own: the subtitle after the headline in an
     * {@code <hgroup>}, or a paragraph straight inside an article header named as a lead
     * ({@code <header class="intro"><h1>…</h1><p>…</p>}), which is skipped as a whole for its headline.
     */
    private static boolean unnamedLead(Element e) {
        Element parent = e.parent();
        if (parent == null) return false;
        String tag = e.normalName();
        if (parent.normalName().equals("hgroup") && (tag.equals("p") || tag.equals("h2"))) {
            for (Element s = e.previousElementSibling(); s != null; s = s.previousElementSibling()) if (s.normalName().equals("h1")) return true;
            return false;
        }
        if (tag.equals("p") && parent.normalName().equals("header")) {
            String hints = Nodes.hints(parent);
            return !hints.isEmpty() && LEAD.matcher(hints).find();
        }
        return false;
    }

    /** Whether {@code a} precedes {@code b} in document order. */
    private static boolean before(Element a, Element b) {
        List<Element> pa = new ArrayList<>();
        for (Element x = a; x != null; x = x.parent()) pa.add(0, x);
        List<Element> pb = new ArrayList<>();
        for (Element x = b; x != null; x = x.parent()) pb.add(0, x);
        int i = 0;
        while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) i++;
        if (i == pa.size() || i == pb.size()) return false;
        return pa.get(i).elementSiblingIndex() < pb.get(i).elementSiblingIndex();
    }

    /** The largest element by text length, or null. */
    private static Element largest(List<Element> els) {
        Element best = null;
        int bestLen = 0;
        for (Element e : els) {
            if (e.normalName().equals("meta")) continue;
            int len = e.text().length();
            if (len > bestLen) { best = e; bestLen = len; }
        }
        return best;
    }

    /** Text length inside paragraph-like elements: what an article is made of. */
    static int paragraphText(Element root) {
        int n = 0;
        for (Element p : root.select("p, pre, li, td, blockquote, h2, h3")) {
            if (p.normalName().equals("li") && p.selectFirst("p") != null) continue;
            if (p.normalName().equals("td") && p.selectFirst("p, td") != null) continue;
            if (p.parent() != null && (p.parent().normalName().equals("blockquote") || p.parent().normalName().equals("li"))) continue;
            n += p.ownText().isEmpty() && p.children().isEmpty() ? 0 : p.text().length();
        }
        return n;
    }

    /**
     * {@link #paragraphText} of every element of one tree, from one pass instead of one walk per
     * question: which elements count is decided per element (the li/td "holds a p" tests from
     * flags gathered bottom-up), and each subtree's sum is added into its parent in reverse
     * document order. Valid while the tree is unchanged; an element outside the tree (or added
     * later) is measured directly.
     */
    static final class ParagraphText {
        private final Map<Element, int[]> sums = new IdentityHashMap<>();

        ParagraphText(Element root) {
            List<Element> all = root.getAllElements(); // document order: parents before children
            Set<Element> holdsP = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = all.size() - 1; i >= 0; i--) {
                Element e = all.get(i);
                if (e != root && (e.normalName().equals("p") || holdsP.contains(e))) holdsP.add(e.parent());
            }
            for (Element e : all) sums.put(e, new int[] {ownShare(e, holdsP)});
            for (int i = all.size() - 1; i >= 0; i--) {
                Element e = all.get(i);
                if (e == root) continue;
                sums.get(e.parent())[0] += sums.get(e)[0];
            }
        }

        /** The element's own term of paragraphText's sum: its text when it is a counted paragraph. */
        private static int ownShare(Element p, Set<Element> holdsP) {
            if (!PARAGRAPHS.contains(p.normalName())) return 0;
            if (p.normalName().equals("li") && holdsP.contains(p)) return 0;
            // paragraphText's td test, selectFirst("p, td"), matches the td itself: a td never counts.
            if (p.normalName().equals("td")) return 0;
            if (p.parent() != null && (p.parent().normalName().equals("blockquote") || p.parent().normalName().equals("li"))) return 0;
            return p.ownText().isEmpty() && p.children().isEmpty() ? 0 : p.text().length();
        }

        int of(Element e) {
            int[] s = sums.get(e);
            return s != null ? s[0] : paragraphText(e);
        }
    }

    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "li", "td", "blockquote", "h2", "h3");

    /**
     * The single semantic container that holds most of the page's paragraph text, or null. When
     * they nest, the innermost one that still holds nearly all of its parent's text wins.
     */
    private static Element dominantSemantic(Document doc, int bodyText, ParagraphText pt) {
        if (bodyText < 200) return null;
        List<Element> cands = new ArrayList<>();
        for (Element e : doc.select("article, main, [role=main], [itemtype*=Article], [itemtype*=BlogPosting]")) {
            if (e.normalName().equals("body") || e.normalName().equals("html")) continue;
            cands.add(e);
        }
        Element best = null;
        int bestText = 0;
        for (Element e : cands) {
            int t = pt.of(e);
            if (t > bestText) { best = e; bestText = t; }
        }
        if (best == null || bestText < 0.4 * bodyText || bestText < 250) return null;
        if (Nodes.linkDensity(best) > 0.5) return null;
        // Prefer an inner container holding nearly everything (an <article> inside <main>).
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Element e : cands) {
                if (e != best && Nodes.contains(best, e)) {
                    int t = pt.of(e);
                    if (t >= 0.85 * bestText) { best = e; bestText = t; moved = true; break; }
                }
            }
        }
        // Several sibling <article>s of comparable size: a listing, not one article.
        int comparable = 0;
        for (Element e : cands) {
            if (e != best && !Nodes.contains(best, e) && !Nodes.contains(e, best) && pt.of(e) > 0.5 * bestText) comparable++;
        }
        return comparable > 0 ? null : best;
    }

    // ---------------------------------------------------------------- Readability scoring

    /** Readability's tag bias for containers: divs often hold text, lists and headings rarely. */
    private static int tagBase(Element e) {
        switch (e.normalName()) {
            case "div": case "article": case "section": case "main": return 5;
            case "pre": case "td": case "blockquote": return 3;
            case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": return -3;
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": return -5;
            default: return 0;
        }
    }

    private double init(Element e, boolean weightClasses) {
        Double s = scores.get(e);
        if (s != null) return s;
        double v = tagBase(e) + (weightClasses ? Nodes.classWeight(e) : 0);
        scores.put(e, v);
        return v;
    }

    /** Whether a div holds no block children, so it reads as a paragraph (Readability's div-to-p). */
    private static boolean isParagraphLike(Element e) {
        String tag = e.normalName();
        if (tag.equals("p") || tag.equals("pre") || tag.equals("td")) return true;
        if (!(tag.equals("div") || tag.equals("section") || tag.equals("span") && e.parent() != null && e.parent().normalName().equals("div"))) return false;
        for (Element c : e.children()) if (BLOCKS.contains(c.normalName())) return false;
        return true;
    }

    /** Scores paragraphs into their ancestors and returns the best candidate after link-density scaling. */
    private Element score(Element scope, boolean weightClasses) {
        for (Element e : scope.getAllElements()) {
            String text;
            if (isParagraphLike(e)) {
                text = e.text();
            } else if (e.normalName().equals("div") && Nodes.hasOwnText(e)) {
                // Text that sits straight in a div beside blocks (<div>text<br>text<div>..</div></div>).
                StringBuilder own = new StringBuilder();
                for (Node n : e.childNodes()) if (n instanceof TextNode t) own.append(t.text());
                for (Element c : e.children()) if (!BLOCKS.contains(c.normalName())) own.append(c.text());
                text = Nodes.clean(own.toString());
            } else continue;
            if (text.length() < 25) continue;
            Element parent = e.parent();
            if (parent == null) continue;
            double content = 1 + Nodes.commas(text) + Math.min(text.length() / 100, 3);
            int level = 0;
            List<Element> targets = new ArrayList<>();
            if (e.normalName().equals("div") && !isParagraphLike(e)) targets.add(e);
            for (Element a = parent; a != null && level < 5; a = a.parent(), level++) {
                if (a.normalName().equals("html")) break;
                targets.add(a);
            }
            for (int i = 0; i < targets.size(); i++) {
                Element a = targets.get(i);
                int lvl = i;
                double divider = lvl == 0 ? 1 : lvl == 1 ? 2 : lvl * 3;
                scores.put(a, init(a, weightClasses) + content / divider);
                if (a == scope) break;
            }
        }
        Element top = null;
        double topScore = 0;
        List<Element> ranked = new ArrayList<>();
        // Document order, not the identity map's order: equal scores must rank the same way on
        // every run (identity hash codes differ between JVMs), so the same page gives the same bytes.
        for (Element e : scope.getAllElements()) {
            Double v = scores.get(e);
            if (v == null) continue;
            scores.put(e, v * (1 - Nodes.linkDensity(e)));
            ranked.add(e);
        }
        ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        if (ranked.isEmpty()) return null;
        top = ranked.get(0);
        topScore = scores.get(top);
        if (topScore <= 0) return null;

        // Several near-best candidates share an ancestor: the article is split into boxes, take their parent.
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (scores.get(ranked.get(i)) / topScore >= 0.75) alternatives.add(ranked.get(i));
        }
        if (alternatives.size() >= 3) {
            for (Element p = top.parent(); p != null && p != scope.parent() && !p.normalName().equals("body"); p = p.parent()) {
                int containing = 0;
                for (Element alt : alternatives) if (Nodes.contains(p, alt)) containing++;
                if (containing >= 3) { top = p; init(top, weightClasses); break; }
            }
        }

        // Walk up while a parent scores comparably: the content often spans the parent's other children.
        double last = scores.get(top);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != scope.parent() && !p.normalName().equals("body"); p = p.parent()) {
            Double ps = scores.get(p);
            if (ps == null) continue;
            if (ps < threshold) break;
            if (ps > last) { top = p; break; }
            last = ps;
        }
        // A wrapper that holds only the candidate adds nothing but may hold siblings' context.
        while (top.parent() != null && top.parent() != scope.parent() && !top.parent().normalName().equals("body")
                && top.parent().children().size() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** How many levels above the content {@link #withSections} looks for the article's other sections. */
    private static final int SECTION_LEVELS = 8;

    /**
     * Page-builder layouts split one article into several top-level sections (a row per heading,
     * each in its own container stack), so the best-scored box holds only one of them. When the
     * content holds little of the page's text, climb its ancestors and take, at each level, the
     * unbroken run of prose siblings next to the branch we came from: boxes of low link density
     * with paragraph text, with short boxes (a heading, an image) between them. A link-heavy box,
     * a negatively named one, a form, nav, aside or footer ends the run.
     */
    private static Element withSections(Element content, Element scope) {
        // Built after withSiblings moved the content's siblings into their wrapper; nothing below
        // changes the tree until the sections are gathered at the end.
        ParagraphText pt = new ParagraphText(scope);
        int total = pt.of(scope);
        if (total == 0 || pt.of(content) >= 0.7 * total) return content;
        List<Element> merged = new ArrayList<>();
        merged.add(content);
        // The content's own siblings were weighed by Readability's sibling merging already; only
        // sections named like the content itself (a page builder repeats its row class) join here.
        Element a = content;
        for (int level = 0; level < SECTION_LEVELS && a != null && a != scope && a.parent() != null; level++) {
            String sameClass = a == content ? content.className() : null;
            if ("".equals(sameClass)) { a = a.parent(); continue; }
            List<Element> before = sectionRun(a, false, sameClass, pt);
            List<Element> after = sectionRun(a, true, sameClass, pt);
            if (!before.isEmpty() || !after.isEmpty()) {
                List<Element> next = new ArrayList<>(before);
                next.addAll(merged);
                next.addAll(after);
                merged = next;
            }
            a = a.parent();
        }
        if (merged.size() == 1) return content;
        Element wrapper = new Element("div");
        merged.get(0).before(wrapper);
        for (Element m : merged) wrapper.appendChild(m);
        return wrapper;
    }

    /**
     * The prose siblings on one side of {@code from}, in document order (see {@link #withSections});
     * with {@code sameClass} set, only siblings of that class count as prose.
     */
    private static List<Element> sectionRun(Element from, boolean forward, String sameClass, ParagraphText pt) {
        List<Element> run = new ArrayList<>();
        List<Element> gap = new ArrayList<>();
        for (Element s = forward ? from.nextElementSibling() : from.previousElementSibling(); s != null;
                s = forward ? s.nextElementSibling() : s.previousElementSibling()) {
            String tag = s.normalName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("form")) break;
            if (s.selectFirst("form, input, textarea, select") != null) break;
            int len = s.text().length();
            double ld = Nodes.linkDensity(s);
            if (len >= 30 && ld > 0.4 || Nodes.classWeight(s) < 0) break;
            int ptext = pt.of(s);
            if (ptext >= 80 && ld < 0.25 && (sameClass == null || sameClass.equals(s.className()))) {
                run.addAll(gap);
                gap.clear();
                run.add(s);
            } else if (ptext < 80 && len < 300) {
                gap.add(s);
            } else {
                break;
            }
        }
        if (!forward) java.util.Collections.reverse(run);
        return run;
    }

    /** The candidate plus its siblings that look like article too (Readability's sibling merging). */
    private Element withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) return top;
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> keep = new ArrayList<>();
        for (Element s : parent.children()) {
            if (s == top) { keep.add(s); continue; }
            double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? topScore * 0.2 : 0;
            Double ss = scores.get(s);
            if (ss != null && ss + bonus >= threshold) { keep.add(s); continue; }
            // A sibling of the same class holding prose is another part of the same article (page
            // layouts repeat one section class between full-width figures), even when its text sits
            // too deep below it to have scored into it.
            if (bonus > 0 && s.text().length() >= 500 && Nodes.linkDensity(s) < 0.25
                    && s.selectFirst("p") != null) { keep.add(s); continue; }
            if (s.normalName().equals("p")) {
                double ld = Nodes.linkDensity(s);
                String text = s.text();
                int len = text.length();
                if (len > 80 && ld < 0.25) keep.add(s);
                else if (len < 80 && len > 0 && ld == 0 && SENTENCE_END.matcher(text).find()) keep.add(s);
            }
        }
        if (keep.size() == 1) return top;
        Element wrapper = new Element("div");
        top.before(wrapper);
        for (Element k : keep) wrapper.appendChild(k);
        return wrapper;
    }
}
