package dev.offprint.extract;

import static dev.offprint.extract.ExtractorSpecTest.FILLER;
import static dev.offprint.extract.ExtractorSpecTest.extract;
import static dev.offprint.extract.ExtractorSpecTest.text;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offprint.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Body-extraction heuristics on small snippets: the standfirst found around the located content,
 * teaser lists left out of it, and the choice of the content box.
 */
class ExtractorBodyTest {

    static final String LEAD = "The ferry authority will replace its whole fleet by 2030, the board decided after a long meeting.";

    @Test
    void aStandfirstInTheArticleHeaderBesideTheArticleElementLeads() {
        // <main><header>…standfirst…</header><article>…</article></main>: the header is the article's.
        Article a = extract("<body><main><header><h1>New ferries</h1><div class=story-teaser><p>" + LEAD + "</p></div></header>"
                + "<article><div class=text>" + FILLER + FILLER + "</div><div class=box><p>Short note.</p></div></article></main></body>");
        assertTrue(text(a).startsWith("The ferry authority will replace"), text(a));
    }

    @Test
    void aStandfirstDeepAboveTheScoredBoxInsideTheArticleLeads() {
        // The body sits more than three levels below the <article> whose header holds the excerpt.
        Article a = extract("<body><article><header><h1>New ferries</h1><p class=excerpt>" + LEAD + "</p></header>"
                + "<div class=grid><div class=col><div class=inner><div class=body>" + FILLER + FILLER + FILLER
                + "</div></div><div class=aside-col><p>A much shorter column beside the text.</p></div></div></div></article></body>");
        assertTrue(text(a).startsWith("The ferry authority will replace"), text(a));
    }

    @Test
    void theSubtitleOfAnHgroupAndAParagraphInAnIntroHeaderLead() {
        Article a = extract("<body><article><header><hgroup><h1>New ferries</h1><h2>" + LEAD + "</h2></hgroup></header>"
                + "<div class=grid><div class=body>" + FILLER + FILLER + "</div><div class=side><p>Side note here.</p></div></div></article></body>");
        assertTrue(text(a).contains("The ferry authority will replace"), text(a));
        Article b = extract("<body><article><header class=intro><h1>New ferries</h1><p class=heading>" + LEAD + "</p></header>"
                + "<div class=grid><div class=body>" + FILLER + FILLER + "</div><div class=side><p>Side note here.</p></div></div></article></body>");
        assertTrue(text(b).contains("The ferry authority will replace"), text(b));
    }

    @Test
    void aPerexIsAStandfirst() {
        Article a = extract("<body><div class=page><div class='field field-perex'><p>" + LEAD + "</p></div>"
                + "<div class='field body'>" + FILLER + FILLER + "</div></div><div class=links>"
                + "<a href=/a>Elsewhere on the site</a> ".repeat(10) + "</div></body>");
        assertTrue(text(a).startsWith("The ferry authority will replace"), text(a));
    }

    @Test
    void aTeaserBoxWithALinkedHeadlineIsAnotherStory() {
        Article a = extract("<article>" + FILLER + "<div class=teaser><img src=x.jpg alt=''><h2><a href=/faq>All about the new ferries</a></h2>"
                + "<div class=teasertext><p>Everything the authority has said about the fleet, in questions and answers. "
                + "<a href=/faq>more</a></p></div></div>"
                + "<pp-inline-teaser><pp-link href=/rules><h3>Rules for the quay</h3></pp-link><p>What changes for passengers on the quay.</p>"
                + "</pp-inline-teaser>" + FILLER + "</article>");
        String t = text(a);
        assertFalse(t.contains("All about the new ferries"), t);
        assertFalse(t.contains("Everything the authority has said"), t);
        assertFalse(t.contains("What changes for passengers"), t);
        // The article's own standfirst named "teaser", with an unlinked heading, stays.
        Article b = extract("<article><div class=article-teaser><h2>Why the fleet is replaced</h2><p>" + LEAD + "</p></div>"
                + FILLER + FILLER + "</article>");
        assertTrue(text(b).contains("The ferry authority will replace"), text(b));
    }

