package dev.offprint.transform;

import static org.junit.jupiter.api.Assertions.*;

import dev.offprint.model.Article;
import dev.offprint.model.Block.Paragraph;
import dev.offprint.model.ExtractionInfo;
import dev.offprint.model.Inline.Text;
import dev.offprint.model.Metadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class InferLanguageTest {

    private static Article article(String lang, String dir, String... paragraphs) {
        Metadata m = new Metadata("T", null, List.of(), null, null, null, null, null, null, lang, dir, null, List.of(), null);
        return new Article(m, java.util.Arrays.stream(paragraphs).map(p -> (dev.offprint.model.Block) new Paragraph(List.of(new Text(p)))).toList(),
                List.of(), List.of(), List.of(), ExtractionInfo.unknown());
    }

    private static String lang(String... paragraphs) {
        return new InferLanguage().apply(article(null, null, paragraphs)).metadata().language();
    }

    @Test
    void aScriptThatNamesOneLanguageGivesIt() {
        assertEquals("zh", lang("一个约定，信守15年，感人至深；一段真情，延续15年，催人泪下。"));
        assertEquals("ja", lang("肉をくわえたイヌが、橋を渡っていました。ふと下を見ると、川の中にも肉をくわえたイヌがいます。"));
        assertEquals("ko", lang("대한민국은 동아시아의 한반도 남부에 위치한 국가이다."));
        assertEquals("el", lang("Η Ελλάδα είναι χώρα της νοτιοανατολικής Ευρώπης."));
        assertEquals("he", lang("ירושלים היא בירת ישראל והעיר הגדולה ביותר בה."));
        assertEquals("ar", lang("القاهرة هي عاصمة جمهورية مصر العربية وأكبر مدنها."));
        assertEquals("fa", lang("تهران پایتخت ایران و بزرگ‌ترین شهر این کشور است و چند میلیون نفر جمعیت دارد."));
        assertEquals("ru", lang("Ветеран сборной Германии Лукаш Подольски принял решение прекратить выступления за сборную."));
        assertEquals("uk", lang("Київ є столицею України, її найбільшим містом і ґрунтом багатьох подій."));
    }

    @Test
    void latinTextMixedScriptsAndAmbiguousCyrillicStayUndetermined() {
        assertNull(lang("The harbour authority approved the plan on Tuesday night."));
        assertNull(lang("Der Hafen bekommt vier neue Fähren."));
        assertNull(lang("Софија е главен град на Србија"), "neither Russian nor Ukrainian letters");
        // a few Chinese words in an English article do not make it Chinese
        assertNull(lang("The word 你好 means hello, and it is one of the first words a student of the language learns."));
        assertNull(lang("2026 — 12 345"), "no letters at all");
    }

    @Test
    void aDeclaredLanguageIsKeptAndRightToLeftLanguagesGetTheirDirection() {
        Article declared = article("de", null, "一个约定，信守15年，感人至深。");
        assertSame(declared, new InferLanguage().apply(declared));
        Article hebrew = new InferLanguage().apply(article("und", null, "ירושלים היא בירת ישראל והעיר הגדולה ביותר בה."));
        assertEquals("he", hebrew.metadata().language());
        assertEquals("rtl", hebrew.metadata().direction());
        Article ltr = new InferLanguage().apply(article(null, "ltr", "القاهرة هي عاصمة جمهورية مصر العربية."));
        assertEquals("ltr", ltr.metadata().direction(), "a declared direction stays");
        assertNull(new InferLanguage().apply(article(null, null, "Ветеран сборной")).metadata().direction());
    }
}
