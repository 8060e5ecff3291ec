package dev.offprint.extract;

import dev.offprint.model.Block;
import dev.offprint.model.Comment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads reader comments (WordPress comment lists, schema.org {@code Comment}, common
 * comment-section names) into {@link Comment}s and removes the whole comment section — its
 * "3 Comments" and "Leave a Reply" titles and reply form included — from the page, so that none
 * of it reaches the body.
 */
final class CommentReader {

    /** Names of comment sections. */
    private static final Pattern SECTION = Pattern.compile(
            "^(comments?|comments-area|comment-list|commentlist|comments-list|comment-section|comments-section|"
            + "disqus_thread|respond|reply-title|comments-wrapper|comment-respond|article-comments|user-comments|reader-comments|"
            + "kommentare|commentaires|comentarios)$", Pattern.CASE_INSENSITIVE);
    /** Titles that announce a comment section. */
    static final Pattern TITLE = Pattern.compile(
            "^(\\d+|one|no|zero)\\s+(comments?|responses?|replies|thoughts? on .*|kommentare?|commentaires?|comentarios?)\\b.*|"
            + "^(comments?|leave a (reply|comment)|post a comment|add a comment|join the discussion|responses|"
            + "kommentare|kommentieren|commentaires|laisser un commentaire|comentarios|deja un comentario)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private CommentReader() {}

    /** Reads and removes the comment sections of {@code doc}. */
    static List<Comment> extract(Document doc, DomConverter converter) {
        List<Comment> out = new ArrayList<>();
        List<Element> sections = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (matchesSection(e) && !hasSectionAncestor(e, sections)) sections.add(e);
        }
        for (Element item : doc.select("[itemtype*=schema.org/Comment], [itemtype*=schema.org/UserComments]")) {
            if (!insideAny(item, sections)) sections.add(item);
        }
        for (Element section : sections) {
            for (Element c : commentsIn(section)) {
                Comment comment = read(c, converter);
                if (comment != null) out.add(comment);
            }
        }
        for (Element section : sections) {
            Element prev = section.previousElementSibling();
            if (prev != null && prev.text().length() < 80 && TITLE.matcher(Nodes.clean(prev.text())).matches()) prev.remove();
            if (section.parent() != null) section.remove();
        }
        // Stray titles left behind ("1 Comment" outside the list's box).
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            String t = Nodes.clean(h.text());
            if (t.length() < 80 && TITLE.matcher(t).matches() && (h.nextElementSibling() == null || h.nextElementSibling().text().isBlank())) h.remove();
        }
        return out;
    }

    private static boolean matchesSection(Element e) {
        if (e.normalName().equals("body") || e.normalName().equals("html")) return false;
        String id = e.id();
        if (!id.isEmpty() && SECTION.matcher(id).matches()) return true;
        for (String cls : e.classNames()) if (SECTION.matcher(cls).matches()) return true;
        return false;
    }

    private static boolean hasSectionAncestor(Element e, List<Element> sections) { return insideAny(e, sections); }

    private static boolean insideAny(Element e, List<Element> sections) {
        for (Element s : sections) if (Nodes.contains(s, e)) return true;
        return false;
    }

    /** The individual comments of a section: WordPress's {@code li.comment}, schema.org Comment, or {@code .comment} boxes. */
    private static List<Element> commentsIn(Element section) {
        List<Element> cs = new ArrayList<>(section.select("[itemtype*=schema.org/Comment]"));
        if (cs.isEmpty()) cs = new ArrayList<>(section.select("li.comment, article.comment, div.comment, li[id^=comment-], div[id^=comment-], article[id^=comment-]"));
        if (cs.isEmpty() && (section.id().startsWith("comment-") || section.hasClass("comment"))) cs.add(section);
        // Keep the outermost box per comment: WordPress nests article.comment-body inside li.comment.
        List<Element> out = new ArrayList<>();
        for (Element c : cs) {
            boolean nested = false;
            for (Element o : cs) if (o != c && Nodes.contains(o, c) && contentOf(o) == contentOf(c)) { nested = true; break; }
            if (!nested) out.add(c);
        }
        return out;
    }

    private static Element contentOf(Element c) {
        return c.selectFirst(".comment-content, .comment-text, .comment-body-text, [itemprop=text], [itemprop=commentText], .comment_content, .commentbody");
    }

    private static Comment read(Element c, DomConverter converter) {
        Element box = c.clone();
        // Replies are comments of their own: leave them out of this one's text.
        for (Element child : box.select("ul.children, ol.children, .children, .replies, .comment-replies")) child.remove();
        Element authorEl = box.selectFirst(".comment-author .fn, .fn, [itemprop=author] [itemprop=name], [itemprop=author], .comment-author, .author, cite");
        String author = authorEl == null ? null : Nodes.clean(authorEl.text()).replaceFirst("(?i)\\s+(says|sagt|dit|dice):?$", "");
        if (author != null && (author.isEmpty() || author.length() > 80)) author = null;
        String date = null;
        Element time = box.selectFirst("time[datetime], [itemprop=dateCreated], [itemprop=datePublished]");
        if (time != null) date = Dates.parse(time.hasAttr("datetime") ? time.attr("datetime") : time.hasAttr("content") ? time.attr("content") : time.text());
        if (date == null) {
            Element meta = box.selectFirst(".comment-meta, .comment-metadata, .commentmetadata, .comment-date");
            if (meta != null) date = Dates.parse(meta.text());
        }
        Element content = contentOf(box);
        if (content == null) {
            content = box;
            for (Element meta : box.select(".comment-meta, .comment-metadata, .comment-author, .reply, .comment-reply-link, footer, .vcard")) meta.remove();
        }
        for (Element junk : content.select(".reply, .comment-reply-link, .comment-edit-link")) junk.remove();
        List<Block> blocks = converter.blocksOf(content);
        if (blocks.isEmpty()) return null;
        return new Comment(author, date, blocks);
    }
}
