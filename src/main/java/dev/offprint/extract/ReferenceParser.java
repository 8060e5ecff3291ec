package dev.offprint.extract;

import dev.offprint.model.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one printed citation (Vancouver/NLM, APA, Harvard, Chicago, MLA, IEEE and physics-journal
 * shapes) into a {@link Reference}: authors, title, container, year, volume, issue, pages, DOI,
 * PMID, URL. Never throws; what it cannot recognise stays only in {@link Reference#text()}.
 *
 * <p>How it reads a citation, in order:
 * <ol>
 *   <li>drop a leading citation number ({@code 1.}, {@code [1]}, {@code (1)});
 *   <li>take out the identifiers (DOI, PMID, URL, ISBN) with their labels, so their digits and
 *       dots do not look like years, volumes or sentence ends;
 *   <li>read the author list from the start with a small name grammar (see {@link Names});
 *   <li>a year right after the authors ({@code (2019).}, {@code 2019.}) is the APA/Harvard year;
 *   <li>the title is the quoted string, else the next sentence (or comma-separated part, when the
 *       authors ended with a comma, as in IEEE style);
 *   <li>the container is what follows, up to the first volume, year, page or publisher mark;
 *       volume, issue and pages are read from the same tail.
 * </ol>
 *
 * <p>Authors are kept as printed, one name per entry, with only the list's separators removed:
 * "Muresanu DF", "Smith, J. A.", "J. A. Smith" stay in those forms (a surname-first or a
 * given-first order is not normalised, since reordering names from other cultures is error-prone).
 * "et al." is dropped from the list; the raw text still has it. A group author ("CASTA
 * Investigators") is one entry.
 *
 * <p>Bounded work: only the first {@value #MAX_PARSED} characters are parsed (no real citation is
 * longer; the full text is still kept in {@code text}), every pattern here is linear (no nested
 * quantifiers over the same characters), and the scanning is done by hand over tokens.
 */
public final class ReferenceParser {

    /** Characters of a citation that are parsed; the rest is kept only in {@code text}. */
    static final int MAX_PARSED = 4000;

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern LEADING_NUMBER =
            Pattern.compile("^(?!\\(?(?:1[5-9]|20)\\d\\d\\b)(?:\\[\\s*\\d{1,4}[a-z]?\\s*\\]|\\(\\s*\\d{1,4}\\s*\\)|\\d{1,4}\\s*[.)](?!\\d)|\\d{1,3}\\s+(?=\\p{Lu})|[-•*–]\\s)\\s*");
    private static final Pattern SAME_AUTHOR = Pattern.compile("^[-–—_‐]{2,}\\s*[.,]?\\s*");
    private static final Pattern DOI = Pattern.compile(
            "(?i)(?:\\bdoi\\s*:?\\s*|https?://(?:dx\\.)?doi\\.org/\\s*)?\\b(10\\.\\d{4,9}/\\S+)");
    private static final Pattern PMID = Pattern.compile("(?i)\\bPMID\\s*:?\\s*(\\d{1,9})\\b");
    private static final Pattern PMCID = Pattern.compile("(?i)\\bPMCID\\s*:?\\s*PMC\\d{1,9}\\b");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    private static final Pattern URL_LABEL = Pattern.compile(
            "(?i)(?:\\b(?:retrieved|available|accessed|abgerufen|consult[ée]|online)\\b[^.]{0,40}?\\b(?:from|at|on|unter|sur)?\\s*:?\\s*|\\bURL\\s*:?\\s*|\\[online\\]\\s*)$");
    private static final Pattern ACCESSED = Pattern.compile(
            "(?i)^\\s*[.,]?\\s*(?:\\[|\\()?\\s*(?:accessed|cited|viewed|retrieved|abgerufen am|consulté le)\\b[^\\])]{0,40}[\\])]?");
    private static final Pattern ISBN = Pattern.compile("(?i)\\bISBN(?:-1[03])?\\s*:?\\s*[\\dXx][\\dXx \\-]{8,16}[\\dXx]");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/])(1[5-9]\\d\\d|20\\d\\d)(?![\\d])");
    private static final Pattern VOL_ISSUE = Pattern.compile("(?<![\\d.])(\\d{1,5})\\s*\\(\\s*([\\w]{1,8}(?:\\s*[-–/]\\s*\\w{1,8})?)\\s*\\)");
    private static final Pattern VOL_WORD = Pattern.compile("(?i)\\b(?:vol|volume|bd|jg|t|tome|v)\\.?\\s*(\\d{1,5}|[IVXLC]{1,7}\\b)");
    private static final Pattern ISSUE_WORD = Pattern.compile("(?i)(?:\\b(?:no|nr|issue|heft|num|n)\\.?|n°|№)\\s*(\\d{1,5}(?:\\s*[-–/]\\s*\\d{1,5})?)");
    private static final String PAGE = "[A-Za-z]?\\d{1,7}[a-z]?(?:\\s*[-–—‐]+\\s*[A-Za-z]?\\d{1,7}[a-z]?)?";
    private static final Pattern PAGES_WORD = Pattern.compile("(?i)(?:\\bpp?\\.?|\\bpages?|\\bS\\.)\\s*(" + PAGE + ")");
    private static final Pattern PAGES_COLON = Pattern.compile(":\\s*(" + PAGE + ")");
    private static final Pattern PAGE_RANGE = Pattern.compile("(?<![\\d.(])(\\d{1,7}\\s*[-–—‐]+\\s*\\d{1,7})(?![\\d)])");
    private static final Pattern VANCOUVER_TAIL = Pattern.compile(";\\s*(\\d{1,5})\\s*(?:\\(([^)]{1,12})\\))?\\s*(?::\\s*(" + PAGE + "))?");
    private static final Pattern PUBLISHER_WORD = Pattern.compile(
            "(?i)\\b(?:press|verlag|verlags\\w*|publishers?|publishing|publications|books|edition[s]?|éditions|wiley|springer|elsevier|routledge|penguin|macmillan|harper\\w*|kluwer|inc|ltd|llc|gmbh|university|universität|université|thesis|dissertation|report"
            // Publishers often named without a publishing word (a lexicon of houses, not of sites).
            + "|addison-wesley|addison wesley|morgan[- ]kaufmann?|mcgraw[- ]hill|prentice[- ]hall|north-holland|pergamon|blackwell|sage|longman"
            + "|gallimard|seuil|dunod|hachette|suhrkamp|erlbaum|norton|knopf|doubleday|random house|harcourt|houghton mifflin|freeman"
            + "|plenum|dekker|crc|taylor & francis|birkhäuser|de gruyter|brill|reidel|ablex|guilford|jossey-bass|praeger|greenwood"
            + "|thieme|karger|lippincott|saunders|mosby|masson|benjamins|olms|vrin|klincksieck|laterza|einaudi|feltrinelli|mohr siebeck)\\b");
    /** "(2nd ed.)", "(translated by D. Martin)", "[Motion picture]" closing a title: not part of it. */
    private static final Pattern TITLE_NOTE = Pattern.compile(
            "\\s*(?:\\[[^\\[\\]]{1,40}]|\\((?:[^()]{0,40}\\b(?i:ed|eds|edition|aufl|trans|translated|transl|tr|vol|rev|hrsg"
            + "|dissertation|thesis|report|press|verlag)\\b[^()]{0,80}|[^()]{0,80}\\p{L}[^()]{0,80}\\b(?:1[5-9]|20)\\d\\d)\\))[.,]?$");
    /** ", Man, and Cybernetics" / ", Speech, and Signal": a list of capitalised words inside a name. */
    private static final Pattern INNER_LIST = Pattern.compile(",(?: \\p{Lu}[\\p{L}-]*){1,3}(?:,(?: \\p{Lu}[\\p{L}-]*){1,3})*,? (?:and|&) \\p{Lu}");
    private static final Pattern NOT_YET = Pattern.compile("(?i)\\b(?:to appear|in press|submitted|forthcoming|accepted|in preparation|under review)\\b");
    /** "Edited and translated by ...", "With an introduction by ...": contributors, not a subtitle. */
    private static final Pattern CONTRIBUTORS = Pattern.compile(
            "(?i)^(?:edited|ed\\.|translated|trans\\.|transl\\.|compiled|selected|revised|reprinted|introduction|foreword|preface"
            + "|with an? |herausgegeben|hrsg\\.|übersetzt|traduit|traduction|trad\\.|a cura|dir\\.|perf\\.|see )");
    private static final Pattern TO_APPEAR_IN = Pattern.compile("(?i)^(?:to appear|forthcoming|submitted|accepted)(?: for publication)? (?:in|to)\\s+");
    /** "Tech. rep. STAN-CS-TR-94-1511", "Preprint", "PhD thesis": the kind of document, not a container. */
    private static final Pattern GENRE = Pattern.compile(
            "(?i)^(?:tech(?:nical)?\\.? ?(?:rep|report|rpt|note|memo)|TR\\b|preprint|manuscript|draft|internet-draft|ph\\.? ?d\\.?\\b|"
            + "master'?s|doctoral|working paper|unpublished|(?:us |u\\.s\\. )?patent|personal communication|white paper|"
            + "lecture notes?\\b(?! in)|mimeo|discussion paper|research report|in preparation|dissertation|thesis|"
            // Access notes and editions: "Available at", "[Online]", "2nd ed.", "Reprint".
            + "available|accessed|retrieved|\\[online]|online\\b|\\d+(?:st|nd|rd|th|e|ème)?\\.? ?(?:ed\\b|edn|edition|aufl)|"
            + "\\d+(?:st|nd|rd|th)$|revised|reprint|rev\\. ed|dvd|television|exhibition)");
    private static final Pattern NO_DATE = Pattern.compile("(?i)forthcoming|in press|n\\.\\s?d\\.?|s\\.\\s?d\\.?|o\\.\\s?J\\.?|no date|sous presse|im Druck");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i)\\b(?:institute|institution|organi[sz]ation|association|council|society|department|ministry|minist[eè]re|agency"
            + "|cent(?:er|re)|committee|commission|university|office|bureau|board|foundation|group|library|service|administration"
            + "|authority|forum|union|bank|network|consortium|collaboration|investigators|team|panel|corporation|company"
            + "|government|federal|national|nations|federation|programme|program|collectif|academy|academies|college)\\b");
    private static final Pattern CONTAINER_START = Pattern.compile(
            "^(?:in|to|pp?|vol|no|eds?|trans|tr|ed\\.|edited|accessed|available|retrieved|dans|im|en|hrsg)\\b");
    private static final Pattern NUMBERS_PART = Pattern.compile(", (?:\\d|vol|Vol|pp|pages|no\\.|No\\.)");
    private static final Pattern CHAPTER_IN = Pattern.compile("^(?i:in)\\s*:?\\s+");
    private static final Pattern NUMBERS_FIRST = Pattern.compile("^(?i:vol|pp?\\.|pages|no\\.|nr\\.|n°)");
    private static final Pattern DASHES = Pattern.compile("[–—‐-]+");
    private static final Pattern YEAR_AFTER_EDITORS = Pattern.compile("^\\(\\d{4}[a-z]?\\)[\\s.,:]*");
    private static final Pattern EDITORS_IN_BRACKETS = Pattern.compile("^\\([^()]{0,120}\\b(?:Eds?|eds?|Hrsg)\\.?\\)\\s*");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]|<\\s*>");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile(" ([,;:])");
    private static final Pattern REPEATED_PUNCT = Pattern.compile("([.,;:])(?: ?\\1)+");
    private static final Pattern YEAR_THEN_VOLUME = Pattern.compile("^\\s*[,.]?\\s*(?:1[5-9]|20)\\d\\d[a-z]?\\s*[,;]\\s*(\\d{1,5})\\b(?!\\s*[-–])");
    private static final Pattern BARE_VOLUME = Pattern.compile("^\\s*[,.]?\\s*(\\d{1,5})\\b(?!\\s*[-–])");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter)\\b");

    private ReferenceParser() {}

    /** Parses {@code text}, giving the reference the id {@code id}. Never throws. */
    public static Reference parse(String id, String text) {
        String safeId = id == null ? "" : id;
        String raw = text == null ? "" : text.strip();
        try {
            return new Parse(raw.length() > MAX_PARSED ? raw.substring(0, MAX_PARSED) : raw).run(safeId, raw);
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug must never cost the reference: keep its text.
            return Reference.unparsed(safeId, raw);
        }
    }

    /** One parse: the working string and the fields found so far. */
    private static final class Parse {
        String s;
        List<String> authors = List.of();
        String title;
        String container;
        Integer year;
        String volume;
        String issue;
        String pages;
        String doi;
        String pmid;
        String url;

        Parse(String text) {
            s = SPACE.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").strip();
        }

        Reference run(String id, String raw) {
            s = LEADING_NUMBER.matcher(s).replaceFirst("");
            // "———." / "______." / "---": the same author(s) as the entry before, which this entry cannot know.
            Matcher same = SAME_AUTHOR.matcher(s);
            boolean sameAuthor = same.find();
            if (sameAuthor) s = s.substring(same.end());
            takeIdentifiers();
            s = tidy(s);
            if (s.isEmpty()) return build(id, raw);

            // 1. Authors, by the name grammar.
            Names.Result names = sameAuthor ? Names.NONE : Names.scan(s);
            int pos = names.end();
            authors = names.authors();
            boolean commaStyle = names.endedWithComma();

            // 2. A group author or an anonymous start: a short capitalised segment right before a year.
            if (authors.isEmpty()) {
                Matcher y = YEAR.matcher(s);
                int dot = sentenceEnd(s, 0, false);
                if (y.find() && y.start() > 1 && y.start() < 150 && (dot < 0 || y.start() <= dot + 3)) {
                    // "AASHTO (2010)." / "UNHCR, 2014." / "Council of Economic Advisers. 2015."
                    int cut = y.start();
                    while (cut > 0 && " (,.[".indexOf(s.charAt(cut - 1)) >= 0) cut--;
                    String seg = s.substring(0, cut);
                    if (cut > 1 && Names.looksLikeGroup(seg)) {
                        authors = List.of(seg);
                        pos = cut;
                    }
                }
                if (authors.isEmpty() && dot > 0 && dot < 150) {
                    // "U.S. National Library of Medicine. Title.": an organisation's name as the first sentence.
                    String seg = s.substring(0, dot).strip();
                    if (Names.looksLikeGroup(seg) && ORGANISATION.matcher(seg).find()) {
                        authors = List.of(seg);
                        pos = dot + 1;
                    }
                }
            }

            // 3. A year right after the authors (APA, Harvard, author-date styles).
            pos = skipPunct(s, pos);
            int afterYear = yearAt(pos);
            if (afterYear > pos) {
                pos = skipPunct(s, afterYear);
                commaStyle = commaStyle || s.charAt(Math.max(0, afterYear - 1)) == ',' || nextNonSpace(s, afterYear) == ',';
            }

            // 4. Title: quoted, else the next sentence (or comma part).
            String rest = s.substring(Math.min(pos, s.length()));
            String tail = readTitle(rest, commaStyle, !authors.isEmpty() || year != null);

            // 5. A sentence-case subtitle after a period belongs to the title ("Steps on a mindful
            //    journey. Person-centred expressions."); a journal name is in title case.
            tail = tail.stripLeading();
            int sub = sentenceEnd(tail, 0, false);
            if (title != null && quoteEnd(rest) < 0 && sub > 0 && isSubtitle(tail.substring(0, sub))) {
                title = title.strip() + ". " + tail.substring(0, sub).strip();
                tail = tail.substring(sub + 1);
            }
            if (title != null) title = TITLE_NOTE.matcher(title.strip()).replaceFirst("");

            // 6. Container, numbers and (if still missing) the year, from the tail.
            readTail(tail);
            if (year == null) year = firstYear(s, 0);
            return build(id, raw);
        }

        /** Mostly lowercase words, no digits, not a chapter's "In": a subtitle in sentence case. */
        private static boolean isSubtitle(String seg) {
            String t = seg.strip();
            if (t.isEmpty() || CHAPTER_IN.matcher(t + " ").find() || t.chars().anyMatch(Character::isDigit)) return false;
            String[] words = t.split("\\s+");
            if (words.length < 4 || words.length > 25 || NOT_YET.matcher(t).find() || CONTRIBUTORS.matcher(t).find()) return false;
            int lower = 0;
            for (int k = 1; k < words.length; k++) if (Character.isLowerCase(words[k].codePointAt(0))) lower++;
            return lower * 2 > words.length - 1 && !PUBLISHER_WORD.matcher(t).find();
        }

        private Reference build(String id, String raw) {
            // Page ranges are normalised to an en dash, whatever the citation used ("630-6" -> "630–6").
            if (pages != null) pages = DASHES.matcher(SPACE.matcher(pages).replaceAll("")).replaceAll("–");
            return new Reference(id, raw, authors, clean(title), clean(container), year,
                    volume, issue, pages, doi, pmid, url);
        }

        /** Takes DOI, PMID, PMCID, URL and ISBN (with their labels) out of the working string. */
        private void takeIdentifiers() {
            Matcher m = DOI.matcher(s);
            if (m.find()) {
                doi = trimIdentifier(m.group(1));
                s = s.substring(0, m.start()) + " " + s.substring(m.end());
            }
            // Further DOIs (rare: a DOI printed twice) are dropped from the working string.
            s = DOI.matcher(s).replaceAll(" ");
            m = PMID.matcher(s);
            if (m.find()) {
                pmid = m.group(1);
                s = s.substring(0, m.start()) + " " + s.substring(m.end());
            }
            s = PMCID.matcher(s).replaceAll(" ");
            StringBuilder out = new StringBuilder();
            m = URL.matcher(s);
            int last = 0;
            while (m.find()) {
                String u = trimIdentifier(m.group());
                if (url == null && !u.toLowerCase(Locale.ROOT).contains("doi.org/")) url = u.startsWith("www.") ? "http://" + u : u;
                String before = s.substring(last, m.start());
                Matcher label = URL_LABEL.matcher(before);
                if (label.find()) before = before.substring(0, label.start());
                out.append(before).append(' ');
                last = m.end();
                Matcher acc = ACCESSED.matcher(s.substring(last, Math.min(s.length(), last + 60)));
                if (acc.find()) last += acc.end();
            }
            out.append(s.substring(last));
            s = ISBN.matcher(out).replaceAll(" ");
        }

        /**
         * If a year (optionally in parentheses, with a letter, month or day) starts at {@code i},
         * records it and returns the index after it; else returns {@code i}.
         */
        private int yearAt(int i) {
            if (i >= s.length()) return i;
            boolean paren = s.charAt(i) == '(' || s.charAt(i) == '[';
            int j = paren ? i + 1 : i;
            while (j < s.length() && s.charAt(j) == ' ') j++;
            if (paren) {
                // "(July 1978)", "[Jan 1993]", "(forthcoming)", "(in press)", "(n.d.)": a date without a leading year.
                int close = indexOfAny(s, j, ")]", 32);
                if (close > j) {
                    String inside = s.substring(j, close);
                    Matcher y = YEAR.matcher(inside);
                    if (!startsWithYear(inside, 0) && y.find() && MONTH.matcher(inside).find()) {
                        year = Integer.valueOf(y.group(1));
                        return close + 1;
                    }
                    if (NO_DATE.matcher(inside).matches()) return close + 1;
                }
            }
            if (j + 4 > s.length()) return i;
            Matcher m = YEAR.matcher(s).region(j, Math.min(s.length(), j + 4));
            if (!m.lookingAt()) return i;
            int k = j + 4;
            if (k < s.length() && Character.isLetter(s.charAt(k)) && (k + 1 == s.length() || !Character.isLetter(s.charAt(k + 1)))) k++;
            if (paren) {
                int close = indexOfAny(s, k, ")]", 40);
                if (close < 0) return i;
                k = close + 1;
            } else if (k < s.length() && s.charAt(k) == ' ' && k + 1 < s.length() && s.charAt(k + 1) == '[') {
                // "1988 [1964]": the original year in brackets follows the edition's.
                int close = indexOfAny(s, k, "]", 12);
                if (close > 0) k = close + 1;
            } else if (k < s.length() && !isDelimiter(s.charAt(k))) {
                return i;
            }
            year = Integer.valueOf(m.group(1));
            return k;
        }

        /** Reads the title at the start of {@code rest}; returns what follows it. */
        private String readTitle(String rest, boolean commaStyle, boolean haveAuthorsOrYear) {
            if (rest.isEmpty()) return rest;
            int q = quoteEnd(rest);
            if (q > 0) {
                title = rest.substring(0, q + 1);
                return rest.substring(q + 1);
            }
            // A citation without a title (physics and chemistry journals): the rest starts with
            // an abbreviated journal name followed by its volume.
            if (haveAuthorsOrYear && looksLikeAbbreviatedContainer(rest)) return rest;
            int end = sentenceEnd(rest, 0, commaStyle);
            if (!commaStyle && (end < 0 || hasNumbersPart(rest.substring(0, end)))) {
                // No sentence end before the volume and pages: the parts are separated by commas.
                int comma = sentenceEnd(rest, 0, true);
                if (comma > 0) end = comma;
            }
            if (commaStyle && end > 0) {
                // "Patel, S. and Pasquale, L.R., Glaucoma drainage devices: a review of the past, present,
                // and future. Seminars in ophthalmology, 2010.": a sentence in lowercase words running
                // past the first comma is still the title.
                int dot = sentenceEnd(rest, 0, false);
                if (dot > end && !hasNumbersPart(rest.substring(0, dot)) && lowercaseAfterComma(rest.substring(end, dot))) {
                    end = dot;
                } else {
                    // "The Information Visualizer, an Information Workspace, Proceedings of ...": comma
                    // parts that start in lowercase continue the title.
                    for (int guard = 0; guard < 8 && end < rest.length() && rest.charAt(end) == ',' && lowercaseAfterComma(rest.substring(end)); guard++) {
                        int next = sentenceEnd(rest, end + 1, true);
                        if (next < 0) break;
                        end = next;
                    }
                }
            }
            if (!commaStyle && end < 0) {
                // "Robot Vision, MIT Press.": no sentence end, but a publisher after a comma.
                int comma = rest.indexOf(", ");
                if (comma > 0 && PUBLISHER_WORD.matcher(rest.substring(comma)).find()) end = comma;
            }
            if (end < 0) end = rest.length();
            int titleEnd = end;
            // Keep a closing question or exclamation mark, which is part of the title.
            if (end < rest.length() && (rest.charAt(end) == '?' || rest.charAt(end) == '!')) titleEnd = end + 1;
            title = rest.substring(0, titleEnd);
            return end < rest.length() ? rest.substring(end + 1) : "";
        }

        /** ", present, and future": the comma continues a sentence (its next word is lowercase). */
        private static boolean lowercaseAfterComma(String fromComma) {
            String t = trimStart(fromComma, ", ");
            return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0))
                    && !CONTAINER_START.matcher(t).find();
        }

        /** ", 37(7), pages 72-76" / ", vol. 3" / ", 1987": volume, page or year parts. */
        private static boolean hasNumbersPart(String t) {
            return NUMBERS_PART.matcher(t).find();
        }

        /** Reads container, volume, issue, pages and year from what follows the title. */
        private void readTail(String tail) {
            String t = tidy(tail);
            t = trimStart(t, ".,;: ");
            boolean chapter = false;
            Matcher in = CHAPTER_IN.matcher(t);
            if (in.find()) {
                chapter = true;
                t = t.substring(in.end());
                Names.Result editors = Names.scan(t);
                if (editors.edited()) t = YEAR_AFTER_EDITORS.matcher(trimStart(t.substring(editors.end()), ".,: ")).replaceFirst("");
                else t = dropEditors(t);
            }
            t = EDITORS_IN_BRACKETS.matcher(t).replaceFirst("");
            int stop = containerStop(t);
            String candidate = t.substring(0, stop).strip();
            // "J. Biol. Chem." keeps its last period when the name is written with abbreviation dots.
            if (stop < t.length() && t.charAt(stop) == '.' && candidate.contains(". ") && isAbbreviationLike(wordBefore(t, stop))) {
                candidate = candidate + ".";
            }
            // "New York, NY: Farrar": a place and a publisher, not a container.
            int colon = t.indexOf(':');
            if (colon > 0 && colon < 40 && placeThenPublisher(t, colon)) {
                candidate = "";
            }
            String numbers = t.substring(stop);
            // "to appear in ACM Transactions on Database Systems": the container follows the phrase.
            Matcher toAppear = TO_APPEAR_IN.matcher(candidate);
            if (toAppear.find()) candidate = candidate.substring(toAppear.end());
            // "2009 IEEE/RSJ International Conference ...": a year opening a name is part of it.
            boolean yearFirst = startsWithYear(candidate, 0) && !numberInName(candidate, 0);
            if (!candidate.isEmpty() && !looksLikePublisher(candidate, t, stop) && !yearFirst
                    && !GENRE.matcher(candidate).find() && !CONTRIBUTORS.matcher(candidate).find()
                    && !CITIES.contains(candidate.toLowerCase(Locale.ROOT))
                    && candidate.codePoints().filter(Character::isLetter).count() >= 2) {
                container = candidate;
            } else if (!chapter) {
                numbers = t;
            }
            readNumbers(numbers);
            if (year == null) year = preferredYear(numbers);
            if (year == null) year = firstYear(t, 0);
        }

        private void readNumbers(String t) {
            Matcher m = VANCOUVER_TAIL.matcher(t);
            if (m.find() && m.group(3) != null) {
                volume = m.group(1);
                issue = m.group(2);
                pages = m.group(3);
                return;
            }
            m = VOL_ISSUE.matcher(t);
            boolean viFound = false;
            while (m.find()) {
                if (isYearString(m.group(1)) && isYearParen(m.group(2))) continue;
                if (isYearString(m.group(2))) continue;
                volume = m.group(1);
                issue = m.group(2);
                viFound = true;
                break;
            }
            if (!viFound) {
                m = VOL_WORD.matcher(t);
                if (m.find()) volume = m.group(1);
                m = ISSUE_WORD.matcher(t);
                if (m.find()) issue = m.group(1);
            }
            m = PAGES_WORD.matcher(t);
            if (m.find()) pages = m.group(1);
            else if ((m = PAGES_COLON.matcher(t)).find()) pages = m.group(1);
            else if ((m = PAGE_RANGE.matcher(t)).find() && !looksLikeYearRange(m.group(1))) pages = m.group(1);
            if (volume == null) {
                // A bare number right after the container: "Nature 410, 123" / "Stroke, 43, 630".
                Matcher bare = BARE_VOLUME.matcher(t);
                if (bare.find() && !isYearString(bare.group(1))) volume = bare.group(1);
                // "J. Biol. Chem., 1996, 271, 12767-12774" / "Nano Lett. 2010, 10, 1012": year, then volume.
                Matcher yv = YEAR_THEN_VOLUME.matcher(t);
                if (volume == null && yv.find()) volume = yv.group(1);
            }
            if (pages == null && volume != null) {
                // "Australian Journal of Family Law, 23, 194" / "Nano Lett. 2010, 10, 1012": the number after the volume.
                Matcher vp = Pattern.compile("(?<![\\d.])" + Pattern.quote(volume) + "\\s*[,:]?\\s+(\\d{1,7})\\b(?![.\\d])").matcher(t);
                if (vp.find() && !isYearString(vp.group(1))) pages = vp.group(1);
            }
            // "1988, 272 pp." is a book's length (CSL number-of-pages), not its pages: left out.
        }

        /** The index where the container name ends in {@code t}: the first volume, page, year or part mark. */
        private static int containerStop(String t) {
            if (NUMBERS_FIRST.matcher(t).find()) return 0;
            int depth = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '(' || c == '[') {
                    if (i + 1 < t.length() && (Character.isDigit(t.charAt(i + 1)) || startsWithWord(t, i + 1, "pp", "vol", "Vol", "p.", "S.", "n°", "no", "No", "Hrsg", "eds", "Eds", "ed."))) return i;
                    depth++;
                    continue;
                }
                if (c == ')' || c == ']') { depth = Math.max(0, depth - 1); continue; }
                if (depth > 0) continue;
                if (c == ';') return i;
                if (c == ',' && !(INNER_LIST.matcher(t).region(i, t.length()).lookingAt())) return i;
                if (c == ':' && i + 1 < t.length()) {
                    // "London: Elsevier" (a place, then the publisher) or "2015;12:34" end the name;
                    // "Machine Learning: An Approach" is a subtitle and does not.
                    int n = skipSpaces(t, i + 1);
                    if (Character.isDigit(t.charAt(n)) || n > i + 1 && placeThenPublisher(t, i)) return i;
                }
                if (c == '.' && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
                    String word = wordBefore(t, i);
                    int next = i + 1;
                    while (next < t.length() && t.charAt(next) == ' ') next++;
                    if (next >= t.length()) return i;
                    char n = t.charAt(next);
                    if (n == '(' || Character.isDigit(n) && !ordinalAt(t, next) && !numberInName(t, next)) return i;
                    // An abbreviated word ("J. Biol. Chem.") continues the name; a full word ends it.
                    if (!isAbbreviationLike(word)) return i;
                }
                if (c == ' ' && i + 1 < t.length()) {
                    char n = t.charAt(i + 1);
                    if (Character.isDigit(n) && !ordinalAt(t, i + 1) && !numberInName(t, i + 1)) return i;
                    if (startsWithWord(t, i + 1, "vol", "Vol", "VOL", "pp", "no.", "No.", "Bd.", "n°")) return i;
                }
            }
            return t.length();
        }

        /** "1992 ACM Conference", "SIGPLAN 86 Symposium": a number followed by a capitalised word is part of a name. */
        private static boolean numberInName(String t, int i) {
            int j = i;
            while (j < t.length() && Character.isDigit(t.charAt(j))) j++;
            // ... but "2012 Mar;43(3)" is a Vancouver date.
            return j + 1 < t.length() && t.charAt(j) == ' ' && Character.isUpperCase(t.charAt(j + 1))
                    && !MONTH.matcher(t.substring(j + 1, Math.min(t.length(), j + 12))).find();
        }

        /** "6th", "21st", "3rd": an ordinal is part of a conference name, not a volume. */
        private static boolean ordinalAt(String t, int i) {
            int j = i;
            while (j < t.length() && Character.isDigit(t.charAt(j))) j++;
            return j < t.length() && Character.isLetter(t.charAt(j));
        }

        /** A year in parentheses, or followed by ";" (Vancouver), else the first plausible year. */
        private static Integer preferredYear(String t) {
            Matcher m = YEAR.matcher(t);
            Integer first = null;
            while (m.find()) {
                int b = m.start() - 1;
                while (b >= 0 && t.charAt(b) == ' ') b--;
                int a = m.end();
                char after = a < t.length() ? t.charAt(a) : ' ';
                char before = b >= 0 ? t.charAt(b) : ' ';
                // A year opening or closing a range ("pages 1939–1946", "1850–1900" in a title) is
                // rarely the publication year.
                if (before == '-' || before == '–') continue;
                if ((after == '-' || after == '–') && a + 1 < t.length() && Character.isDigit(t.charAt(a + 1))) continue;
                if (before == '(' || after == ';') return Integer.valueOf(m.group(1));
                if (first == null) first = Integer.valueOf(m.group(1));
            }
            return first;
        }
    }

    // ---------------------------------------------------------------------------------------
    // Small string helpers, shared by the parse and the name grammar.

    /** Removes empty brackets and doubled punctuation left behind by taking identifiers out. */
    static String tidy(String s) {
        String t = EMPTY_BRACKETS.matcher(s).replaceAll(" ");
        t = SPACE.matcher(t).replaceAll(" ");
        t = REPEATED_PUNCT.matcher(SPACE_BEFORE_PUNCT.matcher(t).replaceAll("$1")).replaceAll("$1");
        return t.strip();
    }

    /** {@code s} without the leading characters that are in {@code chars} (and whitespace). */
    static String trimStart(String s, String chars) {
        int i = 0;
        while (i < s.length() && (chars.indexOf(s.charAt(i)) >= 0 || Character.isWhitespace(s.charAt(i)))) i++;
        return s.substring(i);
    }

    /** {@code s} without the trailing characters that are in {@code chars} (and whitespace). */
    static String trimEnd(String s, String chars) {
        int i = s.length();
        while (i > 0 && (chars.indexOf(s.charAt(i - 1)) >= 0 || Character.isWhitespace(s.charAt(i - 1)))) i--;
        return s.substring(0, i);
    }

    /** Strips quotes, brackets and the list punctuation a field keeps at its ends. */
    static String clean(String field) {
        if (field == null) return null;
        String f = field.strip();
        f = trimStart(f, " ,.;:\"“”„«»‘’'‹›`");
        f = trimEnd(f, " ,;:\"“”„«»‘’'‹›`");
        // A final period is list punctuation, unless it closes an abbreviation ("J. Biol. Chem.").
        if (f.endsWith(".") && !(f.indexOf(". ") > 0 && isAbbreviationLike(wordBefore(f, f.length() - 1))
                && wordBefore(f, f.length() - 1).length() <= 5)) f = f.substring(0, f.length() - 1);
        f = trimEnd(f, " ,;:").strip();
        if (f.startsWith("(") && f.endsWith(")") && f.indexOf(')') == f.length() - 1) f = f.substring(1, f.length() - 1).strip();
        return f.isEmpty() || !f.codePoints().anyMatch(Character::isLetterOrDigit) ? null : f;
    }

    /** Trailing punctuation is not part of a DOI or URL; a closing parenthesis is, when balanced. */
    static String trimIdentifier(String id) {
        String r = id;
        while (!r.isEmpty()) {
            char c = r.charAt(r.length() - 1);
            if (".,;:'\"”’>]".indexOf(c) >= 0) { r = r.substring(0, r.length() - 1); continue; }
            if (c == ')' && count(r, '(') < count(r, ')')) { r = r.substring(0, r.length() - 1); continue; }
            break;
        }
        return r;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    static int skipPunct(String s, int i) {
        int j = i;
        while (j < s.length() && " .,;:".indexOf(s.charAt(j)) >= 0) j++;
        return j;
    }

    static char nextNonSpace(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) == ' ') j++;
        return j < s.length() ? s.charAt(j) : ' ';
    }

    static boolean isDelimiter(char c) {
        return " .,;:)]".indexOf(c) >= 0;
    }

    static int indexOfAny(String s, int from, String chars, int within) {
        for (int i = from; i < s.length() && i < from + within; i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    static boolean startsWithYear(String s, int i) {
        int j = i;
        if (j < s.length() && (s.charAt(j) == '(' || s.charAt(j) == '[')) j++;
        if (j + 4 > s.length()) return false;
        Matcher m = YEAR.matcher(s).region(j, j + 4);
        return m.lookingAt() && (j + 4 == s.length() || !Character.isDigit(s.charAt(j + 4)));
    }

    static Integer firstYear(String s, int from) {
        Matcher m = YEAR.matcher(s);
        return m.find(from) ? Integer.valueOf(m.group(1)) : null;
    }

    static boolean isYearString(String s) {
        return s.length() == 4 && YEAR.matcher(s).matches();
    }

    static boolean isYearParen(String s) {
        return isYearString(s.strip());
    }

    static boolean looksLikeYearRange(String range) {
        String[] p = range.split("\\s*[-–—‐]+\\s*");
        return p.length == 2 && isYearString(p[0]) && (isYearString(p[1]) || p[1].length() == 2);
    }

    static boolean startsWithWord(String s, int i, String... words) {
        for (String w : words) if (s.startsWith(w, i)) return true;
        return false;
    }

    static String wordBefore(String s, int i) {
        int b = i;
        while (b > 0 && (Character.isLetterOrDigit(s.charAt(b - 1)) || s.charAt(b - 1) == '\'')) b--;
        return s.substring(b, i);
    }

    /** "J", "Biol", "Proc", "Natl": capitalised and short, as journal abbreviations and initials are. */
    static boolean isAbbreviationLike(String word) {
        if (word.isEmpty()) return false;
        if (!Character.isUpperCase(word.charAt(0))) return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
        return word.length() <= 6 || word.contains("'") || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "vs", "eg", "e.g", "ie", "i.e", "etc", "al", "cf", "ca", "approx", "no", "vol", "vols", "ed", "eds", "pp",
            "st", "dr", "mr", "mrs", "ms", "prof", "inc", "ltd", "co", "corp", "dept", "univ", "fig", "jr", "sr",
            "trans", "transl", "hrsg", "repr", "rev", "suppl", "int", "intl", "natl", "acad", "proc", "conf", "symp",
            "assoc", "soc", "amer", "res", "sci", "med", "eng", "phys", "chem", "biol", "lett", "rep", "bull", "ann",
            "annu", "arch", "mater", "electr", "comput", "commun", "appl", "engl", "ital", "franç", "dtsch");

    /** The end of the sentence starting at {@code from}: a ". " not closing an initial or abbreviation. */
    static int sentenceEnd(String s, int from, boolean commaToo) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') depth = Math.max(0, depth - 1);
            if (depth > 0) continue;
            boolean atEnd = i + 1 == s.length() || s.charAt(i + 1) == ' ';
            if (commaToo && c == ',' && atEnd && !INNER_LIST.matcher(s).region(i, s.length()).lookingAt()) return i;
            if ((c == '?' || c == '!') && atEnd) return i;
            if (c != '.' || !atEnd) continue;
            String w = wordBefore(s, i);
            // An initial opening a title or following another ("B. F. Skinner: A fresh appraisal"); a
            // single letter after a word ends the sentence ("... and vitamin D. Nutrients").
            if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
                String prev = wordBefore(s, Math.max(from, i - 2));
                boolean atStart = i - 1 <= from;
                boolean afterInitial = prev.length() == 1 && i >= 3
                        && (s.charAt(i - 2) == '.' || s.charAt(i - 2) == ' ' && s.charAt(i - 3) == '.'); // "U.S." / "B. F."
                if (atStart || afterInitial) continue;
            }
            if (ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT)) && w.length() <= 4 && !w.equalsIgnoreCase("al")) {
                // "vs." / "no." and the like; but a sentence may end on one.
                if (i + 2 < s.length() && Character.isLowerCase(s.charAt(i + 2))) continue;
                if (w.equalsIgnoreCase("vs") || w.equalsIgnoreCase("eg") || w.equalsIgnoreCase("cf")) continue;
            }
            // "... 2nd ed. revised": a lowercase word after an abbreviation continues the sentence.
            if (i + 2 < s.length() && Character.isLowerCase(s.charAt(i + 2)) && w.length() <= 4) continue;
            return i;
        }
        return -1;
    }

    /** The index of the closing quote when {@code s} starts with a quoted title, else -1. */
    static int quoteEnd(String s) {
        if (s.isEmpty()) return -1;
        if (s.startsWith("``")) {
            int close = s.indexOf("''", 2);
            return close > 4 ? close + 1 : -1;
        }
        char open = s.charAt(0);
        String close = switch (open) {
            case '"' -> "\"";
            case '“' -> "”\"";
            case '„' -> "“”\"";
            case '«' -> "»";
            case '‘' -> "’";
            case '\'' -> "'";
            case '‹' -> "›";
            default -> null;
        };
        if (close == null) return -1;
        for (int i = 1; i < s.length(); i++) {
            if (close.indexOf(s.charAt(i)) < 0) continue;
            // An apostrophe inside a word ("Children’s") is not a closing quote.
            if ((open == '‘' || open == '\'') && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) continue;
            return i > 2 ? i : -1;
        }
        return -1;
    }

    /** "Nano Lett. 10, 1012" / "IEEE Trans. Electr. Dev. 1982": abbreviated words, then a number. */
    static boolean looksLikeAbbreviatedContainer(String rest) {
        int digit = -1;
        for (int i = 0; i < rest.length() && i < 80; i++) {
            if (Character.isDigit(rest.charAt(i))) { digit = i; break; }
        }
        // The number must stand alone ("Nano Lett. 10"), not be part of a word ("R1: A rule-based"),
        // and be followed by punctuation, not by more words ("Fortran 90 Handbook").
        if (digit <= 1 || rest.charAt(digit - 1) != ' ') return false;
        int after = digit;
        while (after < rest.length() && Character.isDigit(rest.charAt(after))) after++;
        if (after < rest.length() && rest.charAt(after) == ' ' && after + 1 < rest.length() && Character.isLetter(rest.charAt(after + 1))) return false;
        String head = rest.substring(0, digit).strip();
        String[] words = head.split("[\\s,]+");
        if (words.length == 0 || words.length > 7) return false;
        boolean dotted = false;
        for (String w : words) {
            if (w.isEmpty()) continue;
            String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (w.endsWith(".")) dotted = true;
            if (bare.equals("&") || bare.equals("of") || bare.equals("and")) continue;
            if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0))) return false;
            if (!w.endsWith(".") && bare.length() > 4 && !bare.equals(bare.toUpperCase(Locale.ROOT)) && words.length > 1) return false;
        }
        return dotted || words.length == 1;
    }

    /** "London: Elsevier", "Oxford University Press", "Springer": a publisher or place, not a container. */
    static boolean looksLikePublisher(String candidate, String tail, int stop) {
        // "University of Massachusetts Occasional Papers", "Wake Forest University Magazine": a
        // periodical's name may hold a publisher's word.
        if (PUBLISHER_WORD.matcher(candidate).find() && !PERIODICAL_WORD.matcher(candidate).find()) return true;
        boolean colon = stop < tail.length() && tail.charAt(stop) == ':' && stop + 2 < tail.length()
                && !Character.isDigit(tail.charAt(skipSpaces(tail, stop + 1)));
        if (colon) return placeThenPublisher(tail, stop); // "New York: Penguin"
        return MONTH.matcher(candidate).find();
    }

    /**
     * Whether {@code t} reads "Place: Publisher" around the colon at {@code colon}: "New York:
     * Plenum Press", "Ross-on-Wye: PCCS Books", but not "Well-Being: The Foundations of Hedonic
     * Psychology". A well-known or coded place may have any publisher; a single unknown word needs
     * a publisher that looks like one (a publishing word, or one to three capitalised words).
     */
    static boolean placeThenPublisher(String t, int colon) {
        String place = t.substring(0, colon);
        if (!looksLikePlace(place)) return false;
        String p = place.strip();
        if (CITIES.contains(p.toLowerCase(Locale.ROOT)) || PLACE_CODE.matcher(p).find() || p.contains("/")) return true;
        int end = colon + 1;
        while (end < t.length() && ",.;(".indexOf(t.charAt(end)) < 0) end++;
        String publisher = t.substring(colon + 1, end).strip();
        if (PUBLISHER_WORD.matcher(publisher).find() || PUBLISHING_BODY.matcher(publisher).find()) return true;
        String[] words = publisher.split("\\s+");
        if (publisher.isEmpty() || words.length > 3 || NOT_TITLE_START.contains(words[0])) return false;
        for (String w : words) if (!Character.isUpperCase(w.codePointAt(0)) && !w.equals("&")) return false;
        return true;
    }

    private static final Pattern PERIODICAL_WORD = Pattern.compile(
            "(?i)\\b(?:journal|magazine|review|bulletin|quarterly|papers|studies|proc|proceedings|transactions|annals|letters"
            + "|notes|series|newsletter|gazette|zeitschrift|revue|rivista|revista|jahrbuch|archives?|acta|monographs?)\\b");
    private static final Pattern PUBLISHING_BODY = Pattern.compile("(?i)\\b(?:association|society|institute|foundation)\\b");
    private static final Set<String> NOT_TITLE_START = Set.of("The", "A", "An", "His", "Her", "Their", "Our", "Der", "Die", "Das", "Le", "La", "Les");

    /**
     * "New York", "Hillsdale, NJ", "London/Philadelphia", "Ross-on-Wye": a place of publication. A
     * single capitalised word, a well-known publishing city, or a town with a state or country
     * code; "Machine Learning" (before ": An Approach") is not one.
     */
    static boolean looksLikePlace(String s) {
        String all = s.strip();
        if (all.isEmpty() || all.length() > 60) return false;
        for (String part : all.split("\\s*/\\s*")) {
            String p = part.strip();
            Matcher coded = PLACE_CODE.matcher(p);
            if (coded.find()) p = p.substring(0, coded.start()).strip();
            if (p.isEmpty() || !Character.isUpperCase(p.codePointAt(0))) return false;
            boolean oneWord = p.indexOf(' ') < 0 && p.length() <= 24;
            if (!oneWord && !coded.find(0) && !CITIES.contains(p.toLowerCase(Locale.ROOT))) return false;
            if (!oneWord && coded.find(0) && p.split(" ").length > 3) return false;
        }
        return true;
    }

    /** ", NJ" / ", Mass." / ", U.K." / ", Germany"-like codes closing a place. */
    private static final Pattern PLACE_CODE = Pattern.compile(
            ",\\s*(?:\\p{Lu}{2}|\\p{Lu}\\.\\s?\\p{Lu}\\.|\\p{Lu}\\p{Ll}{1,4}\\.|USA|UK|Canada|Germany|France|Italy|Spain|Switzerland|Netherlands|Australia|India|Japan|China|Brazil)\\s*$");

    /** Cities of more than one word (and a few single-word ones) that publishers name. */
    private static final Set<String> CITIES = Set.of(
            "new york", "san francisco", "los angeles", "san diego", "san mateo", "palo alto", "menlo park", "ann arbor",
            "new haven", "upper saddle river", "englewood cliffs", "thousand oaks", "newbury park", "grand rapids",
            "new brunswick", "new delhi", "mexico city", "rio de janeiro", "são paulo", "sao paulo", "buenos aires",
            "hong kong", "frankfurt am main", "tel aviv", "st. louis", "saint louis", "salt lake city", "los altos",
            "beverly hills", "cape town", "winona lake", "south bend", "chapel hill", "baton rouge", "college station",
            "la jolla", "santa monica", "santa barbara", "santa cruz", "research triangle park", "west lafayette",
            "london", "paris", "berlin", "oxford", "cambridge", "boston", "chicago", "amsterdam", "washington",
            "united states", "united kingdom", "moscow", "leningrad", "melbourne", "sydney", "toronto", "montreal", "montréal",
            "bruxelles", "brussels", "munich", "münchen", "vienna", "wien", "leipzig", "stuttgart", "zurich", "zürich", "geneva",
            "genève", "madrid", "rome", "roma", "milan", "milano", "turin", "torino", "florence", "firenze", "lisbon", "lisboa",
            "tokyo", "beijing", "princeton", "philadelphia", "baltimore", "edinburgh", "dublin", "harlow", "boulder", "concord",
            "hanover", "leiden", "dordrecht", "heidelberg", "göttingen", "hamburg", "frankfurt", "bologna", "barcelona");

    private static int skipSpaces(String s, int i) {
        int j = i;
        while (j < s.length() - 1 && s.charAt(j) == ' ') j++;
        return j;
    }

    /** Drops a chapter's editors written before the book: "edited by E. Editor, Book" -> "Book". */
    static String dropEditors(String t) {
        Matcher m2 = Pattern.compile("(?i)^(?:edited by|ed\\. by|hg\\. v\\.|hrsg\\. v\\.)\\s").matcher(t);
        if (m2.find()) {
            int end = sentenceEnd(t, m2.end(), true);
            if (end > 0) return t.substring(end + 1).strip();
        }
        return t;
    }

    // ---------------------------------------------------------------------------------------

    /**
     * A small grammar of personal names as citation styles print them, read over word tokens:
     * surname then initials ("Muresanu DF", "Smith, J. A.", "ALY (M.I.)"), surname then given
     * names for the first author ("Adams, Nicholson B."), given names or initials then surname
     * ("J. A. Smith", "David Hoiem"), joined by commas, semicolons, "&", "and" and closed by
     * "et al.". After a semicolon a group author ("CASTA Investigators") is accepted.
     */
    static final class Names {
        record Result(List<String> authors, int end, boolean endedWithComma, boolean edited) {}

        static final Result NONE = new Result(List.of(), 0, false, false);

        private record Tok(int start, int end, String text) {
            boolean is(String t) { return text.equals(t); }
        }

        private static final Set<String> PARTICLES = Set.of(
                "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "la", "le", "ten",
                "ter", "bin", "ibn", "el", "al", "zu", "vander", "st", "mc", "y");
        private static final Set<String> GROUP_WORDS = Set.of(
                "of", "for", "the", "on", "in", "and", "&", "de", "du", "des", "la", "le", "et", "für", "der", "und", "y", "del");

        private final String s;
        private final List<Tok> toks = new ArrayList<>();

        private Names(String s) {
            this.s = s;
            int i = 0;
            while (i < s.length() && toks.size() < 400) {
                char c = s.charAt(i);
                if (c == ' ') { i++; continue; }
                int j = i;
                if (Character.isLetter(c) || c == '-' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                    j = i + 1;
                    while (j < s.length() && (Character.isLetter(s.charAt(j)) || Character.getType(s.charAt(j)) == Character.NON_SPACING_MARK
                            || (s.charAt(j) == '-' || s.charAt(j) == '\'' || s.charAt(j) == '’') && j + 1 < s.length() && Character.isLetter(s.charAt(j + 1)))) j++;
                } else if (Character.isDigit(c)) {
                    j = i + 1;
                    while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
                } else {
                    j = i + 1;
                }
                toks.add(new Tok(i, j, s.substring(i, j)));
                i = j;
            }
        }

        static Result scan(String s) {
            return new Names(s).list();
        }

        /** "Council of Economic Advisers", "World Health Organization (WHO)": capitalised words. */
        static boolean looksLikeGroup(String seg) {
            String[] words = seg.replaceAll("[(),.;:]", " ").strip().split("\\s+");
            if (words.length == 0 || words.length > 10 || words[0].isEmpty()) return false;
            int caps = 0;
            for (String w : words) {
                if (w.isEmpty()) continue;
                if (Character.isUpperCase(w.charAt(0))) caps++;
                else if (!GROUP_WORDS.contains(w.toLowerCase(Locale.ROOT))) return false;
            }
            return caps >= 1 && Character.isUpperCase(words[0].charAt(0));
        }

        /** How the list's first name was written; later names keep to it. */
        private enum Style { SURNAME_INITIALS, SURNAME_GIVEN, INITIALS_GIVEN, GIVEN_SURNAME }

        /** Set by {@link #surnameFirst}: the name it read was "Surname, Given Names". */
        private boolean lastWasFull;

        private Result list() {
            List<String> names = new ArrayList<>();
            int i = 0;
            int end = 0;
            boolean edited = false;
            boolean afterAnd = false;
            Style style = null;
            while (i < toks.size()) {
                boolean first = names.isEmpty();
                lastWasFull = false;
                int sf = surnameFirst(i, first || style == Style.SURNAME_GIVEN);
                boolean full = lastWasFull;
                int gf = givenFirst(i);
                boolean gfInitials = gf > 0 && isInitial(i);
                if (gf > 0 && !first) {
                    // "Card, S. K., Robertson, G. G., The Information Visualizer": in a surname-first list a
                    // later given-first name needs initials or an "and" before it ("Lakoff, George, and Mark Johnson").
                    // Chicago's "Child, Julia, Louisette Bertholle, and Simone Beck" inverts only the first name.
                    if (style == Style.SURNAME_INITIALS && !gfInitials && !afterAnd) gf = -1;
                    // "S. E. Han, G. Chen, Nano Lett. 10": capitalised words then a number are a journal.
                    if (gf > 0 && !gfInitials && style == Style.INITIALS_GIVEN && numberAfter(gf) && !(afterAnd && yearAfter(gf))) gf = -1;
                    // "D. G. Bradlee, S. J. Eggers and R. R. Henry, Integrating Register Allocation": in a list of
                    // initialled names, a name without initials comes only after "and" ("F. Jahanian and Al Mok").
                    if (gf > 0 && !gfInitials && style == Style.INITIALS_GIVEN && !afterAnd) gf = -1;
                }
                int unitEnd = Math.max(sf, gf);
                boolean byGiven = gf > sf;
                if (unitEnd < 0 && !first && i > 0 && toks.get(i - 1).is(";")) unitEnd = group(i);
                // "Homer. The Iliad." / "COLLECTIF. Title.": a single name, then a period and the title.
                if (unitEnd < 0 && first && i == 0 && isCapWord(0) && toks.size() > 3 && toks.get(1).is(".")
                        && isCapWord(2) && toks.get(0).text.length() >= 3) unitEnd = 1;
                if (unitEnd < 0) break;
                if (first) {
                    style = byGiven ? (gfInitials ? Style.INITIALS_GIVEN : Style.GIVEN_SURNAME)
                            : full ? Style.SURNAME_GIVEN : Style.SURNAME_INITIALS;
                }
                unitEnd = suffix(unitEnd);
                int alias = alias(unitEnd);
                String name = s.substring(toks.get(i).start, toks.get(unitEnd - 1).end);
                // "Rezaei Y." ending the list: Vancouver initials carry no period; the period is the list's.
                if (name.endsWith(".") && name.indexOf('.') == name.length() - 1 && name.indexOf(',') < 0
                        && unitEnd >= 2 && toks.get(unitEnd - 2).text.length() == 1) name = name.substring(0, name.length() - 1);
                names.add(name);
                end = Math.max(end, toks.get(alias - 1).end);
                i = alias;
                int ed = editorMark(i);
                if (ed > i) {
                    end = toks.get(ed - 1).end;
                    edited = true;
                    // A bare mark closes the list ("In D. S. Touretzky, editor, Neural Information ...");
                    // a bracketed one may be followed by more names ("Marshall, F. (Producers), & Fincher, D.").
                    boolean bracketed = toks.get(ed - 1).is(")");
                    i = ed;
                    if (!bracketed) break;
                    int after = separator(i);
                    boolean and = false;
                    for (int k = i; after > 0 && k < after; k++) if (!toks.get(k).is(",") && !toks.get(k).is(";")) and = true;
                    if (!and) break;
                }
                // Separator, "et al.", or the end of the list.
                int sep = separator(i);
                if (sep < 0) break;
                if (etAl(sep) > 0) {
                    // "Baldwin, M., et al. (Eds.)."
                    int after = etAl(sep);
                    int mark = editorMark(after);
                    if (mark > after) edited = true;
                    end = toks.get(mark - 1).end;
                    break;
                }
                if (sep >= toks.size()) break;
                afterAnd = false;
                for (int k = i; k < sep; k++) {
                    String t = toks.get(k).text;
                    if (!t.equals(",") && !t.equals(";")) afterAnd = true;
                }
                i = sep;
            }
            if (names.isEmpty()) return new Result(List.of(), 0, false, false);
            // A list closed by a comma is followed by comma-separated parts (IEEE, Chicago notes).
            int k = end;
            while (k < s.length() && s.charAt(k) == ' ') k++;
            boolean endedWithComma = k < s.length() && s.charAt(k) == ',';
            return new Result(List.copyOf(names), end, endedWithComma, edited);
        }

        /** Whether a year follows token {@code j} (after periods and commas). */
        private boolean yearAfter(int j) {
            int k = j;
            while (k < toks.size() && (toks.get(k).is(".") || toks.get(k).is(","))) k++;
            return k < toks.size() && isYearString(toks.get(k).text);
        }

        /** Whether a number follows token {@code j} (after periods and commas). */
        private boolean numberAfter(int j) {
            int k = j;
            while (k < toks.size() && (toks.get(k).is(".") || toks.get(k).is(","))) k++;
            return k < toks.size() && Character.isDigit(toks.get(k).text.charAt(0));
        }

        /** Capitalised words that start titles, never names. */
        private static final Set<String> NOT_NAMES = Set.of(
                "The", "An", "In", "On", "Of", "For", "And", "To", "With", "From", "By", "At", "Is", "Are", "How", "What",
                "Why", "When", "Der", "Die", "Das", "Ein", "Eine", "Les", "Une", "Il", "Los", "Las", "Towards", "Toward",
                "Using", "Proceedings", "Proc", "Journal", "Review", "Introduction", "Report", "Handbook");
        private static final Set<String> DIGRAPH_INITIALS = Set.of("Th", "Ch", "Ph", "Sh", "Fr", "Kh", "Zh", "Gh", "Wm", "Ts", "Sz");
        private static final Set<String> SUFFIXES = Set.of("Jr", "Sr", "II", "III", "IV", "Jun", "Sen");
        private static final Set<String> EDITOR_WORDS = Set.of(
                "ed", "eds", "editor", "editors", "hrsg", "hg", "dir", "dirs", "coord", "comp", "comps", "org", "orgs", "éd", "éds",
                "director", "directors", "producer", "producers", "writer", "writers", "translator", "trans", "compiler",
                "illustrator", "narrator", "host", "performer", "creator", "compilador", "coordinator");

        /** "Céline, Louis-Ferdinand (Louis-Ferdinand Destouches)" / "Esty, Joshua (Jed)": another name in brackets. */
        private int alias(int j) {
            if (j >= toks.size() || !toks.get(j).is("(")) return j;
            int k = j + 1;
            int words = 0;
            while (k < toks.size() && words < 6 && (isCapWord(k) || isInitial(k) || toks.get(k).is("."))) { k++; words++; }
            return words > 0 && k < toks.size() && toks.get(k).is(")") && !EDITOR_WORDS.contains(toks.get(j + 1).text.toLowerCase(Locale.ROOT))
                    ? k + 1 : j;
        }

        /** "Smith, J., Jr." / "Henderson, D. A. Jr.": a generational suffix belongs to the name. */
        private int suffix(int j) {
            int k = j;
            if (k < toks.size() && toks.get(k).is(",")) k++;
            if (k < toks.size() && SUFFIXES.contains(toks.get(k).text)) {
                k++;
                if (k < toks.size() && toks.get(k).is(".")) k++;
                return k;
            }
            return j;
        }

        /** "(Eds.)", ", editors", "(Hrsg.)" after a name: the index after the mark, or {@code i}. */
        private int editorMark(int i) {
            int k = i;
            if (k < toks.size() && toks.get(k).is(",")) k++;
            boolean paren = k < toks.size() && toks.get(k).is("(");
            if (paren) k++;
            if (k >= toks.size() || !EDITOR_WORDS.contains(toks.get(k).text.toLowerCase(Locale.ROOT))) return i;
            k++;
            if (k < toks.size() && toks.get(k).is(".")) k++;
            // "(Writer/Director)"
            while (paren && k + 1 < toks.size() && toks.get(k).is("/") && EDITOR_WORDS.contains(toks.get(k + 1).text.toLowerCase(Locale.ROOT))) k += 2;
            if (paren) {
                if (k >= toks.size() || !toks.get(k).is(")")) return i;
                k++;
            }
            return k;
        }

        /** After a name: the token index where the next name starts, or -1 if the list ends. */
        private int separator(int i) {
            int j = i;
            boolean any = false;
            while (j < toks.size()) {
                String t = toks.get(j).text;
                // "/" joins names in German citations ("Schmidt, A./Weber, B.").
                if (t.equals(",") || t.equals(";") || t.equals("&") || t.equals("/") || t.equalsIgnoreCase("and") || t.equals("und")
                        || t.equals("et") && !(j + 1 < toks.size() && toks.get(j + 1).text.startsWith("al")) || t.equals("y")) {
                    any = true;
                    j++;
                } else break;
            }
            if (j < toks.size() && toks.get(j).is("et") && j + 1 < toks.size() && toks.get(j + 1).text.startsWith("al")) return j;
            return any ? j : -1;
        }

        /** If tokens at i read "et al(.)", the index after them; else -1. */
        private int etAl(int i) {
            if (i + 1 < toks.size() && toks.get(i).is("et") && toks.get(i + 1).text.startsWith("al")) {
                int j = i + 2;
                if (j < toks.size() && toks.get(j).is(".")) j++;
                return j;
            }
            return -1;
        }

        /** A capitalised word of two letters or more: "Smith", "O’Reilly", "McDonald", "Lin-Liu", "MITTICA". */
        private boolean isCapWord(int i) {
            if (i >= toks.size()) return false;
            String t = toks.get(i).text;
            if (t.length() < 2 || !Character.isUpperCase(t.codePointAt(0))) return false;
            for (int k = 1; k < t.length(); k++) {
                char c = t.charAt(k);
                if (!Character.isLetter(c) && "-'’".indexOf(c) < 0 && Character.getType(c) != Character.NON_SPACING_MARK) return false;
            }
            return true;
        }

        /** A lowercase name particle: "van", "de", "von der". */
        private boolean isParticle(int i) {
            return i < toks.size() && PARTICLES.contains(toks.get(i).text.toLowerCase(Locale.ROOT))
                    && Character.isLowerCase(toks.get(i).text.charAt(0));
        }

        /** An all-capitals word: "FERRIERES", or Vancouver initials "DF". */
        private boolean isUpperWord(int i) {
            if (i >= toks.size()) return false;
            String t = toks.get(i).text;
            return t.length() >= 2 && t.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isUpperCase(ch));
        }

        /** A single initial: "J" or "Th" or "-P", followed by a period or not. */
        private boolean isInitial(int i) {
            if (i >= toks.size()) return false;
            String t = toks.get(i).text;
            if (t.startsWith("-")) t = t.substring(1);
            if (t.length() == 1) return Character.isUpperCase(t.charAt(0));
            // "J-L" (Jean-Luc) written as a hyphenated pair of initials.
            if (t.length() == 3 && t.charAt(1) == '-' && Character.isUpperCase(t.charAt(0)) && Character.isUpperCase(t.charAt(2))) return true;
            // Two-letter initials of digraphs ("Th.", "Ch.", "Fr.-R."), never a short surname ("Li.").
            return DIGRAPH_INITIALS.contains(t) && i + 1 < toks.size() && toks.get(i + 1).is(".");
        }

        /** Initials "J. A." / "J.-P." / "D.I." from i; the index after them, or -1. */
        private int initials(int i) {
            int j = i;
            int n = 0;
            while (isInitial(j)) {
                j++;
                n++;
                if (j < toks.size() && toks.get(j).is(".")) j++;
                if (j + 1 < toks.size() && toks.get(j).is("-") && isInitial(j + 1)) j++;
                else if (toks.get(j - 1).text.length() > 1 && !toks.get(j - 1).text.startsWith("-")) break;
                if (n >= 5) break;
            }
            return n == 0 ? -1 : j;
        }

        /** Vancouver initials written together: "DF", "MR", "Y" (up to four capitals); the index after them. */
        private int capsRun(int i) {
            if (i >= toks.size()) return -1;
            String t = toks.get(i).text;
            if (t.length() > 4 || !t.chars().allMatch(Character::isUpperCase)) return -1;
            return i + 1;
        }

        /** The end of a surname of one to three words (with particles) from i, for each length. */
        private List<Integer> surnameEnds(int i) {
            List<Integer> ends = new ArrayList<>(3);
            int j = i;
            while (isParticle(j)) j++;
            for (int words = 0; words < 3 && isCapWord(j); words++) {
                j++;
                ends.add(j);
                while (isParticle(j)) j++;
            }
            return ends;
        }

        private boolean boundaryAt(int j) {
            if (j >= toks.size()) return true;
            if (j > 0 && toks.get(j - 1).is(".")) return true;
            // "Diewald, Gabriele 2002." : a year straight after the name.
            if (Character.isDigit(toks.get(j).text.charAt(0)) && toks.get(j).text.length() == 4) return true;
            String t = toks.get(j).text;
            return t.equals(",") || t.equals(";") || t.equals(".") || t.equals("&") || t.equals("(") || t.equals("[")
                    || t.equals(":") || t.equals("-") || t.equals("–")
                    || t.equalsIgnoreCase("and") || t.equals("und") || t.equals("et") || isQuote(t);
        }

        private static boolean isQuote(String t) {
            return t.length() == 1 && "\"“”„«»‘’'".contains(t);
        }

        /** "Smith, J. A." / "Muresanu DF" / "ALY (M.I.)" / first author "Adams, Nicholson B.". */
        private int surnameFirst(int i, boolean firstName) {
            // "The Lambda Calculus" is a title; "Das, A." is a name.
            if (i + 1 < toks.size() && NOT_NAMES.contains(toks.get(i).text) && !toks.get(i + 1).is(",")) return -1;
            for (int end : surnameEnds(i)) {
                int j = end;
                // "Baes Jr., C. F." / "Guerney, Jr., B. G.": a suffix between the surname and the initials.
                if (j < toks.size() && SUFFIXES.contains(toks.get(j).text) && j + 1 < toks.size() && toks.get(j + 1).is(".")) j += 2;
                else if (j + 2 < toks.size() && toks.get(j).is(",") && SUFFIXES.contains(toks.get(j + 1).text)) {
                    j += 2;
                    if (toks.get(j).is(".")) j++;
                }
                // "Muresanu DF" / "Rezaei Y." (Vancouver): caps run right after the surname.
                int ini = initials(j);
                if (ini > 0 && boundaryAt(ini) && !(ini < toks.size() && isCapWord(ini) && !toks.get(ini - 1).is("."))) return ini;
                int cr = capsRun(j);
                if (cr > 0 && boundaryAt(cr) && !isUpperWordSurname(i, end)) return cr;
                if (cr > 0 && isUpperWordSurname(i, end) && toks.get(j).text.length() <= 2 && boundaryAt(cr)) return cr;
                if (j < toks.size() && toks.get(j).is(",")) {
                    ini = initials(j + 1);
                    while (ini > 0 && isParticle(ini)) ini++; // "Santos Otero, A. de."
                    if (ini > 0 && (ini >= toks.size() || boundaryAt(ini) || isQuote(toks.get(ini).text))) return ini;
                    cr = capsRun(j + 1);
                    if (cr > 0 && toks.get(j + 1).text.length() <= 3 && boundaryAt(cr)) return cr;
                    // First author "Surname, Given Names [I.]" (Chicago, MLA, Harvard with full names).
                    if (firstName && (end == i + 1 + countParticles(i)
                            || end == i + 2 && PARTICLES.contains(toks.get(i).text.toLowerCase(Locale.ROOT)))) {
                        int g = j + 1;
                        int words = 0;
                        while (words < 3 && isCapWord(g) && !isUpperWord(g)) { g++; words++; }
                        int gi = initials(g);
                        if (gi > 0) g = gi;
                        while (isParticle(g)) g++; // "Andrade, Mário de"
                        if ((words > 0 || gi > 0) && boundaryAt(g)) {
                            lastWasFull = words > 0;
                            return g;
                        }
                    }
                }
                if (j < toks.size() && toks.get(j).is("(")) {
                    ini = initials(j + 1);
                    if (ini > 0 && ini < toks.size() && toks.get(ini).is(")")) return ini + 1;
                }
                // "FERRIERES Madeleine": an all-caps surname followed by given names.
                if (isUpperWordSurname(i, end) && isCapWord(j) && !isUpperWord(j)) {
                    int g = j;
                    int words = 0;
                    while (words < 3 && isCapWord(g) && !isUpperWord(g)) { g++; words++; }
                    if (boundaryAt(g)) return g;
                }
            }
            return -1;
        }

        private int countParticles(int i) {
            int j = i;
            while (isParticle(j)) j++;
            return j - i;
        }

        private boolean isUpperWordSurname(int i, int end) {
            for (int k = i; k < end; k++) if (!isParticle(k) && !isUpperWord(k)) return false;
            return true;
        }

        /** "J. A. Smith" / "David Hoiem" / "Larry D. Wittie" / "Jean-Paul de la Roche". */
        private int givenFirst(int i) {
            if (i < toks.size() && NOT_NAMES.contains(toks.get(i).text)) return -1;
            int j = i;
            int ini = initials(j);
            int given = 0;
            if (ini > 0) {
                j = ini;
            } else {
                while (given < 3 && isCapWord(j) && !isUpperWord(j)) {
                    j++;
                    given++;
                    int mid = initials(j);
                    if (mid > 0) { j = mid; break; }
                }
                if (given == 0) return -1;
            }
            // Then the surname: particles and one or two capitalised words, ending at a boundary.
            List<Integer> ends = surnameEnds(j);
            for (int e : ends) if (boundaryAt(e)) return e;
            // "David Hoiem": the last given word was in fact the surname.
            if (ini < 0 && given >= 2 && boundaryAt(j)) return j;
            return -1;
        }

        /** A group author after a semicolon: capitalised words (and "of", "in", ...) up to a period. */
        private int group(int i) {
            int j = i;
            int caps = 0;
            while (j < toks.size() && j < i + 15) {
                String t = toks.get(j).text;
                if (t.equals(".") || t.equals(",") || t.equals(";")) break;
                if (Character.isUpperCase(t.codePointAt(0))) caps++;
                else if (!GROUP_WORDS.contains(t.toLowerCase(Locale.ROOT)) && !"()".contains(t)) return -1;
                j++;
            }
            return caps >= 2 && j > i ? j : -1;
        }
    }
}
