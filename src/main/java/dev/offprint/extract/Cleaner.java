package dev.offprint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Drops what is never article content. {@link #prepare} runs over the whole page before the
 * content is located (scripts, hidden and interactive elements, navigation, unlikely boxes);
 * {@link #tidy} runs over the located content afterwards (Readability's conditional cleaning of
 * link-heavy and form-like boxes, share bars, "Related" boxes, empty paragraphs).
 */
final class Cleaner {

    private Cleaner() {}

    /** Readability's names of boxes that are unlikely to be the article (menus, footers, comments, ads). */
    static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|"
            + "related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|"
            + "pager|popup|yom-remote|cookie|consent|newsletter|subscribe|signup|share|sharing|navbar|masthead|breadcrumb",
            Pattern.CASE_INSENSITIVE);

    /** Names that rescue an otherwise unlikely box: it may be the article's container. */
    static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|mathjax|shadow", Pattern.CASE_INSENSITIVE);

    /** Roles of landmarks that are never the article. */
    private static final Pattern UNLIKELY_ROLES = Pattern.compile(
            "^(menu|menubar|complementary|navigation|alert|alertdialog|dialog|search|banner|contentinfo|toolbar|tablist)$");

    /** Titles of boxes inside the content that point elsewhere: "Related Topics", "Read more", "Share this". */
    static final Pattern BOILERPLATE_TITLE = Pattern.compile(
            "^(related( topics| articles| posts| stories| content| reading| links)?|read (more|also|next)|see more|more (from|on|stories|articles|in)\\b.*|"
            + "you (may|might) (also )?(like|enjoy|be interested in).*|recommended( for you| reading| articles)?|popular( posts| articles)?|"
            + "trending( now)?|most (read|popular|viewed)|share( this( article| post| page| story)?)?( on)?|follow us.*|sign up.*|subscribe.*|"
            + "(join|get) (our|the) newsletter.*|newsletter|tags?|categories|filed under|about the author|leave a (reply|comment)|"
            + "weitere artikel|mehr zum thema|das k(ö|oe)nnte (sie|dich) auch interessieren|auch interessant|lesen sie auch|teilen|"
            + "schon gelesen\\?|ebenfalls interessant|zum weiterlesen|"
            + "(à )?lire aussi|sur le m(ê|e)me sujet|partager|articles? (similaires|li(é|e)s)|"
            + "(art(í|i)culos|temas|notas) relacionad(o|a)s|te puede interesar|lee tambi(é|e)n|compartir|noticias relacionadas|"
            + "weiterlesen|siehe auch|noch mehr\\??|(diese|weitere) (artikel|beitr(ä|ae)ge) k(ö|oe)nnten (dich|sie|euch) (auch |ebenfalls )?interessieren|"
            + "artikel und videos zum thema|weitere beitr(ä|ae)ge( .*)?|(vea|lea|mira|ver) tambi(é|e)n|(veja|leia) tamb(é|e)m|"
            + "czytaj (te(ż|z)|tak(ż|z)e|wi(ę|e)cej)|zobacz (te(ż|z)|tak(ż|z)e)|"
            // Lists of the site's latest posts, and "more on <topic>" / "read further" link boxes.
            + "neueste (beitr(ä|ae)ge|artikel|nachrichten|meldungen)|latest (posts|articles|news|stories)|recent (posts|articles)|"
            + "mehr (zu|über|ueber) [\\p{L}\\p{N} &-]{1,40}|read further\\b.*|"
            // A box offering the page as a file ("Dieses Skript als PDF herunterladen").
            + "([\\p{L}]+ ){0,3}als pdf (herunterladen|downloaden)|download (this|the) [\\p{L} ]{0,30}as (a )?pdf|pdf (herunterladen|download))\\s*:?$",
            Pattern.CASE_INSENSITIVE);

    /** Whole-page removal before locating. {@code stripUnlikely} is Readability's first-pass flag. */
    static void prepare(Document doc, boolean stripUnlikely) {
        removeComments(doc);
        useNoscriptImages(doc);
        doc.select("script, style, template, link, meta, noscript, svg, canvas, button, input, select, textarea, "
                + "option, datalist, dialog, object[type=application/x-shockwave-flash], map, area").remove();
        Element body = doc.body();
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            if (isHidden(e)) { drop.add(e); continue; }
            String tag = e.normalName();
            if (tag.equals("nav") && !holdsMain(e)) { drop.add(e); continue; }
            String role = e.attr("role").toLowerCase(Locale.ROOT).strip();
            // A landmark wrapped around the main content by broken markup (a banner holding the whole
            // page, trafilatura-dev's diaadia page) is not boilerplate.
            if (!role.isEmpty() && UNLIKELY_ROLES.matcher(role).find() && !holdsMain(e)) { drop.add(e); continue; }
            if (stripUnlikely && isUnlikely(e)) drop.add(e);
        }
        Nodes.removeAll(drop);
    }

    /** Readability's "unlikely candidate" test, with the body, links and table innards spared. */
    static boolean isUnlikely(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("a") || tag.equals("html") || tag.equals("article") || tag.equals("main")) return false;
        // A definition list's term is never a box of boilerplate: dropping it for a class name
        // ("subheaders") would leave its definitions without their terms.
        if (tag.equals("dt")) return false;
        String hints = Nodes.hints(e);
        if (hints.isEmpty() || !UNLIKELY.matcher(hints).find() || MAYBE.matcher(hints).find()) return false;
        if (Nodes.hasAncestor(e, "table", 0) || Nodes.hasAncestor(e, "code", 0)) return false;
        if (isArticleHeader(e, hints)) return false;
        // A box that holds the page's marked-up article body is its container, whatever its name.
        return !holdsMain(e);
    }

    private static final Pattern HEADER_WORD = Pattern.compile("header", Pattern.CASE_INSENSITIVE);

    /**
     * A box unlikely only for being named a header ("entry__header", "single-header") that holds
     * a paragraph of prose is the article's own header with its standfirst, not the site's
     * masthead (which holds links, a logo and a search box).
     */
    private static boolean isArticleHeader(Element e, String hints) {
        if (UNLIKELY.matcher(HEADER_WORD.matcher(hints).replaceAll(" ")).find()) return false;
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= 100 && Nodes.linkDensity(p) < 0.2) return Nodes.linkDensity(e) < 0.3;
        }
        return false;
    }

    /** Whether the element holds the page's main content landmark. */
    static boolean holdsMain(Element e) {
        return e.selectFirst("main, [role=main], article, [itemprop=articleBody]") != null;
    }

    /** Hidden by attribute or inline style: readers never saw it. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        if (e.attr("aria-hidden").equalsIgnoreCase("true") && !e.className().contains("fallback-image")
                && e.selectFirst("img, picture, p") == null) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static void removeComments(Document doc) {
        List<Node> comments = new ArrayList<>();
        Nodes.walk(doc, (node, depth) -> { if (node instanceof Comment) comments.add(node); });
        for (Node c : comments) c.remove();
    }

    /**
     * Lazy-loading pages put a placeholder {@code <img>} in the page and the real one in a
     * {@code <noscript>} beside it: swap the real image in (Readability's unwrapNoscriptImages).
     */
    private static void useNoscriptImages(Document doc) {
        for (Element ns : doc.getElementsByTag("noscript")) {
            // jsoup keeps noscript content as text in some contexts: parse it as a fragment.
            String inner = ns.html();
            if (!inner.contains("<img")) continue;
            Element frag = org.jsoup.Jsoup.parseBodyFragment(inner, doc.location()).body();
            Elements imgs = frag.getElementsByTag("img");
            if (imgs.size() != 1) continue;
            Element real = imgs.first();
            Element prev = ns.previousElementSibling();
            Element placeholder = null;
            if (prev != null) {
                if (prev.normalName().equals("img")) placeholder = prev;
                else if (prev.getElementsByTag("img").size() == 1 && prev.text().isBlank()) placeholder = prev.getElementsByTag("img").first();
            }
            if (placeholder != null) {
                placeholder.replaceWith(real);
                ns.remove();
            } else {
                ns.replaceWith(real);
            }
        }
    }

    // ---------------------------------------------------------------- after locating

    /** Readability's prepArticle: conditional cleaning and the removal of in-content boilerplate. */
    static void tidy(Element root, boolean conditional) {
        removeBoilerplateBoxes(root);
        for (Element e : new ArrayList<>(root.select("aside, footer, form, fieldset"))) {
            if (e.parent() == null || e == root) continue;
            if (e.normalName().equals("footer") && (Nodes.hasAncestor(e, "blockquote", 3) || Nodes.hasAncestor(e, "figure", 3))) continue;
            if (e.normalName().equals("form") && e.text().length() > 500 && e.select("p").size() > 2) { e.unwrap(); continue; }
            e.remove();
        }
        // Share bars and social boxes: short, named for sharing (Readability removes these under 500 chars).
        // Removed in one batch: the elements are visited in document order, so no decision reads an
        // element's subtree after a part of it was removed, and batching gives the same tree while
        // sparing the sibling re-indexing of one-by-one removal (quadratic on wide pages).
        List<Element> junk = new ArrayList<>();
        java.util.Map<Element, java.util.Map<String, Integer>> teaserCounts = new java.util.IdentityHashMap<>();
        for (Element e : root.getAllElements()) {
            if (e == root) continue;
            String hints = Nodes.hints(e);
            // A custom element's name says what it is (<pp-inline-teaser>, <share-bar>), as a class would.
            if (e.normalName().indexOf('-') > 0) hints = hints.isEmpty() ? e.normalName() : hints + " " + e.normalName();
            if (hints.isEmpty()) continue;
            if (IN_CONTENT_JUNK.matcher(hints).find() && !MAYBE.matcher(hints).find() && e.text().length() < 500) {
                junk.add(e);
            } else if (TAG_LIST.matcher(hints).find() && !INLINE.contains(e.normalName()) && e.text().length() < 300
                    && Nodes.linkDensity(e) >= 0.6) {
                // The post's tags or categories: a short row of links named for what it is.
                junk.add(e);
            } else if (FOOTER_NAME.matcher(hints).find() && e.text().length() < 500 && !holdsMain(e)
                    && e.closest("blockquote, figure") == null) {
                // The article's own footer box ("article-footer", "entry-footer"): the site's note
                // under every story, its tags and share links, not the story.
                junk.add(e);
            } else if (POST_NAV.matcher(hints).find() && e.text().length() < 3000 && !holdsMain(e)) {
                // Thumbnails or links to the next and previous posts, a "read next" strip.
                junk.add(e);
            } else if (AUTHOR_BOX.matcher(hints).find() && isAuthorBox(e)) {
                // The author's bio box below the article ("author-box", "about-author"): named for
                // what it is, so a name word like "content" in its class does not spare it, and a
                // bio runs longer than a share bar.
                junk.add(e);
            } else if (TEASER.matcher(hints).find() && (Nodes.linkDensity(e) > 0.5 || teaserSiblings(e, teaserCounts) >= 2
                    || linkedHeadline(e))) {
                // "teaser" names both the article's own standfirst (teaser-text, a lead in plain
                // text) and a box pointing to another story (a link): only the second goes. A run
                // of teaser boxes side by side is a list of other stories, links or not; so is a
                // teaser box whose headline is a link (image, linked headline, a line of summary).
                junk.add(e);
            }
        }
        Nodes.removeAll(junk);
        List<Element> negativeHeadings = new ArrayList<>();
        for (Element h : root.select(H1_H2)) if (Nodes.classWeight(h) < 0) negativeHeadings.add(h);
        Nodes.removeAll(negativeHeadings);
        if (conditional) {
            for (String tag : new String[] {"table", "ul", "ol", "div", "section", "dl"}) cleanConditionally(root, tag);
        }
        removeEmptyParagraphs(root);
        removeLinkParagraphs(root);
        removeHeadlineLists(root);
        removeDatelines(root);
        removeCallsToAction(root);
        removeTrailingHeadings(root);
    }

    /**
     * Headings left at the very end of the content: the title of a box of links or teasers that
     * went ("More tour tips", "Related"), with nothing under it. A heading with no text after it
     * heads nothing of the article.
     */
    static void removeTrailingHeadings(Element root) {
        for (int k = 0; k < 3; k++) {
            Elements hs = root.select(HEADINGS_ALL);
            Element h = hs.isEmpty() ? null : hs.last();
            if (h == null || h == root || !nothingAfter(h, root)) return;
            h.remove();
        }
    }

    /** Whether no text, image or table follows {@code e} inside {@code root}. */
    private static boolean nothingAfter(Element e, Element root) {
        for (Element x = e; x != null && x != root; x = x.parent()) {
            for (Node n = x.nextSibling(); n != null; n = n.nextSibling()) {
                if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) return false;
                if (n instanceof Element s && (!s.text().isBlank() || s.is(MEDIA_OR_TABLE) || s.selectFirst(MEDIA_OR_TABLE) != null)) return false;
            }
        }
        return true;
    }

    private static final Evaluator HEADINGS_ALL = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    /**
     * Paragraphs that are nothing but one link: a teaser for another article set among the text
     * ("Read also" without its label, a headline linked to the next story). A linked sentence
     * inside prose keeps its surrounding words, so it stays; list items and quotes are left alone.
     */
    static void removeLinkParagraphs(Element root) {
        List<Element> gone = new ArrayList<>();
        // A "See also:" label and a link, set as a quote or a box rather than a paragraph; and a
        // quote that is nothing but one link (an embedded post's fallback card, not a quotation).
        for (Element b : root.select("blockquote, div")) {
            if (b == root || Nodes.countElements(b, 12) >= 12) continue;
            String t = Nodes.clean(b.text());
            if (t.length() <= 300 && SEE_ALSO.matcher(t).lookingAt() && Nodes.linkDensity(b) >= 0.6) gone.add(b);
            else if (b.normalName().equals("blockquote") && t.length() >= 15 && t.length() <= 300 && b.select("a[href]").size() == 1
                    && Nodes.linkDensity(b) >= 0.8 && b.selectFirst("img, picture, video, iframe") == null) gone.add(b);
        }
        for (Element p : root.getElementsByTag("p")) {
            if (p == root || p.closest("li, td, th, blockquote, figure") != null) continue;
            String t = Nodes.clean(p.text());
            // A "See also" label followed by links to other posts.
            if (t.length() <= 600 && SEE_ALSO.matcher(t).lookingAt() && Nodes.linkDensity(p) >= 0.6) { gone.add(p); continue; }
            if (t.length() < 15 || t.length() > 300) continue;
            // A bare address is the source the text cites, not a teaser.
            if (t.startsWith("http") || t.startsWith("www.")) continue;
            // A credit in brackets ("(Artist: …)") belongs to the image above it.
            if (t.startsWith("(") && t.endsWith(")")) continue;
            if (p.selectFirst("img, picture, video, iframe") != null) continue;
            // One link: several links in a row are a list of sources or places, told as a sentence.
            if (p.select("a[href]").size() != 1) continue;
            if (Nodes.linkDensity(p) >= 0.8 && p.selectFirst("a[href]:not([href^=#]):not([href^=mailto:])") != null) gone.add(p);
        }
        Nodes.removeAll(gone);
    }

    /**
     * Lists whose items are each one link to another story's headline (a "related articles" or
     * "in this series" list set in the text without a label): every item is a single link of
     * several words and nothing else; in a longer list one item may be plain text (the current
     * story, named but not linked). Lists of short links (places, names, tags) and lists whose
     * items say something beside their link stay.
     */
    static void removeHeadlineLists(Element root) {
        List<Element> gone = new ArrayList<>();
        // Where the prose starts: the first paragraph of some length.
        Element firstProse = null;
        for (Element p : root.getElementsByTag("p")) {
            if (p.text().length() >= 100 && Nodes.linkDensity(p) < 0.3) { firstProse = p; break; }
        }
        // Document order of every element, for "above the prose" (sibling indexes cost a walk of
        // the siblings each in jsoup; a page of thousands of lists must stay linear).
        java.util.Map<Element, Integer> order = new java.util.IdentityHashMap<>();
        Elements everything = root.getAllElements();
        for (int i = 0; i < everything.size(); i++) order.put(everything.get(i), i);
        for (Element list : root.select(LISTS)) {
            if (list == root || list.closest(LIST_HOLDERS) != null) continue;
            // Only where such a list is not the article's own: above the prose (a series or
            // "related" box before the text begins), or one item alone between two paragraphs
            // (set like a one-link teaser paragraph). Lists after the text are left alone: some
            // articles end on their further reading.
            boolean above = firstProse != null && !Nodes.contains(list, firstProse) && order.get(list) < order.get(firstProse);
            boolean between = isProse(elementBeside(list, false)) && isProse(elementBeside(list, true));
            if (!above && !between) continue;
            Elements items = list.children();
            int n = 0;
            int linked = 0;
            for (Element li : items) {
                if (!li.normalName().equals("li")) continue;
                n++;
                if (headlineLink(li)) linked++;
            }
            if (n == 0 || n > 30) continue;
            if (above && (linked == n || n >= 4 && linked == n - 1) || !above && n == 1 && linked == 1) {
                gone.add(list);
                // The list's own short title just above it ("In this series") goes with it.
                Element label = elementBeside(list, false);
                if (above && label != null && label.text().length() <= 60 && label.children().size() <= 1
                        && (HEADING_TAG.matcher(label.normalName()).matches() || label.normalName().equals("header")
                            || label.normalName().equals("p") || label.normalName().equals("div"))) gone.add(label);
            }
        }
        Nodes.removeAll(gone);
    }

    private static boolean isProse(Element e) {
        return e != null && e.normalName().equals("p") && e.text().length() >= 80 && Nodes.linkDensity(e) < 0.3;
    }

    /** The element just before or after {@code e} among its siblings, by node links (no sibling index). */
    private static Element elementBeside(Element e, boolean after) {
        for (Node n = after ? e.nextSibling() : e.previousSibling(); n != null; n = after ? n.nextSibling() : n.previousSibling()) {
            if (n instanceof Element el) return el;
        }
        return null;
    }

    private static final Evaluator HREF_LINKS = QueryParser.parse("a[href]");
    private static final Evaluator LIST_HOLDERS = QueryParser.parse("li, td, th, nav");

    /** An item that is only one link whose text reads like a headline (four words or more). */
    private static boolean headlineLink(Element li) {
        Elements links = li.select(HREF_LINKS);
        if (links.size() != 1) return false;
        String t = Nodes.clean(li.text());
        if (t.length() < 25 || t.length() > 200 || t.split(" ").length < 4) return false;
        String href = links.first().attr("href");
        if (href.startsWith("#") || href.startsWith("mailto:")) return false;
        return Nodes.clean(links.first().text()).length() >= 0.9 * t.length();
    }

    /** Labels that open a paragraph of links to other posts. */
    private static final Pattern SEE_ALSO = Pattern.compile(
            "(?i)(siehe auch|see also|read (more|also)|related( posts| articles)?|lesen sie auch|weiterlesen|mehr zum thema|lire aussi|"
            + "lee tambi(é|e)n|ver tambi(é|e)n|puedes ver|te puede interesar|mira tambi(é|e)n|leia tamb(é|e)m|czytaj (te(ż|z)|tak(ż|z)e)|"
            + "zobacz (te(ż|z)|tak(ż|z)e))\\b\\s*:?");

    /** Short blocks that ask the reader to do something (subscribe, share, follow) or state rights: never article text. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?i)\\b(subscribe|sign up (for|to)|follow us|share this|if you (enjoyed|liked|found)|join (our|the) (newsletter|mailing)|"
            + "all rights reserved|alle rechte vorbehalten|tous droits r(é|e)serv(é|e)s|todos los derechos reservados|"
            + "newsletter abonnieren|jetzt abonnieren|folgen sie uns|artikel teilen|diesen (artikel|beitrag) teilen|"
            + "abonnez-vous|suivez-nous|suscr(í|i)bete|s(í|i)guenos|do you want to be informed|want more\\?|read more:|"
            + "weitere informationen|mehr zum thema|mehr informationen|lesen sie (auch|mehr)|more information|"
            // Appeals for support and app downloads that close an article.
            + "support (us|our (journalism|work))|unterst(ü|ue)tze (uns|[\\p{L}]+ (bereits|schon|mit))|jetzt (unterst(ü|ue)tzen|spenden)|"
            + "ap(ó|o)yanos|hazte (miembro|socio)|we need your help|download the [\\p{L} ]{1,40} apps?|with the [\\p{L} ]{1,40} app|"
            + "besuchen sie unseren|gef(ä|ae)llt (dir|ihnen) unser|(vea|lea|mira) tambi(é|e)n:|czytaj (te(ż|z)|tak(ż|z)e|wi(ę|e)cej)|"
            + "zur(ü|ue)ck zu (allen|den|der (ü|ue)bersicht)|weitere infos unter|"
            // Subscription offers, the site's own channels, and "click here to register" boxes.
            + "cancela cuando quieras|cancel (at )?any ?time|jederzeit k(ü|ue)ndbar|nuestro canal de youtube|our youtube channel|"
            + "unseren youtube-kanal|(einfach|jetzt) hier klicken|click here to (subscribe|register|sign up)|read the rest of|"
            // Comment-form prompts, licence and disclaimer lines, "see also:" labels, image-viewer buttons.
            + "(eingeloggt|angemeldet) sein,? um|must be logged in to|(verraten|schreiben|erz(ä|ae)hlen) sie [\\p{L} ]{0,20}in den kommentaren|"
            + "let us know in the comments|ver(ö|oe)ffentlicht unter der lizenz|licensed under (a |the )?(cc|creative commons)|"
            + "alle angaben ohne gew(ä|ae)hr|^bild (anzeigen|schlie(ß|ss)en|vergr(ö|oe)(ß|ss)ern)$|"
            // Rights notices in the languages of the corpora.
            + "chroniony prawem autorskim|wszelkie prawa zastrze(ż|z)one|copyrighted property|written permission)\\b|\\u00A9 ?\\d{4}|copyright \\d{4}|"
            // "See also:" labels (a colon ends them, so no word boundary after it).
            + "(?<!\\p{L})(puedes ver|te puede interesar|lee tambi(é|e)n|leia tamb(é|e)m|read also|see also|lesen sie auch)\\s*:");

    /**
     * A rights notice that opens with the copyright sign or states the reprint terms: these run
     * longer than a call to action ("© 2022, Site. This article is the copyrighted property of
     * … Written permission must be obtained …") and are still never article text.
     */
    private static final Pattern RIGHTS_NOTICE = Pattern.compile(
            "(?i)^(\\u00A9|copyright) ?\\d{4}|\\b(copyrighted property|written permission must be obtained|all rights reserved|"
            + "alle rechte vorbehalten|tous droits r(é|e)serv(é|e)s|todos los derechos reservados|wszelkie prawa zastrze(ż|z)one)\\b");

    /** The word a page puts on an advertisement, in the corpora's languages (one list for the two patterns below). */
    private static final String AD_WORDS = "(anzeige|werbung|reklama|advertisement|sponsored|gesponsert|publicidad|publicit(é|e))";

    /**
     * Advertising and affiliate disclosures ("Anzeige", "*Werbung. Dieser Beitrag enthält
     * Werbung …", "we may receive compensation …", "… erhält ggf. eine Provision"): the site's
     * notice about the text, not the text.
     */
    private static final Pattern DISCLOSURE = Pattern.compile(
            "(?i)^\\*?" + AD_WORDS + "\\*?\\s*:?$|"
            + "\\b(dieser|this) (beitrag|artikel|post|article|text) (enth(ä|ae)lt|contains) (werbung|anzeigen|affiliate|sponsored|references to products)|"
            // "This post may contain affiliate links", "Dieser Artikel kann Links zu Anbietern enthalten".
            + "\\b(dieser|this) (beitrag|artikel|post|article|text|page|seite) (kann|may) ([\\p{L}-]+ ){0,4}(links|werbung)\\b|"
            + "\\benth(ä|ae)lt affiliate[- ]links|\\bcontains affiliate links|\\bwe (may )?(receive|earn) (a )?(small )?(commission|compensation)|"
            + "\\bof our advertisers\\b|\\berh(ä|a)lt [\\p{L}\\p{N}. -]{1,30}?(ggf\\.|gegebenenfalls|eventuell|unter umst(ä|ae)nden)? ?eine provision");

    /** A block that is only the word for an advertisement. */
    private static final Pattern AD_LABEL = Pattern.compile("(?i)\\*?" + AD_WORDS);

    /** The opening of an appeal that closes an article ("Gefällt dir unser Magazin? …"), however long it runs on. */
    private static final Pattern APPEAL_START = Pattern.compile(
            "(?i)^(gef(ä|ae)llt (dir|ihnen|euch) unser|hat (dir|ihnen|euch) (der|dieser) (artikel|beitrag) gefallen|"
            + "(did you )?(like|enjoy)(ed)? (this (article|post|story)|what you('ve)? (just )?read)|support (us|our (journalism|work))\\b|"
            + "ap(ó|o)ya (el|nuestro|nuestra) (periodismo|trabajo)|ap(ó|o)yanos)");

    static void removeCallsToAction(Element root) {
        List<Element> gone = new ArrayList<>();
        java.util.Map<Element, Boolean> textParents = new java.util.IdentityHashMap<>();
        // An image captioned only "Anzeige"/"Reklama" is an advertisement set in the text: the
        // whole figure goes. Other captions and credits stay (handouts keep them).
        for (Element c : root.getElementsByTag("figcaption")) {
            Element fig = c.closest("figure");
            if (fig != null && fig != root && AD_LABEL.matcher(Nodes.clean(c.text())).matches()) gone.add(fig);
        }
        for (Element e : root.select("p, h1, h2, h3, h4, h5, h6, li, div, span, em, strong, i, b, a")) {
            if (e == root || Nodes.countElements(e, 12) >= 12) continue;
            // A link is judged only when it stands alone as a block ("Zurück zu allen Meldungen"),
            // never inside a sentence.
            if (e.normalName().equals("a") && !standaloneLink(e, textParents)) continue;
            String t = Nodes.clean(e.text());
            if (t.isEmpty() || t.length() > 600) continue;
            if (t.length() <= 300 && ((t.length() <= 160 ? CALL_TO_ACTION.matcher(t).find() : RIGHTS_NOTICE.matcher(t).find())
                    || DISCLOSURE.matcher(t).find()) || APPEAL_START.matcher(t).find()) {
                gone.add(e);
            }
        }
        Nodes.removeAll(gone);
    }

    /**
     * A link with no text beside it in a block parent: a button, not a linked phrase. Whether a
     * parent holds text of its own is looked up once per parent ({@code textParents}), so a box of
     * thousands of links is read once.
     */
    private static boolean standaloneLink(Element a, java.util.Map<Element, Boolean> textParents) {
        Element parent = a.parent();
        if (parent == null || !BLOCK_PARENTS.contains(parent.normalName())) return false;
        return !textParents.computeIfAbsent(parent, Nodes::hasOwnText);
    }

    private static final java.util.Set<String> BLOCK_PARENTS = java.util.Set.of(
            "div", "section", "article", "main", "aside", "header", "footer", "nav", "body", "td");

    /** A reading time ("5 min read"), a rating line, or a bare date or time left in the content. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)^(\\d+\\s*(min|minutes?|minuten)\\.?\\s*(read|lesezeit|lecture)?|(lesezeit|reading time)\\s*:?\\s*\\d+.*|"
            + "\\(?(noch )?keine bewertungen\\)?|\\(?no ratings yet\\)?|\\d{1,2}:\\d{2}( uhr)?|"
            // A date's label left alone once the date itself was read as metadata ("opublikowano:").
            + "(published|updated|posted|release date|ver(ö|oe)ffentlicht|aktualisiert|publi(é|e)|publicado|opublikowano|zaktualizowano)"
            + "( (am|on|le|el|at|um))?\\s*:?|"
            // A byline that ends in a reading time ("By Jane Doe 5 min read"): the byline was read already.
            + "(by|von|par|por) .{2,60}?[\\s|·•-]*\\d+\\s*(min|minutes?|minuten)\\.?\\s*(read|lesezeit|de lecture)|"
            // A byline whose date was read as metadata, leaving its time ("von Jo Doe am , 15:40 Uhr").
            + "(by|von|par|por) [^.!?]{2,50}?\\b(am|on|le|el)\\b[\\s,]*(\\d{1,2}:\\d{2})( uhr)?|"
            // A download's file type and size ("PDF | 38 KB | Datei ist nicht barrierefrei").
            + "(pdf|docx?|xlsx?|pptx?|zip|mp3)\\s*[|,(]?\\s*\\d+([.,]\\d+)?\\s*(kb|mb|kib|mib)\\b.{0,40}|"
            // A contact label left above the address ("Kontakt:", "Ansprechpartnerin zum Thema:").
            + "(kontakt|contact|ansprechpartner(in)?( zum thema)?|pressekontakt)\\s*:)$");

    /** Drops short blocks that are only a date, a time or a reading time: metadata, not text. */
    static void removeDatelines(Element root) {
        // Decided in document order on the untouched tree, removed in one batch (each decision reads
        // only the element's own subtree, which no earlier removal touched).
        List<Element> gone = new ArrayList<>();
        for (Element e : root.select(DATELINE_BOXES)) {
            if (e == root || Nodes.countElements(e, 20) >= 20) continue;
            String t = Nodes.clean(e.text());
            if (t.isEmpty() || t.length() > 70) continue;
            if (e.selectFirst(MEDIA_OR_TABLE) != null) continue;
            boolean dateOnly = Dates.parse(t) != null && t.replaceAll("[\\p{L}]{3,}\\.?", "").replaceAll("[\\d\\s.,:/|-]", "").length() <= 2
                    && t.split("\\s+").length <= 6;
            if (dateOnly && t.length() <= 40 || DATELINE.matcher(t).matches()) gone.add(e);
        }
        List<Element> holders = new ArrayList<>();
        for (Element g : gone) {
            // The block that held the date: its parent, or the nearest dateline box a few levels up
            // (a date inside a link inside the byline).
            Element h = g.parent();
            for (int up = 0; h != null && h != root && up < 3 && !h.is(DATELINE_BOXES); up++) h = h.parent();
            if (h != null) holders.add(h);
        }
        Nodes.removeAll(gone);
        // A label whose date was just removed ("opublikowano: <time>…</time>") is left alone: a
        // second look at the blocks that held a removed date.
        List<Element> labels = new ArrayList<>();
        java.util.Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element p : holders) {
            if (p == root || p.parent() == null || !seen.add(p) || !p.is(DATELINE_BOXES) || Nodes.countElements(p, 20) >= 20) continue;
            String t = Nodes.clean(p.text());
            if (!t.isEmpty() && t.length() <= 70 && DATELINE.matcher(t).matches()) labels.add(p);
        }
        Nodes.removeAll(labels);
    }

    /**
     * Removes boxes introduced by a boilerplate title ("Related Topics", "Read more", "Share this").
     *
     * <p>Decided in document order on the untouched tree, removed in one batch. A title inside a
     * box already condemned changes nothing (removing it one by one touched only the detached
     * box). Each ancestor's climb test (its text, links and paragraphs) is computed once and
     * remembered, so thousands of titles under one big wrapper measure the wrapper once, not once
     * each: the cost is that of measuring each ancestor of a title once, bounded by the tree's size
     * times the depth cap ({@link Extractor#MAX_DEPTH}).
     */
    static void removeBoilerplateBoxes(Element root) {
        java.util.Set<Element> condemned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Map<Element, Boolean> stops = new java.util.IdentityHashMap<>();
        List<Element> gone = new ArrayList<>();
        for (Element h : root.select(TITLE_CANDIDATES)) {
            if (h == root || insideAny(h, root, condemned) || Nodes.countElements(h, 40) >= 40) continue; // a title is small; spares deep wrappers
            String text = Nodes.clean(h.text());
            if (text.isEmpty() || text.length() > 60 || !BOILERPLATE_TITLE.matcher(text).matches()) continue;
            boolean heading = HEADING_TAG.matcher(h.normalName()).matches();
            if (!heading && h.children().size() > 1) continue;
            // The title's box: climb while the box holds only this title and link-heavy or short content.
            Element box = h;
            while (box.parent() != null && box.parent() != root) {
                Element p = box.parent();
                if (stops.computeIfAbsent(p, Cleaner::endsTitleBox)) break;
                box = p;
            }
            if (box != h) { condemned.add(box); gone.add(box); continue; }
            // A bare title among the content's blocks: drop it and the link lists that follow it.
            condemned.add(h);
            gone.add(h);
            for (Element next = h.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                String t = next.normalName();
                boolean linky = Nodes.linkDensity(next) > 0.5 || (next.text().isBlank() && next.selectFirst("img, a") != null);
                if (HEADING_TAG.matcher(t).matches() || !(linky || t.equals("ul") && Nodes.linkDensity(next) > 0.3)) break;
                condemned.add(next);
                gone.add(next);
            }
        }
        Nodes.removeAll(gone);
    }

    /** Whether a title's box stops growing at {@code p}: a long or paragraph-rich box of prose is the content. */
    private static boolean endsTitleBox(Element p) {
        int len = p.text().length();
        if (len > 600 && Nodes.linkDensity(p) < 0.5) return true;
        return p.select("p").size() > 3 && Nodes.linkDensity(p) < 0.3;
    }

    /** Whether {@code e} or one of its ancestors below {@code root} is in {@code set}. */
    private static boolean insideAny(Element e, Element root, java.util.Set<Element> set) {
        if (set.isEmpty()) return false;
        for (Element x = e; x != null && x != root; x = x.parent()) if (set.contains(x)) return true;
        return false;
    }

    private static final Evaluator TITLE_CANDIDATES = QueryParser.parse("h1, h2, h3, h4, h5, h6, header, p, div, span, strong, b");
    private static final Pattern HEADING_TAG = Pattern.compile("h[1-6]");

    /** Names of in-content boxes that are never the article's text: share bars, signups, ads, related links. */
    private static final Pattern IN_CONTENT_JUNK = Pattern.compile(
            "share|sharedaddy|social|newsletter|subscribe|signup|cookie|consent|advert|(?<!has-|--|with-)\\bads?\\b|sponsor|promo|related|"
            + "author|\\bbio\\b|about-me|profile|rating|reading-?time|read-?time|(?<![a-z])cta(?![a-z])|donat|paywall|recommend",
            Pattern.CASE_INSENSITIVE);

    /** Names of tag and category rows ("post-tags", "iz-categories", "cat-links"); not WordPress's per-post "tag-x" classes. */
    private static final Pattern TAG_LIST = Pattern.compile(
            "(?<![\\w-])([\\w-]*[-_])?(tags?|categories|tag-?(list|links|cloud)|cat-?links|keywords|schlagw(ö|oe)rter)(?![\\w-])",
            Pattern.CASE_INSENSITIVE);

    /** Inline elements: a link named "keywords" inside a sentence is part of the sentence. */
    private static final java.util.Set<String> INLINE = java.util.Set.of("a", "span", "b", "strong", "em", "i", "small", "abbr", "mark");

    /** Names of an article's footer box: "footer" as a word of the class ("article-footer", "entry_footer"). */
    private static final Pattern FOOTER_NAME = Pattern.compile("(^|[\\s_-])footer($|[\\s_-])", Pattern.CASE_INSENSITIVE);

    /** Names of the links to other posts below an article, and of shop boxes. */
    private static final Pattern POST_NAV = Pattern.compile(
            "(next|prev(ious)?)-?(post|article|story|entry)|post-?nav(igation)?|more-?stories|read-?next|buy-?box",
            Pattern.CASE_INSENSITIVE);

    /** Names of author bio boxes (the Simple Author Box plugin's "saboxplugin-wrap" among them). */
    private static final Pattern AUTHOR_BOX = Pattern.compile(
            "author-?(box|bio|info|description|card|profile|about|details|wrap)|about-?(the-?)?author|autor(en)?-?(box|info)|"
            + "saboxplugin-wrap", Pattern.CASE_INSENSITIVE);

    /** A bio is a short box of a few paragraphs; a box holding more is the article's own wrapper. */
    private static boolean isAuthorBox(Element e) {
        return e.text().length() < 1500 && e.getElementsByTag("p").size() <= 4 && !holdsMain(e);
    }

    /**
     * How many element siblings of {@code e} with the same tag are also named as teasers. Each
     * parent's children are counted once ({@code counts} caches them by parent), so a page of
     * thousands of teasers stays linear.
     */
    private static int teaserSiblings(Element e, java.util.Map<Element, java.util.Map<String, Integer>> counts) {
        Element parent = e.parent();
        if (parent == null) return 0;
        java.util.Map<String, Integer> byTag = counts.computeIfAbsent(parent, p -> {
            java.util.Map<String, Integer> m = new java.util.HashMap<>();
            for (Element s : p.children()) if (TEASER.matcher(Nodes.hints(s)).find()) m.merge(s.normalName(), 1, Integer::sum);
            return m;
        });
        return byTag.getOrDefault(e.normalName(), 1) - 1;
    }

    /**
     * Whether a short box's headline is a link: a heading inside a link (an {@code <a>}, or a custom
     * link element with an href) within the box, or a heading that is nearly all link text. The
     * box of a teaser for another story, not a part of this one.
     */
    static boolean linkedHeadline(Element box) {
        if (box.text().length() > 800) return false;
        for (Element h : box.select(HEADINGS_2_6)) {
            if (h.text().isBlank()) continue;
            Element holder = h.parent();
            while (holder != null && holder != box && !holder.hasAttr("href")) holder = holder.parent();
            if (holder != null && holder != box) return true;
            if (Nodes.linkDensity(h) >= 0.8) return true;
        }
        return false;
    }

    private static final Evaluator HEADINGS_2_6 = QueryParser.parse("h2, h3, h4, h5, h6");

    /** Names of teaser boxes: removed inside the content only when they are mostly a link. */
    private static final Pattern TEASER = Pattern.compile("teaser", Pattern.CASE_INSENSITIVE);

    /**
     * Readability's cleanConditionally: drop boxes of {@code tag} that look like navigation, ads or forms.
     *
     * <p>Linear in the size of {@code root}'s tree (times the depth cap of {@link Extractor#MAX_DEPTH}):
     * what used to be measured per element by walking up or down the tree is computed once for the
     * whole tree — descendant counts bottom-up, the pre/code/figure/table ancestry top-down, and each
     * table's data-table test once per table. The remaining per-element measures (text, links,
     * paragraphs) read only boxes of fewer than {@link #WRAPPER_ELEMENTS} elements. Decisions are
     * all taken on the untouched tree and the condemned boxes removed in one batch afterwards, so the
     * cached numbers stay valid and the result is what deciding one by one on the same tree gave.
     */
    static void cleanConditionally(Element root, String tag) {
        Elements els = root.getElementsByTag(tag);
        if (els.isEmpty()) return;
        Tree tree = new Tree(root);
        java.util.Map<Element, Boolean> dataTables = new java.util.IdentityHashMap<>();
        java.util.Set<Element> condemned = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = els.size() - 1; i >= 0; i--) {
            Element e = els.get(i);
            if (e == root) continue;
            // A box with thousands of elements is a wrapper of the content, not a widget; skipping it
            // also keeps this pass linear on pathological nesting (HOSTILE.md H21).
            if (tree.size(e) >= WRAPPER_ELEMENTS) continue;
            if (tag.equals("table") && dataTables.computeIfAbsent(e, Cleaner::isDataTable)) continue;
            Element table = tree.table(e);
            if (tree.inCode(e) || table != null && dataTables.computeIfAbsent(table, Cleaner::isDataTable)) continue;
            int weight = Nodes.classWeight(e);
            String text = e.text();
            // A caption box named for its medium ("media-caption") is an image's caption, which
            // handouts keep like a <figcaption>: "media" makes its weight negative, not its text.
            if (weight < 0 && text.length() < 1000 && !isCaptionBox(e, text)) { condemned.add(e); continue; }
            if (Nodes.commas(text) >= 10) continue;
            if (shouldRemove(e, tag, text, weight, tree.inFigure(e))) condemned.add(e);
        }
        // Only the outermost condemned boxes need removing: one walk up per condemned element, bounded
        // by the depth cap.
        List<Element> outermost = new ArrayList<>();
        for (Element e : condemned) {
            boolean inside = false;
            for (Element p = e.parent(); p != null && p != root; p = p.parent()) if (condemned.contains(p)) { inside = true; break; }
            if (!inside) outermost.add(e);
        }
        Nodes.removeAll(outermost);
    }

    /** Text that ends like a sentence. */
    private static final Pattern SENTENCE = Pattern.compile("\\p{L}{2}[.!?][\"»“”']?\\s*$");

    /** A paragraph whose text is all inside one {@code <strong>}/{@code <b>}: a run-in heading. */
    private static boolean boldOnly(Element p) {
        if (p.children().size() != 1 || Nodes.hasOwnText(p)) return false;
        String tag = p.child(0).normalName();
        return (tag.equals("strong") || tag.equals("b")) && !p.text().isBlank();
    }

    private static final Pattern CAPTION_NAME = Pattern.compile("(^|[\\s_-])(media-|image-|img-|photo-|picture-)?caption($|[\\s_-])",
            Pattern.CASE_INSENSITIVE);

    /** A short, link-free box named as a caption whose only negative hint is the medium's name. */
    private static boolean isCaptionBox(Element e, String text) {
        String cls = e.className();
        if (cls.isEmpty() || !CAPTION_NAME.matcher(cls).find() || text.length() > 300 || Nodes.linkDensity(e) > 0.3) return false;
        return !Nodes.NEGATIVE.matcher(cls.replaceAll("(?i)media", "")).find() && (e.id().isEmpty() || !Nodes.NEGATIVE.matcher(e.id()).find());
    }

    /** Boxes with this many elements or more are wrappers of the content, never judged as widgets. */
    private static final int WRAPPER_ELEMENTS = 3000;

    private static final Evaluator EMBEDS = QueryParser.parse("iframe, embed, object, video");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator LISTS = QueryParser.parse("ul, ol");
    private static final Evaluator RICH = QueryParser.parse("iframe, video, pre, table, code, math");

    /** Readability's tests on one box (paragraph/image/list/input counts, link and heading density, embeds). */
    private static boolean shouldRemove(Element e, String tag, String text, int weight, boolean inFigure) {
        int p = e.getElementsByTag("p").size();
        int img = e.getElementsByTag("img").size();
        int li = e.getElementsByTag("li").size() - 100;
        int input = e.getElementsByTag("input").size();
        int embeds = 0;
        for (Element em : e.select(EMBEDS)) {
            String src = em.attr("src");
            if (!VIDEO_HOSTS.matcher(src).find()) embeds++;
        }
        double linkDensity = Nodes.linkDensity(e);
        int len = text.length();
        int headingLen = 0;
        for (Element h : e.select(HEADINGS)) headingLen += h.text().length();
        double headingDensity = len == 0 ? 0 : headingLen / (double) len;
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (!isList) {
            int listLen = 0;
            for (Element l : e.select(LISTS)) if (l.parent() == e) listLen += l.text().length();
            isList = len > 0 && listLen / (double) len > 0.9;
        }
        // A box that only wraps one paragraph reads as that paragraph (Readability turns such a div
        // into its <p> before cleaning): a short one that is a run-in heading in bold or a sentence stays.
        if (!isList && e.children().size() == 1 && e.child(0).normalName().equals("p") && linkDensity < 0.25
                && (boldOnly(e.child(0)) || SENTENCE.matcher(text).find())) return false;
        // Steps told with a photo each (a recipe's method, a how-to): many images, few <p>, but a
        // sentence or more of plain text per image, which a gallery or an ad grid does not have.
        boolean illustratedText = len >= 50 * img && linkDensity < 0.25;
        boolean remove =
                (img > 1 && p / (double) img < 0.5 && !inFigure && !illustratedText)
                || (!isList && li > p)
                || (input > Math.floor(p / 3.0))
                || (!isList && headingDensity < 0.9 && len < 25 && (img == 0 || img > 2) && !inFigure
                    && e.selectFirst(RICH) == null)
                || (!isList && weight < 25 && linkDensity > 0.2 + (len > 1000 ? 0.15 : 0))
                || (weight >= 25 && linkDensity > 0.5)
                || ((embeds == 1 && len < 75) || embeds > 1);
        // A list whose items are each one image is a gallery, not navigation.
        if (remove && isList) {
            Elements items = e.getElementsByTag("li");
            if (!items.isEmpty()) {
                boolean gallery = true;
                for (Element item : items) if (item.getElementsByTag("img").size() != 1 || !item.text().isBlank()) { gallery = false; break; }
                if (gallery) remove = false;
            }
        }
        return remove;
    }

    /**
     * Per-element facts about one tree, computed in two iterative passes: the number of elements
     * in each subtree (bottom-up), and whether an element sits inside {@code pre}/{@code code} or a
     * {@code figure}, and its nearest {@code table} ancestor (top-down, the ancestors above the
     * root included, as the per-element walks up to the document did).
     */
    private static final class Tree {
        private final java.util.Map<Element, int[]> sizes = new java.util.IdentityHashMap<>();
        private final java.util.Map<Element, Element> tables = new java.util.IdentityHashMap<>();
        private final java.util.Set<Element> code = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private final java.util.Set<Element> figure = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Tree(Element root) {
            // What the root's own ancestors contribute to everything below.
            boolean inCode = false;
            boolean inFigure = false;
            Element table = null;
            for (Element p = root.parent(); p != null; p = p.parent()) {
                String t = p.normalName();
                if (t.equals("pre") || t.equals("code")) inCode = true;
                if (t.equals("figure")) inFigure = true;
                if (table == null && t.equals("table")) table = p;
            }
            Elements all = root.getAllElements(); // document order: parents before children
            for (Element e : all) {
                Element parent = e.parent();
                boolean c;
                boolean f;
                Element tb;
                if (e == root) { c = inCode; f = inFigure; tb = table; }
                else {
                    String pt = parent.normalName();
                    c = code.contains(parent) || pt.equals("pre") || pt.equals("code");
                    f = figure.contains(parent) || pt.equals("figure");
                    tb = pt.equals("table") ? parent : tables.get(parent);
                }
                if (c) code.add(e);
                if (f) figure.add(e);
                if (tb != null) tables.put(e, tb);
                sizes.put(e, new int[] {1});
            }
            // Reverse document order: children before parents.
            for (int i = all.size() - 1; i >= 0; i--) {
                Element e = all.get(i);
                if (e == root) continue;
                sizes.get(e.parent())[0] += sizes.get(e)[0];
            }
        }

        int size(Element e) { return sizes.get(e)[0]; }

        boolean inCode(Element e) { return code.contains(e); }

        boolean inFigure(Element e) { return figure.contains(e); }

        Element table(Element e) { return tables.get(e); }
    }

    static final Pattern VIDEO_HOSTS = Pattern.compile(
            "//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq|vimeo)\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv|bilibili\\.com)",
            Pattern.CASE_INSENSITIVE);

    private static final Evaluator CAPTION = QueryParser.parse("caption");
    private static final Evaluator TABLE_HEAD = QueryParser.parse("col, colgroup, tfoot, thead, th");
    private static final Evaluator CELL = QueryParser.parse("td, th");

    /** Readability's data-table test: a table of data, not of layout. */
    static boolean isDataTable(Element table) {
        if (!table.normalName().equals("table")) return false;
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) return false;
        if (!table.attr("summary").isEmpty()) return true;
        Element caption = table.selectFirst(CAPTION);
        if (caption != null && !caption.text().isBlank()) return true;
        if (table.selectFirst(TABLE_HEAD) != null) return true;
        if (table.getElementsByTag("table").size() > 1) return false;
        Elements trs = table.getElementsByTag("tr");
        int rows = trs.size();
        int cols = 0;
        for (Element tr : trs) cols = Math.max(cols, tr.select(CELL).size());
        if (rows >= 10 || cols > 4) return true;
        return rows * cols > 10;
    }

    /** Empty paragraphs, removed in one batch (10^5 empty {@code <p>} siblings made one-by-one removal quadratic). */
    private static void removeEmptyParagraphs(Element root) {
        List<Element> empty = new ArrayList<>();
        for (Element p : root.getElementsByTag("p")) {
            if (p.text().isBlank() && p.selectFirst(NOT_EMPTY) == null) empty.add(p);
        }
        Nodes.removeAll(empty);
    }

    // Queries parsed once: jsoup parses a query string on every select() call, which was a large
    // part of the extraction time on table-heavy pages.
    private static final Evaluator H1_H2 = QueryParser.parse("h1, h2");
    private static final Evaluator DATELINE_BOXES = QueryParser.parse("p, div, span, time, small, li");
    private static final Evaluator MEDIA_OR_TABLE = QueryParser.parse("img, iframe, video, table");
    private static final Evaluator NOT_EMPTY = QueryParser.parse("img, picture, iframe, video, embed, object, math, br ~ br");
}
