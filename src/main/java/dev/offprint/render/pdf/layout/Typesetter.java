package dev.offprint.render.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets inline spans into lines of a given measure: normalises text (controls, tabs, zero-width and
 * invisible characters), picks a face for every code point along a fallback chain (substituting a
 * visible glyph when no face has one, and counting it), turns the text into boxes, glue and
 * penalties, breaks them into lines and builds positioned runs. No line is ever wider than the
 * measure: a box wider than the measure is split at character boundaries first.
 */
public final class Typesetter {

    /** How lines are aligned. */
    public enum Align { JUSTIFY, LEFT, CENTER }

    /** The visible stand-in drawn for a character that no face has. */
    static final int SUBSTITUTE = 0xFFFD;
    static final int INFINITE = 10000;
    /** The stretch between two ideographs, in ems. */
    static final float IDEO_STRETCH = 0.04f;

    private final FontMetrics metrics;
    private final Hyphenator hyphenator;
    private int substituted;
    private int rightToLeft;

    /** The document's direction is right to left (every paragraph then is). */
    private boolean documentRtl;
    /** The direction of the paragraph being set: the document's, or its first strong letter's. */
    private boolean paragraphRtl;

    /** Sets the document's direction ("rtl" from the article's metadata). */
    public Typesetter rightToLeft(boolean rtl) {
        this.documentRtl = rtl;
        return this;
    }

    public Typesetter(FontMetrics metrics, Hyphenator hyphenator) {
        this.metrics = metrics;
        this.hyphenator = hyphenator;
    }

    /** How many characters were drawn as a substitute glyph so far. */
    public int substituted() { return substituted; }

    /** How many right-to-left letters were set so far (printed in logical order: no bidi reordering or shaping). */
    public int rightToLeft() { return rightToLeft; }

    public FontMetrics metrics() { return metrics; }

    /** Sets {@code spans} into lines no wider than {@code measure}, hyphenating justified text only. */
    public List<TextLine> set(List<Span> spans, float measure, Align align) {
        return set(spans, measure, align, align == Align.JUSTIFY);
    }

    /** Sets {@code spans} into lines no wider than {@code measure}; {@code hyphenate} allows pattern hyphenation. */
    public List<TextLine> set(List<Span> spans, float measure, Align align, boolean hyphenate) {
        measure = Math.max(measure, 1f);
        paragraphRtl = baseRtl(spans);
        List<Elem> elems = new Builder(measure, hyphenate).build(spans);
        List<int[]> breaks = LineBreaker.breakLines(elems, measure, align == Align.JUSTIFY);
        List<TextLine> lines = new ArrayList<>(breaks.size());
        for (int[] b : breaks) lines.add(line(elems, b[0], b[1], measure, align, b[2] == 1));
        return lines;
    }

    // ---------------------------------------------------------------- elements

    /** A Knuth–Plass element: a box of text, glue (a space), or a penalty (a break opportunity). */
    static final class Elem {
        static final byte BOX = 0, GLUE = 1, PENALTY = 2;
        final byte kind;
        final String text;
        final Style style;
        final String link;
        final StructNode node;
        final float width;
        final float stretch;
        final float shrink;
        final int penalty;
        final boolean flagged;
        Span.InlineImage image;
        /** A break between ideographs: no width, a little stretch, so CJK lines justify flush. */
        boolean ideo;

        Elem(byte kind, String text, Style style, String link, StructNode node, float width,
             float stretch, float shrink, int penalty, boolean flagged) {
            this.kind = kind;
            this.text = text;
            this.style = style;
            this.link = link;
            this.node = node;
            this.width = width;
            this.stretch = stretch;
            this.shrink = shrink;
            this.penalty = penalty;
            this.flagged = flagged;
        }

        boolean box() { return kind == BOX; }
        boolean glue() { return kind == GLUE; }
        boolean penalty() { return kind == PENALTY; }
        boolean forced() { return kind == PENALTY && penalty <= -INFINITE; }
    }

