"""A synthetic, realistic multilingual news stream for benchmarks (JSON Lines on stdout or a file).

The stream imitates what newsmonitor ingests: happenings (a summit, a storm, an election night, a
match, an earthquake, a strike …) spread over a timeline, each reported by a Zipf-distributed number
of articles in da, sv, nb, nn, en, de and fi, a day or two apart, some of them wire copies of another
article (the same text under another URL, with a changed sentence). Articles are about 1,500–2,500
characters: a title, a byline with the publication date, a lead naming the actors and the place,
quotes in the language's style (dash paragraphs in the Nordic languages), and background paragraphs.
Names come from the package's knowledge base, so entity recognition has real work to do.

Usage:
    python bench/generate_stream.py 10000 > stream.jsonl
    python bench/generate_stream.py 10000 --seed 7 -o stream.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta

from newsmonitor.entities.kb import default_kb

LANGS = ["da", "sv", "nb", "nn", "en", "de", "fi"]
LANG_WEIGHTS = [22, 16, 18, 6, 20, 14, 4]

KINDS = {
    "summit": {"da": "topmøde", "sv": "toppmöte", "nb": "toppmøte", "nn": "toppmøte", "en": "summit",
               "de": "Gipfeltreffen", "fi": "huippukokous"},
    "storm": {"da": "storm", "sv": "storm", "nb": "storm", "nn": "storm", "en": "storm", "de": "Sturm",
              "fi": "myrsky"},
    "election": {"da": "valg", "sv": "val", "nb": "valg", "nn": "val", "en": "election", "de": "Wahl",
                 "fi": "vaalit"},
    "match": {"da": "kamp", "sv": "match", "nb": "kamp", "nn": "kamp", "en": "match", "de": "Spiel",
              "fi": "ottelu"},
    "earthquake": {"da": "jordskælv", "sv": "jordbävning", "nb": "jordskjelv", "nn": "jordskjelv",
                   "en": "earthquake", "de": "Erdbeben", "fi": "maanjäristys"},
    "strike": {"da": "strejke", "sv": "strejk", "nb": "streik", "nn": "streik", "en": "strike", "de": "Streik",
               "fi": "lakko"},
}

T = {  # sentence templates per language
    "da": {"byline": "Publiceret {d}. {mon} {y}", "lead": "{per} sagde {wd} i {loc}, at {kind} påvirker {org}.",
           "quote": "– {q}, siger {per}.", "q": "Vi følger situationen meget nøje og handler hurtigt",
           "bg": "Ifølge {org} er der tale om en alvorlig situation for {loc} og resten af landet."},
    "sv": {"byline": "Publicerad {y}-{m:02d}-{d:02d}", "lead": "{per} sade på {wd} i {loc} att {kind} påverkar {org}.",
           "quote": "– {q}, säger {per}.", "q": "Vi följer läget mycket noga och agerar snabbt",
           "bg": "Enligt {org} handlar det om ett allvarligt läge för {loc} och resten av landet."},
    "nb": {"byline": "Publisert {d}. {mon} {y}", "lead": "{per} sa {wd} i {loc} at {kind} rammer {org}.",
           "quote": "– {q}, sier {per}.", "q": "Vi følger situasjonen svært nøye og handler raskt",
           "bg": "Ifølge {org} er dette en alvorlig situasjon for {loc} og resten av landet."},
    "nn": {"byline": "Publisert {d}. {mon} {y}", "lead": "{per} sa {wd} i {loc} at {kind} råkar {org}.",
           "quote": "– {q}, seier {per}.", "q": "Vi følgjer situasjonen svært nøye og handlar raskt",
           "bg": "Ifølgje {org} er dette ein alvorleg situasjon for {loc} og resten av landet."},
    "en": {"byline": "Published {d} {mon} {y}", "lead": "{per} said on {wd} in {loc} that the {kind} affects {org}.",
           "quote": "\"{q},\" {per} said.", "q": "We are following the situation very closely and acting fast",
           "bg": "According to {org}, this is a serious situation for {loc} and the rest of the country."},
    "de": {"byline": "Veröffentlicht: {d:02d}.{m:02d}.{y}",
           "lead": "{per} sagte am {wd} in {loc}, {kind} betreffe {org}.",
           "quote": "„{q}“, sagte {per}.", "q": "Wir verfolgen die Lage sehr genau und handeln schnell",
           "bg": "Laut {org} handelt es sich um eine ernste Lage für {loc} und den Rest des Landes."},
    "fi": {"byline": "Julkaistu {d}.{m}.{y}", "lead": "{per} sanoi {wd} {loc}, että {kind} koskee {org}.",
           "quote": "– {q}, {per} sanoi.", "q": "Seuraamme tilannetta tarkasti ja toimimme nopeasti",
           "bg": "{org} mukaan kyseessä on vakava tilanne."},
}
MONTHS = {"da": "januar februar marts april maj juni juli august september oktober november december",
          "nb": "januar februar mars april mai juni juli august september oktober november desember",
          "nn": "januar februar mars april mai juni juli august september oktober november desember",
          "en": "January February March April May June July August September October November December"}
WEEKDAYS = {"da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
            "sv": "måndagen tisdagen onsdagen torsdagen fredagen lördagen söndagen",
            "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
            "nn": "måndag tysdag onsdag torsdag fredag laurdag sundag",
            "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
            "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
            "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina"}
FILLER = {  # background sentences with random slots, so that no two articles share their wording by chance
    "da": ["I {loc} var der {n} berørte, oplyser {org}.", "{per} har tidligere kritiseret {org} for sagen.",
           "Ifølge tal fra {org} steg antallet med {n} procent sidste år.",
           "Det er ikke første gang, {loc} rammes."],
    "sv": ["I {loc} berördes {n} personer, uppger {org}.", "{per} har tidigare kritiserat {org} i frågan.",
           "Enligt siffror från {org} ökade antalet med {n} procent förra året.",
           "Det är inte första gången {loc} drabbas."],
    "nb": ["I {loc} ble {n} berørt, opplyser {org}.", "{per} har tidligere kritisert {org} for saken.",
           "Ifølge tall fra {org} økte antallet med {n} prosent i fjor.",
           "Det er ikke første gang {loc} rammes."],
    "nn": ["I {loc} vart {n} råka, opplyser {org}.", "{per} har tidlegare kritisert {org} for saka.",
           "Ifølgje tal frå {org} auka talet med {n} prosent i fjor.",
           "Det er ikkje første gong {loc} vert råka."],
    "en": ["In {loc}, {n} people were affected, {org} said.", "{per} has criticised {org} over the matter before.",
           "Figures from {org} show the number rose by {n} percent last year.",
           "It is not the first time {loc} is hit."],
    "de": ["In {loc} waren {n} Menschen betroffen, teilte {org} mit.", "{per} hat {org} schon früher kritisiert.",
           "Nach Zahlen von {org} stieg die Zahl im Vorjahr um {n} Prozent.",
           "Es ist nicht das erste Mal, dass {loc} betroffen ist."],
    "fi": ["{loc} alueella {n} ihmistä joutui kärsimään, kertoo {org}.", "{per} on aiemmin arvostellut asiaa.",
           "Luvut osoittavat määrän kasvaneen {n} prosenttia viime vuonna.",
           "Ei ole ensimmäinen kerta, kun {loc} kärsii."],
}


def _names(rng: random.Random) -> tuple[list[str], list[str], list[str]]:
    kb = default_kb()
    persons = sorted({e.name for e in kb.entities.values() if e.type == "PER" and " " in e.name})
    orgs = sorted({e.name for e in kb.entities.values() if e.type == "ORG" and len(e.name) < 40})
    places = sorted({e.name for e in kb.entities.values() if e.type == "LOC" and " " not in e.name})
    return persons, orgs, places


def generate(n: int, seed: int = 1, end: date = date(2025, 12, 31)):
    """Yield ``n`` article records ({id, url, text}) in arrival (publication) order.

    The timeline ends at ``end`` (in the past, so no date is in the future) and spans a year per
    10,000 articles: about 27 articles and 4–5 happenings a day.
    """
    rng = random.Random(seed)
    persons, orgs, places = _names(rng)
    n_events = max(1, n // 3)
    span = int(365 * max(1.0, n / 10_000))
    start = end - timedelta(days=span)
    events = []
    for k in range(n_events):
        day = start + timedelta(days=int(k * span / n_events))
        events.append({
            "day": day, "kind": rng.choice(list(KINDS)), "per": rng.sample(persons, 2), "org": rng.choice(orgs),
            "loc": rng.choice(places), "size": min(60, int(rng.paretovariate(1.3))), "n": k,
        })
    # spread articles over events by size, in publication order
    slots = []
    for e in events:
        for j in range(e["size"]):
            slots.append((e["day"] + timedelta(days=rng.choice([0, 0, 0, 1, 1, 2])), e["n"], j))
    while len(slots) < n:  # top up with more articles on random happenings
        e = rng.choice(events)
        slots.append((e["day"] + timedelta(days=rng.choice([0, 1])), e["n"], len(slots)))
    rng.shuffle(slots)
    slots = sorted(slots[:n], key=lambda s: s[0])  # arrival in publication order
    previous: dict[int, dict[str, str]] = {}
    for i, (day, event_no, _) in enumerate(slots[:n]):
        e = events[event_no]
        if event_no in previous and rng.random() < 0.08:  # a wire copy under another URL
            copy = previous[event_no]
            text = copy["text"] + "\n\n" + rng.choice(FILLER[copy["lang"]]).format(
                loc=rng.choice(places), n=rng.randint(2, 900), org=rng.choice(orgs), per=rng.choice(persons))
            yield {"id": f"a{i:07d}", "url": f"https://copy{i % 97}.example/{i}", "text": text}
            continue
        lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
        t = T[lang]
        months = MONTHS.get(lang, MONTHS["en"]).split()
        wd = WEEKDAYS[lang].split()[e["day"].weekday()]
        per, per2 = e["per"]
        kind = KINDS[e["kind"]][lang]
        title = f"{e['loc']}: {kind} – {per.split()[-1]}"
        parts = [title, t["byline"].format(d=day.day, m=day.month, y=day.year, mon=months[day.month - 1]),
                 t["lead"].format(per=per, wd=wd, loc=e["loc"], kind=kind, org=e["org"]),
                 t["quote"].format(q=t["q"], per=per.split()[-1]),
                 t["bg"].format(org=e["org"], loc=e["loc"]),
                 t["quote"].format(q=t["q"] + f" {rng.randint(2, 99)}", per=per2)]
        parts += [rng.choice(FILLER[lang]).format(loc=rng.choice(places), n=rng.randint(2, 900), org=rng.choice(orgs),
                                                  per=rng.choice(persons)) for _ in range(rng.randint(14, 26))]
        text = "\n\n".join(parts)
        record = {"id": f"a{i:07d}", "url": f"https://news{rng.randint(1, 400)}.example/{day:%Y/%m/%d}/{i}",
                  "text": text}
        previous[event_no] = {"text": text, "lang": lang}
        yield record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args()
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    with out:
        for record in generate(args.n, args.seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
