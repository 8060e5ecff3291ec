package dev.offprint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.offprint.model.Reference;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReferenceParserTest {

    // The seed article's three citations, exactly as printed.
    static final String SEED_1 = "Muresanu DF, Ciurea AV, Gorgan RM, Gheorghita E, Florian SI, Stan H, Blaga A, Ianovici N, "
            + "Iencean SM, Turliuc D, Davidescu HB, Mihalache C, Brehar FM, Mihaescu AS, Mardare DC, Anghelescu A, Chiparus C, "
            + "Lapadat M, Pruna V, Mohan D, Costea C, Costea D, et al. A retrospective, multi-center cohort study evaluating "
            + "the severity- related effects of cerebrolysin treatment on clinical outcomes in traumatic brain injury. "
            + "CNS Neurol Disord Drug Targets. 2015";
    static final String SEED_2 = "Amiri-Nikpour MR, Nazarbaghi S, Ahmadi-Salmasi B, Mokari T, Tahamtan U, Rezaei Y. "
            + "Cerebrolysin effects on neurological outcomes and cerebral blood flow in acute ischemic stroke. "
            + "Neuropsychiatr Dis Treat. 2014";
    static final String SEED_3 = "Heiss WD, Brainin M, Bornstein NM, Tuomilehto J, Hong Z; Cerebrolysin Acute Stroke "
            + "Treatment in Asia (CASTA) Investigators. Cerebrolysin in patients with acute ischemic stroke in Asia: results "
            + "of a double-blind, placebo-controlled randomized trial. Stroke. 2012";

    @Test
    void seedFirstCitation() {
        Reference r = ReferenceParser.parse("ref-1", SEED_1);
        assertEquals("ref-1", r.id());
        assertEquals(SEED_1, r.text());
        assertEquals("Muresanu DF", r.authors().get(0));
        assertEquals("Costea D", r.authors().get(r.authors().size() - 1), "et al. is not an author");
        assertEquals(22, r.authors().size());
        assertEquals("A retrospective, multi-center cohort study evaluating the severity- related effects of "
                + "cerebrolysin treatment on clinical outcomes in traumatic brain injury", r.title());
        assertEquals("CNS Neurol Disord Drug Targets", r.container());
        assertEquals(2015, r.year());
        assertNull(r.volume());
        assertNull(r.pages());
    }

    @Test
    void seedSecondCitation() {
        Reference r = ReferenceParser.parse("ref-2", SEED_2);
        assertEquals(List.of("Amiri-Nikpour MR", "Nazarbaghi S", "Ahmadi-Salmasi B", "Mokari T", "Tahamtan U", "Rezaei Y"),
                r.authors());
        assertEquals("Cerebrolysin effects on neurological outcomes and cerebral blood flow in acute ischemic stroke", r.title());
        assertEquals("Neuropsychiatr Dis Treat", r.container());
        assertEquals(2014, r.year());
    }

    @Test
    void seedThirdCitationWithGroupAuthor() {
        Reference r = ReferenceParser.parse("ref-3", SEED_3);
        assertEquals(List.of("Heiss WD", "Brainin M", "Bornstein NM", "Tuomilehto J", "Hong Z",
                "Cerebrolysin Acute Stroke Treatment in Asia (CASTA) Investigators"), r.authors());
        assertEquals("Cerebrolysin in patients with acute ischemic stroke in Asia: results of a double-blind, "
                + "placebo-controlled randomized trial", r.title());
        assertEquals("Stroke", r.container());
        assertEquals(2012, r.year());
    }

    @Test
    void fullVancouverWithVolumeIssuePagesAndPmid() {
        Reference r = ReferenceParser.parse("a", "3. Heiss WD, Brainin M, Bornstein NM, Tuomilehto J, Hong Z. Cerebrolysin in "
                + "patients with acute ischemic stroke in Asia. Stroke. 2012 Mar;43(3):630-6. doi: 10.1161/STROKEAHA.111.628537. "
                + "Epub 2011 Nov 17. PMID: 22282884.");
        assertEquals("Heiss WD", r.authors().get(0));
        assertEquals(5, r.authors().size());
        assertEquals("Cerebrolysin in patients with acute ischemic stroke in Asia", r.title());
        assertEquals("Stroke", r.container());
        assertEquals(2012, r.year());
        assertEquals("43", r.volume());
        assertEquals("3", r.issue());
        assertEquals("630–6", r.pages());
        assertEquals("10.1161/STROKEAHA.111.628537", r.doi());
        assertEquals("22282884", r.pmid());
    }

    @Test
    void apaJournalArticle() {
        Reference r = ReferenceParser.parse("a", "Smith, J. A., O’Brien, K., & van der Berg, L. M. (2019). Sleep and memory "
                + "consolidation in older adults: A meta-analysis. Journal of Cognitive Ageing, 12(3), 45–67. "
                + "https://doi.org/10.1037/xyz0000123");
        assertEquals(List.of("Smith, J. A.", "O’Brien, K.", "van der Berg, L. M."), r.authors());
        assertEquals(2019, r.year());
        assertEquals("Sleep and memory consolidation in older adults: A meta-analysis", r.title());
        assertEquals("Journal of Cognitive Ageing", r.container());
        assertEquals("12", r.volume());
        assertEquals("3", r.issue());
        assertEquals("45–67", r.pages());
        assertEquals("10.1037/xyz0000123", r.doi());
        assertNull(r.url(), "a DOI link is the DOI, not the URL");
    }

    @Test
    void apaReferencesOfTheBenchmarksArticle() {
        // The reference list of source/jvm-benchmarks.html, as its text reads.
        Reference georges = ReferenceParser.parse("a", "Georges, A., Buytaert, D., & Eeckhout, L. (2007). Statistically rigorous "
                + "Java performance evaluation. Proceedings of the 22nd Annual ACM SIGPLAN Conference on Object-Oriented "
                + "Programming Systems, Languages and Applications, 57–76. https://doi.org/10.1145/1297027.1297033");
        assertEquals(List.of("Georges, A.", "Buytaert, D.", "Eeckhout, L."), georges.authors());
        assertEquals("Statistically rigorous Java performance evaluation", georges.title());
        assertEquals("Proceedings of the 22nd Annual ACM SIGPLAN Conference on Object-Oriented Programming Systems, "
                + "Languages and Applications", georges.container());
        assertEquals("57–76", georges.pages());
        assertEquals("10.1145/1297027.1297033", georges.doi());
        Reference mytkowicz = ReferenceParser.parse("b", "Mytkowicz, T., Diwan, A., Hauswirth, M., & Sweeney, P. F. (2009). "
                + "Producing wrong data without doing anything obviously wrong! ACM SIGPLAN Notices, 44(3), 265–276. "
                + "https://doi.org/10.1145/1508284.1508275");
        assertEquals("Sweeney, P. F.", mytkowicz.authors().get(3));
        assertEquals("Producing wrong data without doing anything obviously wrong!", mytkowicz.title());
        assertEquals("ACM SIGPLAN Notices", mytkowicz.container());
        assertEquals("44", mytkowicz.volume());
        assertEquals("3", mytkowicz.issue());
    }

    @Test
    void apaBookWithPublisherHasNoContainer() {
        Reference r = ReferenceParser.parse("a", "Kahneman, D. (2011). Thinking, fast and slow. New York, NY: Farrar, Straus and Giroux.");
        assertEquals(List.of("Kahneman, D."), r.authors());
        assertEquals(2011, r.year());
        assertEquals("Thinking, fast and slow", r.title());
        assertNull(r.container());
    }

    @Test
    void apaChapterInEditedBook() {
        Reference r = ReferenceParser.parse("a", "Solon, G. (1999). Intergenerational mobility in the labor market. In O. Ashenfelter "
                + "& D. Card (Eds.), Handbook of labor economics (Vol. 3, pp. 1761–1800). Amsterdam: Elsevier.");
        assertEquals(List.of("Solon, G."), r.authors());
        assertEquals("Intergenerational mobility in the labor market", r.title());
        assertEquals("Handbook of labor economics", r.container());
        assertEquals("3", r.volume());
        assertEquals("1761–1800", r.pages());
        assertEquals(1999, r.year());
    }

    @Test
    void chicagoWithQuotedTitle() {
        Reference r = ReferenceParser.parse("a", "Adams, Nicholson B., and Jane Doe. “A Spanish Romanticist Parodies Himself.” "
                + "Proceedings of the Modern Language Association 45 (1930): 573–77.");
        assertEquals(List.of("Adams, Nicholson B.", "Jane Doe"), r.authors());
        assertEquals("A Spanish Romanticist Parodies Himself", r.title());
        assertEquals("Proceedings of the Modern Language Association", r.container());
        assertEquals(1930, r.year());
        assertEquals("45", r.volume());
        assertEquals("573–77", r.pages());
    }

    @Test
    void mlaWithVolumeAndIssueWords() {
        Reference r = ReferenceParser.parse("a", "Lee, Min. \"Reading Maps in the Dark.\" Cartographic Review, vol. 8, no. 2, 2016, pp. 101-19.");
        assertEquals(List.of("Lee, Min"), r.authors());
        assertEquals("Reading Maps in the Dark", r.title());
        assertEquals("Cartographic Review", r.container());
        assertEquals("8", r.volume());
        assertEquals("2", r.issue());
        assertEquals("101–19", r.pages());
        assertEquals(2016, r.year());
    }

    @Test
    void harvardWithBareYear() {
        Reference r = ReferenceParser.parse("a", "Rawlinson, N. and Fishwick, S. 2012. Seismic structure of the southeast Australian "
                + "lithosphere. Tectonophysics, 31, 1–10.");
        assertEquals(List.of("Rawlinson, N.", "Fishwick, S."), r.authors());
        assertEquals(2012, r.year());
        assertEquals("Seismic structure of the southeast Australian lithosphere", r.title());
        assertEquals("Tectonophysics", r.container());
        assertEquals("31", r.volume());
        assertEquals("1–10", r.pages());
    }

    @Test
    void ieeeWithBracketNumberAndCommaParts() {
        Reference r = ReferenceParser.parse("a", "[9] J. P. Golden, “Terrain contour matching (TERCOM): A cruise missile guidance aid,” "
                + "Proc. SPIE, vol. 238, pp. 10–18, 1980.");
        assertEquals(List.of("J. P. Golden"), r.authors());
        assertEquals("Terrain contour matching (TERCOM): A cruise missile guidance aid", r.title());
        assertEquals("Proc. SPIE", r.container());
        assertEquals("238", r.volume());
        assertEquals("10–18", r.pages());
        assertEquals(1980, r.year());
    }

    @Test
    void physicsStyleWithoutTitle() {
        Reference r = ReferenceParser.parse("a", "[13] S. E. Han, G. Chen, Nano Lett. 10, 1012 (2010).");
        assertEquals(List.of("S. E. Han", "G. Chen"), r.authors());
        assertNull(r.title());
        assertEquals("Nano Lett", r.container());
        assertEquals("10", r.volume());
        assertEquals(2010, r.year());
    }

    @Test
    void givenNamesFirstWithMiddleInitial() {
        Reference r = ReferenceParser.parse("a", "Warren R. Greiff and Jinxin Lin. Computationally tractable classes of link "
                + "matrices. Technical Report TR-96-66, University of Massachusetts, 1996.");
        assertEquals(List.of("Warren R. Greiff", "Jinxin Lin"), r.authors());
        assertEquals("Computationally tractable classes of link matrices", r.title());
        assertEquals(1996, r.year());
    }

    @Test
    void sameAuthorDashesAndNameAliases() {
        Reference r = ReferenceParser.parse("a", "———. 1836. Tales of a Grandfather. Edinburgh: R. Cadell.");
        assertTrue(r.authors().isEmpty());
        assertEquals("Tales of a Grandfather", r.title());
        assertEquals(1836, r.year());
        assertNull(r.container());
        Reference alias = ReferenceParser.parse("b", "Esty, Joshua (Jed). Unseasonable Youth: Modernism, Colonialism, and the "
                + "Fiction of Development. New York: Oxford University Press, 2012.");
        assertEquals(List.of("Esty, Joshua"), alias.authors());
        assertEquals("Unseasonable Youth: Modernism, Colonialism, and the Fiction of Development", alias.title());
    }

    @Test
    void chapterWithEditorsBeforeTheBook() {
        Reference r = ReferenceParser.parse("a", "R. S. Zemel and G. E. Hinton. TRAFFIC: Recognizing objects using reference "
                + "frames. In D. S. Touretzky, editor, Neural Information Processing Systems, Vol. 2, pages 266-273. Morgan "
                + "Kaufmann, San Mateo, CA, 1990.");
        assertEquals(List.of("R. S. Zemel", "G. E. Hinton"), r.authors());
        assertEquals("TRAFFIC: Recognizing objects using reference frames", r.title());
        assertEquals("Neural Information Processing Systems", r.container());
        assertEquals("2", r.volume());
        assertEquals("266–273", r.pages());
        assertEquals(1990, r.year());
    }

    @Test
    void germanAndFrenchShapes() {
        Reference de = ReferenceParser.parse("a", "Schmidt, A./Weber, B. (2015): Alte Sorten neu entdeckt. In: Zeitschrift für "
                + "Pomologie 12 (3), S. 45–67.");
        assertEquals(List.of("Schmidt, A.", "Weber, B."), de.authors());
        assertEquals("Alte Sorten neu entdeckt", de.title());
        assertEquals("Zeitschrift für Pomologie", de.container());
        assertEquals("12", de.volume());
        assertEquals("3", de.issue());
        assertEquals("45–67", de.pages());
        Reference fr = ReferenceParser.parse("b", "Martin, Claire. « Les pommes oubliées ». Revue d’histoire rurale, vol. 8, no 2, "
                + "2016, p. 101-119.");
        assertEquals(List.of("Martin, Claire"), fr.authors());
        assertEquals("Les pommes oubliées", fr.title());
        assertEquals("Revue d’histoire rurale", fr.container());
        assertEquals(2016, fr.year());
        assertEquals("101–119", fr.pages());
    }

    @Test
    void urlWithRetrievalLabelIsTakenOut() {
        Reference r = ReferenceParser.parse("a", "World Health Organization. (2020). Mental health atlas 2020. Retrieved from "
                + "https://www.who.int/publications/i/item/9789240036703.");
        assertEquals(List.of("World Health Organization"), r.authors());
        assertEquals(2020, r.year());
        assertEquals("Mental health atlas 2020", r.title());
        assertEquals("https://www.who.int/publications/i/item/9789240036703", r.url());
    }

    @Test
    void doiKeepsBalancedParenthesesAndDropsPrefix() {
        Reference r = ReferenceParser.parse("a", "Doe J. A title. Lancet. 2020;395(10223):497-506. https://doi.org/10.1016/S0140-6736(20)30183-5.");
        assertEquals("10.1016/S0140-6736(20)30183-5", r.doi());
        assertEquals("Lancet", r.container());
        assertEquals("395", r.volume());
        assertEquals("10223", r.issue());
        assertEquals("497–506", r.pages());
    }

    @Test
    void leadingNumbersOfEveryShapeAreDropped() {
        for (String prefix : List.of("1. ", "[1] ", "(1) ", "12 ")) {
            Reference r = ReferenceParser.parse("a", prefix + "Heiss WD, Hong Z. A trial. Stroke. 2012");
            assertEquals("Heiss WD", r.authors().get(0), prefix);
            assertEquals("A trial", r.title(), prefix);
        }
    }

    @Test
    void emptyAndNullTextGiveAnEmptyReference() {
        Reference r = ReferenceParser.parse("x", "   ");
        assertEquals("", r.text());
        assertTrue(r.authors().isEmpty());
        assertNull(r.title());
        assertNotNull(ReferenceParser.parse(null, null));
    }

    @Test
    void randomStringsNeverThrow() {
        Random random = new Random(20260226L);
        String alphabet = "aAzZ019 .,;:()[]&\"“”«»'’-–/\\é\u00AD\u200B\t\n10./doi:https://PMID ";
        for (int n = 0; n < 8_000; n++) {
            int len = random.nextInt(120);
            StringBuilder b = new StringBuilder(len);
            for (int i = 0; i < len; i++) {
                b.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            Reference r = ReferenceParser.parse("r" + n, text);
            assertEquals(text.strip(), r.text());
        }
    }

    @Test
    void realisticShapesWithNoiseNeverThrow() {
        Random random = new Random(7);
        String[] seeds = {SEED_1, SEED_2, SEED_3,
            "Smith, J. A., & Doe, B. (2019). Title here. Journal, 12(3), 45–67. https://doi.org/10.1/x",
            "[9] J. P. Golden, “Terrain,” Proc. SPIE, vol. 238, pp. 10–18, 1980."};
        for (int n = 0; n < 3_000; n++) {
            StringBuilder b = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            for (int k = random.nextInt(6); k > 0; k--) {
                int at = random.nextInt(b.length() + 1);
                if (random.nextBoolean() && at < b.length()) b.deleteCharAt(at);
                else b.insert(at, "().,;:\"“ 1999&-".charAt(random.nextInt(15)));
            }
            ReferenceParser.parse("r", b.toString());
        }
    }

    /**
     * Only the first {@link ReferenceParser#MAX_PARSED} characters are parsed; these inputs check that
     * nothing before that cut (taking identifiers out, the text kept whole) is slow, and that no
     * pattern backtracks badly on the part that is parsed.
     */
    @Test
    void megabyteInputsFinishQuickly() {
        List<String> inputs = List.of(
                "a".repeat(1 << 20),
                "A. ".repeat(350_000),
                "Smith, J., ".repeat(95_000),
                "(".repeat(1 << 20),
                "10.1000/" + "x".repeat(1 << 20),
                "https://" + "a.".repeat(500_000),
                "1999 ".repeat(200_000),
                "“" + "x, ".repeat(340_000),
                "Title" + ", Aa Bb Cc".repeat(100_000),
                "In " + "(Eds.), ".repeat(120_000),
                "Smith J. T. " + "x. ".repeat(300_000),
                "Muresanu DF" + ", Ab CD".repeat(140_000) + ". Title. Journal. 2015");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String in : inputs) {
                long t = System.nanoTime();
                Reference r = ReferenceParser.parse("big", in);
                assertEquals(in.strip(), r.text());
                assertTrue(System.nanoTime() - t < 2_000_000_000L, "slow on " + in.substring(0, 20));
            }
        });
    }
}
