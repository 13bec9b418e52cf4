"""Metrics of `newsmonitor eval`, checked on small hand-computed cases."""

from __future__ import annotations

import math

import pytest

from newsmonitor.evaluate import bcubed, crosslingual_pairs, date_correct, evaluate, format_metrics, quote_scores


def test_bcubed_perfect_and_all_in_one():
    gold = ["a", "a", "b"]
    assert bcubed(gold, ["x", "x", "y"]) == (1.0, 1.0, 1.0)
    p, r, f = bcubed(gold, ["x", "x", "x"])
    assert p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3) and r == 1.0
    p, r, f = bcubed(gold, ["1", "2", "3"])
    assert p == 1.0 and r == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_crosslingual_pairs_ignore_same_language_pairs():
    langs = ["da", "sv", "da", "nb"]
    gold = ["e1", "e1", "e1", "e2"]
    system = ["s1", "s1", "s2", "s1"]
    p, r, f = crosslingual_pairs(langs, gold, system)
    # cross pairs: (0,1) tp, (0,3) fp, (1,2) fn, (1,3) fp, (2,3) tn ; (0,2) same lang, ignored
    assert p == pytest.approx(1 / 3) and r == pytest.approx(1 / 2)


def test_date_prefix_rule():
    assert date_correct("2022-03", "2022-03-16")
    assert date_correct("2022-03", "2022-03")
    assert not date_correct("2022-03-16", "2022-03")
    assert not date_correct("2022-03", None)


def test_quote_matching_and_speaker_surnames():
    gold = [{"id": "1", "quotes": [
        {"speaker": "Recep Tayyip Erdoğan", "text": "Vi vil aldrig acceptere"},
        {"speaker": "Jens Stoltenberg", "text": "Risken för en konflikt är verklig"},
        {"speaker": "Mette Frederiksen", "text": "Det var alt"},
    ]}]
    system = [{"id": "1", "quotes": [
        {"speaker": "Erdogan", "text": "Vi vil aldrig  acceptere det, sagde han"},
        {"speaker": "Ned Price", "text": "risken för en konflikt är verklig."},
        {"speaker": "X", "text": "something unrelated"},
    ]}]
    s = quote_scores(list(zip(gold, system, strict=True)))
    assert s["quote_precision"] == pytest.approx(2 / 3)
    assert s["quote_recall"] == pytest.approx(2 / 3)
    assert s["quote_speaker_acc"] == pytest.approx(1 / 2)


def test_unannotated_articles_do_not_count_for_quotes():
    s = quote_scores([({"id": "1"}, {"id": "1", "quotes": [{"speaker": "A", "text": "b"}]})])
    assert math.isnan(s["quote_precision"]) and math.isnan(s["quote_recall"])


def test_evaluate_and_format():
    gold = [
        {"id": "1", "lang": "da", "date": "2022-03", "event": "e1", "story": "s"},
        {"id": "2", "lang": "sv", "date": "2022-01-07", "event": "e2", "story": "s"},
    ]
    system = [
        {"id": "1", "lang": "da", "date": "2022-03-16", "event": None, "story": None, "quotes": []},
        {"id": "2", "lang": "nb", "date": "2022-01", "event": None, "story": None, "quotes": []},
    ]
    m = evaluate(gold, system, seconds=0.5)
    assert m["lang_acc"] == 0.5 and m["date_acc"] == 0.5
    assert m["event_bcubed_f1"] == 1.0  # singletons, and gold events are singletons too
    assert m["story_bcubed_p"] == 1.0 and m["story_bcubed_r"] == 0.5
    assert m["articles_per_second"] == 4.0
    text = format_metrics(m)
    assert "lang_acc 0.500" in text and "articles 2" in text and "quote_precision nan" in text
