"""Benchmark: latency of the web UI and API on a 10,000-article store (not a unit test).

Usage:
    python bench/bench_web.py [--db /tmp/newsmonitor-bench-web.db] [--articles 10000] [--requests 60] [--rebuild]

Builds (or reuses) a store of synthetic multilingual articles, generated here from small per-language
templates (da, sv, nb, en, de, fi): happenings (a topic, a country, a person, a city, a date) each
reported by 1–9 articles in several languages, some of them wire copies. Every article goes through
``newsmonitor.ingest.ingest_results``, i.e. the real pipeline (extraction, entities, quotes,
clustering), so building takes a few minutes; the store is kept for later runs.

Then it measures, in-process with FastAPI's TestClient (ASGI app + SQLite, no network), the
p50/p95/max latency of the front page, event pages, entity pages (the largest and random ones),
searches and the API list endpoints, and prints a table. Target: p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from newsmonitor.ingest import ingest_results
from newsmonitor.model import Article
from newsmonitor.store.sqlite import Store

LANGS = ["da", "sv", "nb", "en", "de", "fi"]

COUNTRIES = {  # name per language (nominative)
    "russia": {"da": "Rusland", "sv": "Ryssland", "nb": "Russland", "en": "Russia", "de": "Russland", "fi": "Venäjä"},
    "ukraine": {"da": "Ukraine", "sv": "Ukraina", "nb": "Ukraina", "en": "Ukraine", "de": "Ukraine", "fi": "Ukraina"},
    "germany": {"da": "Tyskland", "sv": "Tyskland", "nb": "Tyskland", "en": "Germany", "de": "Deutschland",
                "fi": "Saksa"},
    "france": {"da": "Frankrig", "sv": "Frankrike", "nb": "Frankrike", "en": "France", "de": "Frankreich",
               "fi": "Ranska"},
    "china": {"da": "Kina", "sv": "Kina", "nb": "Kina", "en": "China", "de": "China", "fi": "Kiina"},
    "norway": {"da": "Norge", "sv": "Norge", "nb": "Norge", "en": "Norway", "de": "Norwegen", "fi": "Norja"},
    "sweden": {"da": "Sverige", "sv": "Sverige", "nb": "Sverige", "en": "Sweden", "de": "Schweden", "fi": "Ruotsi"},
    "denmark": {"da": "Danmark", "sv": "Danmark", "nb": "Danmark", "en": "Denmark", "de": "Dänemark",
                "fi": "Tanska"},
}
PEOPLE = ["Mette Frederiksen", "Ulf Kristersson", "Jonas Gahr Støre", "Petteri Orpo", "Olaf Scholz",
          "Emmanuel Macron", "Ursula von der Leyen", "Mark Rutte", "Alexander Stubb", "Volodymyr Zelenskyy",
          "Kaja Kallas", "Lars Løkke Rasmussen", "Anders Holm", "Karin Berg", "Silje Haugen", "Mikko Virtanen"]
CITIES = ["Copenhagen", "Stockholm", "Oslo", "Helsinki", "Berlin", "Brussels", "Aarhus", "Gothenburg", "Bergen",
          "Tampere", "Hamburg", "Malmö", "Odense", "Trondheim", "Turku", "Munich"]
TOPICS = {  # title phrase, body phrase per language
    "gas": {"da": ("truer med at lukke for gassen", "gasforsyningen til Europa"),
            "sv": ("hotar att strypa gasen", "gasleveranserna till Europa"),
            "nb": ("truer med å stenge gassen", "gassleveransene til Europa"),
            "en": ("threatens to cut gas supplies", "gas supplies to Europe"),
            "de": ("droht mit Gasstopp", "die Gaslieferungen nach Europa"),
            "fi": ("uhkaa katkaista kaasun", "kaasutoimitukset Eurooppaan")},
    "storm": {"da": ("rammes af storm", "stormen og oversvømmelserne"),
              "sv": ("drabbas av storm", "stormen och översvämningarna"),
              "nb": ("rammes av storm", "stormen og flommen"),
              "en": ("hit by a severe storm", "the storm and the flooding"),
              "de": ("von Sturm getroffen", "der Sturm und die Überschwemmungen"),
              "fi": ("kärsii myrskystä", "myrsky ja tulvat")},
    "election": {"da": ("går til valg", "valgkampen og meningsmålingerne"),
                 "sv": ("går till val", "valrörelsen och opinionsmätningarna"),
                 "nb": ("går til valg", "valgkampen og målingene"),
                 "en": ("heads to the polls", "the campaign and the polls"),
                 "de": ("wählt ein neues Parlament", "der Wahlkampf und die Umfragen"),
                 "fi": ("valmistautuu vaaleihin", "vaalikampanja ja mielipidemittaukset")},
    "strike": {"da": ("lammes af strejke", "strejken i transportsektoren"),
               "sv": ("lamslås av strejk", "strejken inom transportsektorn"),
               "nb": ("lammes av streik", "streiken i transportsektoren"),
               "en": ("paralysed by a strike", "the transport strike"),
               "de": ("durch Streik lahmgelegt", "der Streik im Verkehr"),
               "fi": ("lakon lamauttama", "liikennealan lakko")},
    "prices": {"da": ("oplever rekordhøje elpriser", "elpriserne og inflationen"),
               "sv": ("får rekordhöga elpriser", "elpriserna och inflationen"),
               "nb": ("får rekordhøye strømpriser", "strømprisene og inflasjonen"),
               "en": ("faces record electricity prices", "electricity prices and inflation"),
               "de": ("erlebt Rekordstrompreise", "die Strompreise und die Inflation"),
               "fi": ("kohtaa ennätyskorkeat sähkönhinnat", "sähkön hinta ja inflaatio")},
    "summit": {"da": ("holder topmøde om sikkerhed", "topmødet om sikkerhed og forsvar"),
               "sv": ("håller toppmöte om säkerhet", "toppmötet om säkerhet och försvar"),
               "nb": ("holder toppmøte om sikkerhet", "toppmøtet om sikkerhet og forsvar"),
               "en": ("hosts a security summit", "the summit on security and defence"),
               "de": ("lädt zum Sicherheitsgipfel", "der Gipfel zu Sicherheit und Verteidigung"),
               "fi": ("järjestää turvallisuushuippukokouksen", "huippukokous turvallisuudesta")},
}
BODY = {
    "da": ["{country} {title}. Sagen om {topic} optager politikerne i {city}.",
           "»Vi tager situationen meget alvorligt,« siger {person} til pressen i {city}.",
           "Ifølge eksperter kan {topic} få betydning for {n} virksomheder.",
           "Regeringen vil fremlægge en plan inden for {d} dage."],
    "sv": ["{country} {title}. Frågan om {topic} upptar politikerna i {city}.",
           "– Vi tar situationen på största allvar, säger {person} till pressen i {city}.",
           "Enligt experter kan {topic} påverka {n} företag.",
           "Regeringen ska lägga fram en plan inom {d} dagar."],
    "nb": ["{country} {title}. Saken om {topic} opptar politikerne i {city}.",
           "«Vi tar situasjonen svært alvorlig», sier {person} til pressen i {city}.",
           "Ifølge eksperter kan {topic} få betydning for {n} bedrifter.",
           "Regjeringen vil legge fram en plan innen {d} dager."],
    "en": ["{country} {title}. The question of {topic} dominates the debate in {city}.",
           "\"We take the situation very seriously,\" {person} told reporters in {city}.",
           "According to experts, {topic} could affect {n} companies.",
           "The government will present a plan within {d} days."],
    "de": ["{country} {title}. Das Thema {topic} beschäftigt die Politik in {city}.",
           "„Wir nehmen die Lage sehr ernst“, sagte {person} vor der Presse in {city}.",
           "Nach Ansicht von Experten könnte {topic} {n} Unternehmen betreffen.",
           "Die Regierung will innerhalb von {d} Tagen einen Plan vorlegen."],
    "fi": ["{country} {title}. Kysymys aiheesta {topic} puhuttaa päättäjiä, kertoo {city}.",
           "\"Suhtaudumme tilanteeseen erittäin vakavasti\", sanoo {person} toimittajille.",
           "Asiantuntijoiden mukaan {topic} voi vaikuttaa {n} yritykseen.",
           "Hallitus esittelee suunnitelman {d} päivän kuluessa."],
}
BACKGROUND = {  # filler paragraphs, so articles have a realistic length (about 1,500 characters)
    "da": ["Situationen har udviklet sig hurtigt i løbet af de seneste uger, og flere partier kræver nu handling.",
           "Kommunerne i {city} oplyser, at de følger udviklingen tæt og er klar til at hjælpe borgerne.",
           "Økonomer vurderer, at konsekvenserne kan mærkes i flere år, især for små og mellemstore virksomheder.",
           "Oppositionen kritiserer regeringen for at have reageret for sent og for uklart.",
           "Ifølge en ny måling er {n} procent af vælgerne bekymrede for udviklingen."],
    "sv": ["Läget har förändrats snabbt de senaste veckorna och flera partier kräver nu åtgärder.",
           "Kommunen i {city} uppger att den följer utvecklingen noga och är redo att hjälpa invånarna.",
           "Ekonomer bedömer att följderna kan märkas i flera år, särskilt för små och medelstora företag.",
           "Oppositionen kritiserar regeringen för att ha agerat för sent och för otydligt.",
           "Enligt en ny mätning är {n} procent av väljarna oroade över utvecklingen."],
    "nb": ["Situasjonen har endret seg raskt de siste ukene, og flere partier krever nå handling.",
           "Kommunen i {city} opplyser at den følger utviklingen nøye og er klar til å hjelpe innbyggerne.",
           "Økonomer mener at konsekvensene kan merkes i flere år, særlig for små og mellomstore bedrifter.",
           "Opposisjonen kritiserer regjeringen for å ha reagert for sent og for uklart.",
           "Ifølge en ny måling er {n} prosent av velgerne bekymret for utviklingen."],
    "en": ["The situation has developed quickly over the past weeks, and several parties are now demanding action.",
           "The authorities in {city} say they are following events closely and stand ready to help residents.",
           "Economists expect the consequences to be felt for years, especially by small and medium-sized firms.",
           "The opposition accuses the government of reacting too late and too vaguely.",
           "According to a new poll, {n} percent of voters are worried about the development."],
    "de": ["Die Lage hat sich in den vergangenen Wochen rasch entwickelt, mehrere Parteien fordern nun Maßnahmen.",
           "Die Behörden in {city} verfolgen die Entwicklung nach eigenen Angaben genau und wollen helfen.",
           "Ökonomen erwarten, dass die Folgen noch Jahre spürbar sein werden, vor allem für kleine Betriebe.",
           "Die Opposition wirft der Regierung vor, zu spät und zu unklar reagiert zu haben.",
           "Laut einer neuen Umfrage sind {n} Prozent der Wähler über die Entwicklung besorgt."],
    "fi": ["Tilanne on kehittynyt nopeasti viime viikkoina, ja useat puolueet vaativat nyt toimia.",
           "Viranomaiset seuraavat kehitystä tarkasti ja ovat valmiita auttamaan asukkaita, kertoo {city}.",
           "Taloustieteilijöiden mukaan seuraukset tuntuvat vuosia erityisesti pienissä ja keskisuurissa yrityksissä.",
           "Oppositio arvostelee hallitusta liian myöhäisestä ja epäselvästä reagoinnista.",
           "Uuden kyselyn mukaan {n} prosenttia äänestäjistä on huolissaan kehityksestä."],
}
SOURCES = {"da": ["dr.example", "politiken.example"], "sv": ["svt.example", "dn.example"],
           "nb": ["nrk.example", "aftenposten.example"], "en": ["bbc.example", "reuters.example"],
           "de": ["tagesschau.example", "spiegel.example"], "fi": ["yle.example", "hs.example"]}


def kb_cast(rng: random.Random) -> tuple[list[str], list[dict[str, str]], list[dict[str, str]]]:
    """People, cities and countries (names per language) from the knowledge base, for variety."""
    from newsmonitor.entities.kb import default_kb

    kb = default_kb()
    entities = sorted(kb.entities.values(), key=lambda e: e.id)

    def names(e) -> dict[str, str]:  # noqa: ANN001
        return {lang: (e.aliases.get(lang) or [e.name])[0] for lang in LANGS}

    people = PEOPLE + rng.sample([e.name for e in entities if e.type == "PER" and not e.ambiguous], 250)
    cities = sorted((e for e in entities if e.kind == "city" and not e.ambiguous), key=lambda e: -e.population)
    countries = [e for e in entities if e.kind == "country" and not e.ambiguous]
    return (people, [dict.fromkeys(LANGS, c) for c in CITIES] + [names(e) for e in cities[:300]],
            list(COUNTRIES.values()) + [names(e) for e in rng.sample(countries, 40)])


def synthetic_articles(count: int, seed: int = 7) -> Iterator[Article]:
    """``count`` articles about generated happenings, 1–9 articles each, in 1–6 languages, some copies.

    Topics, people, cities and countries are drawn with Zipf-like weights (a few are frequent, most rare).
    """
    rng = random.Random(seed)
    people, cities, countries = kb_cast(rng)

    def zipf(items: list) -> object:  # noqa: ANN001
        weights = [1 / (rank + 3) for rank in range(len(items))]
        return rng.choices(items, weights)[0]

    start = date(2024, 1, 1)
    made = happening = 0
    while made < count:
        happening += 1
        topic = rng.choice(list(TOPICS))
        names = zipf(countries)
        person, city_names = zipf(people), zipf(cities)
        day = start + timedelta(days=rng.randrange(0, 540))
        n, d = rng.randrange(10, 5000), rng.randrange(2, 60)
        size = min(count - made, rng.choice([1, 1, 1, 2, 2, 3, 4, 5, 7, 9]))
        for k in range(size):
            lang = rng.choice(LANGS)
            title_phrase, topic_phrase = TOPICS[topic][lang]
            title = f"{names[lang]} {title_phrase}"
            sentences = [s.format(country=names[lang], title=title_phrase, topic=topic_phrase,
                                  city=city_names[lang], person=person, n=n, d=d) for s in BODY[lang]]
            rng.shuffle(sentences[2:])
            for _ in range(rng.randrange(8, 15)):
                city_any = zipf(cities)[lang]
                sentences.append(rng.choice(BACKGROUND[lang]).format(city=city_any, n=rng.randrange(5, 80)))
            text = f"{title}\n\n" + "\n\n".join(sentences) + f"\n\n(#{happening}-{k})"
            source = rng.choice(SOURCES[lang])
            published = day + timedelta(days=rng.choice([0, 0, 0, 1, 2]))
            article_id = f"bench-{happening}-{k}"
            yield Article(id=article_id, text=text, url=f"https://{source}/{published:%Y/%m/%d}/{article_id}",
                          origin=f"bench:{made + 1}", hints={"title": title, "lang": lang,
                                                             "date": published.isoformat()})
            made += 1
            if made < count and rng.random() < 0.05:  # a wire copy in another outlet
                copy_source = rng.choice([s for s in SOURCES[lang] if s != source])
                yield Article(id=article_id + "-copy", text=text + "\n(NTB/TT/Ritzau)",
                              url=f"https://{copy_source}/{published:%Y/%m/%d}/{article_id}-copy",
                              origin=f"bench:{made + 1}", hints={"title": title, "lang": lang,
                                                                 "date": published.isoformat()})
                made += 1


def build(path: Path, count: int) -> None:
    t0 = time.perf_counter()
    done = 0

    def progress(items: Iterator[Article]) -> Iterator[Article]:
        nonlocal done
        for item in items:
            done += 1
            if done % 1000 == 0:
                print(f"  {done} articles, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
            yield item

    with Store(path) as store:
        counts = ingest_results(store, progress(synthetic_articles(count)))
    print(f"built {path}: {counts} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def measure(client, urls: list[str], requests: int) -> list[float]:  # noqa: ANN001
    for url in urls[:3]:  # warm up
        assert client.get(url).status_code == 200, url
    times = []
    for i in range(requests):
        url = urls[i % len(urls)]
        t0 = time.perf_counter()
        r = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        if r.status_code != 200:
            raise SystemExit(f"{url}: HTTP {r.status_code}")
    return times


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "newsmonitor-bench-web.db"))
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=60, help="requests per row")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = Path(args.db)
    have = 0
    if path.exists() and not args.rebuild:
        with sqlite3.connect(path) as db:
            have = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    if have < args.articles:
        if path.exists():
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        build(path, args.articles)

    from fastapi.testclient import TestClient

    from newsmonitor.web.app import create_app

    client = TestClient(create_app(str(path)))
    rng = random.Random(1)
    db = sqlite3.connect(path)
    n_articles, n_events, n_entities, mean_len = db.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM entities),"
        " (SELECT avg(length(text)) FROM articles)").fetchone()
    events = [r[0] for r in db.execute("SELECT id FROM events")]
    big_events = [r[0] for r in db.execute("SELECT id FROM events ORDER BY article_count DESC LIMIT 10")]
    entities = [r[0] for r in db.execute("SELECT id FROM entities")]
    big_entities = [r[0] for r in db.execute("SELECT id FROM entities ORDER BY mention_count DESC LIMIT 5")]
    articles = [r[0] for r in db.execute("SELECT id FROM articles")]
    stories = [r[0] for r in db.execute("SELECT id FROM stories ORDER BY article_count DESC LIMIT 20")]
    searches = ["Russia", "gas", "Venäjä strejk*", '"electricity prices"', "Stockholm OR Oslo", "storm -Berlin",
                "Mette Frederiksen", "Ukraina"]
    q = "/search?q="
    rows = [
        ("front page /", ["/"]),
        ("event page (random)", [f"/event/{e}" for e in rng.sample(events, min(50, len(events)))]),
        ("event page (10 largest)", [f"/event/{e}" for e in big_events]),
        ("story page (20 largest)", [f"/story/{s}" for s in stories] or ["/"]),
        ("entity page (random)", [f"/entity/{e}" for e in rng.sample(entities, min(50, len(entities)))]),
        ("entity page (5 most mentioned)", [f"/entity/{e}" for e in big_entities]),
        ("article page (random)", [f"/article/{a}" for a in rng.sample(articles, 50)]),
        ("search page (8 queries)", [q + s for s in searches]),
        ("GET /api/search", ["/api/search?q=" + s for s in searches]),
        ("GET /api/articles", ["/api/articles?limit=50", "/api/articles?lang=fi&limit=50",
                               "/api/articles?since=2024-06&until=2024-09&limit=50", "/api/articles?offset=5000"]),
        ("GET /api/articles?entity=", [f"/api/articles?entity={e}" for e in big_entities]),
        ("GET /api/events", ["/api/events", "/api/events?order=size", "/api/events?lang=de",
                             "/api/events?since=2024-03&until=2024-04"]),
        ("GET /api/stories", ["/api/stories", "/api/stories?order=size"]),
        ("GET /api/entities", ["/api/entities", "/api/entities?type=PER", "/api/entities?q=Ry"]),
        ("GET /api/quotes", ["/api/quotes", "/api/quotes?lang=sv", f"/api/quotes?speaker={big_entities[0]}"]),
    ]
    print(f"store: {n_articles} articles (mean {mean_len:.0f} characters), {n_events} events, {n_entities} entities"
          f" ({path})")
    print(f"{args.requests} requests per row, TestClient in-process, one client\n")
    print(f"| {'request':32} | {'p50 ms':>7} | {'p95 ms':>7} | {'max ms':>7} |")
    print(f"|{'-' * 34}|{'-' * 9}|{'-' * 9}|{'-' * 9}|")
    worst = 0.0
    for label, urls in rows:
        times = measure(client, urls, args.requests)
        p95 = pct(times, 95)
        worst = max(worst, p95)
        print(f"| {label:32} | {statistics.median(times):7.1f} | {p95:7.1f} | {max(times):7.1f} |")
    print(f"\nworst p95: {worst:.1f} ms (target < 100 ms): {'met' if worst < 100 else 'NOT met'}")


if __name__ == "__main__":
    main()