    /** Turns spans into elements. */
    private final class Builder {
        private final float measure;
        private final List<Elem> out = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private Face wordFace;
        private Span span;
        private int column;          // for tab stops in code
        private int prevCp = -1;
        private boolean pendingBreak; // a break opportunity after the previous char, taken if the next one allows

        private final boolean hyphenate;
        /** Width of the boxes since the last break opportunity (glue or penalty). */
        private float unbroken;

        Builder(float measure, boolean hyphenate) {
            this.measure = measure;
            this.hyphenate = hyphenate;
        }

        List<Elem> build(List<Span> spans) {
            for (Span s : spans) {
                flush();
                span = s;
                if (s.mode() == Span.Mode.BREAK) { forcedBreak(); continue; }
                if (s.mode() == Span.Mode.IMAGE && s.image() != null) {
                    Span.InlineImage im = s.image();
                    float w = Math.min(im.width(), measure);
                    float h = im.width() > 0 ? im.height() * w / im.width() : im.height();
                    Elem e = new Elem(Elem.BOX, "", s.style(), s.link(), s.node(), w, 0, 0, 0, false);
                    e.image = new Span.InlineImage(im.src(), w, h);
                    if (unbroken > 0 && unbroken + w > measure) {
                        out.add(new Elem(Elem.PENALTY, "", s.style(), s.link(), s.node(), 0, 0, 0, 200, false));
                        unbroken = 0;
                    }
                    out.add(e);
                    unbroken += w;
                    continue;
                }
                // Arabic letters take their joined forms first (the PDF draws code points as they are)
                String t = ArabicShaping.shape(s.text());
                for (int i = 0; i < t.length(); ) {
                    int cp = t.codePointAt(i);
                    i += Character.charCount(cp);
                    if (cp == '\r' && i < t.length() && t.charAt(i) == '\n') continue; // CRLF is one break
                    accept(cp);
                }
                flush();
            }
            flush();
            // strip trailing glue and finish with the paragraph end: fill glue and a forced break
            while (!out.isEmpty() && (out.get(out.size() - 1).glue())) out.remove(out.size() - 1);
            if (span == null) span = new Span("", new Style(Face.SERIF, 10, 0, 0, false), null, null, Span.Mode.PROSE);
            out.add(new Elem(Elem.GLUE, "", span.style(), null, null, 0, 1e6f, 0, 0, false));
            out.add(new Elem(Elem.PENALTY, "", span.style(), null, null, 0, 0, 0, -INFINITE, false));
            return out;
        }

