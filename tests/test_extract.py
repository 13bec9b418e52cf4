"""Extraction: language (nb/nn split), dates with precision, titles — on our own short examples."""

from __future__ import annotations

import json

import pytest

from newsmonitor.extract.dates import extract_date, strip_header
from newsmonitor.extract.language import detect_language
from newsmonitor.extract.title import extract_title
from tests.conftest import DEV, need

LANG_CASES = [
    ("da", "Regeringen har i dag besluttet, at alle restriktioner bliver ophævet. Det siger statsministeren, "
           "som også fortæller, at der ikke er grund til bekymring nu."),
    ("sv", "Regeringen har i dag beslutat att alla restriktioner ska tas bort. Det säger statsministern, som "
           "också berättar att det inte finns någon anledning till oro."),
    ("nb", "Regjeringen har i dag besluttet at alle tiltak blir fjernet. Det sier statsministeren, som også "
           "forteller at det ikke er grunn til bekymring nå."),
    ("nn", "Regjeringa har i dag bestemt at alle tiltaka blir fjerna. Det seier statsministeren, som òg "
           "fortel at det ikkje er grunn til å vere uroleg no."),
    ("en", "The government decided today that all restrictions will be lifted, the prime minister said."),
    ("de", "Die Regierung hat heute beschlossen, dass alle Beschränkungen aufgehoben werden, sagte der Kanzler."),
    ("fi", "Hallitus päätti tänään, että kaikki rajoitukset poistetaan, sanoi pääministeri tiedotustilaisuudessa."),
    ("nl", "De regering heeft vandaag besloten dat alle beperkingen worden opgeheven, zei de premier."),
    ("fr", "Le gouvernement a décidé aujourd'hui que toutes les restrictions seront levées, a déclaré le premier "
           "ministre."),
    ("es", "El gobierno decidió hoy que se levantarán todas las restricciones, dijo el primer ministro."),
    ("it", "Il governo ha deciso oggi che tutte le restrizioni saranno revocate, ha detto il primo ministro."),
    ("pl", "Rząd zdecydował dzisiaj, że wszystkie ograniczenia zostaną zniesione, powiedział premier."),
    ("et", "Valitsus otsustas täna, et kõik piirangud kaotatakse, ütles peaminister pressikonverentsil."),
    ("is", "Ríkisstjórnin ákvað í dag að öllum takmörkunum verði aflétt, sagði forsætisráðherra á fundinum."),
]


@pytest.mark.parametrize(("lang", "text"), LANG_CASES)
def test_languages(lang, text):
    assert detect_language(text) == lang


def test_nynorsk_and_bokmaal_short_sentences():
    assert detect_language("– Eg trur ikkje det blir noko betre, seier han.") == "nn"
    assert detect_language("– Jeg tror ikke det blir noe bedre, sier han.") == "nb"


def test_header_and_noise_do_not_decide():
    text = " date 2022-03 Rusland trapper ikke ned, siger Nato. Se mere på https://example.com/en/news/article"
    assert detect_language(text) == "da"


def test_no_letters_gives_none_and_never_no():
    assert detect_language("") is None and detect_language("  12 34 ") is None
    assert detect_language("Det er klart at regjeringen må gjøre noe med dette nå, sier hun.") != "no"


def test_language_on_dev_corpus():
    path = need(DEV)
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    correct = sum(detect_language(r["text"]) == r["lang"] for r in rows)
    assert correct / len(rows) >= 0.98


