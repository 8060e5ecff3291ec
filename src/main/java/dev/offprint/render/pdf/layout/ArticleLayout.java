package dev.offprint.render.pdf.layout;

import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Inline;
import dev.offprint.model.Metadata;
import dev.offprint.model.Note;
import dev.offprint.model.Reference;
import dev.offprint.render.AltText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Lays out a whole article: the title block, the body, and the references appendix (References,
 * Links, Notes, Source), producing pages of positioned items and the logical structure beside them.
 * Pure: measures through {@link FontMetrics}, never touches PDF objects, never reads the clock.
 */
public final class ArticleLayout {

    /** The pixel size of an image that the painter could decode. */
    public record ImageSize(int width, int height) {}

    /** The finished layout. */
    public record Result(List<PageLayout> pages, StructNode root, int substituted, int rightToLeft) {}

    /** Nesting beyond this depth is laid out without further indentation, and beyond twice it as plain text. */
    static final int MAX_INDENT_DEPTH = 8;
    static final int MAX_DEPTH = 48;
    static final int GREY = 0x555555;

    private final FontMetrics metrics;
    private final PageSpec spec;
    private final Map<String, ImageSize> images;
    private final boolean linkNotes;
    private final boolean footnotesAtFoot;
    private final Consumer<Diagnostic> report;
    private final Typesetter typesetter;
    private final boolean[][] qr;
    private final float fs;
    private final Style body;

    private List<Item> flow;
    private StructNode root;
    private InlineFlattener flattener;
    private int lastHeading = 1;
    private Map<String, Integer> noteNumbers;
    private Map<String, Integer> refNumbers;
    private Map<String, Note> notesById;
    /** Footnotes already set at the foot of a page (each only once, at its first reference). */
    private final java.util.Set<String> footed = new java.util.HashSet<>();
    private boolean inFootnote;

    /**
     * @param images    the figures that can be drawn, by src
     * @param linkNotes print link-note numbers and the Links section
     * @param qr        the module grid of a QR code for the source URL, or null for none
     */
    public ArticleLayout(FontMetrics metrics, Hyphenator hyphenator, PageSpec spec, Map<String, ImageSize> images,
                         boolean linkNotes, boolean[][] qr, Consumer<Diagnostic> report) {
        this(metrics, hyphenator, spec, images, linkNotes, false, qr, report);
    }

    /**
     * @param footnotesAtFoot set footnotes at the foot of the page that refers to them (a note
     *                        taller than a third of the page stays an endnote)
     */
    public ArticleLayout(FontMetrics metrics, Hyphenator hyphenator, PageSpec spec, Map<String, ImageSize> images,
                         boolean linkNotes, boolean footnotesAtFoot, boolean[][] qr, Consumer<Diagnostic> report) {
        this.footnotesAtFoot = footnotesAtFoot;
        this.metrics = metrics;
        this.spec = spec;
        this.images = Map.copyOf(images);
        this.linkNotes = linkNotes;
        this.report = report;
        this.typesetter = new Typesetter(metrics, hyphenator);
        this.qr = qr;
        this.fs = spec.fontSize();
        this.body = new Style(Face.SERIF, fs, 0, Style.BLACK, false);
    }

    public Result layout(Article article, Instant converted) {
        return layout(article, converted, StructNode.document());
    }

    /**
     * Lays out the article with its structure built under {@code into} rather than a Document of
     * its own (an anthology gives each article an Art element of one shared Document).
     */
    public Result layout(Article article, Instant converted, StructNode into) {
        root = into;
        typesetter.rightToLeft("rtl".equalsIgnoreCase(article.metadata().direction() == null ? "" : article.metadata().direction().strip()));
        noteNumbers = new HashMap<>();
        refNumbers = new HashMap<>();
        List<Note> notes = article.notes();
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            if (n.kind() == Note.Kind.FOOTNOTE || linkNotes) noteNumbers.putIfAbsent(n.id(), i + 1);
        }
        notesById = new HashMap<>();
        for (Note n : notes) notesById.putIfAbsent(n.id(), n);
        for (int i = 0; i < article.references().size(); i++) refNumbers.putIfAbsent(article.references().get(i).id(), i + 1);
        flattener = new InlineFlattener(new InlineFlattener.Numbers() {
            public int note(String id) { return noteNumbers.getOrDefault(id, 0); }
            public int reference(String id) { return refNumbers.getOrDefault(id, 0); }
            public ImageSize image(String src) { return images.get(src); }
        });

