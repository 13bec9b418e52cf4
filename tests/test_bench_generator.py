"""The synthetic benchmark stream (bench/generate_stream.py): deterministic, ordered, with gold stories."""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import generate_stream  # noqa: E402

N = 400
DATE_IN_URL = re.compile(r"/(\d{4})/(\d\d)/(\d\d)/")


@pytest.fixture(scope="module")
def stream(tmp_path_factory) -> tuple[list[dict], list[dict]]:
    """A small stream written through the CLI entry point, with its gold sidecar."""
    out = tmp_path_factory.mktemp("stream")
    records, gold = out / "stream.jsonl", out / "gold.jsonl"
    argv = sys.argv
    sys.argv = ["generate_stream.py", str(N), "--seed", "3", "-o", str(records), "--gold", str(gold)]
    try:
        generate_stream.main()
    finally:
        sys.argv = argv
    read = lambda p: [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()]  # noqa: E731
    return read(records), read(gold)


def test_deterministic_for_a_seed():
    first = list(generate_stream.generate(120, seed=5))
    assert first == list(generate_stream.generate(120, seed=5))
    assert first != list(generate_stream.generate(120, seed=6))


def test_n_records_in_publication_order(stream):
    records, _ = stream
    assert len(records) == N
    assert len({r["id"] for r in records}) == N
    assert all(set(r) == {"id", "url", "text"} for r in records)  # no labels in the stream itself
    days = [m.groups() for r in records if (m := DATE_IN_URL.search(r["url"]))]
    assert len(days) > N * 0.8  # wire copies have no date in their URL
    assert days == sorted(days)
    assert days[-1] <= ("2025", "12", "31")


def test_gold_sidecar_has_event_and_story_for_every_id(stream):
    records, gold = stream
    assert [g["id"] for g in gold] == [r["id"] for r in records]
    assert all(g["event"] and g["story"] for g in gold)
    story_of = {}
    for g in gold:  # an event belongs to one story
        assert story_of.setdefault(g["event"], g["story"]) == g["story"]


def test_stories_with_several_events(stream):
    _, gold = stream
    events = defaultdict(set)
    for g in gold:
        events[g["story"]].add(g["event"])
    sizes = sorted(len(e) for e in events.values())
    assert sizes[0] == 1 and sizes[-1] >= 3  # many one-event stories, a few long ones
    assert sum(1 for s in sizes if s > 1) >= 5


def test_wire_copies_share_their_originals_gold_event(stream):
    records, gold = stream
    label = {g["id"]: g for g in gold}
    copies = [r for r in records if "copy" in r["url"]]
    assert 0.03 * N < len(copies) < 0.15 * N
    originals = [r for r in records if "copy" not in r["url"]]
    for copy in copies:
        # the original is an earlier article whose text the copy repeats but for one sentence
        paras = copy["text"].split("\n\n")
        matches = [o for o in originals if o["id"] < copy["id"] and o["text"].split("\n\n")[:4] == paras[:4]]
        assert matches, copy["id"]
        assert label[matches[-1]["id"]]["event"] == label[copy["id"]]["event"]
        assert label[matches[-1]["id"]]["story"] == label[copy["id"]]["story"]


def test_articles_read_like_news(stream):
    records, _ = stream
    lengths = [len(r["text"]) for r in records]
    assert 900 < sum(lengths) / len(lengths) < 2000
    texts = {r["text"] for r in records}
    assert len(texts) == N  # copies differ from their original by a sentence
