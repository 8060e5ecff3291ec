package dev.offprint.extract;

import dev.offprint.model.Block;
import dev.offprint.model.Inline;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes the body's headings a clean outline under the title: a heading that repeats the title
 * at the very start of the body goes, levels start at 2 and never jump (an h4 after an h2 becomes an h3), headings with
 * nothing after them go, and every heading gets a stable unique id (a slug of its text).
 */
final class Outline {

    private Outline() {}

    static List<Block> normalise(List<Block> body, String title) {
        List<Block> blocks = new ArrayList<>(body);
        dropTitleHeading(blocks, title);
        dropTrailingHeadings(blocks);
        Deque<Integer> open = new ArrayDeque<>();
        Set<String> ids = new HashSet<>();
        java.util.Map<String, Integer> tried = new java.util.HashMap<>();
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                // The stack holds the raw levels of the open sections; depth under the title gives the new level.
                while (!open.isEmpty() && open.peek() >= h.level()) open.pop();
                int level = Math.min(6, 2 + open.size());
                open.push(h.level());
                out.add(new Block.Heading(level, h.content(), uniqueSlug(InlineBuilder.plain(h.content()), ids, tried)));
            } else out.add(b);
        }
        return out;
    }

    /**
     * Removes a heading that repeats the title when it leads the body (pages print the title as
     * their h1). Only images, rules and empty paragraphs may come before it: the same words as a
     * heading further down are the author's own section heading and stay.
     */
    private static void dropTitleHeading(List<Block> blocks, String title) {
        if (title == null) return;
        String t = key(title);
        if (t.isEmpty()) return;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Heading h) {
                String k = key(InlineBuilder.plain(h.content()));
                // Also a heading that is the title behind a kicker ("Tunesien Große Aufgaben …").
                if (k.equals(t) || (k.length() > 10 && t.startsWith(k)) || (t.length() > 10 && k.startsWith(t) && k.length() < t.length() * 1.3)
                        || (t.length() > 10 && k.endsWith(" " + t) && k.length() < t.length() * 1.8)) {
                    blocks.remove(i);
                }
                return;
            }
            if (!leadingFiller(b)) return;
        }
    }

    /** Blocks that may stand before the title heading without making it a mid-article heading. */
    private static boolean leadingFiller(Block b) {
        if (b instanceof Block.Figure || b instanceof Block.Rule) return true;
        return b instanceof Block.Paragraph p && InlineBuilder.plain(p.content()).isBlank();
    }

    /** Headings with no content after them (the last thing, or straight before another heading of the same or higher rank). */
    private static void dropTrailingHeadings(List<Block> blocks) {
        while (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Block.Heading) blocks.remove(blocks.size() - 1);
    }

    private static String key(String s) {
        return Dates.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A slug: ASCII letters and digits joined by '-', at most 60 characters, unique within {@code used}. */
    static String uniqueSlug(String text, Set<String> used) {
        return uniqueSlug(text, used, new java.util.HashMap<>());
    }

    /**
     * {@link #uniqueSlug(String, Set)} for many headings: {@code tried} remembers, per base, the
     * last suffix taken. {@code used} only grows, so the suffixes below it are still taken and the
     * search resumes there: k headings with the same words cost k steps, not k²/2.
     */
    static String uniqueSlug(String text, Set<String> used, java.util.Map<String, Integer> tried) {
        String base = slug(text);
        if (base.isEmpty()) base = "section";
        int n = tried.getOrDefault(base, 1);
        String s = n == 1 ? base : base + "-" + n;
        while (!used.add(s)) s = base + "-" + (++n);
        tried.put(base, n);
        return s;
    }

    static String slug(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < n.length() && b.length() < 60; i++) {
            char c = Character.toLowerCase(n.charAt(i));
            if (c == 'ß') { b.append("ss"); dash = false; continue; }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && b.length() > 0) b.append('-');
                b.append(c);
                dash = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                dash = true;
            }
        }
        String s = b.toString();
        while (s.endsWith("-")) s = s.substring(0, s.length() - 1);
        return s.toLowerCase(Locale.ROOT);
    }

    /** Whether the inlines read the same as the text (used by tests and by title checks). */
    static boolean sameText(List<Inline> content, String text) {
        return key(InlineBuilder.plain(content)).equals(key(text));
    }
}
