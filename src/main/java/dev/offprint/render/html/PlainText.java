package dev.offprint.render.html;

import dev.offprint.model.Block;
import dev.offprint.model.Inline;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The plain text of inlines and blocks, gathered with an explicit stack so that no nesting depth
 * can overflow the call stack. Used for outline entries, titles and for content nested deeper than
 * the renderer's markup depth limit.
 */
final class PlainText {

    private PlainText() {}

    static String of(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        Deque<Object> stack = new ArrayDeque<>();
        pushAll(stack, inlines);
        drain(stack, sb);
        return collapse(sb);
    }

    static String ofBlocks(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        Deque<Object> stack = new ArrayDeque<>();
        pushAll(stack, blocks);
        drain(stack, sb);
        return collapse(sb);
    }

    private static void pushAll(Deque<Object> stack, List<?> items) {
        for (int i = items.size() - 1; i >= 0; i--) stack.push(items.get(i));
    }

    private static void drain(Deque<Object> stack, StringBuilder sb) {
        while (!stack.isEmpty()) {
            Object o = stack.pop();
            if (o instanceof String s) {
                sb.append(s);
            } else if (o instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (o instanceof Inline.Code c) {
                sb.append(c.text());
            } else if (o instanceof Inline.Image i) {
                sb.append(i.alt());
            } else if (o instanceof Inline.LineBreak) {
                sb.append(' ');
            } else if (o instanceof Inline.Emphasis e) {
                pushAll(stack, e.content());
            } else if (o instanceof Inline.Strong s) {
                pushAll(stack, s.content());
            } else if (o instanceof Inline.Strikethrough s) {
                pushAll(stack, s.content());
            } else if (o instanceof Inline.Link l) {
                pushAll(stack, l.content());
            } else if (o instanceof Inline.Superscript s) {
                pushAll(stack, s.content());
            } else if (o instanceof Inline.Subscript s) {
                pushAll(stack, s.content());
            } else if (o instanceof Block.Heading h) {
                stack.push(" ");
                pushAll(stack, h.content());
            } else if (o instanceof Block.Paragraph p) {
                stack.push(" ");
                pushAll(stack, p.content());
            } else if (o instanceof Block.ListBlock l) {
                for (int i = l.items().size() - 1; i >= 0; i--) pushAll(stack, l.items().get(i));
            } else if (o instanceof Block.DefinitionList d) {
                for (int i = d.items().size() - 1; i >= 0; i--) {
                    Block.Definition def = d.items().get(i);
                    for (int j = def.definitions().size() - 1; j >= 0; j--) pushAll(stack, def.definitions().get(j));
                    stack.push(" ");
                    pushAll(stack, def.term());
                }
            } else if (o instanceof Block.Quote q) {
                stack.push(" ");
                pushAll(stack, q.attribution());
                pushAll(stack, q.content());
            } else if (o instanceof Block.Figure f) {
                stack.push(" ");
                pushAll(stack, f.caption());
                stack.push(f.alt() + " ");
            } else if (o instanceof Block.Table t) {
                for (int r = t.body().size() - 1; r >= 0; r--) pushRow(stack, t.body().get(r));
                for (int r = t.header().size() - 1; r >= 0; r--) pushRow(stack, t.header().get(r));
                stack.push(" ");
                pushAll(stack, t.caption());
            } else if (o instanceof Block.CodeBlock c) {
                stack.push(c.text() + " ");
            } else if (o instanceof Block.Embed e) {
                stack.push(e.title() + " " + e.url() + " ");
            }
            // NoteRef, CitationRef and Rule carry no text of their own
        }
    }

    private static void pushRow(Deque<Object> stack, Block.Row row) {
        for (int c = row.cells().size() - 1; c >= 0; c--) {
            stack.push(" ");
            pushAll(stack, row.cells().get(c).content());
        }
    }

    private static String collapse(StringBuilder sb) {
        return sb.toString().replaceAll("\\s+", " ").trim();
    }
}
