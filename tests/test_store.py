"""The SQLite store: migrations, WAL, idempotent ingest, queries."""

from __future__ import annotations

import sqlite3

from newsmonitor.model import Article, Mention, Quote
from newsmonitor.readers.base import content_hash
from newsmonitor.store import Store
from newsmonitor.store.sqlite import normalize_url


def _article(aid: str, text: str, url: str | None = None, **kw) -> Article:
    a = Article(id=aid, text=text, url=url, **kw)
    a.content_hash = content_hash(text)
    return a


def test_migrations_and_wal(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as store:
        assert store.schema_version >= 1
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        version = store.schema_version
    with Store(path) as store:  # reopening applies nothing twice
        assert store.schema_version == version
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "mentions", "quotes"} <= tables


def test_same_url_or_same_content_is_stored_once(store):
    first = store.add_articles([_article("a1", "Hello world text.", "https://Example.com/x/#top")])
    assert [o.status for o in first] == ["added"]
    again = store.add_articles([
        _article("a2", "Different text, same URL.", "https://example.com/x"),
        _article("a3", "Hello   world text.", "https://example.com/other"),  # same content modulo spaces
        _article("a4", "A new article.", None),
        _article("a5", "A new article.", None),  # duplicate inside the batch
    ])
    assert [(o.status, o.detail) for o in again] == [
        ("duplicate", "same URL"), ("duplicate", "same content"), ("added", ""), ("duplicate", "same content")]
    assert again[0].article_id == "a1" and again[3].article_id == "a4"
    assert store.stats()["articles"] == 2


def test_taken_id_gets_a_new_one_instead_of_losing_the_article(store):
    store.add_articles([_article("1", "First source's article one.")])
    outcome = store.add_articles([_article("1", "Second source's article one.")])[0]
    assert outcome.status == "added" and outcome.article_id.startswith("1-") and "taken" in outcome.detail
    assert store.stats()["articles"] == 2


def test_failed_batch_rolls_back(store):
    store.add_articles([_article("keep", "Kept article.")])
    bad = _article("bad", "Bad article.")
    bad.content_hash = None  # violates NOT NULL
    try:
        store.add_articles([_article("lost", "Would be rolled back."), bad])
    except sqlite3.IntegrityError:
        pass
    else:
        raise AssertionError("expected an IntegrityError")
    assert [r["id"] for r in store.list_articles()] == ["keep"]


def test_round_trip_with_mentions_and_quotes(store):
    a = _article("r1", "Stoltenberg sa: «Vi står sammen».", "https://nrk.no/1", lang="nb", date="2022-01-07",
                 title="T", source="nrk.no")
    a.mentions = [Mention("Stoltenberg", "PER", "per:jens-stoltenberg", "Jens Stoltenberg", 0, 11)]
    a.quotes = [Quote("Vi står sammen", "Jens Stoltenberg", "per:jens-stoltenberg", 17)]
    store.add_articles([a])
    back = store.get_article("r1")
    assert back.lang == "nb" and back.date_precision == "day" and back.source == "nrk.no"
    assert back.mentions == a.mentions and back.quotes == a.quotes
    assert store.get_article("r") is not None  # unique prefix
    assert store.get_article("zzz") is None


def test_list_filters(store):
    store.add_articles([
        _article("d1", "Dansk.", "https://www.dr.dk/a", lang="da", date="2022-03", source="dr.dk"),
        _article("s1", "Svenska.", "https://svt.se/b", lang="sv", date="2022-01-07", source="svt.se"),
        _article("s2", "Svenska två.", "https://nyheter.svt.se/c", lang="sv", date="2023-05-01",
                 source="nyheter.svt.se"),
        _article("u1", "Undated.", None, lang="en"),
    ])
    assert [r["id"] for r in store.list_articles()] == ["s2", "d1", "s1", "u1"]
    assert [r["id"] for r in store.list_articles(lang="sv")] == ["s2", "s1"]
    assert [r["id"] for r in store.list_articles(source="svt.se")] == ["s2", "s1"]
    assert [r["id"] for r in store.list_articles(since="2022-02")] == ["s2", "d1"]
    assert [r["id"] for r in store.list_articles(until="2022-03")] == ["d1", "s1"]
    assert [r["id"] for r in store.list_articles(since="2022-03-15", until="2022-12")] == ["d1"]
    assert [r["id"] for r in store.list_articles(limit=1, offset=1)] == ["d1"]


def test_normalize_url():
    assert normalize_url("HTTPS://WWW.Example.com/a/b/#frag") == "https://www.example.com/a/b"
    assert normalize_url("https://example.com") == "https://example.com/"
    assert normalize_url("https://example.com/p?q=1") == "https://example.com/p?q=1"
    assert normalize_url(None) is None


def test_migration_statements_may_contain_triggers():
    from newsmonitor.store.sqlite import _split_sql

    script = ("-- a comment\nCREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
              "    INSERT INTO a VALUES (1); SELECT 1;\nEND;\n-- the end\n")
    trigger = "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n    INSERT INTO a VALUES (1); SELECT 1;\nEND;"
    assert _split_sql(script) == ["CREATE TABLE a (x);", trigger]


def test_articles_are_searchable_as_soon_as_they_are_stored(tmp_path):
    from newsmonitor.model import Article
    from newsmonitor.readers.base import content_hash

    with Store(tmp_path / "s.db") as store:
        text = "Stormen Ingrid lukkede broerne i Jylland."
        store.add_articles([Article(id="a1", text=text, title="Stormen Ingrid", content_hash=content_hash(text))])
        hits = store.db.execute("SELECT id FROM articles_fts WHERE articles_fts MATCH 'broerne'").fetchall()
        assert [h[0] for h in hits] == ["a1"]
