package dev.offprint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Wed, 04 May 2022 00:25:56 GMT | 2022-05-04T00:25:56Z",
        "March 13th, 2018 | 2018-03-13",
        "Article last updated on: March 13th, 2018 by Nootriment | 2018-03-13",
        "Tuesday, Mar. 13 2018 | 2018-03-13",
        "13 March 2018 | 2018-03-13",
        "13. März 2018 | 2018-03-13",
        "Sonntag, 12. Oktober 2025, 08:15 Uhr | 2025-10-12",
        "13 mars 2018 | 2018-03-13",
        "le 1er août 2019 | 2019-08-01",
        "13 de marzo de 2018 | 2018-03-13",
        "2018-03-13 | 2018-03-13",
        "2018-03-13T10:00:00Z | 2018-03-13T10:00:00Z",
        "2018-03-13T10:00:00+0100 | 2018-03-13T10:00:00+01:00",
        "2018-03-13 10:00 | 2018-03-13T10:00:00",
        "13.03.2018 | 2018-03-13",
        "03/13/2018 | 2018-03-13",
        "2018/03/13 | 2018-03-13",
        "20180313 | 2018-03-13",
    })
    void commonFormatsBecomeIso(String text, String iso) {
        assertEquals(iso, Dates.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"no date here", "31 February 2018", "2018-13-45", "May the force be with you", "1 Comment"})
    void nonDatesGiveNull(String text) {
        assertNull(Dates.parse(text));
    }
}
