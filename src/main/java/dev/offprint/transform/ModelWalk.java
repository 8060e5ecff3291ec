package dev.offprint.transform;

import dev.offprint.model.Block;
import dev.offprint.model.Block.*;
import dev.offprint.model.Inline;
import dev.offprint.model.Inline.*;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks over the model shared by the transforms: an iterative pre-order visit, plain text of
 * inlines, and a depth-bounded bottom-up rewriter.
 *
 * <p>Why bounded: jsoup caps the DOM at 512 levels, so an extracted article is never deeper than
 * that, but a model built by other code can be (HOSTILE.md H22). The rewriter recurses; below
 * {@link #MAX_DEPTH} nesting levels it leaves a subtree exactly as it found it instead of
 * overflowing the stack. The visits are iterative and see everything.
 */
final class ModelWalk {

    /** Container nesting the rewriter descends into; deeper subtrees are kept unchanged. */
    static final int MAX_DEPTH = 512;

    private ModelWalk() {}

    /** Visits every block and inline under {@code blocks} in document order, without recursion. */
    static void forEachNode(List<Block> blocks, Consumer<Object> visitor) {
        Deque<Object> todo = new ArrayDeque<>();
        pushAll(todo, blocks);
        while (!todo.isEmpty()) {
            Object node = todo.pop();
            visitor.accept(node);
            pushAll(todo, children(node));
        }
    }

    /** Pushes {@code nodes} so that the first is popped first. */
    private static void pushAll(Deque<Object> todo, List<?> nodes) {
        for (int i = nodes.size() - 1; i >= 0; i--) todo.push(nodes.get(i));
    }

    /** The direct children of a block or inline, in document order. */
    static List<Object> children(Object node) {
        List<Object> out = new ArrayList<>();
        if (node instanceof Heading h) out.addAll(h.content());
        else if (node instanceof Paragraph p) out.addAll(p.content());
        else if (node instanceof ListBlock l) l.items().forEach(out::addAll);
        else if (node instanceof DefinitionList d) {
            for (Definition def : d.items()) {
                out.addAll(def.term());
                def.definitions().forEach(out::addAll);
            }
        } else if (node instanceof Quote q) {
            out.addAll(q.content());
            out.addAll(q.attribution());
        } else if (node instanceof Figure f) {
            out.addAll(f.caption());
            out.addAll(f.credit());
        } else if (node instanceof Table t) {
            out.addAll(t.caption());
            for (Row r : t.header()) r.cells().forEach(c -> out.addAll(c.content()));
            for (Row r : t.body()) r.cells().forEach(c -> out.addAll(c.content()));
        } else if (node instanceof Emphasis e) out.addAll(e.content());
        else if (node instanceof Strong s) out.addAll(s.content());
        else if (node instanceof Strikethrough s) out.addAll(s.content());
        else if (node instanceof Superscript s) out.addAll(s.content());
        else if (node instanceof Subscript s) out.addAll(s.content());
        else if (node instanceof Link l) out.addAll(l.content());
        return out;
    }

    /** The text a reader sees in {@code inlines}: text, code and image alt; line breaks as spaces. */
    static String plainText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        Deque<Object> todo = new ArrayDeque<>();
        pushAll(todo, inlines);
        while (!todo.isEmpty()) {
            Object node = todo.pop();
            if (node instanceof Text t) sb.append(t.text());
            else if (node instanceof Code c) sb.append(c.text());
            else if (node instanceof Inline.Image i) sb.append(i.alt());
            else if (node instanceof LineBreak) sb.append(' ');
            pushAll(todo, children(node));
        }
        return sb.toString();
    }

    /**
     * A bottom-up rebuild of blocks and inlines. Subclasses override the hooks; every hook sees
     * its node with the children already rewritten. Blocks are visited in document order.
     */
    abstract static class Rewriter {

        /** Called with each list of inlines after its members were rewritten. */
        protected List<Inline> onInlines(List<Inline> inlines) { return inlines; }

        /** Called with each heading after its content was rewritten. */
        protected Block onHeading(Heading heading) { return heading; }

        final List<Block> blocks(List<Block> blocks) { return blocks(blocks, 0); }

        private List<Block> blocks(List<Block> blocks, int depth) {
            if (depth > MAX_DEPTH) return blocks;
            List<Block> out = new ArrayList<>(blocks.size());
            for (Block b : blocks) out.add(block(b, depth + 1));
            return out;
        }

        private List<List<Block>> blockLists(List<List<Block>> lists, int depth) {
            List<List<Block>> out = new ArrayList<>(lists.size());
            for (List<Block> l : lists) out.add(blocks(l, depth));
            return out;
        }

        final List<Inline> inlines(List<Inline> inlines) { return inlines(inlines, 0); }

        private List<Inline> inlines(List<Inline> inlines, int depth) {
            if (depth > MAX_DEPTH) return inlines;
            List<Inline> out = new ArrayList<>(inlines.size());
            for (Inline i : inlines) out.add(inline(i, depth + 1));
            return onInlines(out);
        }

        private List<Row> rows(List<Row> rows, int depth) {
            List<Row> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                List<Cell> cells = new ArrayList<>(r.cells().size());
                for (Cell c : r.cells()) cells.add(new Cell(inlines(c.content(), depth), c.header(), c.colspan(), c.rowspan()));
                out.add(new Row(cells));
            }
            return out;
        }

        private Block block(Block b, int depth) {
            return b.accept(new Block.Visitor<Block>() {
                public Block heading(Heading h) { return onHeading(new Heading(h.level(), inlines(h.content(), depth), h.id())); }
                public Block paragraph(Paragraph p) { return new Paragraph(inlines(p.content(), depth)); }
                public Block listBlock(ListBlock l) { return new ListBlock(l.ordered(), l.start(), blockLists(l.items(), depth)); }
                public Block definitionList(DefinitionList d) {
                    List<Definition> items = new ArrayList<>(d.items().size());
                    for (Definition def : d.items()) items.add(new Definition(inlines(def.term(), depth), blockLists(def.definitions(), depth)));
                    return new DefinitionList(items);
                }
                public Block quote(Quote q) { return new Quote(blocks(q.content(), depth), inlines(q.attribution(), depth)); }
                public Block figure(Figure f) {
                    return new Figure(f.src(), f.alt(), f.width(), f.height(), inlines(f.caption(), depth), inlines(f.credit(), depth));
                }
                public Block table(Table t) { return new Table(inlines(t.caption(), depth), rows(t.header(), depth), rows(t.body(), depth)); }
                public Block codeBlock(CodeBlock c) { return c; }
                public Block embed(Embed e) { return e; }
                public Block rule(Rule r) { return r; }
            });
        }

        private Inline inline(Inline i, int depth) {
            return i.accept(new Inline.Visitor<Inline>() {
                public Inline text(Text t) { return t; }
                public Inline emphasis(Emphasis e) { return new Emphasis(inlines(e.content(), depth)); }
                public Inline strong(Strong s) { return new Strong(inlines(s.content(), depth)); }
                public Inline strikethrough(Strikethrough s) { return new Strikethrough(inlines(s.content(), depth)); }
                public Inline code(Code c) { return c; }
                public Inline link(Link l) { return new Link(l.target(), l.title(), inlines(l.content(), depth)); }
                public Inline image(Inline.Image im) { return im; }
                public Inline lineBreak(LineBreak b) { return b; }
                public Inline superscript(Superscript s) { return new Superscript(inlines(s.content(), depth)); }
                public Inline subscript(Subscript s) { return new Subscript(inlines(s.content(), depth)); }
                public Inline noteRef(NoteRef n) { return n; }
                public Inline citationRef(CitationRef c) { return c; }
            });
        }
    }
}
