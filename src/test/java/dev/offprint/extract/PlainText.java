package dev.offprint.extract;

import dev.offprint.model.Block;
import dev.offprint.model.Inline;
import java.util.List;

/**
 * A minimal body-to-text writer following DESIGN.md's txt contract, for measuring extraction in
 * tests before (and independently of) the real txt renderer: one block per paragraph of lines, a
 * blank line between blocks, list items "- " / "1. ", table cells separated by tabs.
 */
final class PlainText {

    private PlainText() {}

    static String of(List<Block> body) {
        StringBuilder b = new StringBuilder();
        blocks(body, b, "", 0);
        return b.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static void blocks(List<Block> body, StringBuilder b, String indent, int depth) {
        for (Block x : body) {
            block(x, b, indent, depth);
        }
    }

    private static void block(Block x, StringBuilder b, String indent, int depth) {
        if (depth > 50) return;
        if (x instanceof Block.Paragraph p) line(b, indent, inl(p.content()));
        else if (x instanceof Block.Heading h) line(b, indent, inl(h.content()));
        else if (x instanceof Block.ListBlock l) {
            int n = l.start();
            for (List<Block> item : l.items()) {
                String marker = l.ordered() ? (n++) + ". " : "- ";
                StringBuilder sub = new StringBuilder();
                blocks(item, sub, "", depth + 1);
                String[] lines = sub.toString().strip().split("\n");
                boolean first = true;
                for (String ln : lines) {
                    if (ln.isBlank()) continue;
                    b.append(indent).append(first ? marker : "  ").append(ln).append('\n');
                    first = false;
                }
            }
            b.append('\n');
        } else if (x instanceof Block.Quote q) {
            blocks(q.content(), b, indent, depth + 1);
            if (!q.attribution().isEmpty()) line(b, indent, "\u2014 " + inl(q.attribution()));
        } else if (x instanceof Block.Figure f) {
            String cap = inl(f.caption());
            // Credits stay in the model but not in the measured text (trafilatura-dev counts them as boilerplate).
            String t = cap.strip();
            if (!t.isEmpty()) line(b, indent, t);
        } else if (x instanceof Block.Table t) {
            if (!t.caption().isEmpty()) line(b, indent, inl(t.caption()));
            StringBuilder rows = new StringBuilder();
            for (Block.Row r : t.header()) row(rows, r);
            for (Block.Row r : t.body()) row(rows, r);
            b.append(rows).append('\n');
        } else if (x instanceof Block.CodeBlock c) {
            b.append(c.text()).append("\n\n");
        } else if (x instanceof Block.DefinitionList d) {
            for (Block.Definition def : d.items()) {
                line(b, indent, inl(def.term()));
                for (List<Block> dd : def.definitions()) blocks(dd, b, indent, depth + 1);
            }
        } else if (x instanceof Block.Embed e) {
            // no text
        } else if (x instanceof Block.Rule) {
            // no text
        }
    }

    private static void row(StringBuilder b, Block.Row r) {
        StringBuilder line = new StringBuilder();
        for (Block.Cell c : r.cells()) {
            if (line.length() > 0) line.append('\t');
            line.append(inl(c.content()).replace('\n', ' '));
        }
        b.append(line).append('\n');
    }

    private static void line(StringBuilder b, String indent, String text) {
        if (text.isBlank()) return;
        b.append(indent).append(text).append("\n\n");
    }

    static String inl(List<Inline> l) {
        StringBuilder b = new StringBuilder();
        for (Inline i : l) {
            if (i instanceof Inline.Text t) b.append(t.text());
            else if (i instanceof Inline.Code c) b.append(c.text());
            else if (i instanceof Inline.LineBreak) b.append('\n');
            else if (i instanceof Inline.Image im) b.append(im.alt());
            else if (i instanceof Inline.NoteRef || i instanceof Inline.CitationRef) continue;
            else b.append(inl(InlineBuilder.children(i)));
        }
        return b.toString();
    }
}