        private void accept(int cp) {
            Span.Mode mode = span.mode();
            if (cp == 0x2028 || cp == 0x2029 || (mode == Span.Mode.CODE && (cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C))) {
                flush();
                forcedBreak();
                return;
            }
            if (cp == '\t' && mode == Span.Mode.CODE) {
                int n = 4 - (column % 4);
                for (int k = 0; k < n; k++) accept(' ');
                return;
            }
            if (isSpace(cp)) {
                if (mode == Span.Mode.CODE) {
                    appendChar(' ', span.style().face());
                    column++;
                    // a break opportunity after a run of spaces
                    pendingBreak = true;
                    prevCp = ' ';
                    return;
                }
                flush();
                glue();
                prevCp = ' ';
                return;
            }
            if (cp == 0x200B) { flush(); penalty(0, 0, false); return; }
            if (cp == 0x00AD) {
                if (word.length() > 0) { flush(); hyphenPenalty(); }
                return;
            }
            if (invisible(cp)) return;
            if (pendingBreak && mode == Span.Mode.CODE && cp != ' ') {
                flush();
                penalty(0, 0, false);
                pendingBreak = false;
            }
            if (pendingBreak && mode == Span.Mode.URL) {
                if (!urlBreakAfter(cp)) { flush(); penalty(0, 50, false); }
                pendingBreak = false;
            }
            if (pendingBreak && mode == Span.Mode.PROSE) {
                if (Character.isLetterOrDigit(cp)) { flush(); penalty(0, 50, false); }
                pendingBreak = false;
            }
            if (rtlLetter(Character.getDirectionality(cp))) rightToLeft++;
            // CJK line breaking (kinsoku): a closing bracket, a stop or a small kana never starts a
            // line, so the break opportunity left after the previous ideograph is withdrawn
            if (word.length() == 0 && noLineStart(cp) && !out.isEmpty()) {
                Elem last = out.get(out.size() - 1);
                if ((last.penalty() && !last.forced() && last.penalty == 0 && last.width == 0 && !last.flagged) || last.ideo) out.remove(out.size() - 1);
            }
            boolean ideo = ideographic(cp) && !noLineStart(cp);
            // ...nor does an opening bracket or quote end one: no break after it
            if (ideo && word.length() > 0 && !noLineEnd(prevCp)) { flush(); ideoBreak(); }
            Face face = faceFor(cp);
            if (face == null) {
                substituted++;
                String original = new String(Character.toChars(cp));
                cp = SUBSTITUTE;
                face = faceFor(cp);
                if (face == null) { cp = '?'; face = span.style().face(); }
                if (span.node() != null) {
                    // the stand-in is drawn inside a Span whose ActualText is the real character,
                    // so assistive technology reads what the page said (PDF/UA)
                    flushPiece();
                    box(new String(Character.toChars(cp)), face, span.node().child("Span").actualText(original));
                    column++;
                    if (ideo) ideoBreak();
                    prevCp = cp;
                    return;
                }
            }
            appendChar(cp, face);
            column++;
            if (ideo) { flush(); ideoBreak(); }
            else if (mode == Span.Mode.URL && urlBreakAfter(cp)) pendingBreak = true;
            else if (mode == Span.Mode.PROSE && isDash(cp) && Character.isLetterOrDigit(prevCp)) pendingBreak = true;
            prevCp = cp;
        }

        private void appendChar(int cp, Face face) {
            if (wordFace != null && face != wordFace) flushPiece();
            wordFace = face;
            word.appendCodePoint(cp);
        }

        /** Emits the pending text as one or more boxes; hyphenates single-face prose words. */
        private void flush() {
            if (word.length() == 0) return;
            if (hyphenate && span.mode() == Span.Mode.PROSE && wordFace == span.style().face() && word.length() >= 5) {
                String w = word.toString();
                int[] pts = hyphenator.points(w);
                if (pts.length > 0) {
                    int from = 0;
                    for (int p : pts) {
                        if (p <= from || p >= w.length()) continue;
                        box(w.substring(from, p), wordFace);
                        hyphenPenalty();
                        from = p;
                    }
                    box(w.substring(from), wordFace);
                    word.setLength(0);
                    wordFace = null;
                    return;
                }
            }
            flushPiece();
        }

        private void flushPiece() {
            if (word.length() == 0) return;
            box(word.toString(), wordFace);
            word.setLength(0);
            wordFace = null;
        }

        /** Adds a box, split at character boundaries if wider than the measure (never an overfull line). */
        private void box(String text, Face face) {
            box(text, face, span.node());
        }

        private void box(String text, Face face, StructNode node) {
            Style st = span.style().withFace(face);
            float w = metrics.width(face, text, st.size());
            // boxes that touch (a word in two faces, a link followed by punctuation, "doi:" and a
            // DOI without a space) form one unbreakable run; when the run would outgrow the measure,
            // an emergency break between the boxes keeps every line within it
            if (unbroken > 0 && unbroken + w > measure) {
                out.add(new Elem(Elem.PENALTY, "", st, span.link(), node, 0, 0, 0, 200, false));
                unbroken = 0;
            }
            if (w <= measure) {
                out.add(new Elem(Elem.BOX, text, st, span.link(), node, w, 0, 0, 0, false));
                unbroken += w;
                return;
            }
            int start = 0;
            float acc = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int n = Character.charCount(cp);
                float cw = metrics.advance(face, cp) * st.size();
                if (acc + cw > measure && i > start) {
                    String piece = text.substring(start, i);
                    out.add(new Elem(Elem.BOX, piece, st, span.link(), node, acc, 0, 0, 0, false));
                    out.add(new Elem(Elem.PENALTY, "", st, span.link(), node, 0, 0, 0, 200, false));
                    start = i;
                    acc = 0;
                }
                acc += cw;
                i += n;
            }
            out.add(new Elem(Elem.BOX, text.substring(start), st, span.link(), node, acc, 0, 0, 0, false));
            unbroken = acc;
        }

