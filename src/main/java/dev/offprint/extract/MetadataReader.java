package dev.offprint.extract;

import dev.offprint.model.Metadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what the page says about itself and merges it into {@link Metadata}: JSON-LD (Article and
 * its kin, {@code @graph}, arrays), OpenGraph, Twitter cards, Dublin Core, citation and plain
 * {@code <meta>} tags, {@code rel=author}, {@code <time datetime>}, and visible bylines and
 * "published on" / "last updated on" lines. The visible lines it used are reported in
 * {@link Result#bylines} so they can be taken out of the body.
 */
final class MetadataReader {

    /**
     * Metadata and the page elements that carried it visibly (bylines, date lines); {@code
     * postAuthor} is the name on a comment the post's author wrote (see {@link
     * Bylines#postAuthorComment}), kept for a second reading once the comments are taken out.
     */
    record Result(Metadata metadata, List<Element> bylines, String postAuthor) {}

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "scholarlyarticle", "techarticle", "report", "socialmediaposting", "liveblogposting", "analysisnewsarticle",
            "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "medicalscholarlyarticle", "posting",
            "discussionforumposting", "review", "creativework", "howto", "recipe", "medicalwebpage");

    /** "Article last updated on: March 13th, 2018 by Nootriment", "Published on 13 mars 2018", "Aktualisiert am 13.03.2018". */
    static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^(?:article\\s+|post\\s+|page\\s+|this\\s+(?:article|post|page)\\s+was\\s+)?(last\\s+)?"
            + "(updated|modified|reviewed|published|posted|written|created|erstellt|ver(?:ö|oe)ffentlicht|aktualisiert|zuletzt aktualisiert|"
            + "stand|datum|date|publi(?:é|e)(?:\\s+le)?|mise?\\s+en\\s+ligne(?:\\s+le)?|mis\\s+(?:à|a)\\s+jour(?:\\s+le)?|actualis(?:é|e)(?:\\s+le)?|publicado(?:\\s+el)?|actualizado(?:\\s+el)?)"
            + "(?:\\s+(?:on|am|le|el|at|:))?\\s*:?\\s*(.{6,40}?)(?:\\s*(?:[,|\u2013\u2014-]\\s*)?(?:\\bby\\b|\\bvon\\b|\\bpar\\b|\\bpor\\b)\\s+(.{2,60}))?$");

    private static final Pattern BY_PREFIX = Pattern.compile(
            "(?i)^(?:(?:written|posted|reviewed|recipe|article|story|words|photos?|un\\s+documentaire|ein\\s+beitrag)\\s+)?(?:by|von|par|por|de|door|di)\\s*:?\\s+");
    /** Names of byline boxes. Not "dateline": that holds a place ("KOBE –"), not a person. */
    private static final Pattern BYLINE_HINT = Pattern.compile("byline|author(?!ity)|writtenby|p-author|autor(?!it)|auteur", Pattern.CASE_INSENSITIVE);

    private final Document doc;
    private final Map<String, String> meta = new HashMap<>();
    private final List<Map<String, Object>> ld = new ArrayList<>();
    /** JSON-LD WebPage objects: a fallback for dates when no Article object carries them. */
    private final List<Map<String, Object>> ldPages = new ArrayList<>();
    /** JSON-LD nodes by their {@code @id}, so {@code "author": {"@id": "#author"}} finds the Person it names. */
    private final Map<String, Map<String, Object>> ldIds = new HashMap<>();
    private final List<Element> bylines = new ArrayList<>();
    /** The name on a comment by the post's author, the last visible sign of who wrote it. */
    private String postAuthor;

    private MetadataReader(Document doc) { this.doc = doc; }

    /** Reads the metadata of {@code doc}; {@code captured} comes from the source (file time). */
    static Result read(Document doc, String captured) {
        return read(doc, captured, null);
    }

    /** Reads {@code doc} again after a first reading ({@code earlier}, or null) whose page still had its comments. */
    static Result read(Document doc, String captured, Result earlier) {
        MetadataReader r = new MetadataReader(doc);
        r.postAuthor = earlier != null && earlier.postAuthor() != null ? earlier.postAuthor() : Bylines.postAuthorComment(doc);
        r.collect();
        return new Result(r.build(captured), r.bylines, r.postAuthor);
    }

    // ---------------------------------------------------------------- collection

    private void collect() {
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String keyAttr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String keys = m.attr(keyAttr).strip().toLowerCase(Locale.ROOT);
                if (keys.isEmpty()) continue;
                // RDFa allows several space-separated properties on one tag.
                for (String k : keys.split("\\s+")) meta.putIfAbsent(k, content);
            }
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            // XHTML-minded pages wrap the JSON in a CDATA section (also behind // or /* */ comments).
            String data = s.data().strip()
                    .replaceFirst("^(?://\\s*|/\\*\\s*)?<!\\[CDATA\\[(?:\\s*\\*/)?", "")
                    .replaceFirst("(?://\\s*|/\\*\\s*)?\\]\\]>(?:\\s*\\*/)?$", "");
            Object v = Json.parse(data);
            addLd(v, 0);
        }
    }

    @SuppressWarnings("unchecked")
    private void addLd(Object v, int depth) {
        if (depth > 6 || v == null) return;
        if (v instanceof List<?> l) { for (Object o : l) addLd(o, depth + 1); return; }
        if (!(v instanceof Map)) return;
        Map<String, Object> m = (Map<String, Object>) v;
        if (m.get("@id") instanceof String id && m.size() > 1) ldIds.putIfAbsent(id, m);
        if (m.get("@graph") != null) addLd(m.get("@graph"), depth + 1);
        if (isArticleType(m.get("@type"))) ld.add(m);
        else if (m.get("@type") instanceof String t && t.toLowerCase(Locale.ROOT).endsWith("page")) ldPages.add(m);
        else if (m.get("mainEntity") instanceof Map<?, ?> me) addLd(me, depth + 1);
    }

    private static boolean isArticleType(Object t) {
        if (t instanceof String s) return ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT).replaceFirst("^.*[/#]", ""));
        if (t instanceof List<?> l) for (Object o : l) if (isArticleType(o)) return true;
        return false;
    }

    private String ldString(String... keys) {
        for (Map<String, Object> m : ld) {
            for (String k : keys) {
                String s = stringOf(m.get(k));
                if (s != null && !s.isBlank()) return Nodes.clean(org.jsoup.parser.Parser.unescapeEntities(s, false));
            }
        }
        return null;
    }

    private String pageLd(String key) {
        for (Map<String, Object> m : ldPages) {
            String s = stringOf(m.get(key));
            if (s != null && !s.isBlank()) return s;
        }
        return null;
    }

    private static String stringOf(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof Map<?, ?> m) {
            Object v = m.get("name");
            if (v == null) v = m.get("url");
            if (v == null) v = m.get("@id");
            return v instanceof String s ? s : null;
        }
        if (o instanceof List<?> l && !l.isEmpty()) return stringOf(l.get(0));
        return null;
    }

    private String meta(String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) return Nodes.clean(v);
        }
        return null;
    }

    // ---------------------------------------------------------------- merge

    private Metadata build(String captured) {
        String title = withTypographicSpaces(title());
        List<String> authors = authors();
        String siteName = first(meta("og:site_name", "application-name", "twitter:site:name"), ldPublisher(), null);
        if (siteName != null && siteName.startsWith("@")) siteName = null;
        String publisher = first(ldPublisher(), meta("dc.publisher", "dcterms.publisher", "citation_publisher", "publisher"), null);
        String strongPublished = first(ldString("datePublished", "dateCreated"),
                meta("article:published_time", "og:published_time", "datepublished", "dc.date.issued", "dcterms.issued", "dc.date",
                        "dcterms.date", "dcterms.created", "dc.date.created", "citation_publication_date", "citation_date",
                        "citation_online_date", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date",
                        "publication_date", "publication-date", "date_published", "article:published"),
                null);
        // A bare <meta name="date"> is the weakest source: content systems fill it with the day the
        // page was generated or last edited as often as with the publication day.
        boolean weakPublished = strongPublished == null && meta("date") != null;
        String published = Dates.parse(first(strongPublished,
                meta("date", "article.published", "published-date", "release_date", "created"), null));
        String modified = Dates.parse(first(ldString("dateModified"),
                meta("article:modified_time", "og:modified_time", "datemodified", "dc.date.modified", "dcterms.modified",
                        "last-modified", "lastmod", "article.updated", "revised"), null));
        published = localForm(published, Dates.parse(meta("article:published_time", "og:published_time", "datepublished", "pubdate",
                "publication_date", "date")));
        published = shownOfTwo(published, title);
        if (published == null) published = Dates.parse(pageLd("datePublished"));
        if (modified == null) modified = Dates.parse(pageLd("dateModified"));
        if (published == null) published = timeElement("published");
        if (modified == null) modified = timeElement("modified");
        // Visible date lines fill what the markup left open ("Article last updated on: March 13th, 2018 by Nootriment").
        String[] line = dateLine();
        if (line != null) {
            boolean updated = line[0] != null;
            if (updated && modified == null) modified = line[1];
            if (!updated && published == null) published = line[1];
            if (line[2] != null && authors.isEmpty()) authors = List.of(line[2]);
        } else if (published == null) {
            published = publishedPrefix();
        }
        // A UTC timestamp on a page that writes its other timestamps with a local offset is shown to
        // readers in that offset: "2023-10-30T13:01:18Z" beside "2023-10-30T14:01:18+01:00".
        published = inPageZone(published);
        String shown = visibleDate();
        // A machine timestamp in another zone can fall on the day before or after the date the page
        // shows its readers; the shown date wins then (a "Z" time of 23:11 is 1 January in Berlin).
        // A timestamp with its own offset already shows the local calendar date; UTC and zone-less ones yield.
        // The day in the article's address (/2019/01/01/slug) is the blog's local day too, and is
        // consulted when no visible date box exists.
        String localDay = shown != null ? shown : urlDate();
        if (published != null && published.length() > 10 && !published.matches(".*[+-]\\d{2}:\\d{2}$") && localDay != null
                && oneDayApart(published, localDay)) published = localDay;
        // The generic <meta name="date"> yields to a date the page shows next to the title (a date
        // box elsewhere may belong to a teaser, so only the title's neighbourhood counts).
        if (weakPublished && published != null) {
            String near = dateNearTitle(title);
            if (near != null && !near.startsWith(published.substring(0, Math.min(10, published.length())))) published = near;
        }
        if (published == null) published = shown;
        if (published == null) published = dateNearTitle(title);
        if (published == null) published = urlDate();
        // A page that states only when it was last changed ("Article last updated on ...", "Stand:
        // 25.01.2022") has no publication date: published stays null rather than claim one.
        if (authors.isEmpty()) authors = visibleAuthors();
        if (authors.isEmpty()) authors = byLine(title);
        if (authors.isEmpty()) authors = labelledAuthors();
        if (authors.isEmpty()) authors = platformAuthors();
        if (authors.isEmpty()) authors = copyrightHolder();
        else if (authors.stream().allMatch(this::notAPerson)) {
            // The markup named the brand, a company, the editorial team, a user handle ("CC7567")
            // or initials ("LN"); a person's name in the visible byline is the better author.
            List<String> visible = visibleAuthors();
            if (visible.isEmpty()) visible = byLine(title);
            if (visible.isEmpty()) visible = labelledAuthors();
            if (visible.isEmpty()) visible = platformAuthors();
            if (visible.stream().anyMatch(a -> !notAPerson(a))) authors = visible;
            else if (authors.stream().allMatch(a -> isBrand(a, siteName0(), publisher0(), siteUrl()))) {
                // The site's own brand names no writer: the agency or desk a source line credits does
                // ("Quelle: kathpress"; "Quelle: hessenschau.de/bb" adds the desk to the brand).
                String source = Bylines.sourceLine(doc);
                if (source != null) {
                    Set<String> out = new LinkedHashSet<>();
                    addName(source, out);
                    if (!out.isEmpty()) authors = new ArrayList<>(out);
                }
            }
        } else authors = asShown(authors, title);
        authors = withoutOutlet(authors);
        if (authors.size() == 1) authors = List.of(fullName(authors.get(0)));
        if (publisher == null && siteName != null) publisher = null;
        String url = canonical();
        String language = language();
        String direction = direction(language);
        String description = first(ldString("description"), meta("description", "og:description", "twitter:description", "dc.description"), null);
        List<String> keywords = keywords();
        String leadImage = leadImage();
        String subtitle = meta("subtitle", "og:subtitle");
        return new Metadata(title, subtitle, authors, siteName, publisher, url, published, modified, captured, language,
                direction, description, keywords, leadImage);
    }

    /**
     * The same moment written in the page's own time zone when one source gives it in UTC and
     * another with a local offset ("2017-02-24T01:18:13Z" and "2017-02-23T17:18:13-08:00"): the
     * local form keeps the calendar date the page's readers saw.
     */
    private static String localForm(String utc, String other) {
        if (utc == null || other == null || !utc.endsWith("Z") || other.endsWith("Z") || other.length() <= 19) return utc;
        try {
            if (java.time.OffsetDateTime.parse(utc).toInstant().equals(java.time.OffsetDateTime.parse(other).toInstant())) return other;
        } catch (java.time.format.DateTimeParseException e) {
            return utc;
        }
        return utc;
    }

    /**
     * When the JSON-LD datePublished and the page's article:published_time name different days
     * (a re-published story), the one the page shows its readers (next to the title, or in a date
     * box) wins; without a shown date the JSON-LD stays first.
     */
    private String shownOfTwo(String published, String title) {
        String ldDay = Dates.parse(ldString("datePublished"));
        String ogDay = Dates.parse(meta("article:published_time", "og:published_time"));
        if (published == null || ldDay == null || ogDay == null || !published.equals(ldDay) || day(ldDay).equals(day(ogDay))) return published;
        String shown = dateNearTitle(title);
        if (shown == null) shown = visibleDate();
        return shown != null && day(shown).equals(day(ogDay)) ? ogDay : published;
    }

    private static String day(String iso) { return iso.length() >= 10 ? iso.substring(0, 10) : iso; }

    private static final Pattern OFFSET = Pattern.compile("[+-]\\d{2}:\\d{2}$");

    /**
     * A UTC ("Z") timestamp moved into the offset the page writes its other timestamps in (its
     * {@code <time datetime>}, meta and JSON-LD dates), so the calendar day is the one readers saw.
     * The first non-UTC offset on the page is taken; a page without one keeps the UTC form.
     */
    private String inPageZone(String utc) {
        if (utc == null || !utc.endsWith("Z") || utc.length() <= 10) return utc;
        List<String> stamps = new ArrayList<>();
        for (Element t : doc.select("time[datetime], [itemprop~=^date][content]")) stamps.add(t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content"));
        stamps.addAll(new java.util.TreeMap<>(meta).values());
        for (Map<String, Object> m : ld) for (String k : new String[] {"datePublished", "dateModified", "dateCreated"}) stamps.add(stringOf(m.get(k)));
        for (String stamp : stamps) {
            String d = stamp == null || stamp.length() > 40 ? null : Dates.parse(stamp);
            if (d == null || d.length() <= 19 || !OFFSET.matcher(d).find()) continue;
            try {
                java.time.ZoneOffset zone = java.time.ZoneOffset.of(d.substring(d.length() - 6));
                return java.time.OffsetDateTime.parse(utc).withOffsetSameInstant(zone).toString().replaceFirst("^(.{16})(\\+|-)", "$1:00$2");
            } catch (RuntimeException e) {
                return utc;
            }
        }
        return utc;
    }

    private String siteName0() { return meta("og:site_name", "application-name", "twitter:site:name"); }

    private String publisher0() { return first(ldPublisher(), meta("dc.publisher", "dcterms.publisher", "citation_publisher", "publisher"), null); }

    private static boolean oneDayApart(String a, String b) {
        try {
            java.time.LocalDate x = java.time.LocalDate.parse(a.substring(0, 10));
            java.time.LocalDate y = java.time.LocalDate.parse(b.substring(0, 10));
            return Math.abs(x.toEpochDay() - y.toEpochDay()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String first(String a, String b, String c) {
        if (a != null && !a.isBlank()) return a;
        if (b != null && !b.isBlank()) return b;
        return c != null && !c.isBlank() ? c : null;
    }

    private String ldPublisher() {
        for (Map<String, Object> m : ld) {
            String s = stringOf(m.get("publisher"));
            if (s != null && !s.isBlank() && !s.startsWith("http") && !s.startsWith("#")) return Nodes.clean(s);
        }
        return null;
    }

    // ---------------------------------------------------------------- title

    // Vertical bars include the box-drawing and full-width forms ("Produkttester werden │ Marktplatz"),
    // middle dots the dot operator and bullet operator ("Headline ⋅ Site").
    private static final Pattern SEPARATOR = Pattern.compile("\\s+" + separatorClass() + "{1,2}\\s+|\\s+::\\s+");
    /** A closing ornament: one or two separator marks at the end ("… :: PIXNET ::"). */
    private static final Pattern SEPARATOR_END = Pattern.compile("\\s+" + separatorClass() + "{1,2}$");

    /**
     * The article's title. The page's headline markup (JSON-LD, OpenGraph, Twitter, Dublin Core)
     * or {@code <title>}, with a site-name suffix cut off when a heading on the page shows the
     * bare title; a lone {@code <h1>} that the title contains is the title itself.
     */
    /**
     * The title with the ideographic spaces its source set: in Japanese and Chinese titles
     * ("欲張りなイヌ\u3000＜福娘童話集\u3000…＞") the full-width space is part of the typography, not stray
     * whitespace. The cleaned title is matched back to the declared or {@code <title>} text it
     * came from. No-break spaces are not kept: publishing tools put them before a title's last
     * word to avoid a widow ("So Do\u00A0We."), which says nothing about the title itself.
     */
    private String withTypographicSpaces(String title) {
        if (title == null) return null;
        List<String> raws = new ArrayList<>();
        for (Element m : doc.select("meta[content]")) raws.add(m.attr("content"));
        for (Element t : doc.getElementsByTag("title")) raws.add(t.wholeText());
        for (String raw : raws) {
            if (!raw.contains("\u3000") || !Nodes.clean(raw).equals(title)) continue;
            StringBuilder b = new StringBuilder();
            Matcher m = Pattern.compile("[\\s\u00A0\u3000]+").matcher(raw.strip());
            while (m.find()) m.appendReplacement(b, m.group().equals("\u3000") ? "\u3000" : " ");
            m.appendTail(b);
            return b.toString();
        }
        return title;
    }

    String title() {
        String t = tidy(shownCase(declaredOrShownTitle()));
        // Unicode's composed form (NFC), the W3C's form for text on the web: a Bengali "য়" written as
        // one code point (U+09DF) and as two (U+09AF U+09BC) is the same title.
        return t == null ? null : java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC);
    }

    /** Entities written twice over ("Tom &amp;amp; Jerry" in the source): what is left after one decoding. */
    private static final Pattern LEFT_ENTITY = Pattern.compile("&(amp|quot|apos|lt|gt|nbsp|#\\d{2,5}|#x[0-9a-fA-F]{2,4});");
    /**
     * Marks that search-engine titles put at either end ("▷ Strompreise 2024 …", "… im Test ✔"): arrows,
     * geometric shapes, dingbats and stars as words of their own. Emoji of the pictographic planes (U+1F000 on)
     * stay: they are the writer's; the older symbols in these blocks that also show as emoji (✅ ❤ ⭐) go.
     */
    private static final Pattern SEO_MARK = Pattern.compile("^[\u2190-\u21FF\u25A0-\u25FF\u2605\u2606\u2700-\u27BF\u2B00-\u2BFF]+\\s+"
            + "|\\s+[\u2190-\u21FF\u25A0-\u25FF\u2605\u2606\u2700-\u27BF\u2B00-\u2BFF]+$");

    /**
     * The chosen title without what no reader should see: soft hyphens (invisible unless a line breaks
     * there), entities the source encoded twice, marks set around it for search results, and a
     * separator left dangling at its end ("Headline |" where the site's name was empty).
     */
    private static String tidy(String t) {
        if (t == null) return null;
        String out = t.replace("\u00AD", "");
        if (LEFT_ENTITY.matcher(out).find()) out = Nodes.clean(org.jsoup.parser.Parser.unescapeEntities(out, false));
        out = SEO_MARK.matcher(out).replaceAll("");
        out = out.replaceFirst("\\s+[|\u2502\u2503\uFF5C\u2013\u2014\u00B7\u2022/-]{1,2}$", "");
        return out.isBlank() ? t : out;
    }

    /**
     * A title declared all in lower case ("makrophotos von insekten") that the page shows with
     * capitals ("Makrophotos von Insekten") takes the shown form: the markup's lower case is a
     * slug-like habit of the publishing tool, not the headline readers see.
     */
    private String shownCase(String title) {
        if (title == null || title.length() < 4 || !title.equals(title.toLowerCase(Locale.ROOT)) || title.equals(title.toUpperCase(Locale.ROOT))) return title;
        String firstWord = title.split("\\s+")[0];
        for (Element e : doc.body().getAllElements()) {
            String own = e.ownText();
            if (own.isEmpty() || own.length() > 4 * title.length() || !own.toLowerCase(Locale.ROOT).contains(firstWord)) continue;
            String t = Nodes.clean(e.text());
            if (t.equalsIgnoreCase(title) && !t.equals(title)) return t;
        }
        return title;
    }

    private String declaredOrShownTitle() {
        String ldTitle = ldString("headline", "name");
        // Dublin Core's title (the RDFa property form first) is a deliberate statement of the work's
        // title; OpenGraph and Twitter titles are often rewritten for sharing.
        // A declared title that is the page's address slug ("adac-kindersitztest-herbst-2018") is a
        // CMS field left at its default, not a headline; a sharing blurb ("X gave Y 5 stars. Check out
        // the full review...") is no headline either: the next declared title counts.
        if (isSlug(ldTitle)) ldTitle = null;
        String metaTitle = null;
        for (String k : new String[] {"dc:title", "dcterms:title", "dcterm:title", "og:title", "twitter:title", "dc.title", "dcterms.title",
                "citation_title", "parsely-title", "sailthru.title", "title", "headline"}) {
            metaTitle = meta(k);
            if (metaTitle != null && !isSlug(metaTitle) && !isTeaser(metaTitle)) break;
            metaTitle = null;
        }
        String docTitle = docTitle();
        String site = meta("og:site_name", "application-name");
        List<String> h1s = headings("h1");
        // A lower-case h1 of five words or more that runs the site's domain name into other words
        // ("yes we camp echte demokratie jetzt spanishrevolution …" on echte-demokratie-jetzt.de) is a
        // keyword line for search engines, not a headline.
        String domain = domainName();
        if (domain != null && domain.length() >= 8) {
            h1s = new ArrayList<>(h1s);
            h1s.removeIf(h -> h.equals(h.toLowerCase(Locale.ROOT)) && words(h) >= 5 && letters(h).contains(domain) && !letters(h).equals(domain));
        }
        // A page built without h1–h3 that names one block its headline (<div class=l-headline>): that block
        // is what readers see as the title, rather than the <title>'s short label ("Magic Cleaning | Magazin").
        // Several different ones are a list of teasers. Only when the declared title is a label of one
        // or two words: a longer one is the page's own ("Gaspreise steigen weiter").
        String declared = first(ldTitle, metaTitle, docTitle);
        if (declared != null && words(stripSite(declared)) <= 2 && headings("h1, h2, h3").isEmpty()) {
            Set<String> named = new LinkedHashSet<>();
            for (Element e : doc.body().select("[class*=headline]")) {
                // A teaser's headline names another article.
                if (e.closest("a, nav, header, footer, aside, [class*=teaser]") != null || e.select("[class*=headline]").size() > 1) continue;
                String t = Nodes.clean(e.text());
                if (words(t) >= 3 && t.length() < 200) named.add(t);
            }
            if (named.size() == 1) return named.iterator().next();
        }
        List<String> headings = new ArrayList<>(h1s);
        headings.addAll(headings("h2, h3, [class*=title], [class*=headline]"));
        // A lone h1 that opens with the declared title and goes on is its full form: the markup
        // carries a shortened headline ("Ultium Cells erhöht Gigafactory-Kapazität" for the h1's
        // "… in Tennessee", a recipe's name for "Saftiger Zitronenkuchen vom Blech: einfach köstlich!").
        if (h1s.size() == 1) {
            String h = h1s.get(0);
            for (String cand : new String[] {ldTitle, metaTitle == null ? null : stripSite(metaTitle), stripSite(docTitle)}) {
                if (cand != null && cand.split("\\s+").length >= 3 && h.length() > cand.length()
                        && h.toLowerCase(Locale.ROOT).startsWith(cand.toLowerCase(Locale.ROOT))
                        && !Character.isLetterOrDigit(h.charAt(cand.length()))
                        // "Vanlife in Schweden - Skandinavien im Wohnmobil": a separator starts a second title, not a fuller first one.
                        && !SEPARATOR.matcher(h.substring(cand.length())).lookingAt()) return h;
            }
        }
        // A lone h1 that the OpenGraph title shows, bare or with the site's name, is the headline even
        // when JSON-LD names something else (a recipe card's shorter "name").
        if (h1s.size() == 1 && ldTitle != null && !ldTitle.isEmpty() && !siteLike(h1s.get(0), site, docTitle, headings)) {
            String h = h1s.get(0);
            for (String cand : new String[] {metaTitle, metaTitle == null ? null : stripSite(metaTitle)}) {
                if (cand != null && h.equalsIgnoreCase(cand)) return h;
            }
        }
        // A heading that a markup title equals, or holds between separators ("Heading | Site"), is the clean title.
        for (String cand : new String[] {ldTitle, metaTitle, docTitle}) {
            if (cand == null || cand.isEmpty()) continue;
            for (String h : headings) {
                // Dashes differ between <title> and heading ("Kolumne: Queer Royal – Über …" beside "… - Über …").
                if (!sameDashes(h).equalsIgnoreCase(sameDashes(cand)) || siteLike(h, site, docTitle, headings)) continue;
                // The logo heading equal to a title that is just the site's name says nothing about the
                // article: the page's own heading is looked for below.
                if (isSiteOnly(cand, site) && brandHeadings().contains(h)) continue;
                // A share box repeats the whole "Title - Site" while the headline shows the title alone.
                for (String g : headings) {
                    if (g.length() >= 4 && g.length() < h.length() && h.toLowerCase(Locale.ROOT).startsWith(g.toLowerCase(Locale.ROOT))
                            && containsAtSeparator(h, g) && !h.substring(g.length()).strip().startsWith("(") && words(h.substring(g.length()).replaceFirst("^[\\s" + Pattern.quote(SEPARATOR_CHARS) + "_]+", "")) <= 4
                            && !siteLike(g, site, docTitle, headings)) return g;
                }
                return h;
            }
        }
        // An h1 that ends with the declared title after a separator ("Medienmitteilung der Direktion :
        // Impfen und Boostern …" beside the <title> "Impfen und Boostern …"): the opening is a kicker.
        for (String h : h1s) {
            for (String cand : new String[] {ldTitle, metaTitle, docTitle}) {
                if (cand == null || words(cand) < 3 || h.length() <= cand.length() + 2 || !h.toLowerCase(Locale.ROOT).endsWith(cand.toLowerCase(Locale.ROOT))) continue;
                String kicker = h.substring(0, h.length() - cand.length()).strip();
                if (!kicker.isEmpty() && SEPARATOR_CHARS.indexOf(kicker.charAt(kicker.length() - 1)) >= 0) return h.substring(h.length() - cand.length());
            }
        }
        Set<String> brands = brandHeadings();
        // The site's logo heading ("<h1><a href=/>Historische Wehranlage in Horka e.V</a></h1>") held in
        // "Historischer Markt › Historische Wehranlage …" names the site: it does not make the shorter
        // part a site name (siteLike compares a part with the longer headings the title holds).
        List<String> notBrands = new ArrayList<>(headings);
        notBrands.removeAll(brands);
        for (String cand : new String[] {metaTitle, docTitle, ldTitle}) {
            if (cand == null || cand.isEmpty()) continue;
            // The first heading the title holds between separators that is not the site's name:
            // "Post title | Blog" holds both the post's h2 and the blog's logo h1.
            for (String h : headings) {
                if (h.length() >= 4 && cand.length() > h.length() && containsAtSeparator(cand, h) && !h.equalsIgnoreCase(site)
                        && !brands.contains(h)
                        // The site's short name ("ICON" of "ICON Magazine") or its domain is no headline.
                        && !(site != null && site.toLowerCase(Locale.ROOT).startsWith(h.toLowerCase(Locale.ROOT) + " ")) && !isSiteOnly(h, site)
                        && !siteLike(h, site, docTitle, notBrands)
                        // A lower heading held in the title ("Run Windows on Mac - Parallels Desktop 15 …") is a
                        // tagline when the page's lone h1 names the same thing ("Parallels Desktop 15 for Mac").
                        // An h1 with separators of its own ("OutdoorNews | Eintrag") is a section's label.
                        && !(h1s.size() == 1 && !h1s.contains(h) && !brands.contains(h1s.get(0)) && !isSiteName(h1s.get(0), site, docTitle)
                            && !SEPARATOR.matcher(h1s.get(0)).find()
                            && !sameSubject(h, h1s.get(0)) && sameSubject(h1s.get(0), cand.replace(h, "")))) return h;
            }
        }
        // A title line "Section : Headline" whose parts the page's title holds apart, in another order
        // ("Club - Headline - Section - News"): the longest part of three words or more is the headline.
        if (SEPARATOR.matcher(docTitle).find()) {
            String best = null;
            for (String h : headings) {
                if (brands.contains(h) || !SEPARATOR.matcher(h).find() 
                        // Dashes differ between <title> and heading ("-" for "–") more often than words do.
                        || sameDashes(docTitle).toLowerCase(Locale.ROOT).contains(sameDashes(h).toLowerCase(Locale.ROOT))) continue;
                boolean allHeld = true;
                for (String part : SEPARATOR.split(h)) {
                    part = part.strip();
                    if (!containsAtSeparator(docTitle, part)) { allHeld = false; break; }
                    if (words(part) >= 3 && docTitle.length() > part.length() && !isSiteName(part, site, docTitle)
                            && (best == null || part.length() > best.length())) best = part;
                }
                if (allHeld && best != null) return best;
                best = null;
            }
        }
        // One <h1> on the page is the article's headline, unless it is the site's name (blog themes put the logo in an h1).
        // Several h1s (logo, teasers): the one inside the article's own container counts.
        if (h1s.size() > 1) {
            List<String> inArticle = new ArrayList<>();
            for (Element h : doc.body().select("article h1, main h1, [role=main] h1, [itemprop=articleBody] h1, [itemtype*=Article] h1")) {
                String t = Nodes.clean(h.text());
                if (t.length() >= 3 && !inArticle.contains(t)) inArticle.add(t);
            }
            // A newsletter box in <main> beside the <article>: the article's own h1 is the narrower choice.
            if (inArticle.size() > 1) {
                List<String> narrow = new ArrayList<>();
                for (Element h : doc.body().select("article h1, [itemprop=articleBody] h1, [itemtype*=Article] h1")) {
                    String t = Nodes.clean(h.text());
                    if (t.length() >= 3 && !narrow.contains(t)) narrow.add(t);
                }
                if (narrow.size() == 1) inArticle = narrow;
            }
            if (inArticle.size() == 1) h1s = inArticle;
        }
        // Several h1s of which only one speaks of what the page's titles name ("Wellaflex – …" beside
        // a section's "Anwendung"): that one is the headline.
        if (h1s.size() > 1) {
            List<String> onSubject = new ArrayList<>();
            for (String h : h1s) {
                if (!isSiteName(h, site, docTitle) && (sameSubject(h, metaTitle) || sameSubject(h, ldTitle) || sameSubject(h, docTitle))) onSubject.add(h);
            }
            if (onSubject.size() == 1) h1s = onSubject;
        }
        // No h1 at all: pages built from text blocks set their headline as an h2. When the page's title
        // is a composite ("Feuerwehr Oldenburg - Ausbildung") and no declared title gives its bare
        // form (og:title "Post" beside "Post | Site"), the first h2 on its subject stands in for the h1.
        boolean bareDeclared = metaTitle != null && metaTitle.length() < docTitle.length() && containsAtSeparator(docTitle, metaTitle)
                || ldTitle != null && !ldTitle.isEmpty() && ldTitle.length() < docTitle.length() && containsAtSeparator(docTitle, ldTitle);
        if (h1s.isEmpty() && SEPARATOR.matcher(docTitle).find() && !bareDeclared) {
            for (String h : headings("h2")) {
                if (h.split("\\s+").length >= 2 && !isSiteName(h, site, docTitle) && !brands.contains(h)
                        && (sameSubject(h, metaTitle) || sameSubject(h, ldTitle) || sameSubject(h, docTitle))) {
                    h1s = List.of(h);
                    break;
                }
            }
        }
        // It must share a word with the page's title, or the title must be just the site's name.
        if (h1s.size() == 1 && !isSiteName(h1s.get(0), site, docTitle)
                && (sameSubject(h1s.get(0), metaTitle) || sameSubject(h1s.get(0), ldTitle) || sameSubject(h1s.get(0), docTitle)
                    || !docTitle.isEmpty() && docTitle.equalsIgnoreCase(site == null ? "" : site)
                    // Every title the page declares is just the site's name ("Anwalt Niemeyer" on anwaltniemeyer.de).
                    || !docTitle.isEmpty() && isSiteOnly(docTitle, site) && (metaTitle == null || isSiteOnly(metaTitle, site))
                        && (ldTitle == null || ldTitle.isEmpty() || isSiteOnly(ldTitle, site))
                    // The declared title is the menu's label for the page ("About Us - Shabka" where the
                    // menu says "About Us"): the page's own h1 says what it is about.
                    || first(metaTitle, ldTitle, docTitle) != null && isMenuLabel(stripSite(first(metaTitle, ldTitle, docTitle)), headings)
                    // No <title> at all: the heading stands unless a declared title says otherwise.
                    || docTitle.isEmpty() && (metaTitle == null || metaTitle.isEmpty()) && (ldTitle == null || ldTitle.isEmpty()))) return h1s.get(0);
        // Every declared title is the site's name ("ICON • ICON Magazine", og:title "ICON Magazine") or the
        // site's name and a section's ("energieverbraucher.de | Gaspreise"): the first heading that is
        // not the site's name or logo is the page's headline.
        if (!docTitle.isEmpty() && (isSiteOnly(docTitle, site) || isSiteAndSection(docTitle, site))
                && (metaTitle == null || isSiteOnly(metaTitle, site) || isSiteAndSection(metaTitle, site))
                && (ldTitle == null || ldTitle.isEmpty() || isSiteOnly(ldTitle, site) || isSiteAndSection(ldTitle, site))) {
            for (String h : headings) {
                if (words(h) >= 2 && !isSiteOnly(h, site) && !brands.contains(h) && !isSiteName(h, site, docTitle)) return h;
            }
        }
        if (ldTitle != null && !ldTitle.isEmpty()) return stripSite(ldTitle);
        if (metaTitle != null && !metaTitle.isEmpty()) return stripSite(metaTitle);
        if (!docTitle.isEmpty()) return stripSite(docTitle);
        return h1s.isEmpty() ? null : h1s.get(0);
    }

    /**
     * Whether a heading that a markup title equals is the site's name rather than the article's:
     * it is og:site_name, or the page's {@code <title>} holds it and a longer heading between
     * separators ("Was ist Virales Marketing? | DimidoBlog" with both as headings; blog themes
     * put the blog's name in the h1 and in og:title).
     */
    private static boolean siteLike(String h, String site, String docTitle, List<String> headings) {
        if (site != null && h.equalsIgnoreCase(site) && !docTitle.equalsIgnoreCase(site)) return true;
        // Site names are short; a longer heading beside a longer one is a title and its subtitle.
        if (docTitle.length() <= h.length() || !containsAtSeparator(docTitle, h) || h.split("\\s+").length > 4) return false;
        for (String g : headings) {
            if (g.length() > h.length() && g.length() >= 4 && containsAtSeparator(docTitle, g) && !g.toLowerCase(Locale.ROOT).contains(h.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * Whether a lone heading and a declared title speak of the same thing, so the visible heading
     * may stand for it: they share two words of four or more letters, or one that is at least
     * half of the heading's words ("Nachhaltig leben" beside "Nachhaltiger leben"). One shared
     * word in a longer heading is chance ("Test document title" beside "Preferred title", "Why
     * Neon Is the Ultimate Symbol…" beside "The Modern Ambitions Behind Neon"): the declared title wins.
     */
    private static boolean sameSubject(String heading, String declared) {
        if (heading == null || declared == null) return false;
        Set<String> wh = significantWords(heading);
        Set<String> wd = significantWords(declared);
        int shared = 0;
        for (String w : wh) if (wd.contains(w)) shared++;
        return shared >= 2 || shared >= 1 && 2 * shared >= wh.size();
    }

    private static Set<String> significantWords(String s) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : Dates.fold(s).split("[^\\p{L}\\p{N}]+")) if (w.length() >= 4) out.add(w);
        // A hyphenated compound is the same word as its closed spelling ("Mail-Aktion", "Mailaktion").
        for (String w : Dates.fold(s).split("[^\\p{L}\\p{N}-]+")) if (w.indexOf('-') > 0) out.add(w.replace("-", ""));
        return out;
    }

    /**
     * The page's {@code <title>}. jsoup looks for it only in {@code <head>}; a page that prints a
     * PHP warning before its doctype has its head parsed into the body, so any {@code <title>}
     * outside inline SVG (whose {@code <title>}s name icons) counts.
     */
    private String docTitle() {
        String t = Nodes.clean(doc.title());
        if (!t.isEmpty()) return t;
        for (Element e : doc.getElementsByTag("title")) {
            if (e.closest("svg, math") != null) continue;
            t = Nodes.clean(e.text());
            if (!t.isEmpty()) return t;
        }
        return "";
    }

    private List<String> headings(String selector) {
        List<String> out = new ArrayList<>();
        for (Element h : doc.body().select(selector)) {
            if (h.closest("nav, footer, aside") != null) continue;
            // A breadcrumb trail repeats the page's title as its last crumb (an h1 in a list item,
            // kicker and all); the headline is the page's own heading.
            Element crumb = h.closest("li");
            if (crumb != null && crumb.closest("[class*=breadcrumb], [id*=breadcrumb]") != null) continue;
            // A "title" label inside a link names what the link leads to (a download, a teaser),
            // not this page.
            if (!h.normalName().matches("h[1-6]") && h.closest("a") != null) continue;
            // A heading only screen readers see repeats the document's <title> for them ("Post | Blog"
            // in the site header); it is no evidence that the title is shown as a heading.
            // "aural" is the Government Site Builder CMS's class for such text ("Navigation und Service").
            if (h.is(".screen-reader-text, .sr-only, .visually-hidden, .aural")) continue;
            String t = withoutKicker(h);
            if (t.length() >= 3 && t.length() < 300 && !out.contains(t)) out.add(t);
            if (out.size() > 40) break;
        }
        return out;
    }

    private static final String KICKER = "[class*=kicker], [class*=roofline], [class*=overline], [class*=topline], [class*=dachzeile], "
            + "[class*=eyebrow], [class*=titleheader], [class*=hiddendash], .visually-hidden, .sr-only, small, "
            // Text only screen readers get ("<span class=element-invisible> | FASSETTE.NET</span>").
            + ".element-invisible, .invisible, .hidden, [hidden], [aria-hidden=true], "
            // Government Site Builder's screen-reader text inside a heading ("<span class=aural>, Thema:</span>").
            + ".aural";

    /**
     * A heading's text without the kicker that news sites set inside it ({@code <h1><span
     * class=kicker>Corona-Pandemie</span> - <span>„Es kommt …“</span></h1>}, {@code <small>Tunesien</small><br>}):
     * the kicker labels the topic; the headline is the rest. Kept whole when the rest is too short.
     */
    private static String withoutKicker(Element h) {
        // A permalink marker that documentation tools append to headings ("¶", "#", "🔗": an in-page
        // link without a letter or digit) is no part of the title.
        if (!permalinks(h).isEmpty()) {
            h = h.clone();
            permalinks(h).remove();
        }
        String whole = Nodes.clean(h.text());
        if (h.children().isEmpty()) return whole;
        if (h.select(KICKER).isEmpty()) return withoutLeadingSpan(h, whole);
        Element c = h.clone();
        for (Element k : c.select(KICKER)) if (k != c) k.remove();
        String rest = Nodes.clean(c.text()).replaceFirst("^[\\s\u2013\u2014:|-]+", "");
        if (rest.split("\\s+").length < 3) return whole;
        // Once the hidden separator is gone an unnamed kicker may still open the heading.
        return c.children().isEmpty() ? rest : withoutLeadingSpan(c, rest);
    }

    private static org.jsoup.select.Elements permalinks(Element h) {
        org.jsoup.select.Elements out = new org.jsoup.select.Elements();
        for (Element a : h.select("a[href^=#]")) if (!a.text().matches("(?s).*[\\p{L}\\p{N}].*")) out.add(a);
        return out;
    }

    /**
     * A heading that opens with a short element of its own before the headline text ({@code
     * <h1><span>Strompreisbremse – Erlösabschöpfung</span><span>: </span><span>Bundesregierung
     * drosselt …</span></h1>}, {@code <h1><span>Medienmitteilung der …</span>Impfen und …</h1>}):
     * the opening element is an unnamed kicker. It counts as one only when it is under half the
     * heading and at most eight words, and the rest is a headline of three words or more; a
     * heading that is just a link or one element stays whole.
     */
    private static String withoutLeadingSpan(Element h, String whole) {
        org.jsoup.nodes.Node first = h.firstChild();
        // Blank text and the inline <style> blocks of CSS-in-JS themes come before the first visible element.
        while (first instanceof org.jsoup.nodes.TextNode t && t.isBlank()
                || first instanceof Element st && st.normalName().matches("style|script")) first = first.nextSibling();
        if (!(first instanceof Element k) || !k.normalName().matches("span|strong|b|em|div|p")) return whole;
        String kick = Nodes.clean(k.text());
        if (kick.isEmpty() || kick.split("\\s+").length > 8 || 2 * kick.length() >= whole.length()) return whole;
        Element c = h.clone();
        c.child(h.childNodes().indexOf(first) >= 0 ? k.elementSiblingIndex() : 0).remove();
        String rest = Nodes.clean(c.text()).replaceFirst("^[\\s\u2013\u2014:|-]+", "");
        return rest.split("\\s+").length >= 3 ? rest : whole;
    }

    /** The brand headings, found once per page (the title rules ask for them many times). */
    private Set<String> brandCache;

    private static final Pattern BRAND_HINT = Pattern.compile("logo|brand|site-?title|site-?name|masthead", Pattern.CASE_INSENSITIVE);

    /**
     * Headings that show the site's name rather than an article's: a heading named as the logo
     * or site title ({@code <h1 class="topbar__logo__title">}), or one that is just a link to the
     * site's front page ({@code <h1><a href="index.html">evolve extension for Mercurial</a></h1>}).
     * The page's {@code <title>} holds them too ("Post :: PIXNET ::"), so they must not be taken for it.
     */
    private Set<String> brandHeadings() {
        if (brandCache == null) brandCache = findBrandHeadings();
        return brandCache;
    }

    private Set<String> findBrandHeadings() {
        Set<String> out = new java.util.HashSet<>();
        for (Element h : doc.body().select("h1, h2, h3, [class*=title]")) {
            String t = Nodes.clean(h.text());
            if (t.isEmpty() || t.length() > 80) continue;
            boolean brand = BRAND_HINT.matcher(Nodes.hints(h)).find();
            Element a = h.selectFirst("a[href]");
            if (!brand && a != null && Nodes.clean(a.text()).equals(t)) {
                String href = a.attr("href").strip().replaceFirst("(?i)^https?://[^/]+", "");
                brand = href.isEmpty() || href.equals("/") || href.matches("(?i)(\\./|/)?index\\.(html?|php)");
            }
            if (brand) out.add(withoutKicker(h));
        }
        return out;
    }

    /** Whether a title is the site's name beside a one- or two-word section name ("energieverbraucher.de | Gaspreise"). */
    private boolean isSiteAndSection(String t, String site) {
        String[] parts = SEPARATOR.split(t);
        if (parts.length != 2) return false;
        String a = parts[0].strip(), b = parts[1].strip();
        return isSiteOnly(a, site) && words(b) <= 2 || isSiteOnly(b, site) && words(a) <= 2;
    }

    /** Whether {@code t} is the text of a link in the site's menu and of no heading on the page. */
    private boolean isMenuLabel(String t, List<String> headings) {
        if (t == null || t.isBlank() || words(t) > 4) return false;
        for (String h : headings) if (h.equalsIgnoreCase(t)) return false;
        for (Element a : doc.body().select("nav a, [class*=menu] a")) {
            if (Nodes.clean(a.text()).equalsIgnoreCase(t)) return true;
        }
        return false;
    }

    /**
     * Whether a declared title is nothing but the site's name: og:site_name, or the site's domain
     * written out ("Anwalt Niemeyer" on anwaltniemeyer.de, "Gizmeo.eu" on gizmeo.eu).
     */
    private boolean isSiteOnly(String t, String site) {
        if (t == null || t.isBlank()) return false;
        if (site != null && t.equalsIgnoreCase(site)) return true;
        // The site's logo heading ("<h1 class=site-title><a href=/>Echte Demokratie Jetzt! Occupy</a></h1>").
        if (doc.body() != null && brandHeadings().contains(t)) return true;
        // "ICON • ICON Magazine": every part is the site's name or its short form.
        String[] parts = SEPARATOR.split(t);
        if (parts.length > 1) {
            for (String p : parts) {
                p = p.strip();
                if (!(isSiteOnly(p, site) || site != null && site.toLowerCase(Locale.ROOT).startsWith(p.toLowerCase(Locale.ROOT) + " "))) return false;
            }
            return true;
        }
        String folded = letters(t);
        if (folded.length() < 4) return false;
        for (String u : new String[] {canonical(), doc.location()}) {
            if (u == null) continue;
            Matcher m = HOST.matcher(u);
            if (!m.find()) continue;
            String host = Dates.fold(m.group(1));
            if (folded.equals(host.replaceAll("[^\\p{L}\\p{N}]", ""))) return true;
            for (String label : host.split("\\.")) if (label.length() >= 4 && folded.equals(label.replaceAll("[^\\p{L}\\p{N}]", ""))) return true;
        }
        return false;
    }

    /** Whether a heading is the site's name: equal to og:site_name or to the short part of the title after a separator. */
    private static boolean isSiteName(String h, String site, String docTitle) {
        if (site != null && h.equalsIgnoreCase(site)) return true;
        if (docTitle.isEmpty() || h.length() > docTitle.length()) return false;
        Matcher m = SEPARATOR.matcher(docTitle);
        List<String> parts = new ArrayList<>();
        int last = 0;
        while (m.find()) { parts.add(docTitle.substring(last, m.start()).strip()); last = m.end(); }
        parts.add(docTitle.substring(last).strip());
        if (parts.size() < 2) return false;
        // A closing ornament ("… :: PIXNET ::") is not part of the name.
        parts.set(parts.size() - 1, SEPARATOR_END.matcher(parts.get(parts.size() - 1)).replaceFirst(""));
        return h.equalsIgnoreCase(parts.get(parts.size() - 1));
    }

    private static final String SEPARATOR_CHARS = "|\u2502\u2503\uFF5C\u22C5\u2219\u2013\u2014\u00BB\u00AB\u203A\u2039\u00B7\u2022~:-/\\>";

    /** {@link #SEPARATOR_CHARS} as a regex character class (the one list the separator patterns are built from). */
    private static String separatorClass() {
        return "[" + SEPARATOR_CHARS.replace("\\", "\\\\").replace("-", "\\-") + "]";
    }

    /** Whether {@code h} sits in {@code title} between separators ("Site: Heading | More"). */
    private static boolean containsAtSeparator(String title, String h) {
        int at = title.toLowerCase(Locale.ROOT).indexOf(h.toLowerCase(Locale.ROOT));
        if (at < 0) return false;
        String before = title.substring(0, at).strip();
        String after = title.substring(at + h.length()).strip();
        boolean okBefore = before.isEmpty() || SEPARATOR_CHARS.indexOf(before.charAt(before.length() - 1)) >= 0
                && title.substring(0, at).endsWith(" ");
        boolean okAfter = after.isEmpty() || (SEPARATOR_CHARS.indexOf(after.charAt(0)) >= 0 || after.charAt(0) == '(')
                && title.substring(at + h.length()).startsWith(" ");
        // Chinese and Japanese titles set their separators without spaces ("标题！-新华网", "标题_科技_腾讯网").
        if (!okAfter && !h.isEmpty() && isCjk(h.codePointBefore(h.length())) && after.length() > 1
                && (SEPARATOR_CHARS + "_").indexOf(after.charAt(0)) >= 0 && isCjk(after.codePointAt(1))) okAfter = true;
        if (!okBefore && isCjk(h.codePointAt(0)) && before.length() > 1
                && (SEPARATOR_CHARS + "_").indexOf(before.charAt(before.length() - 1)) >= 0 && isCjk(before.codePointBefore(before.length() - 1))) okBefore = true;
        return okBefore && okAfter;
    }

    /** Han, kana, hangul or full-width punctuation. */
    private static boolean isCjk(int c) {
        if (c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF') return true;
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL;
    }

    /** Cuts a " | Site" or " - Site" part when the page's site name (or a short last part) is it. */
    private String stripSite(String t) {
        String once = stripSiteOnce(t);
        if (once.equals(t) || once.isEmpty() || !t.startsWith(once)) return once;
        // "Headline | Section | Site": once the site's name is cut, a part of one or two words after the
        // same separator is the section's label ("Stadtrat beschließt Haushalt | Lokales | Zeitung").
        Matcher cut = SEPARATOR.matcher(t.substring(once.length()));
        if (!cut.lookingAt()) return once;
        String sep = cut.group().strip();
        if (sep.equals(":")) return once;
        int at = once.lastIndexOf(" " + sep + " ");
        if (at < 0) return once;
        String head = once.substring(0, at).strip(), section = once.substring(at + sep.length() + 2).strip();
        // A label is words: a date or a score after the separator ("… - 28.09.2020") is part of the title.
        if (words(section) <= 2 && words(head) >= 3 && (!section.matches(".*\\d.*") || PAGE_NUMBER.matcher(section).matches())
                && !SEPARATOR.matcher(" " + section + " ").find()) return head;
        return once;
    }

    /** The page number of a paginated article ("Seite 2", "Page 3"), a label like a section's. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page|seite|pagina|página|page n°|strona|sida|side)\\s*\\d{1,3}");

    private String stripSiteOnce(String t) {
        String site = meta("og:site_name", "application-name");
        // Chinese and Japanese titles set the bar without spaces ("東京で美術館が開館｜アートニュース").
        // (compared in place: lower-casing can change a string's length, as with "İ", and the cut uses t's own length)
        if (site != null && t.length() > site.length() + 1 && t.regionMatches(true, t.length() - site.length(), site, 0, site.length())) {
            String head = t.substring(0, t.length() - site.length()).strip();
            if (head.length() > 1) {
                char sep = head.charAt(head.length() - 1);
                head = head.substring(0, head.length() - 1).strip();
                if ((SEPARATOR_CHARS + "_").indexOf(sep) >= 0 && !head.isEmpty() && isCjk(head.codePointBefore(head.length()))) return head;
            }
        }
        Matcher m = SEPARATOR.matcher(t);
        List<int[]> seps = new ArrayList<>();
        while (m.find()) seps.add(new int[] {m.start(), m.end()});
        if (seps.isEmpty()) return t;
        int[] last = seps.get(seps.size() - 1);
        String head = t.substring(0, last[0]).strip();
        String tail = t.substring(last[1]).strip();
        if (site != null && (tail.equalsIgnoreCase(site) || site.toLowerCase(Locale.ROOT).contains(tail.toLowerCase(Locale.ROOT)))) return head;
        int[] firstSep = seps.get(0);
        String firstPart = t.substring(0, firstSep[0]).strip();
        if (site != null && firstPart.equalsIgnoreCase(site)) return t.substring(firstSep[1]).strip();
        // The site's name in the middle, sections after it ("Headline | NDR.de - Nachrichten - Niedersachsen"):
        // everything from the site's name on goes.
        for (int i = 1; i < seps.size(); i++) {
            String part = t.substring(seps.get(i - 1)[1], seps.get(i)[0]).strip();
            if (site != null && part.equalsIgnoreCase(site) && words(t.substring(0, seps.get(i - 1)[0])) >= 2) return t.substring(0, seps.get(i - 1)[0]).strip();
        }
        // The site's domain written as its name, first or last ("energieverbraucher.de | Gaspreise steigen").
        if (isSiteOnly(tail, site) && !head.isEmpty()) return head;
        if (isSiteOnly(firstPart, site) && !t.substring(firstSep[1]).isBlank()) return t.substring(firstSep[1]).strip();
        // A short last part that opens with the domain's name is the site's name with a section or an
        // ornament ("Magic Cleaning | sheego ♥ Magazin" on sheego.de), even after a short headline.
        if (!head.isEmpty() && words(tail) <= 4 && opensWithDomainName(tail) && !t.substring(last[0], last[1]).contains(":")) return head;
        // Readability's rule: a short last part after a hierarchical separator is the site's name.
        // Chinese and Japanese set no spaces between words: eight characters make a headline.
        if ((words(head) >= 3 || head.length() >= 8 && isCjk(head.codePointBefore(head.length()))) && words(tail) <= 4 && !t.substring(last[0], last[1]).contains(":")) return head;
        return t;
    }

    /** Whether a title part's first word is the page's domain name (a label of four letters or more, "sheego" of www.sheego.de). */
    private boolean opensWithDomainName(String part) {
        String first = letters(part.strip().split("\\s+")[0]);
        return first.length() >= 4 && first.equals(domainName());
    }

    /**
     * The registered name in the page's address, folded to letters and digits: "sheego" of
     * www.sheego.de, "echtedemokratiejetzt" of echte-demokratie-jetzt.de, "bbc" of bbc.co.uk; null without an address.
     */
    private String domainName() {
        for (String u : new String[] {canonical(), doc.location()}) {
            if (u == null) continue;
            Matcher m = HOST.matcher(u);
            if (!m.find()) continue;
            String name = registeredName(m.group(1));
            if (name != null) return name;
        }
        return null;
    }

    private static final Pattern HOST = Pattern.compile("(?i)^https?://(?:www\\.)?([^/:?#]+)");

    /** Second-level labels under a country's domain that say what kind of site it is ("co" of bbc.co.uk, "com" of abc.com.au). */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "net", "org", "gov", "gob", "edu", "ac", "or", "ne", "go", "mil", "ltd", "plc", "sch");

    /**
     * The registered name of a host, folded to letters and digits: the label before the top-level
     * domain ("cnn" of edition.cnn.com), or before a country's second level ("bbc" of news.bbc.co.uk).
     */
    static String registeredName(String host) {
        String[] labels = Dates.fold(host).split("\\.");
        if (labels.length < 2) return null;
        int i = labels.length - 2;
        if (i > 0 && labels[labels.length - 1].length() == 2 && SECOND_LEVEL.contains(labels[i])) i--;
        return labels[i].replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A blurb of two sentences or more that trails off ("Mrs H gave shop.example 5 stars. Check out the full review..."). */
    private static boolean isTeaser(String t) {
        // Three words or more on each side of the sentence end: "Mr. Smith Goes to Washington…" is one sentence.
        // The pattern's repeated groups recurse once per word in java.util.regex: a declared title of
        // thousands of words overflowed the stack, and no sharing blurb is that long.
        if (t.length() > MAX_TITLE_PATTERN) return false;
        return t.matches("(?s)(\\S+\\s+){2,}\\S*\\p{Ll}[.!?]\\s+\\p{Lu}\\S*(\\s+\\S+){2,}(\\.\\.\\.|\u2026)");
    }

    /** Lower-case words and digits joined by hyphens or underscores, no spaces: "adac-kindersitztest-herbst-2018". */
    private static boolean isSlug(String t) {
        return t != null && t.length() <= MAX_TITLE_PATTERN && t.matches("[\\p{Ll}\\p{N}]+([-_][\\p{Ll}\\p{N}]+){2,}");
    }

    /** The longest declared title the teaser and slug patterns look at (their groups recurse per word). */
    private static final int MAX_TITLE_PATTERN = 1000;

    /** The title with en and em dashes written as hyphens. */
    private static String sameDashes(String s) {
        return s.replace('\u2013', '-').replace('\u2014', '-');
    }

    /** Letters and digits only, folded to lower case without accents. */
    private static String letters(String s) {
        return Dates.fold(s).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static int words(String s) { return s.isBlank() ? 0 : s.strip().split("\\s+").length; }

    // ---------------------------------------------------------------- authors

    private List<String> authors() {
        Set<String> out = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        for (Map<String, Object> m : ld) {
            Object a = m.get("author");
            if (a == null) a = m.get("creator");
            addAuthors(a, out, orgs, 0);
            if (!out.isEmpty()) break;
        }
        // SEO plugins that declare no Article put the author on the WebPage node.
        for (Map<String, Object> m : ldPages) {
            if (!out.isEmpty()) break;
            addAuthors(m.get("author"), out, orgs, 0);
        }
        if (out.isEmpty()) {
            // Dublin Core's creator is an explicit statement; a generic "author" meta is often a CMS default.
            for (String k : new String[] {"dc:creator", "dcterms:creator", "dcterm:creator", "dc.creator", "dcterms.creator", "author", "article:author", "citation_author",
                    "parsely-author", "sailthru.author", "byl", "twitter:creator:name", "og:article:author", "shareaholic:article_author_name"}) {
                String v = meta.get(k);
                if (v == null) continue;
                if (k.equals("citation_author") || k.contains("creator")) {
                    // Scholarly and Dublin Core metadata repeat the tag once per author.
                    for (Element m : doc.select("meta[content]")) {
                        String keys = (m.attr("name") + " " + m.attr("property")).toLowerCase(Locale.ROOT);
                        if ((" " + keys.strip() + " ").contains(" " + k + " ")) addNames(m.attr("content"), out, orgs);
                    }
                } else addNames(v, out, orgs);
                if (!out.isEmpty()) break;
            }
        }
        if (out.isEmpty()) {
            // SEO plugins print the author as a labelled pair for link previews:
            // twitter:label1 "Written by" / "Verfasst von", twitter:data1 "Karoline Herr".
            for (int i = 1; i <= 4 && out.isEmpty(); i++) {
                String label = meta.get("twitter:label" + i);
                String data = meta.get("twitter:data" + i);
                if (label != null && data != null && WRITTEN_BY.matcher(label.strip()).matches()) addNames(data, out, orgs);
            }
        }
        // An organisation named as the JSON-LD author counts only when no person is named anywhere.
        if (out.isEmpty()) out.addAll(orgs);
        return new ArrayList<>(out);
    }

    /** The label of a written-by pair: "Written by", "Verfasst von", "Geschrieben von", "Auteur", "Autor". */
    private static final Pattern WRITTEN_BY = Pattern.compile(
            "(?i)(written\\s+by|verfasst\\s+von|geschrieben\\s+von|(é|e)crit\\s+par|escrito\\s+por|author|autor(in)?|auteur)\\s*:?");

    /**
     * Adds the names in one author string: labels cut, a list of several people split into
     * separate entries, and an editorial-team byline ("Redaktion") kept apart in {@code collective}
     * so that it names the author only when no person is named.
     */
    private static void addNames(String raw, Set<String> out, Set<String> collective) {
        if (raw == null) return;
        String s = stripLabels(Nodes.clean(org.jsoup.parser.Parser.unescapeEntities(raw, false)));
        if (Names.isCollective(s)) { collective.add(s); return; }
        for (String part : Names.split(s)) addName(part, out);
    }

    private static String stripLabels(String s) {
        String prev;
        do {
            prev = s;
            s = NAME_LABEL.matcher(s).replaceFirst("");
            s = BY_PREFIX.matcher(s).replaceFirst("");
            // "By" set in its own element runs into the name once the text is joined ("ByAlex Bozarjian").
            s = s.replaceFirst("^(By|Von|Par|Por)(?=\\p{Lu}\\p{Ll})", "");
        } while (!s.equals(prev));
        return s;
    }

    /** JSON-LD authors: Person names (and plain strings) go to {@code out}, Organization names to {@code orgs}. */
    private void addAuthors(Object a, Set<String> out, Set<String> orgs, int depth) {
        if (depth > 4 || a == null) return;
        if (a instanceof List<?> l) { for (Object o : l) addAuthors(o, out, orgs, depth + 1); return; }
        if (a instanceof Map<?, ?> m) {
            if (m.get("name") == null && m.get("@id") instanceof String id && ldIds.containsKey(id) && ldIds.get(id) != a) {
                addAuthors(ldIds.get(id), out, orgs, depth + 1);
                return;
            }
            Object n = m.get("name");
            boolean org = m.get("@type") instanceof String t && t.matches("(?i).*(organization|organisation|corporation|newsmediaorganization)");
            if (n instanceof String s) {
                if (org) addName(s, orgs);
                else addNames(s, out, orgs);
            }
            return;
        }
        if (a instanceof String s) addNames(s, out, orgs);
    }

    /**
     * The page's address for telling the site's brand from a person: the canonical address, else
     * the {@code <base href>} a saved page keeps (its host is the site's).
     */
    private String siteUrl() {
        String c = canonical();
        if (c != null) return c;
        Element base = doc.selectFirst("base[href]");
        String b = base == null ? "" : base.attr("href").strip();
        return b.matches("(?i)https?://[^/]+.*") ? b : null;
    }

    /** Whether an author found in markup is no person: the brand, a company, the editorial team, a handle or initials. */
    private boolean notAPerson(String a) {
        return isBrand(a, siteName0(), publisher0(), siteUrl()) || isHandle(a) || Names.isOrganisation(a)
                || Names.isCollective(a) || Names.isInitials(a);
    }

    /**
     * Names without the outlet appended after a comma when the outlet is this site ("Rob Picheta,
     * CNN" on cnn.com): the site is not part of the person's name. Another outlet stays ("…, NDR"
     * on tagesschau.de credits the partner).
     */
    private List<String> withoutOutlet(List<String> authors) {
        List<String> out = new ArrayList<>();
        String sn = siteName0();
        String pb = publisher0();
        String url = canonical();
        for (String a : authors) {
            int comma = a.lastIndexOf(", ");
            if (comma > 0 && a.substring(0, comma).contains(" ") && isBrand(a.substring(comma + 2), sn, pb, url)) a = a.substring(0, comma).strip();
            if (!out.contains(a)) out.add(a);
        }
        return out;
    }

    /**
     * The full name for an author the markup gives by first name only ("Nils" where the article
     * says "Eine Kolumne von Nils Pickert", "Stefanus" beside an author box "Stefanus Stahl -
     * Maschinenbauer"): the first name followed by a capitalised surname after "by"/"von", or in a
     * box named for the author.
     */
    private String fullName(String name) {
        if (!name.matches("\\p{Lu}\\p{Ll}+") || doc.body() == null) return name;
        Pattern after = Pattern.compile("(?:^|\\b(?:[Bb]y|[Vv]on|[Pp]ar)\\s+)" + Pattern.quote(name) + "\\s+(\\p{Lu}\\p{Ll}[\\p{L}'’-]+)\\b");
        int seen = 0;
        for (Element e : doc.body().select("p, span, div, em, strong, small, li")) {
            if (seen++ > 5000) break;
            String own = Nodes.clean(e.ownText());
            if (own.isEmpty() || own.length() > 300 || !own.contains(name)) continue;
            boolean box = BYLINE_HINT.matcher(Nodes.hints(e) + " " + (e.parent() == null ? "" : Nodes.hints(e.parent()))).find();
            Matcher m = after.matcher(own);
            if (m.find() || box && (m = Pattern.compile("^" + Pattern.quote(name) + "\\s+(\\p{Lu}\\p{Ll}[\\p{L}'’-]+)\\b").matcher(own)).find()) {
                String full = name + " " + m.group(1);
                if (!Dates.isMonth(m.group(1))) return full;
            }
        }
        return name;
    }

    /** A user handle rather than a name: one word with digits, or one all-lower-case word. */
    private static boolean isHandle(String name) {
        return !name.contains(" ") && (name.matches(".*\\d.*") || name.matches("[a-z0-9_.-]+"));
    }

    /**
     * Whether an author name is really the site or publisher ("tagesschau.de", "National
     * Geographic" on nationalgeographic.co.uk): CMSs fill the author field with the brand.
     */
    private static boolean isBrand(String name, String siteName, String publisher, String url) {
        String n = Dates.fold(name).replaceAll("[^\\p{L}\\p{N}]", "");
        if (n.isEmpty()) return false;
        for (String s : new String[] {siteName, publisher}) {
            if (s != null && Dates.fold(s).replaceAll("[^\\p{L}\\p{N}]", "").equals(n)) return true;
        }
        if (name.matches("(?i)[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,6}")) return true;
        if (url != null) {
            String host = url.replaceFirst("(?i)^https?://(www\\.)?", "").replaceFirst("[/:?#].*$", "");
            String[] labels = host.split("\\.");
            String first = Dates.fold(labels[0]).replaceAll("[^\\p{L}\\p{N}]", "");
            if (first.length() >= 4 && first.equals(n)) return true;
            // The domain's name inside a longer author name is the site with a prefix or a tagline
            // ("EFC Bayrische Bembel" on bayrische-bembel.de); a long label rarely hides in a person's name.
            // Not a member's subdomain on a platform (stevenhgm.pixnet.net names the blogger).
            boolean ownDomain = labels.length == 2 || labels.length == 3 && labels[1].length() <= 3;
            if (ownDomain && first.length() >= 8 && n.contains(first)) return true;
            // A short brand under a section host: "CNN" on edition.cnn.com (the last label is the TLD).
            for (int i = 1; i < labels.length - 1; i++) {
                String l = Dates.fold(labels[i]).replaceAll("[^\\p{L}\\p{N}]", "");
                if (l.length() >= 3 && l.equals(n)) return true;
            }
        }
        return false;
    }

    /** Adds a cleaned author name; URLs, handles and e-mail addresses are not names. */
    static void addName(String raw, Set<String> out) {
        if (raw == null) return;
        // Labels before the name: "Post author", "Author:", "By", "Von", "Interview:".
        String s = stripLabels(Names.trimTail(Nodes.clean(org.jsoup.parser.Parser.unescapeEntities(raw, false))));
        // A separator set before the name in its own element ("<span class=pipe>|</span>buchmesse.ARD.de").
        s = s.replaceFirst("^[|\u00B7\u2022]\\s*", "");
        // What follows the name: "· Sonntag, 12. Oktober 2025", "| Leave a comment", " am 21. April", " 18.10.2019", ", updated …".
        s = s.replaceFirst("\\s*[\u00B7|\u2022\u2013\u2014/]\\s.*$", "");
        s = s.replaceFirst("\\s*,\\s*[^,]*\\d.*$", "");
        s = s.replaceFirst("(?i)(\\s+|\\s*[,\u2013\u2014-]\\s*)(updated|published|posted|publiziert|ver(ö|oe)ffentlicht|aktualisiert|on|am|le|el|at)\\s.*$", "");
        s = s.replaceFirst("(?i)(\\s+|\\s*[,\u2013\u2014-]\\s*)(updated|published|posted|publiziert|ver(ö|oe)ffentlicht|aktualisiert|on|am|le|el|at):?$", "");
        // A relative time after the name: "Houzz Deutschland vor 5 Stunden", "vor einer Woche".
        s = s.replaceFirst("\\s+vor\\s+(?:\\d|einer?\\b|einem\\b|wenigen\\b).*$", "");
        boolean hadDate = s.matches(".*\\d.*");
        s = s.replaceFirst("\\s+\\d.*$", "").strip();
        // "Nathan Willis March" once the day and year are cut: a trailing month name is part of a
        // date. Without a date it is a name ("Kate May").
        int sp = s.lastIndexOf(' ');
        if (hadDate && sp > 0 && Dates.isMonth(s.substring(sp + 1))) s = s.substring(0, sp).strip();
        s = Names.trimTail(s.replaceFirst("[\\s,;:|\u2013\u2014-]+$", ""));
        // A slash joins a writer and an agency or desk ("AFP/The Local", "MDR THÜRINGEN/ls"); only an address is no name.
        if (s.length() < 2 || s.length() > 80 || s.startsWith("http") || s.startsWith("@") || s.contains("@") || s.contains("://")
                || s.startsWith("/") || s.matches("(?i)www\\..*")) return;
        if (Names.notAName(s)) return;
        if (!s.matches(".*\\p{L}.*") || NAME_LABEL_ONLY.matcher(s).matches() || Character.isDigit(s.charAt(0))) return;
        if (s.matches("(?i)^(last\\s+)?(updated|modified|published|posted)\\b.*")) return;
        out.add(s);
    }

    /**
     * Labels before a name. "Redaktion" only with a colon: "Redaktion Polizeiticker Schweiz" names the
     * desk that signs, "Redaktion: Eberhard Fuhr" the person.
     */
    private static final Pattern NAME_LABEL = Pattern.compile(
            "(?i)^(?:redaktion\\s*:\\s*|(post\\s+)?(text\\s*(?:&|und|and)\\s*(?:fotos?|bilder?|photos?)|fotos?|photos?|author|autor(in|en|/in|\\*in)?|auteur|autore|verfasser(in)?|interview|text|written|posted|geschrieben|publiziert|"
            + "eingestellt|ver(ö|oe)ffentlicht|erstellt|artikel|beitrag|pressemitteilung|quelle|source|publi(é|e)|publicado|escrito)\\s*(:|\\s(?=by\\b|von\\b|par\\b|por\\b|\\p{Lu})|(?=von\\b)|(?-i:(?=\\p{Lu})))\\s*)");
    private static final Pattern NAME_LABEL_ONLY = Pattern.compile(
            "(?i)(by|von|par|por|author|autor|posted|publiziert( am)?|eingestellt( von)?|no author|admin|administrator|unknown|anonymous|redaktion)");

    /** Visible bylines: {@code rel=author}, {@code itemprop=author}, or short boxes named byline/author. */
    private List<String> visibleAuthors() {
        Set<String> out = new LinkedHashSet<>();
        for (Element e : doc.select("[rel=author], [itemprop=author], [itemprop=creator]")) {
            Element nameEl = e.selectFirst("[itemprop=name]");
            // The text readers see: a screen-reader copy of the name ("<span class=u-screen-reader-text>") is left out.
            String t = nameEl != null ? nameEl.text() : Nodes.clean(Bylines.visibleText(e));
            if (t.length() < 100) addNames(t, out, new LinkedHashSet<>());
            if (!out.isEmpty()) return new ArrayList<>(out);
        }
        for (Element e : doc.body().getAllElements()) {
            // Test ids name components as plainly as classes do (data-testid="prism-byline").
            String hints = (Nodes.hints(e) + " " + e.attr("data-testid")).strip();
            if (hints.isEmpty() || !BYLINE_HINT.matcher(hints).find()) continue;
            if (hints.toLowerCase(Locale.ROOT).contains("comment")) continue;
            if (inPictureBox(e)) continue;
            // Visible text with the parts apart ("Houzz Deutschland" and "vor 5 Stunden" in two spans);
            // a large box is skipped before its text is read.
            if (Nodes.countElements(e, 40) >= 40) continue;
            String t = Nodes.clean(Bylines.visibleText(e));
            if (t.isEmpty() || t.length() > 100) continue;
            // The innermost named box holds just the name ("<p class=byline>Von <span class=autor>…</span> · date</p>").
            Element inner = null;
            for (Element c : e.getAllElements()) {
                if (c != e && BYLINE_HINT.matcher(Nodes.hints(c)).find() && !c.text().isBlank()) { inner = c; break; }
            }
            if (inner != null) {
                addNames(Nodes.clean(Bylines.visibleText(inner)), out, new LinkedHashSet<>());
                if (!out.isEmpty()) { bylines.add(e); return new ArrayList<>(out); }
            }
            addNames(t, out, new LinkedHashSet<>());
            if (!out.isEmpty()) {
                bylines.add(e);
                return new ArrayList<>(out);
            }
        }
        return new ArrayList<>(out);
    }

    /** Names of the boxes that hold a picture's caption or credit. */
    private static final Pattern PICTURE_BOX = Pattern.compile("caption|photo|foto|picture|credit", Pattern.CASE_INSENSITIVE);

    /**
     * Whether an "author" box sits in a picture's caption (a figure, or a near box named photo,
     * caption or credit that is not itself a byline box and holds no headline): it credits whoever
     * made the picture ("Фото из Инстаграма …"), not the writer.
     */
    private static boolean inPictureBox(Element e) {
        int up = 0;
        for (Element p = e; p != null && up < 3; p = p.parent(), up++) {
            String h = Nodes.hints(p);
            boolean picture = p.normalName().equals("figure") || p.normalName().equals("figcaption")
                    || p != e && PICTURE_BOX.matcher(h).find() && !BYLINE_HINT.matcher(h).find();
            // A box that holds a headline is the article's header laid over its picture, not a caption.
            // Only the picture box is searched (the boxes below it are inside it): searching every
            // ancestor of every author-named box read a whole comment list once per comment.
            if (picture) return p.selectFirst(ANY_HEADING) == null;
        }
        return false;
    }

    private static final org.jsoup.select.Evaluator ANY_HEADING = org.jsoup.select.QueryParser.parse("h1, h2, h3, h4, h5, h6");

    /** "By …", "Von …", also "Posted by …", "Geschrieben von …", "Autoren …" (the first group marks the explicit forms). */
    private static final Pattern BY_LINE = Pattern.compile(
            "^(?:((?:posted|written|geschrieben|verfasst|erstellt|eingestellt)\\s+(?:by|von)|autor(?:in|en)?:?|authors?:)|by|von|par|por|door|di)\\s+(?=\\p{Lu})(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_JOIN = Pattern.compile("\\s*(?:,\\s*(?:and|und|et|y)\\s+|\\s+(?:and|und|et|y|&)\\s+|,\\s+)");

    /**
     * A short unmarked line that starts "By …"/"Von …"/"Par …" near the top of the page
     * ({@code <address>By Tim Anderson</address>}, {@code <h4>By Jane Doe | 12/10/2020</h4>}):
     * the names after the word, split at "and"/"und"/commas, each cleaned of dates and labels.
     */
    private List<String> byLine(String title) {
        if (doc.body() == null) return List.of();
        int seen = 0;
        for (Element e : doc.body().select("p, div, span, address, h3, h4, h5, h6, li, small, em, strong, td")) {
            if (seen++ > 3000) break;
            // A short line holds few elements: a container is skipped before its text is built.
            if (Nodes.countElements(e, 15) >= 15) continue;
            // Soft hyphens are invisible break hints inside the name ("Mat\u00ADthi\u00ADas").
            String t = Nodes.clean(e.text()).replace("\u00AD", "");
            if (t.length() < 5 || t.length() > 90) continue;
            // A quotation or an embedded post (a Facebook video "Posted by SPÖ") credits someone else.
            if (e.closest("nav, footer, aside, blockquote, [class*=comment], [id*=comment]") != null) continue;
            Matcher m = BY_LINE.matcher(t);
            if (!m.find()) continue;
            // The names end where a date, a separator or a job title begins.
            String names = m.group(2).replaceFirst("\\s*[|\u00B7\u2022\u2013\u2014]\\s.*$", "").replaceFirst("\\s*\\(.*$", "");
            // "Cooper am 25.08.2015 22:30", "Fabian am Dienstag 6. Mai 2014", "Jane Doe on March 3, 2014": the date is no name.
            names = names.replaceFirst("\\s+(?:am|on|le|el|op|[Pp]ublished|[Pp]osted|[Pp]ublicado|[Pp]ubli(?:é|e)|[Vv]er(?:ö|oe)ffentlicht|[Aa]ktualisiert|[Uu]pdated)\\s.*\\d.*$", "");
            Set<String> out = new LinkedHashSet<>();
            for (String part : NAME_JOIN.split(names)) {
                String p = part.strip();
                // Each part must look like a name: two to four capitalised words; after an explicit
                // "Posted by" a single one will do ("Posted by Konstantin @ 12:00 am").
                p = p.replaceFirst("\\s+@\\s.*$", "");
                if (p.matches("\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}")
                        || m.group(1) != null && p.matches("\\p{Lu}[\\p{L}'’-]+")) addName(p, out);
                // After the names come roles and affiliations ("Autorin: Uta Staschewski, Projektleiterin der HSS").
                else break;
            }
            if (!out.isEmpty()) {
                bylines.add(e);
                return new ArrayList<>(out);
            }
        }
        return List.of();
    }

    /** An element that only labels what follows it as the author: "Autor", "Author:", "Verfasser". */
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?i)(autor(in|en)?|authors?|verfasser(in)?|written\\s+by|geschrieben\\s+von|[|\u00B7\u2022]?\\s*(by|von|par|por))\\s*:?");
    /** "11.12.2019 - Amelie Loevenich": a date, a dash, then who wrote it. */
    private static final Pattern DATE_DASH_NAME = Pattern.compile("^(.{6,30}?)\\s+[-\u2013\u2014|\u00B7]\\s+(.{3,80})$");
    /** Two to four capitalised words, with the particles of names ("John v. Berenberg-Consbruch", "Michiel de Jong"). */
    private static final Pattern NAME_SHAPE = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(\\s+(?:(?:von|van|de|der|den|da|di|du|le|la|v\\.)\\s+)?\\p{Lu}[\\p{L}.'’-]*){1,3}");

    /**
     * Authors the page names without byline markup: a label element with the name after it
     * ({@code <h4>Autor</h4><p><a>Nikolai Huke</a></p>}, {@code <h5>Autor: </h5>Peter Maahn/SP-X}, the
     * agency after the slash cut), or a short line that gives the date and then the writer
     * ("11.12.2019 - Amelie Loevenich", "05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher)").
     * Only text shaped like a person's name counts.
     */
    private List<String> labelledAuthors() { return labelledAuthors(true); }

    /** {@code dateLines}: also the "date - name" lines (the costlier walk, building each line's text). */
    private List<String> labelledAuthors(boolean dateLines) {
        if (doc.body() == null) return List.of();
        Set<String> out = new LinkedHashSet<>();
        int seen = 0;
        for (Element e : doc.body().getAllElements()) {
            if (seen++ > 5000) break;
            if (!e.children().isEmpty() || !AUTHOR_LABEL.matcher(Nodes.clean(e.ownText())).matches()) continue;
            if (e.closest("nav, footer, aside, [class*=comment], [id*=comment]") != null) continue;
            org.jsoup.nodes.Node n = e.nextSibling();
            while (n instanceof org.jsoup.nodes.TextNode tn && tn.isBlank()) n = n.nextSibling();
            String next = n instanceof org.jsoup.nodes.TextNode tn ? tn.text() : n instanceof Element ne ? ne.text() : null;
            if (next == null) continue;
            String cand = Nodes.clean(next).replaceFirst("\\s*/.*$", "").replaceFirst("[\\s,;:|]+$", "");
            if (NAME_SHAPE.matcher(cand).matches()) {
                addName(cand, out);
                if (!out.isEmpty()) return new ArrayList<>(out);
            }
        }
        if (!dateLines) return List.of();
        seen = 0;
        for (Element e : doc.body().select("p, div, span, small, li, em")) {
            if (seen++ > 3000) break;
            // A short line: few elements (checked first, as a container's text is costly to build).
            if (Nodes.countElements(e, 6) >= 6) continue;
            String t = Nodes.clean(e.text());
            if (t.length() < 10 || t.length() > 100) continue;
            Matcher m = DATE_DASH_NAME.matcher(t);
            if (!m.find() || Dates.parse(m.group(1)) == null) continue;
            if (e.closest("nav, footer, aside, [class*=comment], [id*=comment]") != null) continue;
            String name = stripLabels(m.group(2)).replaceFirst("\\s*\\(.*$", "").strip();
            if (NAME_SHAPE.matcher(name).matches()) {
                addName(name, out);
                if (!out.isEmpty()) {
                    bylines.add(e);
                    return new ArrayList<>(out);
                }
            }
        }
        return List.of();
    }

    /**
     * Authors that blog and news platforms show without byline boxes: a "by" before a link to the
     * member's profile page, a CJK "作者："/"责任编辑：" label, the name on a comment the post's author
     * wrote, the signature under the text. See {@link Bylines}.
     */
    private List<String> platformAuthors() {
        String name = Bylines.profileLink(doc);
        if (name == null) name = Bylines.cjkLabel(doc);
        if (name == null) name = postAuthor;
        if (name == null) name = Bylines.signature(doc);
        if (name == null) return List.of();
        // These lines stay in the body: a signature closes the text, the others sit among boilerplate the extractor drops.
        Set<String> out = new LinkedHashSet<>();
        addName(name, out);
        return new ArrayList<>(out);
    }

    /**
     * The author the page shows its readers when the markup's author is not seen on the page: an
     * explicit visible byline ("Erstellt von Fabian", "von" before a link to Fabian's profile, an
     * author box labelled "Autor") wins over a markup author (often a site-wide {@code <meta
     * name=author>}) that appears nowhere in the page's visible text.
     */
    private List<String> asShown(List<String> authors, String title) {
        if (doc.body() == null || authors.isEmpty()) return authors;
        int marked = bylines.size();
        if (Bylines.shown(authors, Bylines.visibleText(doc.body()))) return authors;
        List<String> explicit = byLine(title);
        if (explicit.isEmpty()) {
            String linked = Bylines.profileLink(doc);
            if (linked != null) {
                Set<String> out = new LinkedHashSet<>();
                addName(linked, out);
                explicit = new ArrayList<>(out);
            }
        }
        // An author box with its label ("<h3>Autor</h3><h4><a>Teufel Blog Redaktion</a></h4>").
        if (explicit.isEmpty()) explicit = labelledAuthors(false);
        // The byline boxes stay in the body as before: only the name changes here.
        while (bylines.size() > marked) bylines.remove(bylines.size() - 1);
        if (!explicit.isEmpty() && explicit.stream().noneMatch(this::notAPerson)) return explicit;
        return authors;
    }

    /** "© 2019 Sven Schreivogel", "Copyright (c) 2012- Gregory Szorc.", "(c) 2006-2008 by Martin Weber". */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:\u00A9|\\(c\\)|copyright)(?:\\s*(?:\\(c\\)|\u00A9))?\\s*(?:(?:19|20)\\d{2}\\s*(?:[-\u2013]\\s*(?:(?:19|20)\\d{2})?)?\\s*)?(?:by\\s+|von\\s+)?"
            + "(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,2})(?=\\s*(?:[.,|<]|all\\s+rights|alle\\s+rechte|$))");

    /**
     * The person who holds the page's copyright, as the last resort on a personal site ("©
     * 2019 Sven Schreivogel", "Copyright (c) 2012- Gregory Szorc. All rights reserved"): whoever
     * owns a one-person blog wrote its posts. A holder that is the site, a company or a brand is
     * no author.
     */
    private List<String> copyrightHolder() {
        if (doc.body() == null) return List.of();
        int seen = 0;
        for (Element e : doc.body().select("p, small, div, span, footer, li")) {
            if (seen++ > 5000) break;
            String own = e.ownText();
            if (own.length() < 6 || own.length() > 200 || !(own.contains("\u00A9") || own.contains("(c)") || own.contains("(C)")
                    || own.toLowerCase(Locale.ROOT).contains("copyright"))) continue;
            own = Nodes.clean(own);
            Matcher m = COPYRIGHT.matcher(own);
            if (!m.find()) continue;
            // Photo credits ("© Iona Dutz / Greenpeace" under a picture) name the photographer: a
            // site's notice gives the year or says "Copyright", and sits outside figures.
            if (!m.group().matches("(?is).*(\\d|copyright).*") || e.closest("figure, figcaption, [class*=caption], [class*=credit], [class*=media]") != null) continue;
            String name = m.group(1).replaceFirst("[.,]+$", "");
            if (notAPerson(name) || Names.isOrganisation(name) || !NAME_SHAPE.matcher(name).matches()) continue;
            Set<String> out = new LinkedHashSet<>();
            addName(name, out);
            if (!out.isEmpty()) return new ArrayList<>(out);
        }
        return List.of();
    }

    // ---------------------------------------------------------------- dates

    /** The datetime of a {@code <time>} marked published (or modified), or the first {@code <time pubdate>}. */
    private String timeElement(String kind) {
        String sel = kind.equals("published")
                ? "time[pubdate], [itemprop=datePublished], time.published, time.entry-date, .published time, time[datetime].published, "
                        // RDFa on ordinary elements (Drupal's <span property="schema:dateCreated" content=…>).
                        + "[property=schema:datePublished][content], [property=schema:dateCreated][content], [property=dc:date][content], [property=dc:created][content]"
                : "[itemprop=dateModified], time.updated, .updated time, time.modified";
        for (Element e : doc.select(sel)) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            String d = Dates.parse(v);
            if (d != null) return d;
        }
        if (kind.equals("published")) {
            // Any other <time>, but not one marked as the last change (class "updated", itemprop
            // dateModified) or sitting in an "updated" line: that dates a change, not the publication.
            for (String where : new String[] {"article time[datetime], main time[datetime], header time[datetime]", "time[datetime]"}) {
                for (Element t : doc.select(where)) {
                    if (t.is(".updated, .modified, [itemprop=dateModified]")) continue;
                    Element line = t.parent();
                    if (line != null && Pattern.compile("(?i)updated|aktualisiert|modified").matcher(line.ownText()).find()) continue;
                    return Dates.parse(t.attr("datetime"));
                }
            }
        }
        return null;
    }

    /** A visible "published on"/"last updated on" line: {updatedFlag or null, date, author or null}. */
    private String[] dateLine() {
        for (Element e : doc.body().select("p, div, span, time, small, em, footer, li, header, h6, h5, h4")) {
            if (!e.children().isEmpty() && e.children().size() > 4 || Nodes.countElements(e, 20) >= 20) continue;
            String t = Nodes.clean(e.text());
            // Every date format has digits: a line without any cannot be a date line (and the
            // regular expression is the costly part of this walk).
            if (t.length() < 10 || t.length() > 150 || !hasDigit(t)) continue;
            Matcher m = DATE_LINE.matcher(t);
            if (!m.find()) continue;
            String date = Dates.parse(m.group(3), dayFirst());
            if (date == null) continue;
            boolean updated = m.group(1) != null || Pattern.compile("(?i)updated|modified|reviewed|aktualisiert|mis\\s+(?:à|a)\\s+jour|actualis|stand").matcher(m.group(2)).find();
            String author = null;
            if (m.group(4) != null) {
                Set<String> names = new LinkedHashSet<>();
                addName(m.group(4), names);
                if (!names.isEmpty()) author = names.iterator().next();
            }
            // The line is metadata, not article text: remember the smallest element that holds it.
            bylines.add(e);
            return new String[] {updated ? "updated" : null, date, author};
        }
        return null;
    }

    /** "Veröffentlicht am 16.08.2019 Dauer: 64 Minuten", "Published on March 3, 2020 in News": the date opens a longer line. */
    private static final Pattern PUBLISHED_PREFIX = Pattern.compile(
            "(?i)^(?:published|posted|ver(?:ö|oe)ffentlicht|erschienen|publi(?:é|e)|mise?\\s+en\\s+ligne|publicado)(?:\\s+(?:on|am|le|el))?\\s*:?\\s+");

    /**
     * A publication date that opens a longer line (a podcast's "Veröffentlicht am 16.08.2019 Dauer:
     * 1 Stunde"), when no whole date line was found: the date must follow the word directly
     * (within 30 characters). The line stays in the body, as it holds more than the date.
     */
    private String publishedPrefix() {
        for (Element e : doc.body().select("p, div, span, small, em, li")) {
            if (e.children().size() > 4 || Nodes.countElements(e, 20) >= 20) continue;
            String t = Nodes.clean(e.text());
            if (t.length() < 16 || t.length() > 200 || !hasDigit(t)) continue;
            Matcher m = PUBLISHED_PREFIX.matcher(t);
            if (!m.lookingAt()) continue;
            String rest = t.substring(m.end());
            String d = Dates.parse(rest.substring(0, Math.min(30, rest.length())), dayFirst());
            if (d != null) return d;
        }
        return null;
    }

    private static final Pattern VISIBLE_DATE_HINT = Pattern.compile(
            "date|time|byline|meta|posted|published|datum|info|dateline|entry-header|article-header|stand|authored|submitted|author", Pattern.CASE_INSENSITIVE);

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    private Boolean dayFirst;

    /**
     * Whether the page's readers write an ambiguous "02/10/2020" day first: everyone but the US
     * (and pages that only say "en", mostly American) does.
     */
    private boolean dayFirst() {
        if (dayFirst == null) {
            String lang = language();
            dayFirst = lang != null && !lang.isEmpty() && !lang.matches("(?i)en(-US)?");
        }
        return dayFirst;
    }

    /** A date in a short byline/date box ("dateline", "post-date", "entry-meta") when nothing else gave one. */
    private String visibleDate() {
        for (Element e : doc.body().getAllElements()) {
            String hints = Nodes.hints(e);
            if (hints.isEmpty() || !VISIBLE_DATE_HINT.matcher(hints).find()) continue;
            if (hints.toLowerCase(Locale.ROOT).contains("comment") || hints.toLowerCase(Locale.ROOT).contains("update")) continue;
            String t = Nodes.clean(e.text());
            if (t.length() < 6 || t.length() > 120 || !hasDigit(t)) continue;
            String d = Dates.parse(t, dayFirst());
            if (d != null) return d;
        }
        return null;
    }

    /**
     * A short line next to the title heading that holds a date ("dpa am 25.01.2022", "January 13,
     * 2020 at 08:45 AM", "Pressemitteilung vom 20.01.2022") when no markup dated the page: blogs
     * and press pages print the date just under (or above) the headline without marking it up.
     * Lines that say "updated" are skipped (they date a change, not the publication); the title
     * heading's own link may carry a dated address (/2020/01/13/slug).
     */
    private String dateNearTitle(String title) {
        if (title == null || title.isBlank() || doc.body() == null) return null;
        List<Element> all = doc.body().getAllElements();
        int at = -1;
        for (int i = 0; i < all.size() && at < 0; i++) {
            Element e = all.get(i);
            if (e.normalName().matches("h[1-3]") && (Nodes.clean(e.text()).equalsIgnoreCase(title) || withoutKicker(e).equalsIgnoreCase(title))) at = i;
        }
        if (at < 0) return null;
        Element heading = all.get(at);
        for (Element a : heading.select("a[href]")) {
            Matcher m = URL_DATE.matcher(a.attr("href"));
            if (m.find()) {
                String d = Dates.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
                if (d != null) return d;
            }
        }
        // Only a little text after (then before) the heading counts as "next to" it.
        int seen = 0;
        for (int i = at + 1; i < all.size() && seen < 400; i++) {
            String d = shortDateLine(all.get(i), heading);
            if (d == null) d = leadingDateline(all.get(i));
            if (d != null) return d;
            seen += all.get(i).ownText().length();
        }
        seen = 0;
        for (int i = at - 1; i >= 0 && seen < 150; i--) {
            if (Nodes.contains(all.get(i), heading)) continue;
            String d = shortDateLine(all.get(i), heading);
            if (d != null) return d;
            seen += all.get(i).ownText().length();
        }
        return null;
    }

    /** A press-release dateline that opens the first paragraph: "Karlsruhe, (12.11.2021). Traditionell …", "27.1.2022 – Bei …". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?,\\s*)?\\(?(\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})\\)?\\.?\\s*[-\u2013\u2014:]?\\s+\\S");

    private static String leadingDateline(Element e) {
        if (!e.normalName().equals("p") || e.closest("nav, footer, aside, a") != null) return null;
        Matcher m = DATELINE.matcher(Nodes.clean(e.text()));
        return m.find() ? Dates.parse(m.group(1)) : null;
    }

    private String shortDateLine(Element e, Element heading) {
        if (e.ownText().isBlank() || Nodes.contains(e, heading) || e.closest("nav, footer, aside, a") != null) return null;
        String t = Nodes.clean(e.text());
        if (t.length() < 6 || t.length() > 120) return null;
        if (Pattern.compile("(?i)updated|aktualisiert|ge(ä|ae)ndert|modified|mis (à|a) jour|actualizado").matcher(t).find()) return null;
        return Dates.parseWithShortYear(t, dayFirst());
    }

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/");

    /** A date in the article's own address (/2014/05/18/slug): blogs and news sites file posts by day. */
    private String urlDate() {
        List<String> urls = new ArrayList<>();
        String c = canonical();
        if (c != null) urls.add(c);
        for (Element l : doc.select("link[rel=shortlink], link[rel=alternate][href*=/feed], meta[property=og:url]")) {
            urls.add(l.hasAttr("href") ? l.attr("href") : l.attr("content"));
        }
        for (String u : urls) {
            Matcher m = URL_DATE.matcher(u);
            if (m.find()) {
                String d = Dates.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
                if (d != null) return d;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- the rest

    private String canonical() {
        Element link = doc.selectFirst("link[rel~=(?i)canonical][href]");
        String c = link == null ? null : link.attr("href").strip();
        if (c == null || !c.matches("(?i)https?://.+")) {
            String og = meta("og:url");
            if (og != null && og.matches("(?i)https?://.+")) c = og;
            else if (c != null && !c.isEmpty()) {
                String abs = link.absUrl("href");
                c = abs.matches("(?i)https?://.+") ? abs : null;
            } else {
                String u = ldString("url", "mainEntityOfPage");
                c = u != null && u.matches("(?i)https?://.+") ? u : null;
            }
        }
        return c;
    }

    private String language;
    private boolean languageRead;

    /** The page's language, read once (the date heuristics ask for it too, and guessing it reads the whole text). */
    private String language() {
        if (!languageRead) {
            language = readLanguage();
            languageRead = true;
        }
        return language;
    }

    private String readLanguage() {
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang").strip();
        if (lang.isEmpty() && doc.selectFirst("html") != null) lang = doc.selectFirst("html").attr("xml:lang").strip();
        if (lang.isEmpty()) {
            String v = meta("content-language", "dc.language", "language", "og:locale");
            if (v != null) lang = v.split("[,;\\s]")[0];
        }
        if (lang.isEmpty()) { String v = ldString("inLanguage"); if (v != null) lang = v; }
        lang = lang.replace('_', '-');
        if (lang.matches("(?i)[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
            String[] parts = lang.split("-");
            StringBuilder b = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
            for (int i = 1; i < parts.length; i++) b.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
            return b.toString();
        }
        return LanguageGuesser.guess(doc.body().text());
    }

    private String direction(String language) {
        for (Element e : new Element[] {doc.selectFirst("html"), doc.body()}) {
            if (e == null) continue;
            String d = e.attr("dir").toLowerCase(Locale.ROOT).strip();
            if (d.equals("rtl") || d.equals("ltr")) return d;
        }
        if (language != null && language.matches("(ar|he|fa|ur|yi|ps|sd|ug|dv|ckb)(-.*)?")) return "rtl";
        return language == null ? null : "ltr";
    }

    private List<String> keywords() {
        Set<String> out = new LinkedHashSet<>();
        Object k = null;
        for (Map<String, Object> m : ld) { if (m.get("keywords") != null) { k = m.get("keywords"); break; } }
        if (k instanceof List<?> l) for (Object o : l) { if (o instanceof String s && !s.isBlank()) out.add(Nodes.clean(s)); }
        else if (k instanceof String s) for (String p : s.split(",")) if (!p.isBlank()) out.add(Nodes.clean(p));
        if (out.isEmpty()) {
            for (Element m : doc.select("meta[property=article:tag]")) if (!m.attr("content").isBlank()) out.add(Nodes.clean(m.attr("content")));
        }
        if (out.isEmpty()) {
            String v = meta("keywords", "news_keywords");
            if (v != null) for (String p : v.split("[,;]")) if (!p.isBlank()) out.add(Nodes.clean(p));
        }
        List<String> l = new ArrayList<>(out);
        return l.size() > 30 ? l.subList(0, 30) : l;
    }

    private String leadImage() {
        String v = meta("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src");
        if (v == null) {
            for (Map<String, Object> m : ld) {
                String s = stringOf(m.get("image"));
                if (s != null) { v = s; break; }
            }
        }
        if (v == null) return null;
        return v.matches("(?i)https?://\\S+") ? v : null;
    }
}
