"""Titles from raw page text: header, furniture, bylines, captions, datelines and one-paragraph texts."""

from __future__ import annotations

import json

import pytest

from newsmonitor.extract.title import extract_title, first_sentence, is_caption, is_furniture
from tests.conftest import DEV, SEEDS, need

BODY = ("Regeringen har i dag besluttet at ophæve alle restriktioner, og det sker allerede fra på tirsdag, "
        "oplyser statsministeren på et pressemøde i aften.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Storm lukker broer\nPubliceret 5. okt. 2022\n" + BODY, "Storm lukker broer"),
    (" date 2022-03\nStorm lukker broer\n\n" + BODY, "Storm lukker broer"),
    (" date 2022-03 Storm lukker broerne i hele landet.\n\n" + BODY, "Storm lukker broerne i hele landet."),
    (" date 2022-03-05 Storm lukker broer\n" + BODY, "Storm lukker broer"),
])
def test_header_and_byline(text, expected):
    assert extract_title(text) == expected


@pytest.mark.parametrize("furniture", [
    "Lyt til artiklen",
    "Lytt til saken",
    "Listen to this article",
    "Hov, giv os lov at afspille artiklen. Den er klar, når du har klikket 'Tillad alle' Giv lov",
    "Opdateres...",
    "Saken oppdateres.",
    "Artikeln uppdateras",
    "Updates with election announcement",
    "Radar · Inrikes",
    "Nyheter",
    "annonse",
    "Advertisement",
    "Javascript är avstängt",
    "Vi bruger cookies for at give dig den bedste oplevelse. Accepter alle cookies",
    "Mehr zum Video anzeigen",
    "Af Jens Hansen og Mette Jensen",
    "By Jane Doe",
    "Publicerad Senast uppdaterad",
    "Uppdaterad 18.11.2022 14:05",
    "Lue myös: Toinen uutinen samasta aiheesta",
    "…crumble to Japan in another upset",
    "Statsministeren på pressemødet. Foto: Jens Hansen/Ritzau Scanpix",
])
def test_furniture_is_skipped(furniture):
    title = "Storm lukker broer i hele landet"
    assert extract_title(f"{furniture}\n\n{title}\n\n{BODY}") == title


def test_furniture_patterns_are_whole_lines():
    assert is_furniture("Lyt til artiklen")
    assert not is_furniture("Lyt til artiklens konklusion, siger ministeren om rapporten fra i går")
    assert is_caption("Nick Potts/PA")
    assert is_caption("Regeringen samlet. Bild: Anna Svensson/TT")
    assert not is_caption("Regeringen samles i dag på slottet")


def test_one_paragraph_text_gives_its_first_sentence():
    text = BODY + " " + "Der er stadig krav om test ved indrejse, men det gælder kun i fire uger. " * 5
    assert extract_title(text) == BODY  # the first sentence, 147 characters: short enough to keep whole


def test_long_first_sentence_is_cut_on_a_word_boundary():
    words = " ".join(["ordet"] * 60) + ". Næste sætning."
    title = extract_title(words)
    assert title.endswith("ordet…") and len(title) <= 151


def test_abbreviations_ordinals_and_regnal_numbers_do_not_end_the_sentence():
    assert first_sentence("Den 8. September 2022 starb Queen Elizabeth II. ist nicht richtig. Zweiter Satz.") == (
        "Den 8. September 2022 starb Queen Elizabeth II. ist nicht richtig.")
    assert first_sentence("Dr. Smith met Mr. Jones today. They talked.") == "Dr. Smith met Mr. Jones today."
    assert first_sentence("Hundeføreren T. Kramer fandt hende. Hun lever.") == "Hundeføreren T. Kramer fandt hende."


@pytest.mark.parametrize(("lead", "expected"), [
    ("COPENHAGEN, Oct 5 (Reuters) - Denmark's prime minister called an election on Wednesday.",
     "Denmark's prime minister called an election on Wednesday."),
    ("Kirikhan (Reuters) - Deutsche Helfer haben eine Frau gerettet.", "Deutsche Helfer haben eine Frau gerettet."),
    ("Stockholm -- Sverige öppnar upp igen.", "Sverige öppnar upp igen."),
])
def test_wire_datelines_are_removed(lead, expected):
    assert extract_title(lead + "\n\n" + BODY) == expected


def test_dateline_sentence_in_a_paragraph_is_skipped():
    text = "Stockholm. " + BODY + " " + BODY
    assert extract_title(text).startswith("Regeringen har i dag besluttet")


def test_trailing_byline_is_dropped():
    assert extract_title("Natochef varnar inför förhandlingar Publicerad 2022-01-07\nText") == (
        "Natochef varnar inför förhandlingar")


def test_teaser_above_the_headline():
    teaser = ("Hundrede timer gælder som grænsen for at finde overlevende efter et jordskælv. Nu er en kvinde "
              "reddet efter 104 timer.")
    assert extract_title(f"{teaser}\nRedningsfolk gør et mirakel i ruinerne\n{BODY}") == (
        "Redningsfolk gør et mirakel i ruinerne")


def test_kicker_and_image_text_above_the_headline():
    text = ("Alle vælgere\n\nStatsministeren står op og smiler.\n\nHan blev valgt i dag. Foto: TT\n\n"
            "Han er ny statsminister\n\n" + BODY)
    assert extract_title(text) == "Han er ny statsminister"


def test_short_title_before_body_text():
    assert extract_title(" date 2022-03\nTitlen her\n\nAf Jens Hansen\n\nBrødtekst.") == "Titlen her"
    assert extract_title("Lyt til artiklen\n\nSaken oppdateres.\nRigtig titel\nTekst") == "Rigtig titel"


def test_numbered_list_items_are_not_titles():
    assert extract_title("22) Ældreminister: Anna Hansen (M)\n\n" + BODY) == first_sentence(BODY)


@pytest.mark.parametrize("text", ["", "   \n\n", " date 2022-03\n", "12 34 56\n---"])
def test_no_title(text):
    assert extract_title(text) is None


# -- the shared development data (optional) -----------------------------------------------------------------


def test_seed_titles():
    seeds = need(SEEDS)
    assert extract_title((seeds / "002_c79ca2bcd590d3ac.txt").read_text("utf-8")) == (
        "Natochef varnar inför Ukrainaförhandlingar")
    assert extract_title((seeds / "000_85cb1679faf3e546.txt").read_text("utf-8")) == (
        "Ruslands hær viser ingen tegn på tilbagetrækning eller deeskalering trods fredsforhandlingerne med Ukraine.")


def test_every_dev_article_gets_a_reasonable_title():
    rows = [json.loads(line) for line in need(DEV).open(encoding="utf-8")]
    titles = [extract_title(r["text"]) for r in rows]
    assert all(titles)
    assert all(len(t) <= 200 for t in titles)
    assert not any(t.lower().startswith(("lyt til", "annonse", "advertisement", "opdateres", "saken oppdateres"))
                   for t in titles)
