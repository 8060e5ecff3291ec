package dev.offprint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KitchenSinkTest {

    @Test
    void kitchenSinkCoversEveryBlockAndInlineType() {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Object> todo = new ArrayDeque<>(KitchenSink.article().body());
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            seen.add(o.getClass());
            if (o instanceof Block.Heading h) todo.addAll(h.content());
            else if (o instanceof Block.Paragraph p) todo.addAll(p.content());
            else if (o instanceof Block.ListBlock l) l.items().forEach(todo::addAll);
            else if (o instanceof Block.Quote q) { todo.addAll(q.content()); todo.addAll(q.attribution()); }
            else if (o instanceof Block.DefinitionList d) d.items().forEach(i -> { todo.addAll(i.term()); i.definitions().forEach(todo::addAll); });
            else if (o instanceof Block.Figure f) todo.addAll(f.caption());
            else if (o instanceof Block.Table t) t.body().forEach(r -> r.cells().forEach(c -> todo.addAll(c.content())));
            else if (o instanceof Inline.Emphasis e) todo.addAll(e.content());
            else if (o instanceof Inline.Strong s) todo.addAll(s.content());
            else if (o instanceof Inline.Link l) todo.addAll(l.content());
            else if (o instanceof Inline.Superscript s) todo.addAll(s.content());
            else if (o instanceof Inline.Subscript s) todo.addAll(s.content());
            else if (o instanceof Inline.Strikethrough s) todo.addAll(s.content());
        }
        Set<Class<?>> all = Arrays.stream(Block.class.getPermittedSubclasses()).collect(Collectors.toSet());
        all.addAll(Arrays.asList(Inline.class.getPermittedSubclasses()));
        all.removeAll(seen);
        assertEquals(Set.of(), all, "node types the kitchen sink lacks");
    }

    @Test
    void headingLevelOutsideOneToSixIsRejected() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Block.Heading(7, java.util.List.of(), "x"));
    }
}
