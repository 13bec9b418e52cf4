"""Search: query parsing into safe FTS5 expressions, entity expansion across languages, snippets, index sync."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmonitor.ingest import ingest_results
from newsmonitor.model import Article
from newsmonitor.search import (
    CLOSE,
    OPEN,
    Filters,
    NameIndex,
    ensure_search_index,
    mention_snippet,
    parse_query,
    search,
)
from newsmonitor.store.sqlite import Store

# invented articles; the entity "org:nordlys" (a fictional grid company) is written differently per language
DOCS = [
    ("nb-1", "nb", "2024-01-10", "Nordlys varsler høyere nettleie",
     "Nettselskapet Nordlys varsler høyere nettleie fra februar. Kundene i Tromsø får brev i posten."),
    ("sv-1", "sv", "2024-01-11", "Norrsken höjer elnätsavgiften",
     "Elnätsbolaget Norrsken höjer avgiften för kunderna i Kiruna. Beskedet kom på torsdagen."),
    ("fi-1", "fi", "2024-01-12", "Revontulet nostaa siirtohintoja",
     "Sähköyhtiö Revontulet nostaa siirtohintoja Rovaniemellä. Asiakkaat saavat kirjeen."),
    ("de-1", "de", "2024-02-01", "Straßenbahn in Köln fährt wieder",
     "Die Straßenbahn in Köln fährt nach dem Streik wieder. Fahrgäste müssen mit Verspätungen rechnen."),
    ("en-1", "en", "2024-02-02", "Café owners protest energy prices",
     "Café owners in Oslo protested against energy prices on Friday. Grid fees rose sharply this winter."),
]
ENTITY = "org:nordlys"
NAMES = {"nb-1": ("nb", "Nordlys"), "sv-1": ("sv", "Norrsken"), "fi-1": ("fi", "Revontulet")}


def _store(path: Path) -> sqlite3.Connection:
    with Store(path) as store:
        ingest_results(store, [Article(id=i, text=text, hints={"lang": lang, "date": date, "title": title},
                                       origin=f"test:{n}")
                               for n, (i, lang, date, title, text) in enumerate(DOCS, 1)])
        db = store.db
        db.execute("INSERT OR IGNORE INTO entities (id, type, name, mention_count, article_count)"
                   " VALUES (?, 'ORG', 'Nordlys Nett', 3, 3)", (ENTITY,))
        for article_id, (lang, name) in NAMES.items():
            text = db.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
            start = text.index(name)
            db.execute("INSERT INTO mentions (article_id, start, end, text, type, entity_id, name)"
                       " VALUES (?, ?, ?, ?, 'ORG', ?, 'Nordlys Nett')",
                       (article_id, start, start + len(name), name, ENTITY))
            db.execute("INSERT OR IGNORE INTO entity_names (entity_id, lang, name, count) VALUES (?, ?, ?, 1)",
                       (ENTITY, lang, name))
        ensure_search_index(db)
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    return db


@pytest.fixture()
def db(tmp_path: Path) -> sqlite3.Connection:
    return _store(tmp_path / "search.db")


def ids(result) -> set[str]:
    return {h["id"] for h in result.hits}


# -- parsing ---------------------------------------------------------------------------------------------
def test_every_term_is_quoted() -> None:
    parsed = parse_query('gas "storm Ingrid" energi* -Oslo a OR b')
    assert parsed.text_expression() == '"gas" AND "storm Ingrid" AND "energi"* AND ("a" OR "b")'
    assert parsed.excluded_expression() == '"Oslo"'


@pytest.mark.parametrize("query", [
    'NEAR(a b)', '"unbalanced', "((a)", "a AND", "OR a", "*", "a * b", "'; DROP TABLE articles; --",
    'x"y', "col:value", "^start", "{a b}", "a NOT", "NOT", "-", "--a", "a:b:c", 'say "', "\x00", OPEN + CLOSE,
])
def test_hostile_queries_give_valid_fts(db: sqlite3.Connection, query: str) -> None:
    parsed = parse_query(query)
    for expr in (parsed.text_expression(), parsed.any_expression(), parsed.excluded_expression()):
        if expr:
            db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (expr,)).fetchone()
    result = search(db, query)
    assert result.hits is not None


def test_operators_are_noted_not_obeyed() -> None:
    parsed = parse_query("NEAR(a b) AND c")
    assert [c.terms[0].text for c in parsed.clauses] == ["a", "b", "c"]
    assert any("Ignored" in n and "NEAR" in n for n in parsed.notes)


def test_nothing_to_search_gives_a_message(db: sqlite3.Connection) -> None:
    assert search(db, "((( ))) * -").message.startswith("Nothing to search for")
    assert search(db, "-Oslo").message.startswith("A search needs")
    assert search(db, "").message is None and search(db, "").total == 0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list('ab "()*-:^{}+\'; é') + ["OR", "AND", "NOT", "NEAR", "Norrsken", "NEAR/3"]),
                max_size=20).map("".join))
def test_random_queries_never_raise(tmp_path_factory: pytest.TempPathFactory, query: str) -> None:
    db = _fuzz_db(tmp_path_factory)
    result = search(db, query)
    assert result.total >= 0


_FUZZ: dict[str, sqlite3.Connection] = {}


def _fuzz_db(factory: pytest.TempPathFactory) -> sqlite3.Connection:
    if "db" not in _FUZZ:
        _FUZZ["db"] = _store(factory.mktemp("fuzz") / "f.db")
    return _FUZZ["db"]


# -- matching --------------------------------------------------------------------------------------------
def test_plain_words_and_diacritics_folding(db: sqlite3.Connection) -> None:
    assert ids(search(db, "Straßenbahn Köln")) == {"de-1"}
    assert ids(search(db, "koln")) == {"de-1"}  # ö folded
    assert ids(search(db, "cafe")) == {"en-1"}  # é folded
    assert ids(search(db, "Rovaniemellä")) == {"fi-1"}


def test_phrase_prefix_or_not(db: sqlite3.Connection) -> None:
    assert ids(search(db, '"grid fees"')) == {"en-1"}
    assert ids(search(db, '"fees grid"')) == set()
    assert ids(search(db, "nettlei*")) == {"nb-1"}
    assert ids(search(db, "Tromsø OR Kiruna")) == {"nb-1", "sv-1"}
    assert ids(search(db, "kunderna OR Kundene -Kiruna")) == {"nb-1"}


def test_entity_name_in_one_language_finds_all(db: sqlite3.Connection) -> None:
    result = search(db, "Norrsken")
    assert ids(result) == {"nb-1", "sv-1", "fi-1"}
    assert result.entities[0]["id"] == ENTITY
    by_id = {h["id"]: h for h in result.hits}
    assert by_id["sv-1"]["matched"] == "text"
    assert by_id["fi-1"]["matched"] == "entity"
    assert "<mark>Revontulet</mark>" in by_id["fi-1"]["snippet"]
    assert result.hits[0]["id"] == "sv-1"  # the text match ranks first


def test_entity_lookup_is_case_and_diacritics_insensitive(db: sqlite3.Connection) -> None:
    assert ids(search(db, "NORRSKEN")) == {"nb-1", "sv-1", "fi-1"}
    assert ids(search(db, "nordlys nett")) == {"nb-1", "sv-1", "fi-1"}  # canonical name, two words
    assert ids(search(db, "revóntulet")) == {"nb-1", "sv-1", "fi-1"}
    assert ids(search(db, ENTITY)) == {"nb-1", "sv-1", "fi-1"}  # the id itself


def test_entity_combined_with_words_and_filters(db: sqlite3.Connection) -> None:
    assert ids(search(db, "Nordlys Kiruna")) == {"sv-1"}
    assert ids(search(db, "Nordlys", Filters(lang="fi"))) == {"fi-1"}
    assert ids(search(db, "Nordlys", Filters(since="2024-01-11"))) == {"sv-1", "fi-1"}
    assert ids(search(db, "Nordlys", Filters(until="2024-01-10"))) == {"nb-1"}
    assert ids(search(db, "Nordlys -Kiruna")) == {"nb-1", "fi-1"}
    assert ids(search(db, "prices", Filters(entity=ENTITY))) == set()


def test_real_pipeline_links_country_names(tmp_path: Path) -> None:
    """Through the real entity stage: 'Russia' finds Rusland, Ryssland and Venäjä."""
    texts = {
        "da": ("Rusland øger presset", "Rusland øger presset på nabolandene, siger eksperter i København."),
        "sv": ("Ryssland ökar trycket", "Ryssland ökar trycket på grannländerna, säger experter i Stockholm."),
        "fi": ("Venäjä lisää painetta", "Venäjä lisää painetta naapurimaihin, sanovat asiantuntijat Helsingissä."),
    }
    with Store(tmp_path / "r.db") as store:
        ingest_results(store, [Article(id=lang, text=body, hints={"lang": lang, "title": title})
                               for lang, (title, body) in texts.items()])
        ensure_search_index(store.db)
        store.db.row_factory = sqlite3.Row
        result = search(store.db, "Russia")
    assert ids(result) == {"da", "sv", "fi"}
    assert all("<mark>" in h["snippet"] for h in result.hits)


# -- output ----------------------------------------------------------------------------------------------
def test_snippets_are_escaped(tmp_path: Path) -> None:
    text = 'Before <script>alert("x")</script> the storm & the <b>wind</b> came.'
    with Store(tmp_path / "x.db") as store:
        ingest_results(store, [Article(id="x", text=text, hints={"lang": "en", "title": "<i>storm</i>"})])
        ensure_search_index(store.db)
        store.db.row_factory = sqlite3.Row
        hit = search(store.db, "storm").hits[0]
    assert "<script>" not in hit["snippet"] and "&lt;script&gt;" in hit["snippet"]
    assert "<mark>storm</mark>" in hit["snippet"]
    assert hit["title_html"] == "&lt;i&gt;<mark>storm</mark>&lt;/i&gt;"


def test_mention_snippet_window() -> None:
    text = "word " * 100 + "Venäjä" + " tail" * 100
    start = text.index("Venäjä")
    snip = mention_snippet(text, [(start, start + 6)])
    assert f"{OPEN}Venäjä{CLOSE}" in snip and snip.startswith("…") and snip.endswith("…")
    assert len(snip) < 300


def test_pagination(db: sqlite3.Connection) -> None:
    first = search(db, "Nordlys", limit=2)
    second = search(db, "Nordlys", limit=2, offset=2)
    assert first.total == 3 and len(first.hits) == 2 and len(second.hits) == 1
    assert not ids(first) & ids(second)
    assert search(db, "Nordlys", limit=10_000).limit == 200
    assert first.to_json()["next_offset"] == 2 and second.to_json()["next_offset"] is None


def test_sort_by_date(db: sqlite3.Connection) -> None:
    assert [h["id"] for h in search(db, "Nordlys", sort="date").hits] == ["fi-1", "sv-1", "nb-1"]


# -- index sync ------------------------------------------------------------------------------------------
def test_triggers_keep_index_in_sync(db: sqlite3.Connection, tmp_path: Path) -> None:
    path = tmp_path / "search.db"
    with Store(path) as store:
        ingest_results(store, [Article(id="new", text="Ein Eisbär wurde im Harz gesichtet.", hints={"lang": "de"})])
    assert ids(search(db, "Eisbär")) == {"new"}
    with sqlite3.connect(path) as w:
        w.execute("UPDATE articles SET title = 'Wolf im Harz', text = 'Ein Wolf wurde im Harz gesichtet.'"
                  " WHERE id = 'new'")
    assert ids(search(db, "Eisbär")) == set() and ids(search(db, "Wolf")) == {"new"}
    with sqlite3.connect(path) as w:
        w.execute("DELETE FROM articles WHERE id = 'new'")
    assert ids(search(db, "Wolf")) == set()


def test_backfill_of_articles_stored_without_triggers(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store(path) as store:
        ingest_results(store, [Article(id="a", text="Kort tekst om fjorden og fergen.", hints={"lang": "nb"})])
        store.db.executescript("DROP TRIGGER IF EXISTS articles_fts_insert; DELETE FROM articles_fts;")
        assert ensure_search_index(store.db) == 1
        assert ensure_search_index(store.db) == 0
        store.db.row_factory = sqlite3.Row
        assert ids(search(store.db, "fjorden")) == {"a"}


def test_name_index_refreshes_when_entities_change(db: sqlite3.Connection, tmp_path: Path) -> None:
    names = NameIndex()
    assert names.lookup(db, "Aurora Borealis") == []
    with sqlite3.connect(tmp_path / "search.db") as w:
        w.execute("INSERT INTO entity_names (entity_id, lang, name, count) VALUES (?, 'en', 'Aurora Borealis', 1)",
                  (ENTITY,))
    assert names.lookup(db, "aurora borealis") == [ENTITY]


def test_knowledge_base_names_find_stored_entities(tmp_path: Path) -> None:
    """A name the store never saw, but the knowledge base lists ('Tanska'), finds the entity's articles."""
    with Store(tmp_path / "kb.db") as store:
        ingest_results(store, [Article(id="da", text="Danmark og Sverige aftaler nyt samarbejde om energi i Øresund.",
                                       hints={"lang": "da", "title": "Samarbejde"})])
        ensure_search_index(store.db)
        store.db.row_factory = sqlite3.Row
        if not store.db.execute("SELECT 1 FROM entities WHERE id = 'loc:denmark'").fetchone():
            pytest.skip("the entity stage did not link Danmark")
        assert "Tanska" not in {r[0] for r in store.db.execute("SELECT name FROM entity_names")}
        assert ids(search(store.db, "Tanska")) == {"da"}
        assert ids(search(store.db, "Tanska", names=NameIndex(use_kb=False))) == set()


