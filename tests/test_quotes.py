"""Quote stage: dash paragraphs, quotation-mark styles, attribution routes, and non-quotes."""

from __future__ import annotations

import pytest

from newsmonitor.model import Article
from newsmonitor.pipeline import default_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


def quotes(pipeline, text):
    article = pipeline.process(Article(id="t", text=text))
    return [(q.speaker, q.text) for q in article.quotes]


def test_dash_paragraph_with_name_after_verb(pipeline):
    text = ("Nato holdt møde i Bruxelles.\n\n– Risikoen for en konflikt er reel, siger Jens Stoltenberg.\n")
    assert quotes(pipeline, text) == [("Jens Stoltenberg", "Risikoen for en konflikt er reel")]


def test_dash_paragraph_with_pronoun_and_run_after_colon(pipeline):
    text = ("Statsminister Jonas Gahr Støre holdt pressekonferanse.\n\n"
            "– Vi må stå sammen, sier han.\n\n"
            "Han la til:\n\n"
            "– Det blir en tøff vinter.\n\n"
            "– Men vi klarer det.\n")
    found = quotes(pipeline, text)
    assert [s for s, _ in found] == ["Jonas Gahr Støre"] * 3
    assert [t for _, t in found] == ["Vi må stå sammen", "Det blir en tøff vinter.", "Men vi klarer det."]


def test_swedish_dash_quote_with_surname_after_past_verb(pipeline):
    text = ("Natos generalsekreterare Jens Stoltenberg talade i Bryssel.\n"
            "– Risken för en konflikt är verklig, sade Stoltenberg.\n")
    assert quotes(pipeline, text) == [("Jens Stoltenberg", "Risken för en konflikt är verklig")]


@pytest.mark.parametrize("quoted", ["„Wir müssen handeln“", "»Wir müssen handeln«", "«Wir müssen handeln»",
                                    "“Wir müssen handeln”", "\"Wir müssen handeln\""])
def test_quotation_mark_styles(pipeline, quoted):
    text = f"Bundeskanzler Olaf Scholz war in Berlin. {quoted}, sagte Scholz am Montag."
    assert quotes(pipeline, text) == [("Olaf Scholz", "Wir müssen handeln")]


def test_colon_attribution_before_the_quote(pipeline):
    text = "Mette Frederiksen sagde: »Det er en svær dag for Danmark.«"
    assert quotes(pipeline, text) == [("Mette Frederiksen", "Det er en svær dag for Danmark.")]


def test_not_quotes(pipeline):
    # a crosshead without attribution, an unnamed speaker, and a scare-quoted name
    text = ("– Et stort chok\n\n"
            "Folk var rystede.\n\n"
            "– Jeg har aldrig set noget lignende, siger en mand til TV 2.\n\n"
            "Holdet bar \"One Love\"-bindet.\n")
    assert quotes(pipeline, text) == []