        List<Item> spanning = new ArrayList<>();
        flow = spec.columns() > 1 ? spanning : new ArrayList<>();
        titleBlock(article.metadata(), spec.columns() > 1 ? spec.contentWidth() : spec.columnWidth());
        if (spec.columns() > 1) flow = new ArrayList<>();
        else { spanning = List.of(); }
        lastHeading = 1;
        blocks(article.body(), 0, spec.columnWidth(), root, 0);
        // the appendix's labels and addresses are offprint's own (English, left to right): each of
        // its paragraphs takes the direction of its own first letter
        typesetter.rightToLeft(false);
        appendix(article, converted);

        List<List<Placed>> placed = new Paginator(spec).paginate(spanning, flow);
        List<PageLayout> pages = new ArrayList<>();
        String header = shortTitle(article.metadata());
        for (int p = 0; p < placed.size(); p++) {
            List<Placed> items = new ArrayList<>(placed.get(p));
            if (p > 0 && header != null) items.add(0, running(header, spec.marginTop() - fs * 2.2f, Typesetter.Align.LEFT, true));
            items.add(running("Page " + (p + 1) + " of " + placed.size(), spec.bottom() + fs * 1.6f, Typesetter.Align.CENTER, false));
            pages.add(new PageLayout(spec.width(), spec.height(), items));
        }
        return new Result(pages, root, typesetter.substituted(), typesetter.rightToLeft());
    }

    // ------------------------------------------------------------------ title block

    private void titleBlock(Metadata m, float width) {
        float qrSize = 0;
        if (qr != null && m.url() != null) qrSize = Math.min(72, width * 0.2f);
        float textWidth = qrSize > 0 ? width - qrSize - 12 : width;
        String title = m.title() == null || m.title().isBlank() ? "Untitled" : m.title().strip();
        StructNode h1 = root.child("H1");
        List<Item> titleItems = new ArrayList<>();
        Style ts = new Style(Face.SANS_BOLD, fs * 2.0f, 0, Style.BLACK, false);
        List<Span> spans = List.of(new Span(title, ts, null, h1, Span.Mode.PROSE));
        boolean first = true;
        for (TextLine l : typesetter.set(spans, textWidth, Typesetter.Align.LEFT)) {
            Item it = lineItem(l, 0, ts.size() * 1.2f, 0);
            if (first) {
                it.ops().add(0, new Op.Bookmark(title, 1));
                if (qrSize > 0) {
                    float module = qrSize / qr.length;
                    it.ops().add(new Op.Modules(width - qrSize, 0, module, qr));
                }
                first = false;
            }
            titleItems.add(it.keepWithNext(true));
        }
        flow.addAll(titleItems);
        float startHeight = 0;
        for (Item it : titleItems) startHeight += it.height();
        if (m.subtitle() != null && !m.subtitle().isBlank()) {
            Style ss = new Style(Face.SERIF_ITALIC, fs * 1.25f, 0, 0x333333, false);
            para(List.of(new Span(m.subtitle().strip(), ss, null, root.child("P"), Span.Mode.PROSE)), 0, textWidth,
                    Typesetter.Align.LEFT, fs * 0.4f, 1.3f, true);
        }
        Style meta = new Style(Face.SANS, fs * 0.9f, 0, 0x222222, false);
        if (!m.authors().isEmpty()) {
            para(List.of(new Span("By " + joinNames(m.authors()), meta.withFace(Face.SANS_BOLD), null, root.child("P"), Span.Mode.PROSE)),
                    0, textWidth, Typesetter.Align.LEFT, fs * 0.6f, 1.35f, true);
        }
        List<String> pub = new ArrayList<>();
        if (m.siteName() != null && !m.siteName().isBlank()) pub.add(m.siteName().strip());
        if (m.publisher() != null && !m.publisher().isBlank() && !pub.contains(m.publisher().strip())) pub.add(m.publisher().strip());
        List<String> dates = new ArrayList<>();
        // no-break spaces keep "Updated 13 March 2018" on one line; the line breaks at the dots
        if (m.published() != null) dates.add(("Published " + humanDate(m.published())).replace(' ', '\u00A0'));
        if (m.modified() != null && !m.modified().equals(m.published())) dates.add(("Updated " + humanDate(m.modified())).replace(' ', '\u00A0'));
        String line = String.join(" \u00B7 ", pub);
        if (!dates.isEmpty()) line = line.isEmpty() ? String.join(" \u00B7 ", dates) : line + " \u00B7 " + String.join(" \u00B7 ", dates);
        if (!line.isEmpty()) {
            para(List.of(new Span(line, meta.withRgb(GREY), null, root.child("P"), Span.Mode.PROSE)), 0, textWidth,
                    Typesetter.Align.LEFT, fs * 0.2f, 1.35f, true);
        }
        String url = m.url() == null ? null : InlineFlattener.printable(m.url());
        if (url != null) {
            StructNode p = root.child("P");
            StructNode link = p.child("Link").alt("Source: " + url);
            para(List.of(new Span(url, meta.withSize(fs * 0.8f).withRgb(InlineFlattener.LINK_RGB), url, link, Span.Mode.URL)),
                    0, textWidth, Typesetter.Align.LEFT, fs * 0.2f, 1.3f, true);
        }
        // leave room for the QR code beside the block
        float used = 0;
        int from = flow.indexOf(titleItems.get(0));
        for (int i = from; i < flow.size(); i++) used += flow.get(i).height() + (i > from ? flow.get(i).spaceBefore() : 0);
        float pad = qrSize > used ? qrSize - used : 0;
        Item rule = new Item(fs * 1.2f + pad, fs * 0.6f, List.of(new Op.Line(0, pad + fs * 0.3f, width, pad + fs * 0.3f, 0.6f, 0x999999)));
        flow.add(rule);
    }

    private static String joinNames(List<String> names) {
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * "2018-03-01" or "2018-03-01T17:42:19Z" -> "1 March 2018" (the title block shows the day; the
     * Source section keeps the full timestamp); anything else is printed as given.
     */
    static String humanDate(String iso) {
        String d = iso.strip();
        try {
            LocalDate ld = LocalDate.parse(d.length() >= 10 ? d.substring(0, 10) : d);
            return ld.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        } catch (java.time.DateTimeException e) {
            return d;
        }
    }

    private String shortTitle(Metadata m) {
        if (m.title() == null || m.title().isBlank()) return null;
        String t = m.title().strip().replaceAll("\\s+", " ");
        return t.length() > 90 ? t.substring(0, 88) + "\u2026" : t;
    }

    private Placed running(String text, float y, Typesetter.Align align, boolean rule) {
        Style st = new Style(Face.SANS, fs * 0.8f, 0, GREY, false);
        List<TextLine> lines = typesetter.set(List.of(new Span(text, st, null, null, Span.Mode.PROSE)), spec.contentWidth(), align);
        TextLine l = lines.get(0);
        Item it = lineItem(l, 0, st.size() * 1.3f, 0).pagination(rule ? "Header" : "Footer");
        if (rule) it.ops().add(new Op.Line(0, it.height() + 2, spec.contentWidth(), it.height() + 2, 0.4f, 0xAAAAAA));
        return new Placed(it, spec.marginLeft(), y, true);
    }

    // ------------------------------------------------------------------ blocks

    private void blocks(List<Block> blocks, float x, float width, StructNode parent, int depth) {
        boolean firstInContainer = true;
        for (Block b : blocks) {
            block(b, x, width, parent, depth, firstInContainer);
            firstInContainer = false;
        }
    }

    private void block(Block b, float x, float width, StructNode parent, int depth, boolean first) {
        float gap = first && depth > 0 ? fs * 0.2f : fs * 0.6f;
        if (depth > MAX_DEPTH) {
            // a hostile nesting depth: keep the words, drop the structure
            para(flattener.flatten(List.of(new Inline.Text(plain(b))), body, parent.child("P"), Span.Mode.PROSE),
                    x, width, align(), gap, 1.4f, false);
            return;
        }
        float indent = depth < MAX_INDENT_DEPTH ? fs * 1.6f : 0;
        if (b instanceof Block.Paragraph p) {
            StructNode node = parent.child("P");
            para(flattener.flatten(p.content(), body, node, Span.Mode.PROSE), x, width, align(), gap, 1.4f, false);
        } else if (b instanceof Block.Heading h) {
            heading(h.level(), h.content(), x, width, parent, first && depth > 0);
        } else if (b instanceof Block.ListBlock l) {
            StructNode list = parent.child("L");
            int n = l.start();
            for (List<Block> item : l.items()) {
                StructNode li = list.child("LI");
                StructNode lbl = li.child("Lbl");
                StructNode lbody = li.child("LBody");
                String label = l.ordered() ? n + "." : (depth % 2 == 0 ? "\u2022" : "\u2013");
                n++;
                int at = flow.size();
                if (item.isEmpty()) {
                    flow.add(new Item(fs * 1.4f, gap, List.of()));
                } else {
                    blocks(item, x + indent, width - indent, lbody, depth + 1);
                }
                if (flow.size() > at) addLabel(flow.get(at), label, x + indent, lbl);
            }
        } else if (b instanceof Block.DefinitionList d) {
            StructNode list = parent.child("L");
            for (Block.Definition def : d.items()) {
                StructNode li = list.child("LI");
                StructNode lbl = li.child("Lbl");
                para(flattener.flatten(def.term(), body.withFace(Face.SERIF_BOLD), lbl, Span.Mode.PROSE), x, width,
                        Typesetter.Align.LEFT, gap, 1.4f, true);
                StructNode lbody = li.child("LBody");
                for (List<Block> defBlocks : def.definitions()) blocks(defBlocks, x + indent, width - indent, lbody, depth + 1);
            }
        } else if (b instanceof Block.Quote q) {
            StructNode bq = parent.child("BlockQuote");
            int at = flow.size();
            blocks(q.content(), x + indent, width - indent, bq, depth + 1);
            if (!q.attribution().isEmpty()) {
                List<Span> spans = new ArrayList<>();
                StructNode p = bq.child("P");
                spans.add(new Span("\u2014 ", body.withFace(Face.SERIF_ITALIC), null, p, Span.Mode.PROSE));
                spans.addAll(flattener.flatten(q.attribution(), body.withFace(Face.SERIF_ITALIC), p, Span.Mode.PROSE));
                para(spans, x + indent, width - indent, Typesetter.Align.LEFT, fs * 0.3f, 1.4f, false);
            }
            for (int i = at; i < flow.size(); i++) {
                Item it = flow.get(i);
                float top = i == at ? 0 : -it.spaceBefore();
                it.ops().add(new Op.Line(x + indent * 0.35f, top, x + indent * 0.35f, it.height(), 1.5f, 0xBBBBBB));
            }
        } else if (b instanceof Block.Figure f) {
            figure(f, x, width, parent, gap);
        } else if (b instanceof Block.Table t) {
            new TableLayout(this, t, x, width, parent, gap).layout();
        } else if (b instanceof Block.CodeBlock c) {
            code(c, x, width, parent, gap);
        } else if (b instanceof Block.Embed e) {
            StructNode p = parent.child("P");
            List<Span> spans = new ArrayList<>();
            String title = e.title().isBlank() ? "Embedded media" : e.title().strip();
            spans.add(new Span("\u25B6 " + title + " (embedded media, not printable)", body.withFace(Face.SERIF_ITALIC), null, p, Span.Mode.PROSE));
            spans.add(Span.lineBreak(body, p));
            String url = InlineFlattener.printable(e.url());
            if (url != null) {
                StructNode link = p.child("Link").alt(title + ": " + url);
                spans.add(new Span(url, body.withSize(fs * 0.9f).withRgb(InlineFlattener.LINK_RGB), url, link, Span.Mode.URL));
            } else {
                spans.add(new Span(InlineFlattener.shown(e.url()), body.withSize(fs * 0.9f), null, p, Span.Mode.URL));
            }
            int at = flow.size();
            para(spans, x + fs, width - fs, Typesetter.Align.LEFT, gap, 1.4f, false);
            for (int i = at; i < flow.size(); i++) {
                Item it = flow.get(i);
                it.ops().add(0, new Op.Rect(x, i == at ? 0 : -it.spaceBefore(), width, it.height() + (i == at ? 0 : it.spaceBefore()), 0xF2F2F2));
            }
        } else if (b instanceof Block.Rule) {
            float h = fs * 1.2f;
            flow.add(new Item(h, gap, List.of(new Op.Line(x + width * 0.35f, h / 2, x + width * 0.65f, h / 2, 0.6f, 0x888888))));
        }
    }

    private Typesetter.Align align() { return spec.justify() ? Typesetter.Align.JUSTIFY : Typesetter.Align.LEFT; }

    void heading(int level, List<Inline> content, float x, float width, StructNode parent, boolean tight) {
        // structure levels never skip (PDF/UA): H2 after the H1 title, at most one deeper than the last
        int structLevel = Math.max(2, Math.min(level, lastHeading + 1));
        lastHeading = structLevel;
        float[] scale = {0, 1.9f, 1.45f, 1.2f, 1.05f, 1f, 1f};
        Style hs = new Style(level >= 5 ? Face.SANS_BOLD_ITALIC : Face.SANS_BOLD, fs * scale[Math.min(level, 6)], 0, Style.BLACK, false);
        StructNode node = parent.child("H" + structLevel);
        List<Item> items = para(flattener.flatten(content, hs, node, Span.Mode.PROSE), x, width, Typesetter.Align.LEFT,
                tight ? fs * 0.3f : hs.size() * 1.1f, 1.25f, true);
        if (!items.isEmpty()) {
            String title = InlineFlattener.plainText(content);
            items.get(0).ops().add(0, new Op.Bookmark(title.isEmpty() ? "Section" : title, structLevel - 1));
        }
    }

    /** Sets a paragraph and appends its lines to the flow; widows and orphans are prevented with keeps. */
    List<Item> para(List<Span> spans, float x, float width, Typesetter.Align align, float spaceBefore, float leading,
                    boolean keepAll) {
        float base = spans.isEmpty() ? fs : spans.get(0).style().size();
        // running text is hyphenated (justified or ragged); titles, headings and captions never are
        boolean hyphenate = align == align() && base <= fs * 1.05f;
        List<TextLine> lines = typesetter.set(spans, width, align, hyphenate);
        List<Item> items = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Item it = lineItem(lines.get(i), x, base * leading, i == 0 ? spaceBefore : 0);
            items.add(it);
        }
        int n = items.size();
        for (int i = 0; i < n; i++) {
            boolean keep = keepAll || (n > 1 && i == 0) || (n > 1 && i == n - 2);
            items.get(i).keepWithNext(keep);
        }
        if (footnotesAtFoot && !inFootnote) for (Item it : items) attachFootnotes(it);
        flow.addAll(items);
        return items;
    }

    /** Sets the footnotes this line refers to (first references only) and hangs them on the line's item. */
    private void attachFootnotes(Item line) {
        List<Item> notes = null;
        for (Op op : line.ops()) {
            if (!(op instanceof Op.Text t) || t.node() == null || t.node().noteRef() == null) continue;
            String id = t.node().noteRef();
            Note note = notesById.get(id);
            if (note == null || note.kind() != Note.Kind.FOOTNOTE || footed.contains(id)) continue;
            List<Item> set = footnote(note, t.node().parent());
            if (set == null) continue;
            footed.add(id);
            if (notes == null) notes = new ArrayList<>();
            notes.addAll(set);
        }
        if (notes != null) line.footnotes(notes);
    }

    /** Lays out one footnote in small type, or null when it is too tall for a page foot (it stays an endnote). */
    private List<Item> footnote(Note note, StructNode parent) {
        List<Item> saved = flow;
        flow = new ArrayList<>();
        inFootnote = true;
        try {
            StructNode noteNode = parent.child("Note").id("note-" + noteNumbers.get(note.id()));
            float indent = fs * 1.6f;
            Style small = body.withSize(fs * 0.82f);
            if (note.content().isEmpty()) {
                flow.add(new Item(fs * 1.2f, 0, List.of()));
            }
            for (Block b : note.content()) {
                if (b instanceof Block.Paragraph p) {
                    para(flattener.flatten(p.content(), small, noteNode.child("P"), Span.Mode.PROSE), indent,
                            spec.columnWidth() - indent, Typesetter.Align.LEFT, fs * 0.15f, 1.3f, false);
                } else {
                    block(b, indent, spec.columnWidth() - indent, noteNode, 1, flow.isEmpty());
                }
            }
            if (flow.isEmpty()) return null;
            float h = 0;
            for (Item it : flow) h += it.height() + it.spaceBefore();
            if (h > (spec.bottom() - spec.marginTop()) / 3) {
                parent.children().remove(noteNode);
                return null;
            }
            addLabel(flow.get(0), noteNumbers.get(note.id()) + ".", indent, noteNode.child("Lbl"), small);
            for (Item it : flow) it.keepWithNext(false);
            return flow;
        } finally {
            flow = saved;
            inFootnote = false;
        }
    }

    /** Lines as items without adding them to the flow (table cells, captions of tables). */
    List<TextLine> set(List<Span> spans, float width, Typesetter.Align align) {
        return typesetter.set(spans, width, align);
    }

    /** As {@link #set(List, float, Typesetter.Align)}, hyphenating when {@code hyphenate} is set (and hyphenation is on). */
    List<TextLine> set(List<Span> spans, float width, Typesetter.Align align, boolean hyphenate) {
        return typesetter.set(spans, width, align, hyphenate || align == Typesetter.Align.JUSTIFY);
    }

    Item lineItem(TextLine l, float x, float lineHeight, float spaceBefore) {
        float h = Math.max(lineHeight, l.ascent() + l.descent());
        float baseline = (h - (l.ascent() + l.descent())) / 2 + l.ascent();
        List<Op> ops = new ArrayList<>(l.runs().size());
        for (Op.Image im : l.images()) ops.add(Ops.shift(im, x, baseline));
        for (Op.Text r : l.runs()) {
            ops.add(Ops.shift(r, x, baseline));
            if (r.style().strike()) {
                float sy = baseline - r.style().rise() - r.style().size() * 0.28f;
                ops.add(new Op.Line(x + r.x(), sy, x + r.x() + r.width(), sy, r.style().size() * 0.06f, r.style().rgb()));
            }
        }
        return new Item(h, spaceBefore, ops);
    }

    private void addLabel(Item item, String label, float bodyX, StructNode lbl) {
        addLabel(item, label, bodyX, lbl, body);
    }

    private void addLabel(Item item, String label, float bodyX, StructNode lbl, Style style) {
        float baseline = style.size();
        for (Op op : item.ops()) {
            if (op instanceof Op.Text t) { baseline = t.baseline(); break; }
        }
        float w = metrics.width(style.face(), label, style.size());
        float lx = bodyX - w - style.size() * 0.5f;
        item.ops().add(0, new Op.Text(lx, baseline, style, List.of(new Op.Segment(label, 0)), w, null, lbl));
    }

    private void figure(Block.Figure f, float x, float width, StructNode parent, float gap) {
        ImageSize size = images.get(f.src());
        String alt = f.alt().isBlank() ? InlineFlattener.plainText(f.caption()) : f.alt().strip();
        int at = flow.size();
        if (size != null && size.width() > 0 && size.height() > 0) {
            StructNode fig = parent.child("Figure").alt(alt.isEmpty() ? "Figure" : alt);
            float w = size.width() * 0.75f; // CSS pixels to points
            float h = size.height() * 0.75f;
            float maxH = (spec.bottom() - spec.marginTop()) * 0.6f;
            float scale = Math.min(1f, Math.min(width / w, maxH / h));
            w *= scale;
            h *= scale;
            float fx = x + (width - w) / 2;
            flow.add(new Item(h, gap + fs * 0.2f, List.of(new Op.Image(fx, 0, w, h, f.src(), fig))).keepWithNext(true).shrinkable(true));
        } else {
            StructNode p = parent.child("P");
            // an alt text the caption below already says (or the caption standing in for a missing
            // alt) is not printed twice: the stand-in then just marks where the image was
            boolean saidByCaption = !f.caption().isEmpty() && AltText.saysAlready(InlineFlattener.plainText(f.caption()), alt);
            String text = "[Image" + (alt.isEmpty() || saidByCaption ? "" : ": " + alt) + "]";
            para(List.of(new Span(text, body.withFace(Face.SERIF_ITALIC).withRgb(GREY), null, p, Span.Mode.PROSE)),
                    x, width, Typesetter.Align.CENTER, gap, 1.4f, true);
        }
        List<Span> cap = new ArrayList<>();
        Style cs = new Style(Face.SANS, fs * 0.85f, 0, 0x333333, false);
        StructNode capNode = (f.caption().isEmpty() && f.credit().isEmpty()) ? null : parent.child("Caption");
        if (capNode != null) {
            cap.addAll(flattener.flatten(f.caption(), cs, capNode, Span.Mode.PROSE));
            if (!f.credit().isEmpty()) {
                if (!cap.isEmpty()) cap.add(new Span(" ", cs, null, capNode, Span.Mode.PROSE));
                cap.addAll(flattener.flatten(f.credit(), cs.withFace(Face.SANS_ITALIC).withRgb(GREY), capNode, Span.Mode.PROSE));
            }
            para(cap, x, width, Typesetter.Align.CENTER, fs * 0.3f, 1.3f, false);
        }
        if (flow.size() > at) flow.get(flow.size() - 1).keepWithNext(false);
        for (int i = at; i < flow.size() - 1; i++) flow.get(i).keepWithNext(true);
    }

    private void code(Block.CodeBlock c, float x, float width, StructNode parent, float gap) {
        StructNode node = parent.child("P");
        Style cs = new Style(Face.MONO, fs * 0.82f, 0, 0x111111, false);
        String text = c.text();
        while (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        float pad = fs * 0.5f;
        List<TextLine> lines = typesetter.set(List.of(new Span(text, cs, null, node, Span.Mode.CODE)), width - 2 * pad,
                Typesetter.Align.LEFT);
        float lh = cs.size() * 1.35f;
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            float top = i == 0 ? pad * 0.6f : 0;
            float bottom = i == n - 1 ? pad * 0.6f : 0;
            Item li = lineItem(lines.get(i), x + pad, lh, 0);
            List<Op> ops = new ArrayList<>();
            ops.add(new Op.Rect(x, 0, width, li.height() + top + bottom, 0xF3F3F3));
            for (Op op : li.ops()) ops.add(Ops.shift(op, 0, top));
            Item it = new Item(li.height() + top + bottom, i == 0 ? gap : 0, ops);
            it.keepWithNext((n > 1 && i == 0) || (n > 1 && i == n - 2));
            flow.add(it);
        }
    }

    /** The plain text of a block, iteratively (for content nested beyond {@link #MAX_DEPTH}). */
    private static String plain(Block b) {
        StringBuilder sb = new StringBuilder();
        java.util.ArrayDeque<Block> stack = new java.util.ArrayDeque<>();
        stack.push(b);
        while (!stack.isEmpty()) {
            Block x = stack.pop();
            List<Block> kids = new ArrayList<>();
            if (x instanceof Block.Paragraph p) sb.append(InlineFlattener.plainText(p.content())).append(' ');
            else if (x instanceof Block.Heading h) sb.append(InlineFlattener.plainText(h.content())).append(' ');
            else if (x instanceof Block.ListBlock l) l.items().forEach(kids::addAll);
            else if (x instanceof Block.Quote q) kids.addAll(q.content());
            else if (x instanceof Block.DefinitionList d) {
                for (Block.Definition def : d.items()) {
                    sb.append(InlineFlattener.plainText(def.term())).append(' ');
                    def.definitions().forEach(kids::addAll);
                }
            } else if (x instanceof Block.CodeBlock c) sb.append(c.text()).append(' ');
            else if (x instanceof Block.Figure f) sb.append(f.alt()).append(' ');
            else if (x instanceof Block.Table t) {
                for (Block.Row r : t.body()) for (Block.Cell cell : r.cells()) sb.append(InlineFlattener.plainText(cell.content())).append(' ');
            } else if (x instanceof Block.Embed e) sb.append(e.title()).append(' ');
            for (int i = kids.size() - 1; i >= 0; i--) stack.push(kids.get(i));
        }
        return sb.toString().strip();
    }

    // ------------------------------------------------------------------ appendix

    private void appendix(Article a, Instant converted) {
        float w = spec.columnWidth();
        lastHeading = 1;
        if (!a.references().isEmpty()) {
            appendixHeading("References", w);
            StructNode list = root.child("L");
            int n = 1;
            for (Reference r : a.references()) {
                StructNode li = list.child("LI");
                List<Span> spans = new ArrayList<>();
                StructNode lbody = li.child("LBody");
                StructNode p = lbody.child("P");
                spans.add(new Span(r.text().strip(), body, null, p, Span.Mode.PROSE));
                String url = r.url() != null ? InlineFlattener.printable(r.url()) : null;
                if (url == null && r.doi() != null) url = "https://doi.org/" + r.doi().strip();
                if (url != null && !r.text().contains(url)) {
                    spans.add(new Span(" ", body, null, p, Span.Mode.PROSE));
                    spans.add(new Span(url, body.withRgb(InlineFlattener.LINK_RGB), url, p.child("Link").alt(url), Span.Mode.URL));
                }
                listEntry(li, "[" + n + "]", spans, w, fs * 2.4f);
                n++;
            }
        }
        List<Note> notes = a.notes();
        if (linkNotes && notes.stream().anyMatch(x -> x.kind() == Note.Kind.LINK)) {
            appendixHeading("Links", w);
            StructNode list = root.child("L");
            for (int i = 0; i < notes.size(); i++) {
                Note note = notes.get(i);
                if (note.kind() != Note.Kind.LINK) continue;
                StructNode li = list.child("LI");
                StructNode p = li.child("LBody").child("P");
                String url = InlineFlattener.printable(note.url());
                StructNode node = url == null ? p : p.child("Link").alt(InlineFlattener.display(note.url()));
                List<Span> spans = List.of(new Span(InlineFlattener.shown(note.url()), body.withSize(fs * 0.9f).withRgb(url == null ? Style.BLACK : InlineFlattener.LINK_RGB),
                        url, node, Span.Mode.URL));
                listEntry(li, (i + 1) + ".", spans, w, fs * 2.4f);
            }
        }
        if (notes.stream().anyMatch(x -> x.kind() == Note.Kind.FOOTNOTE && !footed.contains(x.id()))) {
            appendixHeading("Notes", w);
            StructNode list = root.child("L");
            for (int i = 0; i < notes.size(); i++) {
                Note note = notes.get(i);
                if (note.kind() != Note.Kind.FOOTNOTE || footed.contains(note.id())) continue;
                StructNode li = list.child("LI");
                StructNode lbl = li.child("Lbl");
                StructNode lbody = li.child("LBody");
                StructNode noteNode = lbody.child("Note").id("note-" + (i + 1));
                int at = flow.size();
                if (note.content().isEmpty()) flow.add(new Item(fs * 1.4f, fs * 0.4f, List.of()));
                else blocks(note.content(), fs * 2.4f, w - fs * 2.4f, noteNode, 1);
                if (flow.size() > at) addLabel(flow.get(at), (i + 1) + ".", fs * 2.4f, lbl);
            }
        }
        appendixHeading("Source", w);
        Metadata m = a.metadata();
        StructNode list = root.child("L");
        String url = m.url() == null ? null : InlineFlattener.printable(m.url());
        if (m.url() != null) sourceLine(list, "URL", InlineFlattener.shown(m.url()), url, w);
        String pub = m.publisher() != null ? m.publisher() : null;
        if (m.siteName() != null) pub = pub == null ? m.siteName() : (pub.equals(m.siteName()) ? pub : m.siteName() + " (" + pub + ")");
        if (pub != null) sourceLine(list, "Publisher", pub, null, w);
        if (m.published() != null) sourceLine(list, "Published", m.published(), null, w);
        if (m.modified() != null) sourceLine(list, "Modified", m.modified(), null, w);
        if (m.captured() != null) sourceLine(list, "Captured", m.captured(), null, w);
        sourceLine(list, "Converted", converted.toString(), null, w);
    }

    private void appendixHeading(String title, float w) {
        heading(2, List.of(new Inline.Text(title)), 0, w, root, false);
    }

    private void sourceLine(StructNode list, String label, String value, String link, float w) {
        StructNode li = list.child("LI");
        StructNode lbody = li.child("LBody");
        StructNode p = lbody.child("P");
        StructNode node = link == null ? p : p.child("Link").alt(label + ": " + value);
        Style vs = link == null ? body : body.withRgb(InlineFlattener.LINK_RGB);
        List<Span> spans = List.of(new Span(value, vs, link, node, link == null ? Span.Mode.PROSE : Span.Mode.URL));
        float indent = fs * 6.5f;
        int at = flow.size();
        para(spans, indent, w - indent, Typesetter.Align.LEFT, fs * 0.25f, 1.35f, false);
        if (flow.size() > at) {
            Style ls = body.withFace(Face.SERIF_BOLD);
            float baseline = fs;
            for (Op op : flow.get(at).ops()) if (op instanceof Op.Text t) { baseline = t.baseline(); break; }
            StructNode lbl = li.child("Lbl");
            flow.get(at).ops().add(0, new Op.Text(0, baseline, ls, List.of(new Op.Segment(label, 0)),
                    metrics.width(ls.face(), label, fs), null, lbl));
        }
    }

    private void listEntry(StructNode li, String label, List<Span> spans, float w, float indent) {
        int at = flow.size();
        StructNode lbl = li.child("Lbl");
        para(spans, indent, w - indent, Typesetter.Align.LEFT, fs * 0.3f, 1.35f, false);
        if (flow.size() > at) addLabel(flow.get(at), label, indent, lbl);
    }

    // package access for TableLayout
    /** The tallest a table row may be before it is sliced: most of a column, leaving room for a repeated header. */
    float maxRowHeight() { return (spec.bottom() - spec.marginTop()) * 0.7f; }
    FontMetrics metrics() { return metrics; }
    List<Item> flow() { return flow; }
    float fontSize() { return fs; }
    Style bodyStyle() { return body; }
    InlineFlattener flattener() { return flattener; }
}
