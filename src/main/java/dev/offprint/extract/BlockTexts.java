package dev.offprint.extract;

import dev.offprint.model.Block;
import dev.offprint.model.Inline;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Visits every inline of a list of blocks, iteratively (the model can be deep too). */
final class BlockTexts {

    private BlockTexts() {}

    static void visit(List<Block> blocks, Consumer<Inline> visitor) {
        Deque<Object> todo = new ArrayDeque<>();
        for (int i = blocks.size() - 1; i >= 0; i--) todo.push(blocks.get(i));
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o instanceof Inline in) {
                visitor.accept(in);
                pushAll(todo, InlineBuilder.children(in));
            } else if (o instanceof Block.Heading h) pushAll(todo, h.content());
            else if (o instanceof Block.Paragraph p) pushAll(todo, p.content());
            else if (o instanceof Block.ListBlock l) { for (int i = l.items().size() - 1; i >= 0; i--) pushAll(todo, l.items().get(i)); }
            else if (o instanceof Block.Quote q) { pushAll(todo, q.attribution()); pushAll(todo, q.content()); }
            else if (o instanceof Block.DefinitionList d) {
                for (int i = d.items().size() - 1; i >= 0; i--) {
                    Block.Definition def = d.items().get(i);
                    for (int j = def.definitions().size() - 1; j >= 0; j--) pushAll(todo, def.definitions().get(j));
                    pushAll(todo, def.term());
                }
            } else if (o instanceof Block.Figure f) { pushAll(todo, f.credit()); pushAll(todo, f.caption()); }
            else if (o instanceof Block.Table t) {
                for (int i = t.body().size() - 1; i >= 0; i--) pushRow(todo, t.body().get(i));
                for (int i = t.header().size() - 1; i >= 0; i--) pushRow(todo, t.header().get(i));
                pushAll(todo, t.caption());
            }
        }
    }

    private static void pushRow(Deque<Object> todo, Block.Row r) {
        for (int i = r.cells().size() - 1; i >= 0; i--) pushAll(todo, r.cells().get(i).content());
    }

    private static void pushAll(Deque<Object> todo, List<?> items) {
        for (int i = items.size() - 1; i >= 0; i--) todo.push(items.get(i));
    }
}