        private void glue() {
            unbroken = 0;
            if (!out.isEmpty() && out.get(out.size() - 1).ideo) out.remove(out.size() - 1); // a real space replaces it
            if (!out.isEmpty() && out.get(out.size() - 1).glue()) return;
            if (out.isEmpty() || out.get(out.size() - 1).forced()) return; // no space at a line start
            Style st = span.style();
            Face f = st.face();
            float w = metrics.advance(f, ' ') * st.size();
            out.add(new Elem(Elem.GLUE, " ", st, span.link(), span.node(), w, w / 2, w / 3, 0, false));
        }

        /**
         * A break opportunity after an ideograph (CJK text breaks between any two characters). It
         * is glue, not a penalty: zero width with a small stretch, so justified lines spread the
         * characters evenly to the right margin as CJK typesetting does, instead of every line
         * without a space being equally "underfull" (a half-empty first line cost no more than a
         * full one). The stretch is small enough that text extraction never sees a space.
         */
        private void ideoBreak() {
            unbroken = 0;
            Style st = span.style();
            Elem g = new Elem(Elem.GLUE, "", st, span.link(), span.node(), 0, st.size() * IDEO_STRETCH, 0, 0, false);
            g.ideo = true;
            out.add(g);
        }

        private void penalty(float width, int cost, boolean flagged) {
            unbroken = 0;
            out.add(new Elem(Elem.PENALTY, "", span.style(), span.link(), span.node(), width, 0, 0, cost, flagged));
        }

        private void hyphenPenalty() {
            unbroken = 0;
            Style st = span.style();
            out.add(new Elem(Elem.PENALTY, "-", st, span.link(), span.node(), metrics.advance(st.face(), '-') * st.size(), 0, 0, 50, true));
        }

        private void forcedBreak() {
            unbroken = 0;
            while (!out.isEmpty() && out.get(out.size() - 1).glue()) out.remove(out.size() - 1);
            Style st = span.style();
            out.add(new Elem(Elem.GLUE, "", st, null, null, 0, 1e6f, 0, 0, false));
            out.add(new Elem(Elem.PENALTY, "", st, null, span.node(), 0, 0, 0, -INFINITE, false));
            column = 0;
            pendingBreak = false;
            prevCp = -1;
        }