def test_entity_mentions_are_marked_in_text_snippets(db: sqlite3.Connection) -> None:
    hit = {h["id"]: h for h in search(db, "Nordlys Kiruna").hits}["sv-1"]
    assert "<mark>Norrsken</mark>" in hit["snippet"] and "<mark>Kiruna</mark>" in hit["snippet"]
    assert hit["title_html"].startswith("<mark>Norrsken</mark>")


def test_misaligned_index_is_rebuilt(tmp_path: Path) -> None:
    """If index rows and articles stop sharing rowids (e.g. renumbered by a VACUUM), the index is rebuilt."""
    path = tmp_path / "m.db"
    _store(path).close()
    with Store(path) as store:
        db = store.db
        rowid, article_id, text = db.execute("SELECT rowid, id, text FROM articles WHERE id = 'de-1'").fetchone()
        db.execute("DELETE FROM articles_fts WHERE rowid = ?", (rowid,))
        db.execute("INSERT INTO articles_fts (rowid, id, title, text) VALUES (?, ?, '', ?)",
                   (rowid + 1000, article_id, text))
        assert ensure_search_index(db) == len(DOCS)
        assert ensure_search_index(db) == 0
        db.row_factory = sqlite3.Row
        assert ids(search(db, "Straßenbahn")) == {"de-1"}


def test_or_groups_expand_each_named_alternative(db: sqlite3.Connection) -> None:
    assert ids(search(db, "Norrsken OR Köln")) == {"nb-1", "sv-1", "fi-1", "de-1"}
    assert ids(search(db, "Revontulet OR Kiruna")) == {"nb-1", "sv-1", "fi-1"}
