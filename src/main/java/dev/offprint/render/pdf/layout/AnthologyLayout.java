package dev.offprint.render.pdf.layout;

import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Article;
import dev.offprint.model.Metadata;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lays out many articles as one book: a title page (bundle title, conversion date, the articles),
 * a table of contents with each article's title, site and first page, then every article as a
 * chapter laid out by its own {@link ArticleLayout} (so link and footnote numbers restart per
 * chapter and each has its own references appendix). Page numbers are filled in after layout: the
 * contents entries reserve a fixed column for the number, so their height never depends on it.
 * Pure like ArticleLayout: no PDF objects, no clock.
 */
public final class AnthologyLayout {

    /**
     * One article to lay out.
     *
     * @param images      the images the painter could decode, by the article's own src
     * @param qr          the QR module grid for the article's URL, or null
     * @param imageKeys   the painter's key of each drawn image, by the article's src: equal srcs of
     *                    different articles (two {@code img/1.png} from two folders) stay apart, equal
     *                    pictures are shared
     */
    public record Chapter(Article article, Hyphenator hyphenator, Map<String, ArticleLayout.ImageSize> images,
                          boolean[][] qr, Map<String, String> imageKeys) {
        public Chapter {
            Objects.requireNonNull(article, "article");
            hyphenator = hyphenator == null ? Hyphenator.NONE : hyphenator;
            images = images == null ? Map.of() : Map.copyOf(images);
            imageKeys = imageKeys == null ? Map.of() : Map.copyOf(imageKeys);
        }
    }

    private final FontMetrics metrics;
    private final PageSpec spec;
    private final PageSpec front;
    private final boolean linkNotes;
    private final boolean footnotesAtFoot;
    private final Consumer<Diagnostic> report;
    private final Typesetter typesetter;
    private final ArticleLayout helper;
    private final float fs;

    public AnthologyLayout(FontMetrics metrics, PageSpec spec, boolean linkNotes, boolean footnotesAtFoot,
                           Consumer<Diagnostic> report) {
        this.metrics = metrics;
        this.spec = spec;
        // the front matter is always one column, whatever the chapters use
        this.front = new PageSpec(spec.width(), spec.height(), spec.marginTop(), spec.marginBottom(), spec.marginLeft(),
                spec.marginRight(), 1, spec.gutter(), spec.fontSize(), false);
        this.linkNotes = linkNotes;
        this.footnotesAtFoot = footnotesAtFoot;
        this.report = report;
        this.typesetter = new Typesetter(metrics, Hyphenator.NONE);
        this.helper = new ArticleLayout(metrics, Hyphenator.NONE, front, Map.of(), false, null, report);
        this.fs = spec.fontSize();
    }

    /** The whole book: front matter pages, then each chapter's pages, numbered through. */
    public ArticleLayout.Result layout(String title, List<Chapter> chapters, Instant converted) {
        StructNode root = StructNode.document();
        StructNode titleSect = root.child("Sect");
        StructNode tocSect = root.child("Sect");

        // chapters first (their page counts number the contents), structure after the front matter
        List<List<PageLayout>> chapterPages = new ArrayList<>();
        int substituted = 0;
        int rtl = 0;
        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            ArticleLayout al = new ArticleLayout(metrics, c.hyphenator(), spec, c.images(), linkNotes, footnotesAtFoot,
                    c.qr(), report);
            StructNode art = root.child("Art");
            // each chapter speaks its own language (a German article in an English bundle)
            String lang = c.article().metadata().language();
            if (lang != null && lang.strip().matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")) art.lang(lang.strip());
            ArticleLayout.Result r = al.layout(c.article(), converted, art);
            uniqueIds(art, "c" + (i + 1) + "-");
            substituted += r.substituted();
            rtl += r.rightToLeft();
            chapterPages.add(chapterPages(r.pages(), c.imageKeys()));
        }

        List<Item> titleItems = titlePage(title, chapters, converted, titleSect);
        List<TocEntry> toc = new ArrayList<>();
        List<Item> tocItems = contents(chapters, tocSect, toc);
        List<List<Placed>> titlePlaced = new Paginator(front).paginate(List.of(), titleItems);
        List<List<Placed>> tocPlaced = new Paginator(front).paginate(List.of(), tocItems);

        // layout, then number: the entries' heights do not depend on the numbers
        int page = titlePlaced.size() + tocPlaced.size() + 1;
        for (int i = 0; i < chapters.size(); i++) {
            number(toc.get(i), page);
            page += chapterPages.get(i).size();
        }

        List<List<Placed>> all = new ArrayList<>();
        all.addAll(titlePlaced);
        all.addAll(tocPlaced);
        for (List<PageLayout> cp : chapterPages) for (PageLayout pl : cp) all.add(pl.placed());
        List<PageLayout> pages = new ArrayList<>(all.size());
        for (int p = 0; p < all.size(); p++) {
            List<Placed> items = new ArrayList<>();
            for (Placed pl : all.get(p)) if (!"Footer".equals(pl.item().pagination())) items.add(pl);
            if (p > 0) items.add(footer("Page " + (p + 1) + " of " + all.size()));
            pages.add(new PageLayout(spec.width(), spec.height(), items));
        }
        return new ArticleLayout.Result(pages, root, substituted + typesetter.substituted(), rtl + typesetter.rightToLeft());
    }