@pytest.mark.parametrize(("text", "url", "expected"), [
    (" date 2022-03 Ruslands hær viser ingen tegn", None, ("2022-03", "header")),
    (" date 2022-10-05 Something happened", None, ("2022-10-05", "header")),
    ("Natochef varnar\nPublicerad 2022-01-07\nText", None, ("2022-01-07", "byline")),
    ("Tittel\nOppdatert 14. sep. 2022 19:18\nTekst", None, ("2022-09-14", "byline")),
    ("Titel\nVeröffentlicht: 12.09.2022\nText", None, ("2022-09-12", "byline")),
    ("Titel\nOnsdag, 30. november 2022 - 14:18\nTekst", None, ("2022-11-30", "byline")),
    ("Otsikko\nJulkaistu 8.9.2022\nTeksti", None, ("2022-09-08", "byline")),
    ("Text", "https://www.example.no/nyheter/2022/09/08/tittel", ("2022-09-08", "url")),
    ("Text", "https://example.dk/a/2022-11-30-kamp", ("2022-11-30", "url")),
    ("Text", "https://example.com/news/20220909-story", ("2022-09-09", "url")),
    ("Text", "https://www.example.com/world/2022/oct/05/story", ("2022-10-05", "url")),
    ("Text", "https://example.se/nyheter/2022/02/story/", ("2022-02", "url")),
    (" date 2022-03 Header month and byline day\nOpdateret 16. marts 2022", None, ("2022-03-16", "byline")),
    ("Die Wahl am 11. September 2022 war knapp. Am 11. September 2022 wurde gewählt.", None, ("2022-09", "content")),
    ("The meeting in March 2022 was short.", None, ("2022-03", "content")),
    ("No date at all.", None, (None, None)),
    ("Text", "https://example.com/2022/13/45/x", (None, None)),
])
def test_dates(text, url, expected):
    assert extract_date(text, url) == expected


def test_invalid_day_is_not_a_date():
    assert extract_date("Publicerad 2022-02-30\nText") == ("2022-02", "content")  # month kept, no day


def test_strip_header():
    assert strip_header(" date 2022-03 Ruslands hær") == "Ruslands hær"
    assert strip_header(" date 2022-03\nTitel\n") == "Titel\n"
    assert strip_header("No header") == "No header"


def test_titles():
    assert extract_title(" date 2022-03\nTitlen her\n\nAf Jens Hansen\n\nBrødtekst.") == "Titlen her"
    assert extract_title("Lyt til artiklen\n\nSaken oppdateres.\nRigtig titel\nTekst") == "Rigtig titel"
    long_paragraph = "Dette er en lang første sætning om noget vigtigt. " + "Mere tekst. " * 30
    assert extract_title(long_paragraph) == "Dette er en lang første sætning om noget vigtigt."
    assert extract_title("   \n\n") is None


def test_undated_article_takes_the_month_of_its_nearest_dated_neighbour():
    from newsmonitor.extract.neighbours import date_from_neighbours
    from newsmonitor.model import Article

    def art(aid, text, date=None, source=None):
        a = Article(id=aid, text=text, date=date, date_source=source)
        a.body = text
        return a

    dated = art("a", "Stormen Ingrid ramte Esbjerg og Hirtshals. Beredskabet i Esbjerg evakuerede Hirtshals.",
                "2025-10-14", "byline")
    other = art("b", "Valget i Sverige: Kristersson og Andersson i Stockholm. Riksdagen i Stockholm.",
                "2022-09-11", "url")
    undated = art("c", "Ingrid gav store skader i Esbjerg. Hirtshals havn blev lukket, og Esbjerg fik oversvømmelser.")
    unrelated = art("d", "Helt anden historie uden fælles navne overhovedet.")
    assert date_from_neighbours([dated, other, undated, unrelated]) == 1
    assert (undated.date, undated.date_source) == ("2025-10", "neighbour")  # month only, never the day
    assert unrelated.date is None


def test_neighbour_month_gives_the_day_of_a_dateline_and_prefers_the_months_the_text_names():
    from newsmonitor.extract.neighbours import date_from_neighbours
    from newsmonitor.model import Article

    def art(aid, text, date=None, source=None):
        a = Article(id=aid, text=text, date=date, date_source=source)
        a.body = text
        return a

    january = art("jan", "Paludan brændte Koranen i Stockholm foran Tyrkiets ambassade.", "2023-01-21", "url")
    june = art("jun", "Paludan brændte Koranen i Stockholm foran Moskeen.", "2023-06-28", "url")
    # as similar to June's article as to January's, but the text itself names a January date
    undated = art("x", "Paludan brænder Koranen i Stockholm foran Moskeen og Tyrkiets ambassade fra 27. januar.")
    dateline = art("y", "Oslo, 21. jan. – Paludan og Koranen ved Tyrkiets ambassade i Stockholm.")
    date_from_neighbours([january, june, undated, dateline])
    assert undated.date == "2023-01"
    assert dateline.date == "2023-01-21"  # the day is written in the text; the year and month are the neighbour's