    @Test
    void headlineLinkListsAboveTheTextOrAloneBetweenParagraphsAreTeasers() {
        String series = "<div><h3>In this series</h3><ul>"
                + "<li><a href=/1>The old ferries and what became of them</a></li>"
                + "<li>Harbour board approves the new ferries at last</li>"
                + "<li><a href=/3>Who will crew the new electric boats</a></li>"
                + "<li><a href=/4>The quay is rebuilt for charging points</a></li></ul></div>";
        String one = "<ul><li><a href=/live><strong>The latest news about the harbour works (free to read)</strong></a></li></ul>";
        Article a = extract("<article>" + series + FILLER + one + FILLER + "</article>");
        String t = text(a);
        assertFalse(t.contains("The old ferries and what became"), t);
        assertFalse(t.contains("In this series"), t);
        assertFalse(t.contains("The latest news about the harbour"), t);
        assertTrue(t.contains("The board approved the plan"), t);
        // After the text, or with items that say more than their link, a list is the article's own.
        String reading = "<ul><li><a href=/1>The old ferries and what became of them</a></li>"
                + "<li><a href=/2>Who will crew the new electric boats</a></li></ul>";
        String sources = "<ul><li><a href=/r>Annual report of the harbour authority</a>, page 12, on the costs</li>"
                + "<li><a href=/m>Minutes of the board meeting in March</a>, with the vote</li></ul>";
        Article b = extract("<article>" + sources + FILLER + FILLER + reading + "</article>");
        assertTrue(text(b).contains("Who will crew the new electric boats"), text(b));
        assertTrue(text(b).contains("Annual report of the harbour authority"), text(b));
    }

    @Test
    void stepsWithAPhotoEachAndBoldRunInHeadingsSurviveConditionalCleaning() {
        StringBuilder steps = new StringBuilder("<ul class=steps>");
        for (int i = 1; i <= 4; i++) {
            steps.append("<li><img src=step").append(i).append(".jpg alt=''><div>Step ").append(i)
                    .append(": heat the oil in the wok, add the noodles and stir them for two minutes.</div></li>");
        }
        steps.append("</ul>");
        Article a = extract("<article>" + FILLER + "<div class=method>" + steps + "</div>"
                + "<div class=paragraph><p><strong>1. Choose the pot</strong></p></div>" + FILLER + "</article>");
        String t = text(a);
        assertTrue(t.contains("Step 3: heat the oil"), t);
        assertTrue(t.contains("1. Choose the pot"), t);
        // A grid of images with a word each is still a gallery box, and a short plain label still goes.
        StringBuilder grid = new StringBuilder("<div class=grid>");
        for (int i = 1; i <= 4; i++) grid.append("<img src=g").append(i).append(".jpg alt=''><span>Shop ").append(i).append("</span>");
        grid.append("</div>");
        Article b = extract("<article>" + FILLER + grid + "<div class=box><p>Overview: work</p></div>" + FILLER + "</article>");
        assertFalse(text(b).contains("Shop 3"), text(b));
        assertFalse(text(b).contains("Overview: work"), text(b));
    }

    @Test
    void anUnnamedIntroBetweenTheHeadlineAndTheBodyLeads() {
        String body = "<div class=body><div class=text>" + FILLER + FILLER + "</div><div class=side><p>Side note here.</p></div></div>";
        Article a = extract("<body><div class=stage><h1>New ferries</h1><div class=box><p>" + LEAD + "</p></div></div>" + body + "</body>");
        assertTrue(text(a).startsWith("The ferry authority will replace"), text(a));
        // A byline line under the headline, or a paragraph beyond a link list (a menu), is not an intro.
        Article b = extract("<body><div class=stage><h1>New ferries</h1><p class=entry-meta>By Jo Doe on <time>May 4, 2022</time>. "
                + "This post may contain affiliate links, so we may earn from qualifying purchases.</p></div>" + body + "</body>");
        assertFalse(text(b).contains("affiliate links"), text(b));
        Article c = extract("<body><h1>Harbour News</h1><div class=promo><p>" + LEAD + "</p></div><ul><li><a href=/a>Home page</a></li>"
                + "<li><a href=/b>Ferries and bridges</a></li></ul>" + body + "</body>");
        assertFalse(text(c).contains("The ferry authority will replace"), text(c));
    }

    @Test
    void theSchemaOrgDescriptionBesideTheBodyLeads() {
        Article a = extract("<body><div class=product><div class=box itemprop=description><p>" + LEAD + "</p></div>"
                + "<div class=reviews><div class=review-body>" + FILLER + FILLER + "</div></div></div>"
                + "<div class=links>" + "<a href=/a>Elsewhere on the site</a> ".repeat(10) + "</div></body>");
        assertTrue(text(a).startsWith("The ferry authority will replace"), text(a));
    }