    /** Prefixes the element ids of a chapter (its notes are numbered from 1 like every other chapter's; IDs must be unique). */
    private static void uniqueIds(StructNode art, String prefix) {
        java.util.ArrayDeque<StructNode> stack = new java.util.ArrayDeque<>();
        stack.push(art);
        while (!stack.isEmpty()) {
            StructNode n = stack.pop();
            if (n.id() != null) n.id(prefix + n.id());
            for (StructNode k : n.children()) stack.push(k);
        }
    }

    /**
     * A chapter's pages with the article title as a top-level bookmark and its headings one level
     * beneath, and with image srcs replaced by the painter's keys.
     */
    private static List<PageLayout> chapterPages(List<PageLayout> pages, Map<String, String> imageKeys) {
        Set<Item> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean first = true;
        for (PageLayout pl : pages) {
            for (Placed p : pl.placed()) {
                if (!seen.add(p.item())) continue;
                List<Op> ops = p.item().ops();
                for (int i = 0; i < ops.size(); i++) {
                    Op op = ops.get(i);
                    if (op instanceof Op.Bookmark b && !p.artifact()) {
                        ops.set(i, new Op.Bookmark(b.title(), first ? 1 : b.level() + 1));
                        first = false;
                    } else if (op instanceof Op.Image im && imageKeys.containsKey(im.src())) {
                        ops.set(i, new Op.Image(im.x(), im.y(), im.width(), im.height(), imageKeys.get(im.src()), im.node()));
                    }
                }
            }
        }
        return pages;
    }

    // ------------------------------------------------------------------ front matter