        private Face faceFor(int cp) {
            Face f = span.style().face();
            if (metrics.covers(f, cp)) return f;
            for (Face alt : fallbacks(f)) if (metrics.covers(alt, cp)) return alt;
            return null;
        }
    }

    /** The faces tried, in order, when a face lacks a glyph: same style in the other families, the regular faces, then the fallback font. */
    static Face[] fallbacks(Face f) {
        return new Face[] {
            f.withFamily(Face.Family.SANS), f.withFamily(Face.Family.SERIF), f.withFamily(Face.Family.MONO),
            Face.SANS, Face.SERIF, Face.MONO, Face.SANS_BOLD, Face.FALLBACK };
    }

    static boolean isSpace(int cp) {
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C) return true;
        if (cp == 0x00A0 || cp == 0x2007 || cp == 0x202F) return false; // no-break spaces stay boxes
        return Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    /** Characters that draw nothing and that fonts reject: dropped (zero-width joiners, bidi controls, variation selectors, controls, unassigned). */
    static boolean invisible(int cp) {
        if (cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x200E || cp == 0x200F || cp == 0x061C) return true;
        if (cp >= 0x202A && cp <= 0x202E) return true;
        if (cp >= 0x2066 && cp <= 0x2069) return true;
        if (cp >= 0xFE00 && cp <= 0xFE0F) return true;
        if (cp >= 0xE0100 && cp <= 0xE01EF) return true;
        if (cp >= 0xE0000 && cp <= 0xE007F) return true;
        if (cp == 0xFFFE || cp == 0xFFFF) return true;
        int t = Character.getType(cp);
        return t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE || t == Character.UNASSIGNED;
    }

    static boolean ideographic(int cp) {
        Character.UnicodeScript s;
        try { s = Character.UnicodeScript.of(cp); } catch (IllegalArgumentException e) { return false; }
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || (cp >= 0x1F300 && cp <= 0x1FAFF);
    }

    /** Characters that must not begin a line in CJK text: closing punctuation, stops, small kana, the prolonged sound mark. */
    static boolean noLineStart(int cp) {
        int t = Character.getType(cp);
        if (t == Character.END_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION) return true;
        // ... and the full-width greater-than sign, which CJK pages use as a closing bracket (＜...＞)
        return "\u3001\u3002\uFF0C\uFF0E\uFF01\uFF1F\uFF1A\uFF1B\u30FB\u30FC\u3005\u2026\u2025\u309D\u309E\u30FD\u30FE\uFF1E"
                .indexOf(cp) >= 0
                || "\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308E\u30A1\u30A3\u30A5\u30A7\u30A9\u30C3\u30E3\u30E5\u30E7\u30EE\u30F5\u30F6"
                .indexOf(cp) >= 0;
    }

    /** Characters that must not end a line in CJK text: opening brackets and quotes. */
    static boolean noLineEnd(int cp) {
        if (cp < 0) return false;
        int t = Character.getType(cp);
        return t == Character.START_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION || cp == 0xFF1C; // ＜ opens like a bracket
    }

    static boolean isDash(int cp) { return cp == '-' || cp == 0x2010 || cp == 0x2013 || cp == 0x2014; }

    /** URLs break after these (never inside {@code //}). */
    static boolean urlBreakAfter(int cp) {
        return cp == '/' || cp == '.' || cp == '-' || cp == '?' || cp == '&' || cp == '=' || cp == '_' || cp == '#';
    }

    // ---------------------------------------------------------------- lines

    private TextLine line(List<Elem> elems, int start, int end, float measure, Align align, boolean last) {
        // skip discardable items at the line start
        while (start < end && !elems.get(start).box()) start++;
        Elem brk = end < elems.size() ? elems.get(end) : null;
        boolean hyphen = brk != null && brk.penalty() && brk.flagged;
        float natural = 0, stretch = 0, shrink = 0;
        int lastBox = end - 1;
        while (lastBox >= start && !elems.get(lastBox).box()) lastBox--;
        for (int i = start; i <= lastBox; i++) {
            Elem e = elems.get(i);
            if (e.box()) natural += e.width;
            else if (e.glue()) { natural += e.width; stretch += e.stretch; shrink += e.shrink; }
        }
        if (hyphen) natural += brk.width;
        float ratio = 0;
        if (natural > measure && shrink > 0) {
            // total fit may shrink any line, the last one too
            ratio = Math.max((measure - natural) / shrink, -1f);
        } else if (align == Align.JUSTIFY && !last && natural < measure && stretch > 0) {
            ratio = Math.min((measure - natural) / stretch, 3f);
        }
        List<Op.Text> runs = new ArrayList<>();
        RunBuilder rb = null;
        float x = 0;
        List<Op.Image> images = new ArrayList<>();
        float imageTop = 0;
        Visual visual = visualOrder(elems, start, lastBox);
        int[] order = visual == null ? null : visual.order();
        for (int k = start; k <= lastBox; k++) {
            int i = order == null ? k : order[k - start];
            Elem e = elems.get(i);
            if (e.box() && e.image != null) {
                if (rb != null) runs.add(rb.build());
                rb = null;
                images.add(new Op.Image(x, -e.image.height(), e.image.width(), e.image.height(), e.image.src(), e.node));
                imageTop = Math.max(imageTop, e.image.height());
                x += e.width;
            } else if (e.box()) {
                if (rb == null || !rb.matches(e)) {
                    if (rb != null) runs.add(rb.build());
                    rb = new RunBuilder(x, e);
                }
                // a unit the bidi algorithm set right to left (odd level) is drawn reversed with its brackets mirrored:
                // an R word, and also a bracket or other neutral standing alone between right-to-left words
                rb.text(visual != null && visual.rightToLeft(i - start) ? mirrored(e.text) : e.text, e.width);
                x += e.width;
            } else if (e.glue()) {
                float w = e.width + (ratio >= 0 ? ratio * e.stretch : ratio * e.shrink);
                if (rb != null && !e.text.isEmpty()) {
                    float sw = metrics.advance(rb.style.face(), ' ') * rb.style.size();
                    rb.space(sw, w - sw);
                } else if (rb != null && e.ideo) {
                    rb.gap(w);
                }
                x += w;
            }
        }
        if (hyphen) {
            if (rb != null) rb.text("-", metrics.advance(rb.style.face(), '-') * rb.style.size());
            x += brk.width;
        }
        if (rb != null) runs.add(rb.build());
        float asc = 0, desc = 0;
        for (Op.Text r : runs) {
            Style s = r.style();
            asc = Math.max(asc, metrics.ascent(s.face()) * s.size() + s.rise());
            desc = Math.max(desc, metrics.descent(s.face()) * s.size() - s.rise());
        }
        asc = Math.max(asc, imageTop);
        if (runs.isEmpty() && images.isEmpty()) {
            Style s = elems.get(Math.min(end, elems.size() - 1)).style;
            asc = metrics.ascent(s.face()) * s.size();
            desc = metrics.descent(s.face()) * s.size();
        }
        float shift = 0;
        if (align == Align.CENTER) shift = Math.max(0, (measure - x) / 2);
        // a right-to-left paragraph's lines that are not justified sit against the right margin
        else if (paragraphRtl && (align == Align.LEFT || last)) shift = Math.max(0, measure - x);
        if (shift != 0) {
            List<Op.Text> moved = new ArrayList<>(runs.size());
            for (Op.Text r : runs) moved.add((Op.Text) Ops.shift(r, shift, 0));
            runs = moved;
            List<Op.Image> movedImages = new ArrayList<>(images.size());
            for (Op.Image im : images) movedImages.add((Op.Image) Ops.shift(im, shift, 0));
            images = movedImages;
        }
        return new TextLine(runs, images, asc, desc, x);
    }

    // ---------------------------------------------------------------- bidi

    /** Whether a bidi class {@code d} is a right-to-left letter's (Hebrew R or Arabic AL). */
    private static boolean rtlLetter(byte d) {
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** A paragraph is right to left in a right-to-left document, or when its first strong letter is (as dir=auto). */
    private boolean baseRtl(List<Span> spans) {
        if (documentRtl) return true;
        for (Span sp : spans) {
            String t = sp.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                byte d = Character.getDirectionality(cp);
                if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) return false;
                if (rtlLetter(d)) return true;
            }
        }
        return false;
    }

    /**
     * The order in which the elements [start, end] are drawn from left to right, by the Unicode
     * bidirectional algorithm ({@link java.text.Bidi}) at the paragraph's direction; null when it
     * is the logical order (no right-to-left letter, in a left-to-right paragraph). Words are
     * the units reordered; a unit at an odd level has its letters drawn reversed ({@link #mirrored}).
     */
    private Visual visualOrder(List<Elem> elems, int start, int end) {
        int n = end - start + 1;
        if (n <= 0) return null;
        StringBuilder text = new StringBuilder();
        int[] at = new int[n];
        boolean any = false;
        for (int k = 0; k < n; k++) {
            Elem e = elems.get(start + k);
            at[k] = text.length();
            if (e.box() && e.image != null) text.append('\uFFFC');
            else if (e.box() && !e.text.isEmpty()) {
                // a box is one unit: its first strong letter (or, without one, its first character) speaks for it
                int strong = -1;
                for (int i = 0; i < e.text.length() && strong < 0; ) {
                    int cp = e.text.codePointAt(i);
                    i += Character.charCount(cp);
                    byte d = Character.getDirectionality(cp);
                    if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT || rtlLetter(d)
                            || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER || d == Character.DIRECTIONALITY_ARABIC_NUMBER) strong = cp;
                }
                int cp = strong >= 0 ? strong : e.text.codePointAt(0);
                any |= rtlLetter(Character.getDirectionality(cp));
                text.appendCodePoint(cp);
            } else if (e.glue() && !e.text.isEmpty()) text.append(' ');
            else text.append('\u200B');
        }
        if (!any && !paragraphRtl) return null;
        java.text.Bidi bidi = new java.text.Bidi(text.toString(),
                paragraphRtl ? java.text.Bidi.DIRECTION_RIGHT_TO_LEFT : java.text.Bidi.DIRECTION_LEFT_TO_RIGHT);
        byte[] levels = new byte[n];
        Integer[] objects = new Integer[n];
        for (int k = 0; k < n; k++) {
            levels[k] = (byte) bidi.getLevelAt(at[k]);
            objects[k] = start + k;
        }
        java.text.Bidi.reorderVisually(levels, 0, objects, 0, n);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) order[k] = objects[k];
        return new Visual(order, levels); // reorderVisually reads the levels, it does not reorder them
    }

    /** A line's drawing order ({@code order}: element indexes, left to right) and each unit's bidi level, by its logical offset from the line's start. */
    private record Visual(int[] order, byte[] level) {
        boolean rightToLeft(int offset) {
            return (level[offset] & 1) == 1;
        }
    }

    /** A right-to-left word as drawn left to right: its characters reversed (marks stay after their letter), brackets mirrored. */
    static String mirrored(String word) {
        int[] cps = word.codePoints().toArray();
        StringBuilder out = new StringBuilder(word.length());
        int i = cps.length - 1;
        while (i >= 0) {
            // a letter and the marks that follow it stay together, letter first
            int j = i;
            while (j > 0 && Character.getType(cps[j]) == Character.NON_SPACING_MARK) j--;
            for (int k = j; k <= i; k++) out.appendCodePoint(k == j ? mirror(cps[k]) : cps[k]);
            i = j - 1;
        }
        return out.toString();
    }

    private static int mirror(int cp) {
        if (!Character.isMirrored(cp)) return cp;
        String pairs = "()[]{}<>\u00AB\u00BB\u2039\u203A";
        int i = pairs.indexOf(cp);
        return i < 0 ? cp : pairs.charAt(i ^ 1);
    }

    /** Accumulates one run: consecutive boxes (and the spaces between them) with the same style, link and node. */
    private static final class RunBuilder {
        final float x;
        final Style style;
        final String link;
        final StructNode node;
        final List<Op.Segment> segs = new ArrayList<>();
        final StringBuilder cur = new StringBuilder();
        float width;

        RunBuilder(float x, Elem e) {
            this.x = x;
            this.style = e.style;
            this.link = e.link;
            this.node = e.node;
        }

        boolean matches(Elem e) {
            return e.style.equals(style) && java.util.Objects.equals(e.link, link) && e.node == node;
        }

        void text(String t, float w) { cur.append(t); width += w; }

        /** Extra room between two characters (justified CJK), drawn as a displacement, not a space. */
        void gap(float extra) {
            if (Math.abs(extra) <= 0.01f) return;
            width += extra;
            if (cur.length() == 0 && !segs.isEmpty()) {
                Op.Segment last = segs.remove(segs.size() - 1);
                segs.add(new Op.Segment(last.text(), last.extra() + extra));
            } else {
                segs.add(new Op.Segment(cur.toString(), extra));
                cur.setLength(0);
            }
        }

        void space(float spaceWidth, float extra) {
            cur.append(' ');
            width += spaceWidth + extra;
            if (Math.abs(extra) > 0.01f) {
                segs.add(new Op.Segment(cur.toString(), extra));
                cur.setLength(0);
            }
        }

        Op.Text build() {
            if (cur.length() > 0) segs.add(new Op.Segment(cur.toString(), 0));
            // a trailing space inside a run (before a style change) is kept: it separates words when extracted
            return new Op.Text(x, 0, style, segs, width, link, node);
        }
    }
}
