"""Clustering: features, events across languages, time windows, near-duplicates, stories, the store, `why`."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

import pytest
from click.testing import CliRunner

from newsmonitor.cli import analyze_inputs, main
from newsmonitor.cluster.features import concept, features, happening_date, stem, terms
from newsmonitor.cluster.stage import ClusterStage
from newsmonitor.model import Article
from newsmonitor.pipeline import default_pipeline
from newsmonitor.readers import ReadOptions
from newsmonitor.readers.base import content_hash
from newsmonitor.store import queries
from newsmonitor.store.sqlite import Store

from .conftest import SHARED, need

# Invented articles. Two happenings in one story (a summit and, three weeks later, a follow-up
# meeting), each reported in several languages, a wire copy in Bokmål and Nynorsk, and an unrelated
# football match.
SUMMIT_DA = ("Nato-topmøde i Vilnius om Ukraine\n"
             "Publiceret 11. juli 2023\n"
             "Natos stats- og regeringschefer mødtes tirsdag i Vilnius i Litauen. Generalsekretær Jens Stoltenberg "
             "sagde, at Ukraine hører hjemme i Nato. Volodymyr Zelenskyj deltog i topmødet i Vilnius, og Rusland "
             "blev kritiseret for krigen. Joe Biden og Olaf Scholz talte også i Vilnius om Ukraine og Nato.")
SUMMIT_SV = ("Natos toppmöte i Vilnius om Ukraina\n"
             "Publicerad 2023-07-11\n"
             "Natos stats- och regeringschefer möttes på tisdagen i Vilnius i Litauen. Generalsekreterare Jens "
             "Stoltenberg sade att Ukraina hör hemma i Nato. Volodymyr Zelenskyj deltog i toppmötet i Vilnius, och "
             "Ryssland kritiserades för kriget. Joe Biden och Olaf Scholz talade också i Vilnius om Ukraina och Nato.")
SUMMIT_EN = ("NATO summit in Vilnius focuses on Ukraine\n"
             "Published 11 July 2023\n"
             "NATO heads of state and government met on Tuesday in Vilnius, Lithuania. Secretary General Jens "
             "Stoltenberg said Ukraine belongs in NATO. Volodymyr Zelensky attended the Vilnius summit, and Russia "
             "was criticised for the war. Joe Biden and Olaf Scholz also spoke in Vilnius about Ukraine and NATO.")
WIRE_NB = ("Kraftig storm stenger E18 ved Larvik\n"
           "Publisert 3. mars 2023\n"
           "Veien er stengt i begge retninger etter at flere trær har blåst ned over kjørebanen ved Larvik. "
           "Politiet i Vestfold ber bilistene om å holde seg hjemme til stormen har passert, sier operasjonsleder "
           "Kari Nordmann. Statens vegvesen regner med å åpne veien igjen i løpet av natten.")
WIRE_NN = ("Kraftig storm stengjer E18 ved Larvik\n"
           "Publisert 3. mars 2023\n"
           "Vegen er stengd i begge retningar etter at fleire tre har blåse ned over køyrebana ved Larvik. "
           "Politiet i Vestfold ber bilistane om å halde seg heime til stormen har passert, seier operasjonsleiar "
           "Kari Nordmann. Statens vegvesen reknar med å opne vegen igjen i løpet av natta.")
MATCH_DE = ("Bayern München gewinnt gegen Borussia Dortmund\n"
            "Veröffentlicht: 11.07.2023\n"
            "Der FC Bayern München hat das Spiel gegen Borussia Dortmund mit 3:1 gewonnen. Thomas Müller traf "
            "zweimal in der Allianz Arena, sagte Trainer Thomas Tuchel nach dem Spiel.")
FOLLOWUP_EN = ("NATO defence ministers meet in Brussels on Ukraine\n"
               "Published 2 August 2023\n"
               "NATO defence ministers met in Brussels on Wednesday to follow up on the Vilnius summit. Jens "
               "Stoltenberg said allies will deliver more air defence to Ukraine as Russia keeps attacking.")


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, text=text, origin=f"test:{aid}", content_hash=content_hash(text))


def _processed(items: list[tuple[str, str]]) -> list[Article]:
    pipeline = default_pipeline()
    out = []
    for aid, text in items:
        result = pipeline.process(_article(aid, text))
        assert isinstance(result, Article)
        out.append(result)
    return out


ALL = [("sum-da", SUMMIT_DA), ("sum-sv", SUMMIT_SV), ("sum-en", SUMMIT_EN), ("wire-nb", WIRE_NB),
       ("wire-nn", WIRE_NN), ("match-de", MATCH_DE), ("follow-en", FOLLOWUP_EN)]


def _clustered(items: list[tuple[str, str]] = ALL) -> dict[str, Article]:
    articles = _processed(items)
    ClusterStage().assign(articles)
    return {a.id: a for a in articles}


# -- features ---------------------------------------------------------------------------------------------
def test_stems_meet_across_languages() -> None:
    assert stem("eksplosion") == stem("Explosion") == stem("explosionen")
    assert stem("jordskælvet")[:5] == stem("jordskjelvet")[:5]
    assert stem("og") is None and stem("ikke") is None  # function words are ignored
    assert "#7.8" in terms("Ett skalv med magnituden 7,8 och ett med 7.8")


def test_concepts_map_words_of_different_languages_to_one_id() -> None:
    found = {concept(w) for w in ("jordskælvet", "Erdbeben", "earthquake", "jordbävningen")}
    if found == {None}:
        pytest.skip("no concept lexicon (cluster/data/concepts.tsv) installed")
    assert len(found - {None}) == 1


def test_happening_date_from_weekday_and_publication_day() -> None:
    article = _processed([("a", "Mødet i går\nPubliceret 12. juli 2023\nMinistrene mødtes i går i Bruxelles.")])[0]
    day, month, _how = happening_date(article)
    assert article.date == "2023-07-12"
    assert day == date(2023, 7, 11) and month == (2023, 7)


def test_month_only_article_has_no_invented_day() -> None:
    article = _processed([("a", " date 2023-07\nMøde\nMinistrene mødtes i Bruxelles om energi.")])[0]
    f = features(article)
    assert f.day is None and f.month == (2023, 7)


# -- events ------------------------------------------------------------------------------------------------
def test_same_happening_in_three_languages_is_one_event() -> None:
    got = _clustered()
    assert got["sum-da"].event == got["sum-sv"].event == got["sum-en"].event


def test_different_happenings_are_different_events_but_one_story() -> None:
    got = _clustered()
    assert got["follow-en"].event != got["sum-en"].event  # three weeks later
    assert got["follow-en"].story == got["sum-en"].story
    assert got["match-de"].event != got["sum-en"].event and got["match-de"].story != got["sum-en"].story


def test_bokmal_and_nynorsk_versions_of_one_wire_text_are_duplicates() -> None:
    got = _clustered()
    nb, nn = got["wire-nb"], got["wire-nn"]
    assert nb.event == nn.event
    assert {nb.duplicate_of, nn.duplicate_of} - {None} in ({"wire-nb"}, {"wire-nn"})


def test_batch_order_does_not_change_the_clusters() -> None:
    def partition(items: list[tuple[str, str]]) -> set[frozenset[str]]:
        got = _clustered(items)
        groups: dict[str, set[str]] = {}
        for a in got.values():
            groups.setdefault(a.event or "", set()).add(a.id)
        return {frozenset(g) for g in groups.values()}

    items = list(ALL)
    first = partition(items)
    for seed in range(3):
        random.Random(seed).shuffle(items)
        assert partition(items) == first


def test_why_explains_a_join() -> None:
    got = _clustered()
    joined = [a for a in got.values() if a.why and a.why.get("decision") == "joined event"]
    assert joined
    why = joined[0].why
    assert why["shared_entities"] or why["shared_terms"]
    if "match" in why:  # joined an event formed earlier
        assert why["match"]["score"] >= why["match"]["threshold"]
    else:  # grouped with articles of its own batch
        assert why["batch"]["link_similarity"] >= why["batch"]["link_threshold"] * 0.5


# -- the store -------------------------------------------------------------------------------------------
def _ingest(db: str, items: list[tuple[str, str]], tmp_path, name: str) -> None:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in items),
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["--db", db, "ingest", "-q", str(path)])
    assert result.exit_code == 0, result.output


def _check_consistent(store: Store) -> None:
    db = store.db
    orphans = db.execute("SELECT count(*) FROM articles a WHERE a.event IS NOT NULL AND NOT EXISTS "
                         "(SELECT 1 FROM events e WHERE e.id = a.event)").fetchone()[0]
    assert orphans == 0
    for row in db.execute("SELECT id, article_count FROM events"):
        n = db.execute("SELECT count(*) FROM articles WHERE event = ?", (row["id"],)).fetchone()[0]
        assert n == row["article_count"]


def test_ingest_stores_events_and_stories_and_continues_them(tmp_path) -> None:
    db = str(tmp_path / "s.db")
    _ingest(db, ALL[:2] + ALL[3:4], tmp_path, "one")
    _ingest(db, ALL[2:3] + ALL[4:], tmp_path, "two")  # a second run joins the first run's events
    _ingest(db, ALL, tmp_path, "again")  # all already stored: nothing changes
    with Store(db) as store:
        _check_consistent(store)
        da, sv, en = (store.get_article(i) for i in ("sum-da", "sum-sv", "sum-en"))
        assert da and sv and en and da.event == sv.event == en.event
        nn = store.get_article("wire-nn")
        assert nn and nn.duplicate_of == "wire-nb"
        event = queries.get_event(store.db, da.event or "")
        assert event and event["article_count"] == 3 and set(event["langs"]) == {"da", "sv", "en"}
        assert queries.get_story(store.db, da.story or "")["event_count"] >= 2


def test_cli_events_stories_why_and_quotes(tmp_path) -> None:
    db = str(tmp_path / "s.db")
    _ingest(db, ALL, tmp_path, "all")
    runner = CliRunner()
    out = runner.invoke(main, ["--db", db, "events", "--by", "size"]).output
    assert "3 art" in out
    assert "Natos toppmöte i Vilnius" in runner.invoke(main, ["--db", db, "events", "--in", "sv"]).output
    assert "Nato-topmøde i Vilnius" in runner.invoke(main, ["--db", db, "events", "--in", "da"]).output
    with Store(db) as store:
        event_id = store.get_article("sum-sv").event  # type: ignore[union-attr]
    out = runner.invoke(main, ["--db", db, "event", event_id]).output
    assert "[sv]" in out and "[da]" in out
    outs = [runner.invoke(main, ["--db", db, "why", aid]).output for aid in ("sum-da", "sum-sv", "sum-en")]
    assert all("happening: 2023-07-11" in out for out in outs)
    joined = [out for out in outs if "joined event" in out]  # the first opened the event, the others joined
    assert len(joined) == 2 and all("threshold" in out and "shared entities" in out for out in joined)
    assert all("NATO" in out and "Vilnius" in out for out in joined)
    assert runner.invoke(main, ["--db", db, "stories"]).exit_code == 0
    out = runner.invoke(main, ["--db", db, "quotes", "--json"]).output
    assert all(json.loads(line)["text"] for line in out.splitlines())
    assert runner.invoke(main, ["--db", db, "event", "nope"]).exit_code != 0


# -- the seeds ---------------------------------------------------------------------------------------------
def test_seeds_are_one_story_and_two_events() -> None:
    need(SHARED / "seeds")
    articles, rejections = analyze_inputs([str(p) for p in sorted((SHARED / "seeds").iterdir())],
                                          ReadOptions(), quiet=True)
    assert not rejections and len(articles) == 2
    da, sv = articles
    assert da.story == sv.story
    assert da.event != sv.event


# -- the pieces ---------------------------------------------------------------------------------------------
def _f(aid: str, day: date | None = None, soft: date | None = None, month: tuple[int, int] | None = None):
    from newsmonitor.cluster.features import Features

    known = day or soft
    if month is None and known is not None:
        month = (known.year, known.month)
    return Features(article_id=aid, lang="da", day=day, soft_day=soft, month=month)


def test_date_factor_forbids_days_a_week_apart_and_months_apart() -> None:
    from newsmonitor.cluster.online import _single, date_factor, pairwise_date_factors

    a = _single(_f("a", day=date(2023, 2, 6)))
    same = _single(_f("b", day=date(2023, 2, 7)))
    later = _single(_f("c", day=date(2023, 2, 20)))
    month_only = _single(_f("d", month=(2023, 2)))
    other_month = _single(_f("e", month=(2023, 6)))
    soft_close = _single(_f("f", soft=date(2023, 2, 6)))
    assert date_factor(a, same)[0] == 0.95
    assert date_factor(a, later)[0] == 0.0
    assert date_factor(a, month_only)[0] == 0.85
    assert date_factor(a, other_month)[0] == 0.0
    assert date_factor(soft_close, a)[0] == 0.95
    singles = [a, same, later, month_only, other_month, soft_close]
    matrix = pairwise_date_factors(singles)
    for i, x in enumerate(singles):
        for j, y in enumerate(singles):
            if i != j:
                assert matrix[i, j] == pytest.approx(date_factor(x, y)[0])


def test_batch_grouping_never_links_incompatible_dates() -> None:
    from newsmonitor.cluster.online import _single, link_batch

    same_words = ({"@loc:turkey": 1.0}, {"jordsk": 1.0})
    days = [date(2023, 2, 6), date(2023, 2, 6), date(2023, 2, 20), date(2023, 2, 20)]
    singles = [_single(_f(str(i), day=d)) for i, d in enumerate(days)]
    groups, links = link_batch([same_words] * 4, singles, threshold=0.2)
    assert groups == [[0, 1], [2, 3]]
    assert links[0] == pytest.approx(1.0)


def test_clusters_survive_a_state_round_trip() -> None:
    from newsmonitor.cluster.stage import _cluster_from_state

    stage = ClusterStage()
    articles = _processed(ALL[:3])
    stage.assign(articles)
    event = stage.clusterer.events[articles[0].event or ""]
    state = json.loads(json.dumps(stage._state(event, "event")))
    restored = _cluster_from_state(event.id, state)
    assert restored.entities == pytest.approx(event.entities)
    assert restored.day == event.day and dict(restored.langs) == dict(event.langs)
    assert restored._ne == pytest.approx(event._ne)
    story = stage.clusterer.stories[articles[0].story or ""]
    state = json.loads(json.dumps(stage._state(story, "story")))
    again = _cluster_from_state(story.id, state)
    assert again.ref == story.ref is not None and again.entities == pytest.approx(story.entities)


def test_a_story_is_compared_with_its_recent_events() -> None:
    """Story sums fade with a 30-day half-life: what a thread was about months ago weighs little."""
    from newsmonitor.cluster.online import STORY_HALF_LIFE_DAYS, Cluster, _add_decayed

    story = Cluster("s")
    _add_decayed(story, {"@per:old": 1.0}, {}, _f("a", day=date(2023, 1, 1)))
    _add_decayed(story, {"@per:new": 1.0}, {}, _f("b", day=date(2023, 1, 1) + timedelta(days=60)))
    assert story.entities["@per:new"] == 1.0
    assert story.entities["@per:old"] == pytest.approx(0.5 ** (60 / STORY_HALF_LIFE_DAYS))
    _add_decayed(story, {"@per:old": 1.0}, {}, _f("c", day=date(2023, 1, 1) + timedelta(days=30)))  # late arrival
    assert story.entities["@per:old"] == pytest.approx(0.25 + 0.5)
    assert story._ne == pytest.approx((1.0 + 0.75 ** 2) ** 0.5)


def test_a_later_ingest_maps_a_new_spelling_onto_a_stored_person(tmp_path) -> None:
    db = str(tmp_path / "p.db")
    first = ("Ny leder\nPubliceret 4. marts 2024\nDirektør Sofie Brandtner fra Nordisk Havneforbund sagde i går, at "
             "havnene i Esbjerg og Aarhus skal udvides.")
    later = ("Havne udvides\nPubliceret 20. marts 2024\nDirektør Sofie Brantner fra Nordisk Havneforbund fortalte, at "
             "udvidelsen i Esbjerg begynder til sommer.")
    _ingest(db, [("h1", first)], tmp_path, "first")
    _ingest(db, [("h2", later)], tmp_path, "later")
    with Store(db) as store:
        ids = [{m.id for m in store.get_article(a).mentions if m.type == "PER"} for a in ("h1", "h2")]  # type: ignore[union-attr]
    assert ids[0] and ids[0] == ids[1]


def test_a_group_is_scored_by_its_average_similarity_to_the_event_members() -> None:
    """Joining an event uses the batch's average-linkage criterion, not the centroid cosine (which is
    higher for a big event and pulled neighbouring happenings of one story into it)."""
    from newsmonitor.cluster.online import W_ENT, W_TERM, Cluster, Clusterer, _unit

    rng = random.Random(3)
    day = date(2023, 2, 6)

    def vec(prefix: str) -> dict[str, float]:
        return _unit({f"{prefix}{rng.randint(0, 6)}": rng.random() + 0.1 for _ in range(4)})

    members = [(vec("@e"), vec("t"), _f(f"m{i}", day=day)) for i in range(3)]
    group_members = [(vec("@e"), vec("t"), _f(f"g{i}", day=day)) for i in range(2)]
    event, group = Cluster("e"), Cluster("g")
    for ents, trms, f in members:
        event.add(ents, trms, f, f.article_id)
    for ents, trms, f in group_members:
        group.add(ents, trms, f, f.article_id)

    def dot(a: dict[str, float], b: dict[str, float]) -> float:
        return sum(v * b.get(k, 0.0) for k, v in a.items())

    pairs = [W_ENT * dot(ge, me) + W_TERM * dot(gt, mt) for ge, gt, _ in group_members for me, mt, _ in members]
    score, *_ = Clusterer._pair_score(group, event)  # type: ignore[misc]
    assert score == pytest.approx(sum(pairs) / len(pairs))  # same day: date factor 1.0
    centroid = W_ENT * dot(_unit(group.entities), _unit(event.entities)) + W_TERM * dot(_unit(group.terms),
                                                                                        _unit(event.terms))
    assert score < centroid


def test_ingest_of_a_file_gives_the_same_clusters_in_any_order(tmp_path) -> None:
    """A file up to the batch size is clustered as one batch in happening order, like `analyze`."""
    def partition(db: str) -> set[frozenset[str]]:
        with Store(db) as store:
            rows = store.db.execute("SELECT id, event, story FROM articles").fetchall()
        events: dict[str, set[str]] = {}
        stories: dict[str, set[str]] = {}
        for row in rows:
            events.setdefault(row["event"], set()).add(row["id"])
            stories.setdefault(row["story"], set()).add(row["id"])
        return {frozenset(g) for g in events.values()} | {frozenset(["story"]) | g for g in stories.values()}

    items = list(ALL)
    seen = []
    for seed in range(3):
        random.Random(seed).shuffle(items)
        db = str(tmp_path / f"o{seed}.db")
        _ingest(db, items, tmp_path, f"o{seed}")
        seen.append(partition(db))
    assert seen[0] == seen[1] == seen[2]


def test_ingest_batches_are_bounded_by_count_and_by_text_size() -> None:
    from newsmonitor.ingest import batches

    articles = [_article(f"a{i}", "x" * size) for i, size in enumerate([40, 40, 40, 200, 10, 10])]
    sizes = [[a.id for a in b] for b in batches(articles, 4, max_chars=100)]
    assert sizes == [["a0", "a1"], ["a2"], ["a3"], ["a4", "a5"]]  # an article longer than the bound goes alone
    assert [len(b) for b in batches(articles, 4)] == [4, 2]
