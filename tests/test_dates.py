"""Publication dates: header, URL, bylines in many languages, content months, conflicts and validation."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsmonitor.extract.dates import (
    content_month,
    decide_date,
    extract_date,
    find_dates,
    header_date,
    is_byline_line,
    strip_header,
    url_date,
)
from tests.conftest import DEV, SEEDS, need

LATER = date(2024, 6, 1)  # a fixed "today" for the cases that depend on it


# -- header -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    (" date 2022-03\nRusland trækker sig ikke\nTekst.", ("2022-03", "header")),
    (" date 2022-10-05\nValget er udskrevet\nTekst.", ("2022-10-05", "header")),
    (" date 2022-03 Rusland trækker sig ikke tilbage, siger Nato.\n\nTekst.", ("2022-03", "header")),
    ("date 2022-03\nHeader without the leading space", ("2022-03", "header")),
    (" date 2022-13\nA header with an impossible month", (None, None)),
])
def test_header(text, expected):
    assert extract_date(text) == expected


def test_strip_header_keeps_text_on_the_same_line():
    assert strip_header(" date 2022-03 Rusland trækker sig ikke") == "Rusland trækker sig ikke"
    assert strip_header(" date 2022-10-05\nTitel\n") == "Titel\n"
    assert strip_header("Titel uden header\n date 2022-03") == "Titel uden header\n date 2022-03"
    assert header_date(" date 2022-02-30 Text") is None


# -- URL ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.example.no/nyheter/2022/09/08/tittel/", "2022-09-08"),
    ("https://example.com/a/2022/9/8/story", "2022-09-08"),
    ("https://sport.example.dk/fodbold/2022-11-30-kampen-er-slut", "2022-11-30"),
    ("https://www.example.com/news/2022-11-19/story/101", "2022-11-19"),
    ("https://www.example.dk/20220909/story-title/", "2022-09-09"),
    ("https://www.example.com/world/2022/oct/05/story", "2022-10-05"),
    ("https://example.se/2023/28-juni-2023/rubrik/", "2023-06-28"),
    ("https://example.dk/presse/pressemoede-den-24-februar-2021/", "2021-02-24"),
    ("https://example.com/news/october-5-2022-election-called", "2022-10-05"),
    ("https://example.se/nyheter/2022/02/rubrik/", "2022-02"),
    ("https://example.se/pressmeddelanden/2022/november/rubrik/", "2022-11"),
    ("https://example.com/world/2023/640806", "2023"),
    ("https://example.com/2022/13/45/x", None),
    ("https://example.com/article/20016565", None),
    ("https://example.com/sport/wm2022/story-123", None),
    (None, None),
])
def test_url_date(url, expected):
    assert url_date(url) == expected


def test_url_day_beats_header_month():
    assert extract_date(" date 2022-10\nText", "https://example.com/2022/09/30/story") == ("2022-09-30", "url")


def test_url_month_with_header_day_in_it():
    assert extract_date(" date 2022-10-17\nText", "https://example.com/2022/10/story/") == ("2022-10-17", "header")
    assert extract_date(" date 2022-11\nText", "https://example.com/2022/10/story/") == ("2022-10", "url")


# -- bylines ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("byline", "expected"), [
    ("Publiceret 5. okt. 2022", "2022-10-05"),  # da
    ("Opdateret 5. oktober 2022 kl. 14.05", "2022-10-05"),
    ("Publicerad 2022-01-07", "2022-01-07"),  # sv
    ("Publicerad: 2022-11-18 09:11:12", "2022-11-18"),
    ("Uppdaterad 18.11.2022", "2022-11-18"),
    ("Oppdatert 14. sep. 2022 19:18", "2022-09-14"),  # nb
    ("Publisert 03.02.2022 kl. 12.01", "2022-02-03"),
    ("Publisert 3. februar 2022", "2022-02-03"),  # nn
    ("Veröffentlicht: 12.09.2022", "2022-09-12"),  # de
    ("Aktualisiert am 12.09.2022", "2022-09-12"),
    ("Published 8 September 2022", "2022-09-08"),  # en
    ("Copenhagen // Updated: January 26, 2022, 15:34 IST", "2022-01-26"),
    ("Julkaistu 8.9.2022", "2022-09-08"),  # fi
    ("Päivitetty 8.9.2022 klo 15.20", "2022-09-08"),
    ("Gepubliceerd op 8 september 2022", "2022-09-08"),  # nl
    ("Publié le 8 septembre 2022 à 14h05", "2022-09-08"),  # fr
    ("Publicado el 8 de septiembre de 2022", "2022-09-08"),  # es
    ("Pubblicato il 8 settembre 2022", "2022-09-08"),  # it
    ("Opublikowano: 8 września 2022", "2022-09-08"),  # pl
    ("Avaldatud: 8. september 2022", "2022-09-08"),  # et
    ("Birt: 15.12.2022 10:00", "2022-12-15"),  # is
    ("Onsdag, 30. november 2022 - 14:18", "2022-11-30"),  # a dated line with weekday and time
    ("Ritzau Onsdag, 30. november 2022 - 14:18", "2022-11-30"),
    ("Mon, 21 Nov, 2022 - 10:00", "2022-11-21"),
    ("09.02.2023 09:13 Oppdatert 09.02.2023 10:36", "2023-02-09"),
    ("17 oktober 2022", "2022-10-17"),  # a line that is only a date
])
def test_bylines(byline, expected):
    text = f"Rubrik om något\n{byline}\nBrödtext som inte nämner något datum alls."
    assert extract_date(text) == (expected, "byline")
    assert is_byline_line(byline)


def test_publication_beats_a_later_update():
    text = "Titel\nVeröffentlicht: 12.09.2022,\nLetzte Aktualisierung: 13.09.2022\nText."
    assert extract_date(text) == ("2022-09-12", "byline")


def test_a_date_in_prose_is_not_a_byline_even_after_published():
    text = ("Titel\nThe report, which was published on 8 September 2022 by the ministry, shows that prices rose "
            "sharply during the summer and that households will pay more this winter.")
    assert extract_date(text) == ("2022-09", "content")
    assert not is_byline_line("Valget blev holdt den 1. november 2022, og resultatet var tæt.")


def test_byline_gives_the_day_of_the_header_month():
    assert extract_date(" date 2022-03\nTitel\nOpdateret 16. marts 2022\nTekst") == ("2022-03-16", "byline")


def test_byline_before_the_header_month_is_the_publication():
    assert extract_date(" date 2022-03\nTitel\nPublicerad 2022-01-07\nText") == ("2022-01-07", "byline")


def test_byline_after_the_capture_month_is_ignored():
    assert extract_date(" date 2022-03\nTitel\nPublicerad 2022-05-02\nText") == ("2022-03", "header")


def test_byline_outside_the_url_month_is_ignored():
    text = "Titel\nPublicerad 2022-12-01\nText"
    assert extract_date(text, "https://example.se/2022/10/rubrik/") == ("2022-10", "url")
    assert extract_date(text, "https://example.se/2022/12/rubrik/") == ("2022-12-01", "byline")


def test_later_comment_dates_do_not_replace_the_articles_own_date():
    body = "Brödtext. " * 160  # the article's own date line comes after the text, then comments
    text = f"Rubrik\n{body}\n17 oktober 2022\n\nAnna skriver:\n18 oktober 2022\nBra!"
    assert extract_date(text) == ("2022-10-17", "byline")


# -- content ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("The meeting in March 2022 was short.", "2022-03"),
    ("Die Wahl am 11. September 2022 war knapp. Am 11. September 2022 wurde gewählt.", "2022-09"),
    ("I lyset af den triste meddelelse om dronningens død i går den 8. september 2022 aflyses festen.", "2022-09"),
    ("Kokous pidettiin 8. syyskuuta 2022 Helsingissä.", "2022-09"),
    ("Spotkanie odbyło się 8 września 2022 w Warszawie.", "2022-09"),
    ("El partido se jugó el 30 de noviembre de 2022 en Doha.", "2022-11"),
    ("He held a protest on January 21, 2023, outside the embassy. In 2019 he did the same.", "2023-01"),
    # a past event introduced by "since" and a future one introduced by "from" are not the article's month
    ("Hun har været statsminister siden juni 2019. Restriktionerne ophæves fra 1. februar 2022. Det skete "
     "på et pressemøde i januar 2022.", "2022-01"),
    # a date with its weekday is the news day; a date without one may be a coming event
    ("The prime minister on Wednesday, 5 October 2022, called an election to be held on 1 November 2022.", "2022-10"),
])
def test_content_month_never_a_day(text, expected):
    assert extract_date(text) == (expected, "content")


def test_weekday_gives_the_year_of_a_date_without_one():
    text = "En ouverture du match, ce mercredi 23 novembre à Doha, les joueurs se sont couvert la bouche."
    assert decide_date(text, None, LATER) == ("2022-11", "content")  # 23 Nov is a Wednesday in 2022
    assert content_month("Lørdag den 21. januar brændte han en bog.", today=LATER) == "2023-01"


def test_a_date_without_year_or_weekday_gives_no_month():
    assert extract_date("Restriktionerne ophæves den 9. februar.") == (None, None)


def test_url_year_with_content():
    assert extract_date("The protest in July 2023 was calm.", "https://example.com/news/2023/123456") == (
        "2023-07", "content")
    assert extract_date("No month here.", "https://example.com/news/2023/123456") == ("2023", "url")


def test_future_evidence_is_ignored():
    assert decide_date("Titel\nPublicerad 2031-01-07\nText", None, LATER) == (None, None)
    assert decide_date("Text", "https://example.com/2031/01/07/x", LATER) == (None, None)


# -- validation ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Titel\nPublicerad 2022-13-45\nText",
    "Titel\nVeröffentlicht: 45.13.2022\nText",
    "Titel\nPublished 31 February 1985\nText",  # and 1985 is before the plausible range
    "No date at all.",
    "",
])
def test_invalid_or_missing_dates(text):
    assert extract_date(text) == (None, None)


def test_impossible_day_keeps_its_month():
    assert extract_date("Titel\nPublicerad 2022-02-30\nText") == ("2022-02", "content")


def test_ambiguous_slash_dates_are_not_read():
    assert [d.month for d in find_dates("on 05/10/2022 and 11/30/2022 and 30/11/2022")] == [11, 11]


# -- the shared development data (optional) -----------------------------------------------------------------


def test_seed_dates():
    seeds = need(SEEDS)
    assert extract_date((seeds / "000_85cb1679faf3e546.txt").read_text("utf-8"))[0] == "2022-03"
    assert extract_date((seeds / "002_c79ca2bcd590d3ac.txt").read_text("utf-8"))[0] == "2022-01-07"


def test_date_accuracy_on_dev_corpus():
    """From text and URL alone about a quarter of the dev articles state no date at all (the gold month came
    from knowing the event); with the pipeline's neighbour dating the pipeline reaches the target."""
    from newsmonitor.evaluate import date_correct
    from newsmonitor.extract.neighbours import date_from_neighbours
    from newsmonitor.extract.stage import ExtractStage
    from newsmonitor.model import Article

    rows = [json.loads(line) for line in need(DEV).open(encoding="utf-8")]
    alone = sum(date_correct(r["date"], extract_date(r["text"], r["url"])[0]) for r in rows) / len(rows)
    assert alone >= 0.70
    articles = [Article(id=r["id"], text=r["text"], url=r["url"]) for r in rows]
    stage = ExtractStage()
    for article in articles:
        stage(article)
    date_from_neighbours(articles)
    with_neighbours = sum(date_correct(r["date"], a.date) for r, a in zip(rows, articles, strict=True)) / len(rows)
    assert with_neighbours >= 0.93


def test_a_timeline_of_date_lines_is_not_a_byline():
    text = ("Tidslinje\n8. september 2022\nDronningen dør.\n10. september 2022\nKongen udråbes.\n"
            "19. september 2022\nBegravelsen.")
    assert extract_date(text) == ("2022-09", "content")