    @Test
    void aLongIntroInSeveralParagraphsLeadsParagraphByParagraph() {
        String para = "<p>" + LEAD + " It will cost more than planned, the report says, and take longer too, "
                + "because the quay must be rebuilt for the charging points first.</p>";
        Article a = extract("<body><div class=page><div class=head><div class=article-intro>" + para.repeat(5) + "</div></div>"
                + "<div class=main><div class=article-body>" + FILLER.repeat(8) + "</div><div class=side><p>Side note.</p></div></div></div>"
                + "<div class=links>" + "<a href=/a>Elsewhere on the site</a> ".repeat(10) + "</div></body>");
        String t = text(a);
        assertTrue(t.startsWith("The ferry authority will replace"), t);
        assertTrue(t.indexOf("because the quay must be rebuilt") != t.lastIndexOf("because the quay must be rebuilt"), t);
    }

    @Test
    void theArticlesOwnFooterBoxIsNotTheStory() {
        Article a = extract("<article>" + FILLER + FILLER + "<div class='article-footer clearfix'><p class=article-footer-text>"
                + "We at Harbour News love ferries. Follow us for more.</p></div></article>");
        assertFalse(text(a).contains("We at Harbour News love ferries"), text(a));
        assertTrue(text(a).contains("The board approved the plan"), text(a));
    }

    @Test
    void aHeadingLeftAtTheEndAndAnAffiliateNoticeGo() {
        Article a = extract("<article>" + FILLER + FILLER + "<h3>More tour tips in Sweden</h3><p>This article may contain links to "
                + "providers from which we receive a commission.</p></article>");
        String t = text(a);
        assertFalse(t.contains("More tour tips"), t);
        assertFalse(t.contains("receive a commission"), t);
        // A heading with text after it, even text straight in a div after <br>s, heads that text.
        Article b = extract("<article><div>" + FILLER + FILLER + "<h3>So what is next?</h3>Better testing, for starters, "
                + "by hand with a meter and an oscilloscope.<br><br></div></article>");
        assertTrue(text(b).contains("So what is next?"), text(b));
    }

    @Test
    void aBoxModifiedAsHoldingAdsIsNotAnAd() {
        // BEM modifiers "--ads" / "has-ads" mark a section that has ad slots in it, not an advertisement.
        Article a = extract("<article>" + FILLER + FILLER + "<section class='report__section report__section--ads'><h2>Verdict</h2>"
                + "<dl><dt>Pros</dt><dd>Strong heat only in the middle</dd><dt>Cons</dt><dd>Small grill area</dd></dl>"
                + "<p>A good grill for small balconies, says our tester.</p></section></article>");
        assertTrue(text(a).contains("Strong heat only in the middle"), text(a));
        Article b = extract("<article>" + FILLER + "<div class=ads><p>Buy the new grill now, only this week.</p></div>" + FILLER + "</article>");
        assertFalse(text(b).contains("Buy the new grill"), text(b));
    }

    @Test
    void sameClassSectionsBetweenFiguresAreOneArticle() {
        // The first part's paragraphs sit six levels below its section box, too deep to score into it.
        String deep = "<div class=a><div class=b><div class=c><div class=d><div class=e><p>The first part: "
                + "an experiment at the institute started it all, in the autumn, with a machine the size of a room, "
                + "programmed by two young women whose names were left out of the papers, the story goes.</p>"
                + "<p>Their work was noted only at the end of the articles, in a line of thanks, and forgotten.</p>"
                + "<p>Half a century later a colleague found the programs again, in a box of printouts kept in a basement, "
                + "and asked who had written them; the answer took a year to find, and two long interviews.</p>"
                + "<p>Both women went on to long careers, one of them in the space programme, the other in teaching.</p></div></div></div></div></div>";
        Article a = extract("<body><div id=body><div class='part mt2'>" + deep + "</div>"
                + "<figure><img src=a.jpg alt=''></figure><div class='part mt2'>" + FILLER.repeat(6) + "</div>"
                + "<div class=more>" + "<a href=/x>Other story</a> ".repeat(8) + "</div></div></body>");
        assertTrue(text(a).contains("The first part: an experiment"), text(a));
    }

    @Test
    void aCaptionBoxNamedForItsMediumIsKeptLikeAFigcaption() {
        Article a = extract("<article><div class=body>" + FILLER + "<div class=photo><img src=pi.jpg alt=''>"
                + "<div class=media-caption>A credit-card sized computer - Image: the foundation</div></div>" + FILLER + "</div></article>");
        assertTrue(text(a).contains("A credit-card sized computer"), text(a));
        // A media box that is not a caption still goes when it is short and negatively named.
        Article b = extract("<article><div class=body>" + FILLER + "<div class=social-media-caption>Share on the networks today</div>"
                + FILLER + "</div></article>");
        assertFalse(text(b).contains("Share on the networks"), text(b));
    }
}
