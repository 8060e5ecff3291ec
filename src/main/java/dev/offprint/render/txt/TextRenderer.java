package dev.offprint.render.txt;

import dev.offprint.diag.Diagnostic;
import dev.offprint.model.Article;
import dev.offprint.model.Block;
import dev.offprint.model.Block.*;
import dev.offprint.model.Inline;
import dev.offprint.model.Inline.*;
import dev.offprint.model.Media;
import dev.offprint.render.RenderContext;
import dev.offprint.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Renders the txt format (DESIGN.md): the body only, as UTF-8 plain text. Each block on its own
 * line(s) with a blank line between blocks; list items start with {@code - } or {@code 1. } and
 * nested lists are indented; table cells are separated by a tab. No title, no appendix, no
 * comments, no link or note markers. Figures print their caption and credit, embeds their title,
 * inline images their alt text; rules print nothing.
 */
public final class TextRenderer implements Renderer {

    /**
     * Block nesting rendered as structure; a deeper subtree is printed as one run of its plain
     * text (the words survive, the indentation does not) and reported as {@code depth-flattened}.
     */
    static final int MAX_DEPTH = 512;

    @Override
    public void render(Article article, Media media, RenderContext ctx, OutputStream out) throws IOException {
        boolean[] flattened = {false};
        String text = new Writer(flattened).document(article.body());
        if (flattened[0]) {
            ctx.report(Diagnostic.info("depth-flattened", "blocks nested deeper than " + MAX_DEPTH + " levels printed as plain runs"));
        }
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The txt rendering of {@code blocks}: what {@link #render} writes for a body of these blocks. */
    public static String text(List<Block> blocks) {
        return new Writer(new boolean[1]).document(blocks);
    }

    /** The text of inlines on one logical line: whitespace collapsed, line breaks as {@code \n}. */
    public static String inlineText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        Deque<Inline> todo = new ArrayDeque<>();
        pushAll(todo, inlines);
        while (!todo.isEmpty()) {
            Inline node = todo.pop();
            if (node instanceof Text t) sb.append(clean(t.text()));
            else if (node instanceof Code c) sb.append(clean(c.text()));
            else if (node instanceof Inline.Image i) sb.append(clean(i.alt()));
            else if (node instanceof LineBreak) sb.append('\n');
            else if (node instanceof Emphasis e) pushAll(todo, e.content());
            else if (node instanceof Strong s) pushAll(todo, s.content());
            else if (node instanceof Strikethrough s) pushAll(todo, s.content());
            else if (node instanceof Superscript s) pushAll(todo, s.content());
            else if (node instanceof Subscript s) pushAll(todo, s.content());
            else if (node instanceof Link l) pushAll(todo, l.content());
            // NoteRef and CitationRef print nothing: txt has no note markers
        }
        StringBuilder out = new StringBuilder(sb.length());
        for (String line : sb.toString().split("\n", -1)) {
            if (out.length() > 0) out.append('\n');
            out.append(line.replaceAll(" {2,}", " ").strip());
        }
        return out.toString().strip();
    }

    private static void pushAll(Deque<Inline> todo, List<Inline> nodes) {
        for (int i = nodes.size() - 1; i >= 0; i--) todo.push(nodes.get(i));
    }

    /** Whitespace (tabs, newlines) as spaces; other control characters dropped. */
    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') sb.append(' ');
            else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) sb.append('\uFFFD'); // unpaired: would encode as '?'
            else if (!Character.isISOControl(c)) sb.append(c);
        }
        return sb.toString();
    }

    /** Turns blocks into lines; one per rendering, so the flattening flag is per call. */
    private static final class Writer {
        private final boolean[] flattened;

        Writer(boolean[] flattened) { this.flattened = flattened; }

        String document(List<Block> body) {
            List<String> lines = blocks(body, 0);
            return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        }

        /** Blocks, a blank line between two non-empty ones. */
        List<String> blocks(List<Block> blocks, int depth) {
            List<String> out = new ArrayList<>();
            for (Block b : blocks) {
                List<String> lines = block(b, depth + 1);
                if (lines.isEmpty()) continue;
                if (!out.isEmpty()) out.add("");
                out.addAll(lines);
            }
            return out;
        }

        /** Blocks with no blank line between them: the inside of a list item. */
        List<String> tight(List<Block> blocks, int depth) {
            List<String> out = new ArrayList<>();
            for (Block b : blocks) out.addAll(block(b, depth + 1));
            return out;
        }

        List<String> block(Block b, int depth) {
            if (depth > MAX_DEPTH) {
                flattened[0] = true;
                return lines(flatText(b));
            }
            return b.accept(new Block.Visitor<List<String>>() {
                public List<String> heading(Heading h) { return lines(inlineText(h.content()).replace('\n', ' ')); }
                public List<String> paragraph(Paragraph p) { return lines(inlineText(p.content())); }
                public List<String> listBlock(ListBlock l) {
                    List<String> out = new ArrayList<>();
                    int n = l.start();
                    for (List<Block> item : l.items()) {
                        String marker = l.ordered() ? (n++) + ". " : "- ";
                        List<String> lines = tight(item, depth);
                        if (lines.isEmpty()) lines = List.of("");
                        String pad = " ".repeat(marker.length());
                        for (int i = 0; i < lines.size(); i++) {
                            String line = lines.get(i);
                            out.add(i == 0 ? (marker + line).stripTrailing() : line.isEmpty() ? "" : pad + line);
                        }
                    }
                    return out;
                }
                public List<String> definitionList(DefinitionList d) {
                    List<String> out = new ArrayList<>();
                    for (Definition def : d.items()) {
                        out.addAll(lines(inlineText(def.term())));
                        for (List<Block> blocks : def.definitions()) {
                            for (String line : tight(blocks, depth)) out.add(line.isEmpty() ? "" : "    " + line);
                        }
                    }
                    return out;
                }
                public List<String> quote(Quote q) {
                    List<String> out = new ArrayList<>(blocks(q.content(), depth));
                    String by = inlineText(q.attribution()).replace('\n', ' ');
                    if (!by.isEmpty()) out.add("\u2014 " + by);
                    return out;
                }
                public List<String> figure(Figure f) {
                    List<String> out = new ArrayList<>(lines(inlineText(f.caption())));
                    out.addAll(lines(inlineText(f.credit())));
                    return out;
                }
                public List<String> table(Table t) {
                    List<String> out = new ArrayList<>(lines(inlineText(t.caption())));
                    List<Row> rows = new ArrayList<>(t.header());
                    rows.addAll(t.body());
                    for (Row r : rows) {
                        List<String> cells = new ArrayList<>();
                        for (Cell c : r.cells()) cells.add(inlineText(c.content()).replace('\n', ' '));
                        out.add(String.join("\t", cells));
                    }
                    return out;
                }
                public List<String> codeBlock(CodeBlock c) {
                    String text = c.text().replace("\r\n", "\n").replace('\r', '\n');
                    while (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
                    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
                }
                public List<String> embed(Embed e) { return lines(clean(e.title()).strip()); }
                public List<String> rule(Rule r) { return List.of(); }
            });
        }

        private static List<String> lines(String text) {
            return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
        }

        /** All the words under {@code b} as one run, without recursion. */
        private static String flatText(Block b) {
            StringBuilder sb = new StringBuilder();
            Deque<Object> todo = new ArrayDeque<>();
            todo.push(b);
            while (!todo.isEmpty()) {
                Object o = todo.pop();
                List<Object> kids = new ArrayList<>();
                if (o instanceof Heading h) kids.addAll(h.content());
                else if (o instanceof Paragraph p) kids.addAll(p.content());
                else if (o instanceof ListBlock l) l.items().forEach(kids::addAll);
                else if (o instanceof DefinitionList d) d.items().forEach(i -> { kids.addAll(i.term()); i.definitions().forEach(kids::addAll); });
                else if (o instanceof Quote q) { kids.addAll(q.content()); kids.addAll(q.attribution()); }
                else if (o instanceof Figure f) { kids.addAll(f.caption()); kids.addAll(f.credit()); }
                else if (o instanceof Table t) { kids.addAll(t.caption()); t.header().forEach(r -> r.cells().forEach(c -> kids.addAll(c.content()))); t.body().forEach(r -> r.cells().forEach(c -> kids.addAll(c.content()))); }
                else if (o instanceof CodeBlock c) sb.append(' ').append(clean(c.text()));
                else if (o instanceof Embed e) sb.append(' ').append(clean(e.title()));
                else if (o instanceof Inline i) sb.append(' ').append(inlineText(List.of(i)).replace('\n', ' '));
                for (int k = kids.size() - 1; k >= 0; k--) todo.push(kids.get(k));
            }
            return sb.toString().replaceAll(" {2,}", " ").strip();
        }
    }
}
