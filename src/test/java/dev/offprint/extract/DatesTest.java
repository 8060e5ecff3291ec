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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "15 августа 2016, 13:43 | 2016-08-15",
        "3 мая 2021 | 2021-05-03",
        "12 грудня 2019 | 2019-12-12",
        "1 березня 2020 р. | 2020-03-01",
    })
    void russianAndUkrainianMonthNames(String text, String iso) {
        assertEquals(iso, Dates.parse(text));
    }

    @org.junit.jupiter.api.Test
    void ambiguousSlashedDatesFollowTheReadersOrder() {
        assertEquals("2020-02-10", Dates.parse("02/10/2020"));
        assertEquals("2020-10-02", Dates.parse("02/10/2020", true));
        // Unambiguous ones read the same either way.
        assertEquals("2020-10-13", Dates.parse("10/13/2020", true));
        assertEquals("2020-10-13", Dates.parse("13/10/2020", false));
    }

    @org.junit.jupiter.api.Test
    void twoDigitYearsOnlyWhereAsked() {
        assertNull(Dates.parse("Von: Jane Doe | 31.10.23"));
        assertEquals("2023-10-31", Dates.parseWithShortYear("Von: Jane Doe | 31.10.23", true));
        assertEquals("2022-11-06", Dates.parseWithShortYear("6.11.22", true));
        assertNull(Dates.parseWithShortYear("Version 1.2.23.4", true));
        assertNull(Dates.parseWithShortYear("192.168.1.10", true));
        assertEquals("2023-10-31", Dates.parseWithShortYear("31.10.2023", true), "four digits still come first");
    }
}