    private List<Item> titlePage(String title, List<Chapter> chapters, Instant converted, StructNode sect) {
        List<Item> items = new ArrayList<>();
        float w = front.contentWidth();
        items.add(new Item((front.bottom() - front.marginTop()) * 0.18f, 0, List.of()));
        Style ts = new Style(Face.SANS_BOLD, fs * 2.4f, 0, Style.BLACK, false);
        StructNode h1 = sect.child("H1");
        String t = title.isBlank() ? "Untitled" : title.strip();
        lines(items, List.of(new Span(t, ts, null, h1, Span.Mode.PROSE)), 0, w, Typesetter.Align.CENTER, 1.2f, 0, true);
        Style meta = new Style(Face.SANS, fs * 1.05f, 0, 0x333333, false);
        String count = chapters.size() == 1 ? "1 article" : chapters.size() + " articles";
        lines(items, List.of(new Span("An anthology of " + count, meta, null, sect.child("P"), Span.Mode.PROSE)),
                0, w, Typesetter.Align.CENTER, 1.4f, fs * 1.2f, true);
        String date = LocalDate.ofInstant(converted, ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        lines(items, List.of(new Span("Converted " + date, meta.withRgb(ArticleLayout.GREY), null, sect.child("P"), Span.Mode.PROSE)),
                0, w, Typesetter.Align.CENTER, 1.4f, fs * 0.2f, true);
        items.add(new Item(fs * 2.4f, 0, List.of(new Op.Line(w * 0.3f, fs * 1.2f, w * 0.7f, fs * 1.2f, 0.6f, 0x999999))));
        StructNode list = sect.child("L");
        Style body = new Style(Face.SERIF, fs, 0, Style.BLACK, false);
        float indent = fs * 2.4f;
        for (int i = 0; i < chapters.size(); i++) {
            Metadata m = chapters.get(i).article().metadata();
            StructNode li = list.child("LI");
            StructNode lbl = li.child("Lbl");
            StructNode p = li.child("LBody").child("P");
            List<Span> spans = new ArrayList<>();
            spans.add(new Span(titleOf(m), body.withFace(Face.SERIF_BOLD), null, p, Span.Mode.PROSE));
            String site = siteOf(m);
            // a short site name is kept on one line
            if (site != null && site.length() <= 40) site = site.replace(' ', '\u00A0');
            if (site != null) spans.add(new Span(" \u00B7 " + site, body.withRgb(ArticleLayout.GREY), null, p, Span.Mode.PROSE));
            int at = items.size();
            lines(items, spans, indent, w - indent, Typesetter.Align.LEFT, 1.35f, fs * 0.35f, false);
            if (items.size() > at) label(items.get(at), (i + 1) + ".", indent, lbl, body);
        }
        return items;
    }

    /** A contents entry: its title lines (the last gets the page number once it is known) and its Link element. */
    private record TocEntry(List<Item> lines, StructNode link, Style style) {}

    private List<Item> contents(List<Chapter> chapters, StructNode sect, List<TocEntry> entries) {
        List<Item> items = new ArrayList<>();
        float w = front.contentWidth();
        Style hs = new Style(Face.SANS_BOLD, fs * 1.45f, 0, Style.BLACK, false);
        lines(items, List.of(new Span("Contents", hs, null, sect.child("H2"), Span.Mode.PROSE)), 0, w,
                Typesetter.Align.LEFT, 1.25f, 0, true);
        StructNode toc = sect.child("TOC");
        Style body = new Style(Face.SERIF, fs, 0, Style.BLACK, false);
        // room for a five-digit page number and a gap before it
        float numColumn = metrics.width(Face.SERIF, "00000", fs) + fs;
        for (Chapter c : chapters) {
            Metadata m = c.article().metadata();
            StructNode p = toc.child("TOCI").child("P");
            StructNode link = p.child("Link").alt(titleOf(m));
            // the title, its page number at the end of its last line (both a link to that page), the site beneath
            List<Item> set = lines(items, List.of(new Span(titleOf(m), body, null, link, Span.Mode.PROSE)), 0, w - numColumn,
                    Typesetter.Align.LEFT, 1.35f, fs * 0.6f, false);
            if (set.isEmpty()) {
                Item blank = new Item(fs * 1.35f, fs * 0.6f, List.of());
                items.add(blank);
                set = List.of(blank);
            }
            entries.add(new TocEntry(set, link, body));
            String site = siteOf(m);
            if (site != null) {
                set.get(set.size() - 1).keepWithNext(true);
                lines(items, List.of(new Span(site, new Style(Face.SANS, fs * 0.8f, 0, ArticleLayout.GREY, false), null, p,
                        Span.Mode.PROSE)), 0, w - numColumn, Typesetter.Align.LEFT, 1.3f, 0, false);
            }
        }
        return items;
    }

    /**
     * Puts the page number at the right end of an entry's last line and links the entry to its page
     * (after pagination; the lines' heights are unchanged).
     */
    private void number(TocEntry e, int page) {
        String link = Op.pageLink(page);
        e.link().alt(e.link().alt() + ", page " + page);
        for (Item line : e.lines()) {
            List<Op> ops = line.ops();
            for (int i = 0; i < ops.size(); i++) {
                if (ops.get(i) instanceof Op.Text t && t.node() == e.link()) {
                    ops.set(i, new Op.Text(t.x(), t.baseline(), t.style(), t.segments(), t.width(), link, t.node()));
                }
            }
        }
        Item last = e.lines().get(e.lines().size() - 1);
        String n = Integer.toString(page);
        float nw = metrics.width(e.style().face(), n, e.style().size());
        float baseline = e.style().size();
        for (Op op : last.ops()) if (op instanceof Op.Text t) { baseline = t.baseline(); break; }
        last.ops().add(new Op.Text(front.contentWidth() - nw, baseline, e.style(), List.of(new Op.Segment(n, 0)),
                nw, link, e.link()));
    }

    private List<Item> lines(List<Item> into, List<Span> spans, float x, float width, Typesetter.Align align,
                             float leading, float spaceBefore, boolean keepAll) {
        float base = spans.isEmpty() ? fs : spans.get(0).style().size();
        List<TextLine> lines = typesetter.set(spans, width, align, false);
        List<Item> items = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Item it = helper.lineItem(lines.get(i), x, base * leading, i == 0 ? spaceBefore : 0);
            int n = lines.size();
            it.keepWithNext(keepAll || (n > 1 && i < n - 1));
            items.add(it);
        }
        into.addAll(items);
        return items;
    }

    private void label(Item item, String label, float bodyX, StructNode lbl, Style style) {
        float baseline = style.size();
        for (Op op : item.ops()) if (op instanceof Op.Text t) { baseline = t.baseline(); break; }
        float lw = metrics.width(style.face(), label, style.size());
        item.ops().add(0, new Op.Text(bodyX - lw - style.size() * 0.5f, baseline, style, List.of(new Op.Segment(label, 0)),
                lw, null, lbl));
    }

    private Placed footer(String text) {
        Style st = new Style(Face.SANS, fs * 0.8f, 0, ArticleLayout.GREY, false);
        TextLine l = typesetter.set(List.of(new Span(text, st, null, null, Span.Mode.PROSE)), spec.contentWidth(),
                Typesetter.Align.CENTER).get(0);
        Item it = helper.lineItem(l, 0, st.size() * 1.3f, 0).pagination("Footer");
        return new Placed(it, spec.marginLeft(), spec.bottom() + fs * 1.6f, true);
    }

    private static String titleOf(Metadata m) {
        return m.title() == null || m.title().isBlank() ? "Untitled" : m.title().strip().replaceAll("\\s+", " ");
    }

    private static String siteOf(Metadata m) {
        if (m.siteName() != null && !m.siteName().isBlank()) return m.siteName().strip();
        if (m.publisher() != null && !m.publisher().isBlank()) return m.publisher().strip();
        return null;
    }
}
