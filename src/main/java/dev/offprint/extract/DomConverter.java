package dev.offprint.extract;

import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Block;
import dev.offprint.model.Inline;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns cleaned DOM into model blocks through two switchboards (STYLE.md 2.13, example 3): {@link
 * #block} sends each block tag to a small named method, {@link #inline} does the same for inline
 * tags, and unknown elements are unwrapped with their children kept. Recursion is bounded: past
 * {@link #MAX_DEPTH} levels the rest of a subtree becomes plain text (jsoup's DOM can be 512 deep).
 */
final class DomConverter {

    static final int MAX_DEPTH = 100;

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "center", "details",
            "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
            "tfoot", "tr", "td", "th", "ul", "iframe", "video", "audio", "embed", "object", "picture", "body", "html", "caption",
            "menu", "dir", "listing", "xmp", "plaintext");

    /** Tags that are dropped with their content: they hold no article text. */
    private static final Set<String> DROP = Set.of("script", "style", "template", "noscript", "button", "input", "select",
            "textarea", "option", "svg", "canvas", "map", "area", "head", "title", "meta", "link", "rp", "rt", "track", "source", "param");

    private static final Pattern LANGUAGE = Pattern.compile("(?:^|\\s)(?:language|lang|brush|highlight|hljs|prettyprint\\s+lang)[-:_ ]\\s*([A-Za-z0-9+#-]+)");

    private final Urls urls;
    private final Map<Element, String> noteRefs;
    private final Map<Element, String> citationRefs;
    private final List<Diagnostic> diagnostics;
    private final Set<String> unwrapped = new LinkedHashSet<>();
    /** Elements that are inline by tag but hold blocks (a span around paragraphs): they act as blocks. */
    private final Map<Element, Boolean> holdsBlocks = new IdentityHashMap<>();

    DomConverter(Urls urls, Map<Element, String> noteRefs, Map<Element, String> citationRefs, List<Diagnostic> diagnostics) {
        this.urls = urls;
        this.noteRefs = noteRefs;
        this.citationRefs = citationRefs;
        this.diagnostics = diagnostics;
    }

    /** The blocks of {@code root}'s content. */
    List<Block> convert(Element root) {
        markBlockHolders(root);
        List<Block> out = new ArrayList<>();
        children(root, out, 0);
        if (!unwrapped.isEmpty()) {
            diagnostics.add(Diagnostic.info("unwrapped-elements", "kept the content of unknown elements: " + String.join(", ", unwrapped)));
        }
        return out;
    }

    /** Inline content of one element, as for a caption or a table cell. */
    List<Inline> inlines(Element e) {
        markBlockHolders(e);
        InlineBuilder b = new InlineBuilder();
        inlineChildren(e, b, new ArrayList<>(), 0, true);
        return b.build();
    }

    /** Blocks of an element that is not the content root (a note, a comment). */
    List<Block> blocksOf(Element e) {
        markBlockHolders(e);
        List<Block> out = new ArrayList<>();
        children(e, out, 0);
        return out;
    }

    private void markBlockHolders(Element root) {
        for (Element e : root.getAllElements()) {
            if (!BLOCK_TAGS.contains(e.normalName()) && !e.normalName().equals("img")) continue;
            for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
                if (BLOCK_TAGS.contains(p.normalName())) break;
                if (holdsBlocks.put(p, Boolean.TRUE) != null) break;
            }
        }
    }

    private boolean actsAsBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName()) || holdsBlocks.containsKey(e);
    }

    // ---------------------------------------------------------------- blocks

    /** Converts the children of {@code parent}: inline runs become paragraphs, block children go to {@link #block}. */
    private void children(Element parent, List<Block> out, int depth) {
        InlineBuilder run = new InlineBuilder();
        List<Block> hoisted = new ArrayList<>();
        int brs = 0;
        for (Node n : parent.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) brs = 0;
                run.text(t.getWholeText());
            } else if (n instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    // Two line breaks in a row inside a block separate paragraphs (Readability's replaceBrs).
                    brs++;
                    if (brs >= 2) { flush(run, hoisted, out); run = new InlineBuilder(); hoisted = new ArrayList<>(); }
                    else run.add(new Inline.LineBreak());
                    continue;
                }
                if (actsAsBlock(e) || (tag.equals("img") && isFigureImage(e))) {
                    brs = 0;
                    flush(run, hoisted, out);
                    run = new InlineBuilder();
                    hoisted = new ArrayList<>();
                    if (depth >= MAX_DEPTH) paragraphOfText(e, out);
                    else block(e, out, depth + 1);
                } else {
                    if (!e.text().isBlank()) brs = 0;
                    inline(e, run, hoisted, depth + 1);
                }
            }
        }
        flush(run, hoisted, out);
    }

    private static void flush(InlineBuilder run, List<Block> hoisted, List<Block> out) {
        List<Inline> content = run.build();
        if (InlineBuilder.hasContent(content)) out.add(new Block.Paragraph(content));
        out.addAll(hoisted);
    }

    private static void paragraphOfText(Element e, List<Block> out) {
        String text = Nodes.clean(e.text());
        if (!text.isEmpty()) out.add(new Block.Paragraph(List.of(new Inline.Text(text))));
    }

    /** The block switchboard: one named method per kind of block element. */
    private void block(Element e, List<Block> out, int depth) {
        switch (e.normalName()) {
            case "p", "address", "summary", "figcaption", "dt", "caption" -> paragraph(e, out, depth);
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(e, out);
            case "ul", "ol", "menu", "dir" -> list(e, out, depth);
            case "dl" -> definitionList(e, out, depth);
            case "blockquote" -> quote(e, out, depth);
            case "figure" -> figure(e, out, depth);
            case "picture", "img" -> image(e, out);
            case "table" -> table(e, out, depth);
            case "pre", "listing", "xmp", "plaintext" -> code(e, out);
            case "hr" -> out.add(new Block.Rule());
            case "iframe", "video", "audio", "embed", "object" -> embed(e, out);
            case "div", "section", "article", "main", "header", "footer", "aside", "center", "details", "hgroup",
                 "body", "html", "fieldset", "form", "nav", "li", "dd", "tbody", "thead", "tfoot", "tr", "td", "th" -> children(e, out, depth);
            default -> {
                if (DROP.contains(e.normalName())) return;
                unwrapped.add(e.normalName());
                children(e, out, depth);
            }
        }
    }

    private void paragraph(Element e, List<Block> out, int depth) {
        // A <p> may still hold blocks after the parser's repairs (a <p> inside <span>s); treat it as a container then.
        children(e, out, depth);
    }

    private void heading(Element e, List<Block> out) {
        dropHeadingFurniture(e);
        List<Inline> content = inlines(e);
        if (!InlineBuilder.hasContent(content)) return;
        int level = e.normalName().charAt(1) - '0';
        out.add(new Block.Heading(level, stripLinks(content), ""));
    }

    /** A wiki's section-edit link: its address asks for an edit form, or its box is named an edit section. */
    private static final Pattern EDIT_HREF = Pattern.compile("[?&](?:ve)?action=edit(?:&|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EDIT_BOX = Pattern.compile("edit-?section", Pattern.CASE_INSENSITIVE);
    /** Text of a permalink anchor: a few symbols ("#", "¶", "§", "🔗") and no letter or digit. */
    private static final Pattern SYMBOLS_ONLY = Pattern.compile("[^\\p{L}\\p{N}]{1,3}");

    /**
     * Removes what a heading holds besides its text: section-edit links ("[edit]", with their
     * brackets) and a symbol-only link to a place on the same page ("#", "¶") at either end of
     * the heading, which sites add as permalinks. Note pointers are kept.
     */
    private void dropHeadingFurniture(Element h) {
        List<Element> drop = new ArrayList<>();
        for (Element x : h.getAllElements()) {
            if (x != h && EDIT_BOX.matcher(x.className()).find()) drop.add(x);
        }
        for (Element a : h.select("a[href]")) {
            if (noteRefs.containsKey(a) || citationRefs.containsKey(a)) continue;
            String text = Nodes.clean(a.text());
            if (EDIT_HREF.matcher(a.attr("href")).find()) {
                // The brackets around "edit" go with it, whether in a wrapper or beside it as text.
                // Compiled once per link, not once per ancestor tried.
                Pattern bracketed = Pattern.compile("[\\[(]?\\s*" + Pattern.quote(text) + "\\s*[\\])]?");
                Element box = a;
                while (box.parent() != null && box.parent() != h
                        && bracketed.matcher(Nodes.clean(box.parent().text())).matches()) box = box.parent();
                trimBracket(box.previousSibling(), true);
                trimBracket(box.nextSibling(), false);
                drop.add(box);
            } else if (a.attr("href").startsWith("#") && SYMBOLS_ONLY.matcher(text).matches() && atHeadingEdge(h, a)) {
                drop.add(a);
            }
        }
        Nodes.removeAll(drop);
    }

    /** Drops a "[" ending the text before an edit link, or a "]" opening the text after it. */
    private static void trimBracket(Node n, boolean before) {
        if (!(n instanceof TextNode t)) return;
        String s = t.getWholeText();
        if (before && s.stripTrailing().endsWith("[")) t.text(s.substring(0, s.stripTrailing().length() - 1));
        else if (!before && s.stripLeading().startsWith("]")) t.text(s.stripLeading().substring(1));
    }

    /** Whether no text of the heading comes before {@code a}, or none after it. */
    private static boolean atHeadingEdge(Element h, Element a) {
        String all = Nodes.clean(h.text());
        String own = Nodes.clean(a.text());
        return all.startsWith(own) || all.endsWith(own);
    }

    /** Headings keep their text but not their links: a heading that links elsewhere is a teaser artefact. */
    private static List<Inline> stripLinks(List<Inline> content) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : content) {
            if (i instanceof Inline.Link l) out.addAll(l.content());
            else out.add(i);
        }
        return InlineBuilder.canonical(out);
    }

    private void list(Element e, List<Block> out, int depth) {
        if (captionList(e, out)) return;
        boolean ordered = e.normalName().equals("ol");
        int start = 1;
        if (ordered && !e.attr("start").isBlank()) {
            try { start = Integer.parseInt(e.attr("start").strip()); } catch (NumberFormatException ignored) { start = 1; }
        }
        List<List<Block>> items = new ArrayList<>();
        for (Element c : e.children()) {
            List<Block> item = new ArrayList<>();
            if (c.normalName().equals("li")) children(c, item, depth);
            else if (c.normalName().equals("ul") || c.normalName().equals("ol")) {
                // A list nested straight in a list (invalid but common): attach it to the previous item.
                List<Block> nested = new ArrayList<>();
                list(c, nested, depth + 1);
                if (!items.isEmpty() && !nested.isEmpty()) {
                    List<Block> prev = new ArrayList<>(items.remove(items.size() - 1));
                    prev.addAll(nested);
                    items.add(prev);
                    continue;
                }
                item.addAll(nested);
            } else block(c, item, depth);
            if (!item.isEmpty()) items.add(item);
        }
        if (!items.isEmpty()) out.add(new Block.ListBlock(ordered, start, items));
    }

    /**
     * A bulleted list of one short item straight after a figure is that figure's caption (photo
     * essays set captions so) when the figure just converted has no caption: it becomes that
     * caption instead of a one-bullet list.
     */
    private boolean captionList(Element e, List<Block> out) {
        if (!e.normalName().equals("ul") || e.children().size() != 1 || !e.child(0).normalName().equals("li")) return false;
        Element li = e.child(0);
        String text = Nodes.clean(li.text());
        if (text.isEmpty() || text.length() > 400 || li.selectFirst("ul, ol, dl, img, picture, figure, table, pre, h1, h2, h3, h4, h5, h6") != null) return false;
        Element prev = e.previousElementSibling();
        if (prev == null || !prev.normalName().equals("figure") || out.isEmpty()) return false;
        if (!(out.get(out.size() - 1) instanceof Block.Figure f)) return false;
        // Only white space may sit between the figure and the list.
        for (Node n = e.previousSibling(); n != prev; n = n.previousSibling()) {
            if (!(n instanceof TextNode t) || !t.isBlank()) return false;
        }
        // A figure with a caption of its own is followed by a real list (one that leads to the next figure).
        if (!f.caption().isEmpty() || !f.credit().isEmpty()) return false;
        List<Inline> caption = inlines(li);
        List<List<Inline>> split = splitCredit(caption);
        out.set(out.size() - 1, new Block.Figure(f.src(), f.alt(), f.width(), f.height(), split.get(0), split.get(1)));
        return true;
    }

    private void definitionList(Element e, List<Block> out, int depth) {
        List<Block.Definition> defs = new ArrayList<>();
        List<Inline> term = null;
        List<List<Block>> current = new ArrayList<>();
        List<Element> kids = new ArrayList<>();
        for (Element c : e.children()) {
            if (c.normalName().equals("div")) kids.addAll(c.children()); // <dl><div><dt><dd></div></dl> is allowed
            else kids.add(c);
        }
        for (Element c : kids) {
            if (c.normalName().equals("dt")) {
                if (term != null) defs.add(new Block.Definition(term, current));
                term = inlines(c);
                current = new ArrayList<>();
            } else if (c.normalName().equals("dd")) {
                List<Block> d = new ArrayList<>();
                children(c, d, depth);
                if (!d.isEmpty()) current.add(d);
            }
        }
        if (term != null) defs.add(new Block.Definition(term, current));
        else if (!current.isEmpty()) defs.add(new Block.Definition(List.of(), current));
        if (!defs.isEmpty()) out.add(new Block.DefinitionList(defs));
    }

    private void quote(Element e, List<Block> out, int depth) {
        // The attribution is a <footer> or a trailing <cite> of the quote, or a last line opening with a dash.
        List<Inline> attribution = List.of();
        Element attr = null;
        for (Element c : e.children()) {
            if (c.normalName().equals("footer")) attr = c;
        }
        if (attr == null) {
            Element last = e.children().isEmpty() ? null : e.children().last();
            if (last != null && last.normalName().equals("cite") && last.nextSibling() == null) attr = last;
            else if (last != null && last.normalName().equals("p") && last.text().matches("^[\u2014\u2013-]\\s?\\S.{0,150}$")) attr = last;
        }
        if (attr != null) {
            List<Inline> a = inlines(attr);
            attribution = stripDash(a);
            attr.remove();
        }
        List<Block> content = new ArrayList<>();
        children(e, content, depth);
        if (!content.isEmpty()) out.add(new Block.Quote(content, attribution));
    }

    private static List<Inline> stripDash(List<Inline> a) {
        if (!a.isEmpty() && a.get(0) instanceof Inline.Text t) {
            String s = t.text().replaceFirst("^[\u2014\u2013-]\\s*", "");
            List<Inline> out = new ArrayList<>(a);
            if (s.isEmpty()) out.remove(0); else out.set(0, new Inline.Text(s));
            return out;
        }
        return a;
    }

    private void figure(Element e, List<Block> out, int depth) {
        Element img = e.selectFirst("img");
        Element cap = e.selectFirst("figcaption");
        if (img == null) {
            // A figure of something else (a code listing, a quote, a video): its content, then its caption.
            if (cap != null) cap.remove();
            children(e, out, depth);
            if (cap != null) paragraph(cap, out, depth);
            return;
        }
        List<Inline> caption = List.of();
        List<Inline> credit = List.of();
        if (cap != null) {
            Element creditEl = cap.selectFirst("[class*=credit], [class*=copyright], [class*=source], [class*=attribution], small");
            if (creditEl != null && creditEl != cap) {
                credit = inlines(creditEl);
                creditEl.remove();
            }
            caption = inlines(cap);
            if (credit.isEmpty()) {
                List<List<Inline>> split = splitCredit(caption);
                caption = split.get(0);
                credit = split.get(1);
            }
        } else {
            Element creditEl = e.selectFirst("[class*=credit], [class*=copyright]");
            if (creditEl != null) credit = inlines(creditEl);
        }
        Block.Figure f = figureOf(img, caption, credit);
        if (f != null) out.add(f);
        else if (InlineBuilder.hasContent(caption)) out.add(new Block.Paragraph(caption));
        // Further images in the same figure (galleries) each become a figure of their own.
        boolean first = true;
        for (Element other : e.select("img")) {
            if (first) { first = false; continue; }
            Block.Figure g = figureOf(other, List.of(), List.of());
            if (g != null) out.add(g);
        }
    }

    /** Photo credits that captions carry in their text: "Photo: …", "Foto: …", "© …", agency names. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(\\(?\\b(photo(graph)?s?|foto(s|grafie)?|bild(er)?|image|credits?|cr(é|e)dits?( photos?)?|quelle|source|illustration|picture)"
            + "\\s*(by\\b|:|\\u00A9)|\\u00A9|\\(c\\)\\s|\\b(getty images|shutterstock|istock|reuters|afp|dpa|ap photo|imago|picture alliance|keystone)\\b).*$");

    /** Splits a plain-text caption into caption and trailing credit; a caption that is all credit becomes credit. */
    static List<List<Inline>> splitCredit(List<Inline> caption) {
        if (caption.size() != 1 || !(caption.get(0) instanceof Inline.Text t)) return List.of(caption, List.of());
        String text = t.text();
        Matcher m = CREDIT.matcher(text);
        if (!m.find()) return List.of(caption, List.of());
        String before = text.substring(0, m.start()).strip();
        String credit = text.substring(m.start()).strip();
        if (credit.length() > 120) return List.of(caption, List.of());
        List<Inline> c = before.isEmpty() ? List.of() : List.of(new Inline.Text(before));
        return List.of(c, List.of(new Inline.Text(credit)));
    }

    private void image(Element e, List<Block> out) {
        Element img = e.normalName().equals("img") ? e : e.selectFirst("img");
        if (img == null) return;
        Block.Figure f = figureOf(img, List.of(), List.of());
        if (f != null) out.add(f);
        else {
            String alt = Nodes.clean(img.attr("alt"));
            if (!alt.isEmpty() && !Images.isTracker(img, img.attr("src"))) out.add(new Block.Paragraph(List.of(new Inline.Text(alt))));
        }
    }

    /** A figure for {@code img}, or null when it is a tracker, decoration, or has no usable address. */
    private Block.Figure figureOf(Element img, List<Inline> caption, List<Inline> credit) {
        String raw = Images.source(img);
        if (Images.isTracker(img, raw) || Images.isDecorative(img, raw)) return null;
        String src = urls.image(raw);
        if (src == null) return null;
        String alt = Nodes.clean(img.attr("alt"));
        if (alt.isEmpty()) alt = Nodes.clean(img.attr("title"));
        return new Block.Figure(src, alt, Images.dimension(img, "width"), Images.dimension(img, "height"), caption, credit);
    }

    /** Whether an {@code <img>} met in running text is big enough to stand as a figure. */
    private static boolean isFigureImage(Element img) {
        int w = Images.dimension(img, "width");
        int h = Images.dimension(img, "height");
        if (Images.isEmoji(img)) return false;
        if (w > 0 && w <= 64 || h > 0 && h <= 48) return false;
        return true;
    }

    private void table(Element e, List<Block> out, int depth) {
        if (!Cleaner.isDataTable(e) || e.selectFirst("table table") != null && e.select("tr").size() < 3) {
            // A layout table: its cells are just containers.
            for (Element tr : e.select("tr")) {
                if (tr.closest("table") != e) continue;
                for (Element td : tr.children()) children(td, out, depth);
            }
            return;
        }
        List<Inline> caption = List.of();
        Element cap = e.selectFirst("caption");
        if (cap != null && cap.closest("table") == e) caption = inlines(cap);
        List<Block.Row> header = new ArrayList<>();
        List<Block.Row> body = new ArrayList<>();
        for (Element tr : e.select("tr")) {
            if (tr.closest("table") != e) continue;
            List<Block.Cell> cells = new ArrayList<>();
            boolean allHeader = true;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) continue;
                boolean th = td.normalName().equals("th");
                allHeader &= th;
                cells.add(new Block.Cell(cellInlines(td), th, span(td, "colspan"), span(td, "rowspan")));
            }
            if (cells.isEmpty()) continue;
            boolean inHead = tr.parent() != null && tr.parent().normalName().equals("thead");
            if (inHead || allHeader && body.isEmpty()) header.add(new Block.Row(cells));
            else body.add(new Block.Row(cells));
        }
        if (header.isEmpty() && body.isEmpty()) return;
        out.add(new Block.Table(caption, header, body));
    }

    /** A cell's content as inlines: its paragraphs and list items are joined with line breaks. */
    private List<Inline> cellInlines(Element td) {
        List<Block> blocks = new ArrayList<>();
        children(td, blocks, MAX_DEPTH - 8);
        InlineBuilder b = new InlineBuilder();
        boolean first = true;
        for (Block bl : blocks) {
            List<Inline> line = flattenBlock(bl);
            if (line.isEmpty()) continue;
            if (!first) b.add(new Inline.LineBreak());
            b.addAll(line);
            first = false;
        }
        return b.build();
    }

    private static List<Inline> flattenBlock(Block b) {
        if (b instanceof Block.Paragraph p) return p.content();
        if (b instanceof Block.Heading h) return List.of(new Inline.Strong(h.content()));
        if (b instanceof Block.ListBlock l) {
            List<Inline> out = new ArrayList<>();
            for (List<Block> item : l.items()) {
                if (!out.isEmpty()) out.add(new Inline.LineBreak());
                out.add(new Inline.Text("\u2022 "));
                for (Block x : item) out.addAll(flattenBlock(x));
            }
            return out;
        }
        if (b instanceof Block.Figure f) return f.alt().isEmpty() ? List.of() : List.of(new Inline.Image(f.src(), f.alt()));
        if (b instanceof Block.CodeBlock c) return List.of(new Inline.Code(c.text()));
        if (b instanceof Block.Quote q) {
            List<Inline> out = new ArrayList<>();
            for (Block x : q.content()) out.addAll(flattenBlock(x));
            return out;
        }
        return List.of();
    }

    private static int span(Element td, String attr) {
        String v = td.attr(attr).strip();
        try {
            int n = Integer.parseInt(v);
            return Math.max(1, Math.min(n, 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void code(Element e, List<Block> out) {
        String language = language(e);
        Element code = e.children().size() == 1 && e.child(0).normalName().equals("code") ? e.child(0) : null;
        if (language.isEmpty() && code != null) language = language(code);
        String text = preText(e);
        // One leading newline is markup, not code (the HTML parser drops it for <pre>, not for nested <code>).
        if (text.startsWith("\n")) text = text.substring(1);
        text = text.stripTrailing();
        if (text.isBlank()) return;
        out.add(new Block.CodeBlock(language, text));
    }

    /** Text of a pre block with line breaks kept; {@code <br>} counts as a newline. Iterative. */
    private static String preText(Element e) {
        StringBuilder b = new StringBuilder();
        Nodes.walk(e, (node, depth) -> {
            if (node instanceof TextNode t) b.append(t.getWholeText());
            else if (node instanceof Element el && el.normalName().equals("br")) b.append('\n');
        });
        return b.toString().replace("\r\n", "\n").replace('\u00A0', ' ');
    }

    private static String language(Element e) {
        String dl = e.attr("data-lang").strip();
        if (dl.isEmpty()) dl = e.attr("data-language").strip();
        if (!dl.isEmpty() && dl.matches("[A-Za-z0-9+#-]{1,20}")) return dl.toLowerCase(Locale.ROOT);
        Matcher m = LANGUAGE.matcher(e.className());
        if (m.find()) {
            String lang = m.group(1).toLowerCase(Locale.ROOT);
            if (!lang.equals("none") && !lang.equals("plaintext") && !lang.equals("text")) return lang;
        }
        return "";
    }

    private void embed(Element e, List<Block> out) {
        String src = e.attr("src");
        if (src.isBlank()) src = e.attr("data-src");
        if (src.isBlank()) src = e.attr("data");
        if (src.isBlank()) {
            Element s = e.selectFirst("source[src]");
            if (s != null) src = s.attr("src");
        }
        String url = urls.link(src);
        if (url == null) {
            // Fallback content of a <video> or <object> (a link, a sentence) still reads on paper.
            if (!e.text().isBlank()) children(e, out, MAX_DEPTH - 4);
            return;
        }
        String title = Nodes.clean(e.attr("title"));
        if (title.isEmpty()) title = Nodes.clean(e.attr("aria-label"));
        if (title.isEmpty()) title = e.normalName().equals("audio") ? "Audio" : e.normalName().equals("iframe") ? "Embedded content" : "Video";
        out.add(new Block.Embed(title, url));
    }

    // ---------------------------------------------------------------- inlines

    private void inlineChildren(Element e, InlineBuilder b, List<Block> hoisted, int depth, boolean top) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) b.text(t.getWholeText());
            else if (n instanceof Element c) inline(c, b, hoisted, depth + 1);
        }
    }

    private List<Inline> inlineContent(Element e, List<Block> hoisted, int depth) {
        InlineBuilder b = new InlineBuilder();
        inlineChildren(e, b, hoisted, depth, false);
        return InlineBuilder.canonical(b.isEmpty() ? List.of() : rawOf(b));
    }

    /** The builder's items without edge trimming (wrappers keep their inner spaces). */
    private static List<Inline> rawOf(InlineBuilder b) {
        return b.raw();
    }

    /** The inline switchboard: one branch per inline tag; the default unwraps. */
    private void inline(Element e, InlineBuilder b, List<Block> hoisted, int depth) {
        if (depth > MAX_DEPTH) { b.text(e.text()); return; }
        String noteId = noteRefs.get(e);
        if (noteId != null) { b.add(new Inline.NoteRef(noteId)); return; }
        String refId = citationRefs.get(e);
        if (refId != null) { b.add(new Inline.CitationRef(refId)); return; }
        String tag = e.normalName();
        switch (tag) {
            case "em", "i", "cite", "dfn", "var" -> b.add(new Inline.Emphasis(inlineContent(e, hoisted, depth)));
            case "strong", "b" -> b.add(new Inline.Strong(inlineContent(e, hoisted, depth)));
            case "s", "del", "strike" -> b.add(new Inline.Strikethrough(inlineContent(e, hoisted, depth)));
            case "code", "kbd", "samp", "tt" -> b.add(new Inline.Code(preText(e).replace('\n', ' ')));
            case "a" -> link(e, b, hoisted, depth);
            case "img" -> inlineImage(e, b, hoisted);
            case "picture" -> { Element img = e.selectFirst("img"); if (img != null) inlineImage(img, b, hoisted); }
            case "br" -> b.add(new Inline.LineBreak());
            case "wbr" -> { }
            case "sup" -> superscript(e, b, hoisted, depth);
            case "sub" -> b.add(new Inline.Subscript(inlineContent(e, hoisted, depth)));
            case "q" -> { b.text("\u201C"); inlineChildren(e, b, hoisted, depth, false); b.text("\u201D"); }
            case "math" -> mathText(e, b);
            case "span", "font", "u", "ins", "mark", "small", "big", "abbr", "acronym", "time", "label", "bdi", "bdo",
                 "data", "ruby", "rb", "nobr", "output", "meter", "progress", "o:p" -> inlineChildren(e, b, hoisted, depth, false);
            default -> {
                if (DROP.contains(tag)) return;
                if (BLOCK_TAGS.contains(tag)) {
                    // A block met where inlines are expected (inside a heading or caption): keep its text.
                    b.text(" ");
                    inlineChildren(e, b, hoisted, depth, false);
                    b.text(" ");
                    return;
                }
                unwrapped.add(tag);
                inlineChildren(e, b, hoisted, depth, false);
            }
        }
    }

    private void link(Element e, InlineBuilder b, List<Block> hoisted, int depth) {
        String target = urls.link(e.attr("href"));
        List<Inline> content = inlineContent(e, hoisted, depth);
        if (target == null) { b.addAll(content); return; }
        b.add(new Inline.Link(target, Nodes.clean(e.attr("title")), content));
    }

    private void superscript(Element e, InlineBuilder b, List<Block> hoisted, int depth) {
        List<Inline> content = inlineContent(e, hoisted, depth);
        // A superscript that only wraps a note pointer is the pointer.
        if (content.size() == 1 && (content.get(0) instanceof Inline.NoteRef || content.get(0) instanceof Inline.CitationRef)) {
            b.add(content.get(0));
            return;
        }
        b.add(new Inline.Superscript(content));
    }

    private void inlineImage(Element img, InlineBuilder b, List<Block> hoisted) {
        if (Images.isEmoji(img)) { b.text(img.attr("alt")); return; }
        if (isFigureImage(img)) {
            Block.Figure f = figureOf(img, List.of(), List.of());
            if (f != null) hoisted.add(f);
            return;
        }
        String raw = Images.source(img);
        if (Images.isTracker(img, raw) || Images.isDecorative(img, raw)) return;
        String src = urls.image(raw);
        String alt = Nodes.clean(img.attr("alt"));
        if (src == null) { if (!alt.isEmpty()) b.text(alt); return; }
        b.add(new Inline.Image(src, alt));
    }

    private static void mathText(Element e, InlineBuilder b) {
        String alt = e.attr("alttext");
        if (alt.isBlank()) {
            Element ann = e.selectFirst("annotation[encoding=application/x-tex]");
            alt = ann != null ? ann.text() : e.text();
        }
        if (!alt.isBlank()) b.add(new Inline.Code(alt.strip()));
    }
}
