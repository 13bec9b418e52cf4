"""A synthetic, realistic multilingual news stream for benchmarks (JSON Lines on stdout or a file).

Version 2. The stream imitates what newsmonitor ingests: **stories** (threads of happenings over days to a
few months: a strike, a trial, an election campaign, a storm and its aftermath …), each with a core cast
(2–3 persons, 1–2 organisations, 1–2 places of one country, from the package's knowledge base or invented
local people with plausible names) and a Zipf-like number of **events** (many stories have one event, a few
have ten or more). Each event has its own day and place and uses a subset of the story's cast, sometimes
with one new actor; different stories rarely share an actor, except an occasional famous one. Each event is
reported by a Zipf-distributed number of articles in da, sv, nb, nn, en, de and fi (more often in the
story's home language), published the same day or a day or two later; about 8% of the articles are wire
copies of an earlier article of the same event (the same text under another URL, with one sentence changed).

An article has a title, a dated byline, a lead naming the main actors, the place and the kind of
happening, body paragraphs drawn from varied per-language templates that mostly re-mention the event's own
actors (persons by surname after the first mention), sentences without names, a few background entities
(topical ones: each story has its own few other countries and international organisations, plus a news
agency, an outlet, a one-off expert), and 0–4 quotes in the language's style (dash paragraphs in the Nordic
languages and Finnish, „…“ in German, "…" in English). Each article also picks its own word for a few common
words, so that two articles of one event are not near-identical: only wire copies should be. The timeline
spans a year per 10,000 articles and ends on 2025-12-31. The output is deterministic for a seed. Records are
{id, url, text} in publication order; gold labels ({id, event, story}, wire copies carrying their original's)
go to a sidecar file with ``--gold`` and never into the stream.

Calibration against the dev corpus (``../shared/corpus/dev.jsonl``, 169 real articles), all measured with
the package's default pipeline (extract → entities → quotes) by ``--stats`` / ``--stats-file``:

    | measure                        | dev corpus | v2, 1,000 (seed 1) | v2, 10,000 (seed 1) | v1, 1,000 |
    | ---                            | ---:       | ---:               | ---:                | ---:      |
    | characters per article         | 1,305      | 1,488              | 1,480               | 1,642     |
    | entity mentions per 1000 chars | 11.1       | 11.7               | 11.7                | 23.2      |
    | distinct entities per article  | 8.5        | 8.2                | 8.2                 | 33.1      |
    | quotes per article             | 1.35       | 1.33               | 1.39                | 1.04      |

    python bench/generate_stream.py --stats 1000
    python bench/generate_stream.py --stats-file ../shared/corpus/dev.jsonl

Known differences from real text: the vocabulary is small (a few dozen sentence templates per language), so
term statistics are flatter than in real news; the dev corpus's articles are excerpts cut at ~2,000
characters, these are whole articles; names come only from the knowledge base or from invented local people.

Usage:
    python bench/generate_stream.py 10000 > stream.jsonl
    python bench/generate_stream.py 10000 --seed 7 -o stream.jsonl --gold gold.jsonl
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

LANGS = ["da", "sv", "nb", "nn", "en", "de", "fi"]
LANG_WEIGHTS = [22, 16, 18, 6, 20, 14, 4]
HOME_SHARE = 0.55  # share of a story's articles in its home language (when it has one among LANGS)
COPY_SHARE = 0.08  # share of all articles that are wire copies

# country → (home languages, weight as a story's country, given-name origin, surname style)
COUNTRIES: dict[str, tuple[tuple[str, ...], int, str, str]] = {
    "loc:denmark": (("da",), 14, "nordic", "dk"),
    "loc:sweden": (("sv",), 11, "nordic", "se"),
    "loc:norway": (("nb", "nb", "nb", "nn"), 12, "nordic", "dk"),
    "loc:finland": (("fi",), 6, "finnish", "fi"),
    "loc:germany": (("de",), 10, "german", "de"),
    "loc:united-kingdom": (("en",), 7, "english", "en"),
    "loc:united-states": (("en",), 7, "english", "en"),
    "loc:ukraine": ((), 4, "slavic", "ua"),
    "loc:russia": ((), 2, "slavic", "ua"),
    "loc:poland": ((), 1, "slavic", "pl"),
    "loc:france": ((), 3, "french", "fr"),
    "loc:netherlands": ((), 2, "dutch", "nl"),
    "loc:spain": ((), 1, "spanish", "es"),
    "loc:italy": ((), 1, "italian", "es"),
}
BACKGROUND_COUNTRIES = list(COUNTRIES) + ["loc:china", "loc:japan", "loc:india", "loc:canada", "loc:estonia",
                                          "loc:iceland", "loc:belgium", "loc:austria", "loc:switzerland"]
MEDIA_HOME = {"da": ["loc:denmark"], "sv": ["loc:sweden"], "nb": ["loc:norway"], "nn": ["loc:norway"],
              "fi": ["loc:finland"], "de": ["loc:germany"], "en": ["loc:united-kingdom", "loc:united-states"]}
# the usual name where the knowledge base lists several (a city's own name where it lists none)
PLACE_NAMES = {("loc:copenhagen", "da"): "København", ("loc:copenhagen", "nb"): "København",
               ("loc:copenhagen", "nn"): "København", ("loc:gothenburg", "sv"): "Göteborg",
               ("loc:norway", "da"): "Norge", ("loc:norway", "sv"): "Norge", ("loc:norway", "nb"): "Norge",
               ("loc:norway", "nn"): "Noreg", ("loc:united-kingdom", "da"): "Storbritannien",
               ("loc:united-kingdom", "sv"): "Storbritannien", ("loc:united-kingdom", "de"): "Großbritannien",
               ("loc:united-states", "en"): "the United States", ("loc:netherlands", "en"): "the Netherlands",
               **{("loc:united-states", lang): "USA" for lang in ("da", "sv", "nb", "nn", "de", "fi")},
               ("loc:austria", "fi"): "Itävalta", **{("loc:belgium", lang): "Belgien" for lang in ("da", "sv", "de")},
               **{("loc:switzerland", lang): "Schweiz" for lang in ("da", "sv", "de")},
               **{("loc:munich", lang): "München" for lang in ("da", "sv", "nb", "nn", "de", "fi")},
               **{("loc:nuremberg", lang): "Nürnberg" for lang in ("da", "sv", "nb", "nn", "de", "fi")}}

# invented surnames: stem + ending, per naming style (filtered against every name the knowledge base knows)
SURNAME_PARTS = {
    "dk": ("Holm Berg Lund Dal Strand Bak Ny Kjær Skov Hau Sol Brek Vester Øster Nør Sønder Lin Ask Bjørn Eng "
           "Fjeld Hvid Kirke Ravn Sand Ste Tor Vig Lyng Mose", "gaard berg dal lund holm by rud strup mark vik "
           "heim bo toft hus sted"),
    "se": ("Berg Lind Sjö Ek Hol Ny Sand Ström Gran Hag Ahl Wall Fors Björk Alm Ros Åker Mal Norr Söder",
           "ström qvist berg gren lund dahl stedt blad man holm ling bäck"),
    "fi": ("Virta Mäki Koski Lahti Niemi Salo Heikki Laine Järvi Kallio Korho Hakka Lehti Saari Kivi Rauta Vuori "
           "Pelto Hiltu Tuomi", "nen la lä mäki koski niemi salo vaara joki aho"),
    "de": ("Berg Hof Wald Brand Stein Feld Lind Kron Schwarz Weiß Eich Rosen Grün Haber Hart Kirch Linden Mühl "
           "Sommer Winter", "mann er bauer müller hoff berger stein feld meier schmidt ner hausen"),
    "en": ("Ash Brad Cole Dun Fair Hart Kings Lang Mor Pem Red Stan Thorn Wel Whit Win Hol Ald Brom Car",
           "ford ley ton wood field well by ham worth son ridge more"),
    "ua": ("Kova Petr Sidor Bonda Moro Tkach Shev Melny Kraw Lis Pav Vol Ivan Oleksi Dmytr",
           "enko chuk ov ova yk ets in ovych"),
    "pl": ("Kowal Now Wiśn Wójc Kamin Lewand Zieli Szyman Woźn Dąbr", "ski ska czyk ak ewicz iak"),
    "fr": ("Du Le La Beau Mont Ro Gar Mar Ber Fon", "bois mont rand ier champ val tain nier court"),
    "nl": ("Bak Vis Jans Mul Bos Dek Smit Mee Hen Berg", "ker ser sen der ma stra huis veld"),
    "es": ("Gar Fer Mar Ro Lo San Ca Ben Ri Co", "cía nández tínez dríguez pez tos vallo detti ssi nti"),
}
GIVEN_ORIGIN_FALLBACK = {"nordic": "english", "finnish": "nordic"}

# the kind of a story's happenings: preferred organisation kinds, and the noun per language
# (da/sv/nb/nn: indefinite, definite; en: noun, with article; de: noun, gender; fi: nominative, genitive)
KINDS: dict[str, dict[str, Any]] = {
    "storm": {"orgs": ["authority", "police", "government", "ministry"],
              "da": ("storm", "stormen"), "sv": ("storm", "stormen"), "nb": ("storm", "stormen"),
              "nn": ("storm", "stormen"), "en": ("storm", "the storm"), "de": ("Sturm", "m"),
              "fi": ("myrsky", "myrskyn")},
    "flood": {"orgs": ["authority", "police", "government", "ministry"],
              "da": ("oversvømmelse", "oversvømmelsen"), "sv": ("översvämning", "översvämningen"),
              "nb": ("flom", "flommen"), "nn": ("flaum", "flaumen"), "en": ("flood", "the flood"),
              "de": ("Hochwasser", "n"), "fi": ("tulva", "tulvan")},
    "fire": {"orgs": ["authority", "police", "company"],
             "da": ("brand", "branden"), "sv": ("brand", "branden"), "nb": ("brann", "brannen"),
             "nn": ("brann", "brannen"), "en": ("fire", "the fire"), "de": ("Brand", "m"),
             "fi": ("tulipalo", "tulipalon")},
    "election": {"orgs": ["party", "parliament"],
                 "da": ("valg", "valget"), "sv": ("val", "valet"), "nb": ("valg", "valget"), "nn": ("val", "valet"),
                 "en": ("election", "the election"), "de": ("Wahl", "f"), "fi": ("vaali", "vaalin")},
    "summit": {"orgs": ["international", "government", "ministry"],
               "da": ("topmøde", "topmødet"), "sv": ("toppmöte", "toppmötet"), "nb": ("toppmøte", "toppmøtet"),
               "nn": ("toppmøte", "toppmøtet"), "en": ("summit", "the summit"), "de": ("Gipfeltreffen", "n"),
               "fi": ("huippukokous", "huippukokouksen")},
    "strike": {"orgs": ["company", "ngo", "authority"],
               "da": ("strejke", "strejken"), "sv": ("strejk", "strejken"), "nb": ("streik", "streiken"),
               "nn": ("streik", "streiken"), "en": ("strike", "the strike"), "de": ("Streik", "m"),
               "fi": ("lakko", "lakon")},
    "trial": {"orgs": ["court", "police"],
              "da": ("retssag", "retssagen"), "sv": ("rättegång", "rättegången"), "nb": ("rettssak", "rettssaken"),
              "nn": ("rettssak", "rettssaka"), "en": ("trial", "the trial"), "de": ("Prozess", "m"),
              "fi": ("oikeudenkäynti", "oikeudenkäynnin")},
    "match": {"orgs": ["sports"],
              "da": ("kamp", "kampen"), "sv": ("match", "matchen"), "nb": ("kamp", "kampen"), "nn": ("kamp", "kampen"),
              "en": ("match", "the match"), "de": ("Spiel", "n"), "fi": ("ottelu", "ottelun")},
    "crash": {"orgs": ["police", "authority", "company"],
              "da": ("ulykke", "ulykken"), "sv": ("olycka", "olyckan"), "nb": ("ulykke", "ulykken"),
              "nn": ("ulukke", "ulukka"), "en": ("crash", "the crash"), "de": ("Unfall", "m"),
              "fi": ("onnettomuus", "onnettomuuden")},
    "budget": {"orgs": ["government", "ministry", "parliament", "party", "central_bank"],
               "da": ("finanslov", "finansloven"), "sv": ("budget", "budgeten"),
               "nb": ("statsbudsjett", "statsbudsjettet"),
               "nn": ("statsbudsjett", "statsbudsjettet"), "en": ("budget", "the budget"), "de": ("Haushalt", "m"),
               "fi": ("budjetti", "budjetin")},
    "protest": {"orgs": ["ngo", "party", "police"],
                "da": ("demonstration", "demonstrationen"), "sv": ("demonstration", "demonstrationen"),
                "nb": ("demonstrasjon", "demonstrasjonen"), "nn": ("demonstrasjon", "demonstrasjonen"),
                "en": ("protest", "the protest"), "de": ("Protest", "m"), "fi": ("mielenosoitus", "mielenosoituksen")},
    "takeover": {"orgs": ["company", "central_bank", "authority"],
                 "da": ("opkøb", "opkøbet"), "sv": ("uppköp", "uppköpet"), "nb": ("oppkjøp", "oppkjøpet"),
                 "nn": ("oppkjøp", "oppkjøpet"), "en": ("takeover", "the takeover"), "de": ("Übernahme", "f"),
                 "fi": ("yrityskauppa", "yrityskaupan")},
}
DE_ARTICLES = {"m": ("der", "dem", "den"), "f": ("die", "der", "die"), "n": ("das", "dem", "das")}

# Per-language templates. Slots: {P1} {P2} {P3} persons (full name, with an optional role, at the first
# mention in an article, then the surname); {P1s} {P2s} surname only; {P1f} full name only; {O1} {O2}
# organisations; {L} the event's place; {C} the story's country; {BL} {BO} a background place/organisation;
# {MED} a news outlet; {K} the kind's noun, {Kd} its definite form (de: {Kdat} {Kacc}; fi: {Kgen});
# {WD} the event's weekday; {N} {M} the event's numbers; {Q} a quote; {QT} a short headline quote; {S} a speaker.
T: dict[str, dict[str, Any]] = {
    "da": {
        "byline": "Publiceret {d}. {mon} {y}",
        "title": [
            "{K} i {L}: {P1s} kræver svar fra {O1}",
            "{P1s}: – {QT}",
            "{O1} under pres efter {Kd} i {L}",
            "{L}: {K} – {P1s}",
            "{P1f} om {Kd}: – {QT}",
            "Nyt i sagen om {Kd} i {L}",
            "{C}: {P1s} og {P2s} mødes efter {Kd}",
        ],
        "lead": [
            "{WD} blev en travl dag for {O1}, da {Kd} i {L} for alvor satte dagsordenen, fortæller {P1}.",
            "{P1} var {WD} i {L}, hvor {Kd} har fyldt meget i de seneste dage.",
            "Det var {P1}, der {WD} bekræftede, at {Kd} i {L} har ramt bredere end først antaget.",
            "{P1} sagde {WD} i {L}, at {Kd} får konsekvenser for {O1}.",
            "{Kd} i {L} fik {WD} {P1} til at kræve svar fra {O1}.",
            "I {L} var {WD} præget af {Kd}, og {P1} fra {O1} fulgte udviklingen tæt.",
            "{O1} bekræftede {WD}, at {Kd} i {L} berører flere end {N} mennesker, oplyser {P1}.",
            "{P1} og {P2} mødtes {WD} i {L} for at drøfte {Kd}.",
        ],
        "body": [
            "Ifølge {O1} har man arbejdet i døgndrift, siden de første meldinger kom ind {WD}.",
            "{P1} understreger, at der endnu ikke er truffet nogen endelige beslutninger, og at alle muligheder stadig "
            "er åbne.",
            "I løbet af {WD} kom der flere nye meldinger fra {L}, hvor mange har fulgt udviklingen på nærmeste hold.",
            "{P2} har i flere omgange opfordret {O1} til at lægge alle kortene på bordet.",
            "Både tilhængere og kritikere har siden {WD} brugt de sociale medier til at give deres mening til kende.",
            "Ifølge {P1} er det afgørende, at man nu får overblik over situationen, før der træffes nye beslutninger.",
            "Hos {O1} afviser man, at der er begået fejl, men man erkender, at kommunikationen kunne have været bedre.",
            "{N} mennesker har ifølge de seneste tal været direkte berørt, og tallet kan stige.",
            "Det var først sent {WD}, at {O1} kunne give et samlet overblik over situationen i {L}.",
            "{P2} siger, at man i {C} bør lære af forløbet, uanset hvordan det ender.",
            "{P1} har tidligere kritiseret {O1} for den måde, sagen er blevet håndteret på.",
            "Ifølge {O1} er der tale om en alvorlig situation for {L}.",
            "I {L} er {N} personer berørt, oplyser {O1}.",
            "{P2} afviser kritikken og peger på, at {O1} har fulgt reglerne.",
            "Sagen har skabt debat i hele {C}.",
            "Det er ikke første gang, at {L} står i centrum for en sag som denne.",
            "{P2} vil ikke udelukke, at der kommer flere tiltag i de kommende dage.",
            "Ifølge {P1} vil det tage tid, før situationen er under kontrol.",
            "{O2} har meddelt, at man vil følge sagen nøje.",
            "Også i {BL} følger man udviklingen.",
            "Tal fra {O1} viser, at antallet er steget med {M} procent det seneste år.",
            "Det er uklart, hvornår der foreligger en endelig afklaring.",
            "{P3} fra {O1} siger, at man er forberedt på flere scenarier.",
            "Eksperter vurderer, at {Kd} kan få betydning langt uden for {L}.",
            "{P1} har ikke ønsket at kommentere sagen yderligere.",
            "Flere partier kræver nu, at {P2} forklarer sig.",
            "Ifølge {BO} er der brug for en fælles løsning.",
            "{O1} holder pressemøde om sagen senere på ugen.",
            "{P2} kalder situationen uholdbar og kræver handling fra {O1}.",
            "Hverken {P1} eller {P2} har endnu meldt ud, hvad der skal ske.",
            "Mange i {L} har fulgt sagen fra begyndelsen.",
        ],
        "free": [
            "Flere spørgsmål står fortsat ubesvarede, og der er lagt op til en længere proces.",
            "Både politikere og eksperter har i dagens løb opfordret til besindighed.",
            "Der ventes en ny opdatering senere i dag, når de ansvarlige har haft mulighed for at samle op.",
            "Det er langt fra første gang, at spørgsmålet skaber debat, og uenigheden er dyb.",
            "Lokalt har mange fulgt med fra sidelinjen og håber på en hurtig afklaring.",
            "Det er endnu uklart, hvor mange der i alt er berørt, og hvornår situationen kan vende tilbage til det "
            "normale.",
            "Flere borgere har i løbet af dagen givet udtryk for bekymring over udviklingen og efterlyser mere "
            "information.",
            "Sagen ventes at blive drøftet igen i løbet af de kommende uger, når flere oplysninger er kommet frem.",
            "Myndighederne opfordrer alle til at holde sig orienteret og følge de officielle anvisninger.",
            "Der er tidligere blevet rejst kritik af, at beslutningerne bliver truffet for sent og uden tilstrækkelig "
            "dialog.",
            "Hvad der præcist skete, er stadig ikke helt klarlagt, og der kan komme nye oplysninger i sagen.",
            "Ifølge flere iagttagere kan sagen få betydning for de kommende måneders politiske dagsorden.",
            "Det samlede omfang kendes endnu ikke, men de første skøn peger på betydelige omkostninger.",
            "Flere lokale virksomheder melder om bekymring og usikkerhed, mens de venter på en afklaring.",
        ],
        "bg": [
            "Også {BO} har reageret på udviklingen i {C}.",
            "Sagen følges også tæt i {BL} og {BL2}.",
            "Tidligere på året var der en lignende sag i {BL2}, hvor {BO} også var involveret.",
            "{PX}, der er ekspert på området, vurderer, at sagen kan trække ud.",
            "Ifølge {PX}, der har fulgt sagen tæt, er der ingen lette løsninger.",
            "Flere af de berørte kommer fra {L2} og omegn.",
            "Fra {BL} lyder der kritik af håndteringen.",
            "Det oplyser {AG}.",
            "Det skriver nyhedsbureauet {AG}.",
            "Også i {L2} har man mærket følgerne af {Kd}.",
            "Situationen minder om en lignende sag i {BL2} for nogle år siden.",
            "{O1} har tidligere samarbejdet med myndighederne i {BL} om lignende sager.",
        ],
        "tails": [
            ", og det ventes at fylde meget i den kommende tid",
            ", lyder det fra flere sider",
            ", siger kilder med kendskab til sagen",
            ", selv om det er blevet mødt med skepsis",
            ", men det er endnu for tidligt at sige, hvad det betyder på længere sigt",
            ", og det har skabt usikkerhed blandt mange af de berørte",
            ", selv om der fortsat er mange ubesvarede spørgsmål",
            ", hvilket flere har kritiseret i løbet af de seneste dage",
            ", og den vurdering deles af flere andre på området",
            ", oplyses det i en pressemeddelelse",
        ],
        "closer": "Artiklen opdateres.",
        "quote": [
            "– {Q}, siger {S}.",
            "– {Q}, sagde {S} {WD}.",
            "– {Q}, siger {S} til {MED}.",
            "– {Q}. Det er vigtigt for {L}, siger {S}.",
        ],
        "q": [
            "Vi tager ansvar, og vi kommer til at se grundigt på forløbet",
            "Det er ikke acceptabelt, og det skal ikke ske igen",
            "Vi er klar til at sætte os ved forhandlingsbordet",
            "Jeg har fuld tillid til, at vi finder en vej igennem det her",
            "Vi har hele tiden sagt, at det her ville ske",
            "Der er mange, der har ydet en kæmpe indsats i dag",
            "Vi følger situationen meget nøje og handler hurtigt",
            "Det her er en alvorlig sag, og vi tager den meget alvorligt",
            "Vi har brug for klare svar, og dem har vi ikke fået endnu",
            "Jeg forstår godt, at folk er bekymrede",
            "Vi har gjort, hvad vi kunne, men det var ikke nok",
            "Det er for tidligt at sige, hvad der sker nu",
            "Vi kommer ikke til at give op",
            "Det har været en meget svær dag for alle",
            "Nu handler det om at finde en løsning sammen",
            "Jeg er skuffet, men ikke overrasket",
        ],
        "qt": [
            "Vi giver ikke op",
            "Det er alvorligt",
            "Vi har brug for svar",
            "En svær dag",
        ],
        "roles": [
            "talsperson",
            "direktør",
            "borgmester",
            "forsker",
            "formand",
            "chef",
        ],
    },
    "sv": {
        "byline": "Publicerad {y}-{m:02d}-{d:02d}",
        "title": [
            "{K} i {L}: {P1s} kräver svar av {O1}",
            "{P1s}: ”{QT}”",
            "{O1} under press efter {Kd} i {L}",
            "{L}: {K} – {P1s}",
            "{P1f} om {Kd}: ”{QT}”",
            "Nya uppgifter om {Kd} i {L}",
            "{C}: {P1s} och {P2s} möts efter {Kd}",
        ],
        "lead": [
            "{WD} blev en intensiv dag för {O1}, när {Kd} i {L} på allvar tog över dagordningen, berättar {P1}.",
            "{P1} var på {WD} i {L}, där {Kd} har präglat de senaste dagarna.",
            "Det var {P1} som på {WD} bekräftade att {Kd} i {L} har fått större följder än man först trodde.",
            "{P1} sade på {WD} i {L} att {Kd} får följder för {O1}.",
            "{Kd} i {L} fick på {WD} {P1} att kräva svar av {O1}.",
            "I {L} präglades {WD} av {Kd}, och {P1} på {O1} följde utvecklingen noga.",
            "{O1} bekräftade på {WD} att {Kd} i {L} berör fler än {N} människor, uppger {P1}.",
            "{P1} och {P2} möttes på {WD} i {L} för att diskutera {Kd}.",
        ],
        "body": [
            "Enligt {O1} har man arbetat dygnet runt sedan de första rapporterna kom in på {WD}.",
            "{P1} understryker att inga slutgiltiga beslut har fattats ännu och att alla alternativ fortfarande är "
            "öppna.",
            "Under {WD} kom flera nya besked från {L}, där många har följt utvecklingen på nära håll.",
            "{P2} har vid flera tillfällen uppmanat {O1} att lägga korten på bordet.",
            "Både anhängare och kritiker har sedan {WD} använt sociala medier för att ge uttryck för sina åsikter.",
            "Enligt {P1} är det avgörande att man nu får en överblick över läget innan nya beslut fattas.",
            "Hos {O1} tillbakavisar man att några fel har begåtts, men medger att kommunikationen kunde ha varit "
            "bättre.",
            "{N} personer har enligt de senaste siffrorna varit direkt berörda, och antalet kan stiga.",
            "Det var först sent på {WD} som {O1} kunde ge en samlad bild av läget i {L}.",
            "{P2} säger att man i {C} bör dra lärdom av förloppet, oavsett hur det slutar.",
            "{P1} har tidigare kritiserat {O1} för hur frågan har hanterats.",
            "Enligt {O1} handlar det om ett allvarligt läge för {L}.",
            "I {L} berörs {N} personer, uppger {O1}.",
            "{P2} avvisar kritiken och påpekar att {O1} har följt reglerna.",
            "Frågan har väckt debatt i hela {C}.",
            "Det är inte första gången som {L} hamnar i centrum för en sådan fråga.",
            "{P2} utesluter inte att fler åtgärder kommer de närmaste dagarna.",
            "Enligt {P1} kommer det att ta tid innan läget är under kontroll.",
            "{O2} meddelar att man kommer att följa frågan noga.",
            "Även i {BL} följer man utvecklingen.",
            "Siffror från {O1} visar att antalet har ökat med {M} procent det senaste året.",
            "Det är oklart när ett slutligt besked kan väntas.",
            "{P3} på {O1} säger att man är förberedd på flera scenarier.",
            "Experter bedömer att {Kd} kan få betydelse långt utanför {L}.",
            "{P1} har inte velat kommentera saken ytterligare.",
            "Flera partier kräver nu att {P2} förklarar sig.",
            "Enligt {BO} behövs en gemensam lösning.",
            "{O1} håller presskonferens om saken senare i veckan.",
            "{P2} kallar läget ohållbart och kräver handling av {O1}.",
            "Varken {P1} eller {P2} har ännu sagt vad som ska hända.",
            "Många i {L} har följt frågan från början.",
        ],
        "free": [
            "Flera frågor är fortfarande obesvarade, och det ser ut att bli en lång process.",
            "Både politiker och experter har under dagen manat till besinning.",
            "Ett nytt besked väntas senare i dag, när de ansvariga har hunnit sammanfatta läget.",
            "Det är långt ifrån första gången som frågan väcker debatt, och oenigheten är djup.",
            "Lokalt har många följt händelserna från sidlinjen och hoppas på ett snabbt besked.",
            "Det är ännu oklart hur många som totalt berörs och när läget kan återgå till det normala.",
            "Flera invånare har under dagen uttryckt oro över utvecklingen och efterlyser mer information.",
            "Frågan väntas diskuteras igen under de kommande veckorna, när fler uppgifter har kommit fram.",
            "Myndigheterna uppmanar alla att hålla sig informerade och följa de officiella råden.",
            "Det har tidigare riktats kritik mot att besluten fattas för sent och utan tillräcklig dialog.",
            "Exakt vad som hände är fortfarande inte helt klarlagt, och nya uppgifter kan komma fram.",
            "Enligt flera bedömare kan frågan få betydelse för den politiska dagordningen de kommande månaderna.",
            "Den totala omfattningen är ännu inte känd, men de första uppskattningarna tyder på betydande kostnader.",
            "Flera lokala företag vittnar om oro och osäkerhet medan de väntar på besked.",
        ],
        "bg": [
            "Även {BO} har reagerat på utvecklingen i {C}.",
            "Frågan följs också noga i {BL} och {BL2}.",
            "Tidigare i år inträffade en liknande händelse i {BL2}, där även {BO} var inblandad.",
            "{PX}, som är expert på området, bedömer att frågan kan dra ut på tiden.",
            "Enligt {PX}, som har följt frågan noga, finns det inga enkla lösningar.",
            "Flera av de drabbade kommer från {L2} med omnejd.",
            "Från {BL} riktas kritik mot hanteringen.",
            "Det uppger {AG}.",
            "Det skriver nyhetsbyrån {AG}.",
            "Även i {L2} har man märkt av följderna av {Kd}.",
            "Läget påminner om en liknande händelse i {BL2} för några år sedan.",
            "{O1} har tidigare samarbetat med myndigheterna i {BL} i liknande frågor.",
        ],
        "tails": [
            ", och det väntas prägla den närmaste tiden",
            ", heter det från flera håll",
            ", uppger källor med insyn i frågan",
            ", även om det har mötts av skepsis",
            ", men det är för tidigt att säga vad det betyder på längre sikt",
            ", och det har skapat osäkerhet bland många av de berörda",
            ", även om det fortfarande finns många obesvarade frågor",
            ", vilket flera har kritiserat under de senaste dagarna",
            ", och den bedömningen delas av flera andra på området",
            ", framgår det av ett pressmeddelande",
        ],
        "closer": "Artikeln uppdateras.",
        "quote": [
            "– {Q}, säger {S}.",
            "– {Q}, sade {S} på {WD}.",
            "– {Q}, säger {S} till {MED}.",
            "– {Q}. Det är viktigt för {L}, säger {S}.",
        ],
        "q": [
            "Vi tar ansvar och kommer att se noga på förloppet",
            "Det är inte acceptabelt och det får inte hända igen",
            "Vi är redo att sätta oss vid förhandlingsbordet",
            "Jag har fullt förtroende för att vi hittar en väg igenom det här",
            "Vi har hela tiden sagt att det här skulle hända",
            "Många har gjort en enorm insats i dag",
            "Vi följer läget mycket noga och agerar snabbt",
            "Det här är en allvarlig fråga och vi tar den på största allvar",
            "Vi behöver tydliga svar och det har vi inte fått än",
            "Jag förstår att människor är oroliga",
            "Vi har gjort vad vi kunnat, men det räckte inte",
            "Det är för tidigt att säga vad som händer nu",
            "Vi kommer inte att ge upp",
            "Det har varit en mycket svår dag för alla",
            "Nu handlar det om att hitta en lösning tillsammans",
            "Jag är besviken men inte förvånad",
        ],
        "qt": [
            "Vi ger inte upp",
            "Det är allvarligt",
            "Vi behöver svar",
            "En svår dag",
        ],
        "roles": [
            "talesperson",
            "vd",
            "kommunalråd",
            "forskare",
            "ordförande",
            "chef",
        ],
    },
    "nb": {
        "byline": "Publisert {d}. {mon} {y}",
        "title": [
            "{K} i {L}: {P1s} krever svar fra {O1}",
            "{P1s}: – {QT}",
            "{O1} under press etter {Kd} i {L}",
            "{L}: {K} – {P1s}",
            "{P1f} om {Kd}: – {QT}",
            "Nye opplysninger om {Kd} i {L}",
            "{C}: {P1s} og {P2s} møtes etter {Kd}",
        ],
        "lead": [
            "{WD} ble en travel dag for {O1}, da {Kd} i {L} for alvor satte dagsordenen, forteller {P1}.",
            "{P1} var {WD} i {L}, der {Kd} har preget de siste dagene.",
            "Det var {P1} som {WD} bekreftet at {Kd} i {L} har fått større følger enn først antatt.",
            "{P1} sa {WD} i {L} at {Kd} får følger for {O1}.",
            "{Kd} i {L} fikk {WD} {P1} til å kreve svar fra {O1}.",
            "I {L} var {WD} preget av {Kd}, og {P1} i {O1} fulgte utviklingen nøye.",
            "{O1} bekreftet {WD} at {Kd} i {L} rammer flere enn {N} mennesker, opplyser {P1}.",
            "{P1} og {P2} møttes {WD} i {L} for å drøfte {Kd}.",
        ],
        "body": [
            "Ifølge {O1} har man jobbet døgnet rundt siden de første meldingene kom inn {WD}.",
            "{P1} understreker at det ennå ikke er tatt noen endelige beslutninger, og at alle muligheter fortsatt er "
            "åpne.",
            "I løpet av {WD} kom det flere nye meldinger fra {L}, der mange har fulgt utviklingen på nært hold.",
            "{P2} har flere ganger oppfordret {O1} til å legge alle kortene på bordet.",
            "Både tilhengere og kritikere har siden {WD} brukt sosiale medier til å si sin mening.",
            "Ifølge {P1} er det avgjørende at man nå får oversikt over situasjonen før nye beslutninger tas.",
            "Hos {O1} avviser man at det er gjort feil, men innrømmer at kommunikasjonen kunne vært bedre.",
            "{N} mennesker har ifølge de siste tallene vært direkte berørt, og tallet kan stige.",
            "Det var først sent {WD} at {O1} kunne gi en samlet oversikt over situasjonen i {L}.",
            "{P2} sier at man i {C} bør lære av forløpet, uansett hvordan det ender.",
            "{P1} har tidligere kritisert {O1} for måten saken er håndtert på.",
            "Ifølge {O1} er dette en alvorlig situasjon for {L}.",
            "I {L} er {N} personer berørt, opplyser {O1}.",
            "{P2} avviser kritikken og viser til at {O1} har fulgt reglene.",
            "Saken har skapt debatt i hele {C}.",
            "Det er ikke første gang {L} står i sentrum for en slik sak.",
            "{P2} utelukker ikke at det kommer flere tiltak de nærmeste dagene.",
            "Ifølge {P1} vil det ta tid før situasjonen er under kontroll.",
            "{O2} opplyser at de vil følge saken nøye.",
            "Også i {BL} følger man utviklingen.",
            "Tall fra {O1} viser at antallet har økt med {M} prosent det siste året.",
            "Det er uklart når det foreligger en endelig avklaring.",
            "{P3} i {O1} sier at de er forberedt på flere scenarioer.",
            "Eksperter mener {Kd} kan få betydning langt utenfor {L}.",
            "{P1} har ikke ønsket å kommentere saken ytterligere.",
            "Flere partier krever nå at {P2} forklarer seg.",
            "Ifølge {BO} trengs det en felles løsning.",
            "{O1} holder pressekonferanse om saken senere i uken.",
            "{P2} kaller situasjonen uholdbar og krever handling fra {O1}.",
            "Verken {P1} eller {P2} har ennå sagt hva som skal skje.",
            "Mange i {L} har fulgt saken fra begynnelsen.",
        ],
        "free": [
            "Flere spørsmål står fortsatt ubesvart, og det legges opp til en lengre prosess.",
            "Både politikere og eksperter har i løpet av dagen manet til besinnelse.",
            "En ny oppdatering ventes senere i dag, når de ansvarlige har fått oversikt.",
            "Det er langt fra første gang spørsmålet skaper debatt, og uenigheten er dyp.",
            "Lokalt har mange fulgt med fra sidelinjen og håper på en rask avklaring.",
            "Det er fortsatt uklart hvor mange som totalt er berørt, og når situasjonen kan bli normal igjen.",
            "Flere innbyggere har i løpet av dagen uttrykt bekymring over utviklingen og etterlyser mer informasjon.",
            "Saken ventes å bli diskutert igjen i løpet av de kommende ukene, når flere opplysninger er kommet fram.",
            "Myndighetene oppfordrer alle til å holde seg oppdatert og følge de offisielle rådene.",
            "Det har tidligere vært reist kritikk mot at beslutningene tas for sent og uten god nok dialog.",
            "Hva som skjedde, er fortsatt ikke helt klarlagt, og det kan komme nye opplysninger i saken.",
            "Ifølge flere observatører kan saken få betydning for den politiske dagsordenen de neste månedene.",
            "Det samlede omfanget er ennå ikke kjent, men de første anslagene peker mot betydelige kostnader.",
            "Flere lokale bedrifter forteller om uro og usikkerhet mens de venter på en avklaring.",
        ],
        "bg": [
            "Også {BO} har reagert på utviklingen i {C}.",
            "Saken følges også tett i {BL} og {BL2}.",
            "Tidligere i år var det en lignende sak i {BL2}, der også {BO} var involvert.",
            "{PX}, som er ekspert på feltet, mener saken kan trekke ut.",
            "Ifølge {PX}, som har fulgt saken tett, finnes det ingen enkle løsninger.",
            "Flere av de berørte kommer fra {L2} og omegn.",
            "Fra {BL} kommer det kritikk av håndteringen.",
            "Det melder {AG}.",
            "Det skriver nyhetsbyrået {AG}.",
            "Også i {L2} har man merket følgene av {Kd}.",
            "Situasjonen minner om en lignende sak i {BL2} for noen år siden.",
            "{O1} har tidligere samarbeidet med myndighetene i {BL} om lignende saker.",
        ],
        "tails": [
            ", og det ventes å prege den kommende tiden",
            ", heter det fra flere hold",
            ", opplyser kilder med kjennskap til saken",
            ", selv om det er blitt møtt med skepsis",
            ", men det er for tidlig å si hva det betyr på lengre sikt",
            ", og det har skapt usikkerhet blant mange av de berørte",
            ", selv om det fortsatt er mange ubesvarte spørsmål",
            ", noe flere har kritisert de siste dagene",
            ", og den vurderingen deles av flere andre på feltet",
            ", går det fram av en pressemelding",
        ],
        "closer": "Saken oppdateres.",
        "quote": [
            "– {Q}, sier {S}.",
            "– {Q}, sa {S} {WD}.",
            "– {Q}, sier {S} til {MED}.",
            "– {Q}. Det er viktig for {L}, sier {S}.",
        ],
        "q": [
            "Vi tar ansvar, og vi kommer til å se grundig på forløpet",
            "Dette er ikke akseptabelt, og det skal ikke skje igjen",
            "Vi er klare til å sette oss ved forhandlingsbordet",
            "Jeg har full tillit til at vi finner en vei gjennom dette",
            "Vi har hele tiden sagt at dette ville skje",
            "Mange har gjort en enorm innsats i dag",
            "Vi følger situasjonen svært nøye og handler raskt",
            "Dette er en alvorlig sak, og vi tar den på største alvor",
            "Vi trenger klare svar, og det har vi ikke fått ennå",
            "Jeg forstår godt at folk er bekymret",
            "Vi har gjort det vi kunne, men det var ikke nok",
            "Det er for tidlig å si hva som skjer nå",
            "Vi kommer ikke til å gi opp",
            "Det har vært en svært vanskelig dag for alle",
            "Nå handler det om å finne en løsning sammen",
            "Jeg er skuffet, men ikke overrasket",
        ],
        "qt": [
            "Vi gir ikke opp",
            "Dette er alvorlig",
            "Vi trenger svar",
            "En tung dag",
        ],
        "roles": [
            "talsperson",
            "direktør",
            "ordfører",
            "forsker",
            "leder",
            "sjef",
        ],
    },
    "nn": {
        "byline": "Publisert {d}. {mon} {y}",
        "title": [
            "{K} i {L}: {P1s} krev svar frå {O1}",
            "{P1s}: – {QT}",
            "{O1} under press etter {Kd} i {L}",
            "{L}: {K} – {P1s}",
            "{P1f} om {Kd}: – {QT}",
            "Nye opplysningar om {Kd} i {L}",
            "{C}: {P1s} og {P2s} møtest etter {Kd}",
        ],
        "lead": [
            "{WD} vart ein travel dag for {O1}, då {Kd} i {L} for alvor sette dagsordenen, fortel {P1}.",
            "{P1} var {WD} i {L}, der {Kd} har prega dei siste dagane.",
            "Det var {P1} som {WD} stadfesta at {Kd} i {L} har fått større følgjer enn først anteke.",
            "{P1} sa {WD} i {L} at {Kd} får følgjer for {O1}.",
            "{Kd} i {L} fekk {WD} {P1} til å krevje svar frå {O1}.",
            "I {L} var {WD} prega av {Kd}, og {P1} i {O1} følgde utviklinga nøye.",
            "{O1} stadfesta {WD} at {Kd} i {L} råkar fleire enn {N} menneske, opplyser {P1}.",
            "{P1} og {P2} møttest {WD} i {L} for å drøfte {Kd}.",
        ],
        "body": [
            "Ifølgje {O1} har ein jobba døgnet rundt sidan dei første meldingane kom inn {WD}.",
            "{P1} understrekar at det enno ikkje er teke nokon endelege avgjerder, og at alle moglegheiter framleis er "
            "opne.",
            "I løpet av {WD} kom det fleire nye meldingar frå {L}, der mange har følgt utviklinga på nært hald.",
            "{P2} har fleire gonger oppmoda {O1} om å leggje alle korta på bordet.",
            "Både tilhengjarar og kritikarar har sidan {WD} brukt sosiale medium til å seie meininga si.",
            "Ifølgje {P1} er det avgjerande at ein no får oversikt over situasjonen før nye avgjerder blir tekne.",
            "Hos {O1} avviser ein at det er gjort feil, men vedgår at kommunikasjonen kunne vore betre.",
            "{N} menneske har ifølgje dei siste tala vore direkte råka, og talet kan stige.",
            "Det var først seint {WD} at {O1} kunne gi ei samla oversikt over situasjonen i {L}.",
            "{P2} seier at ein i {C} bør lære av forløpet, same korleis det endar.",
            "{P1} har tidlegare kritisert {O1} for måten saka er handtert på.",
            "Ifølgje {O1} er dette ein alvorleg situasjon for {L}.",
            "I {L} er {N} personar råka, opplyser {O1}.",
            "{P2} avviser kritikken og viser til at {O1} har følgt reglane.",
            "Saka har skapt debatt i heile {C}.",
            "Det er ikkje første gong {L} står i sentrum for ei slik sak.",
            "{P2} utelukkar ikkje at det kjem fleire tiltak dei næraste dagane.",
            "Ifølgje {P1} vil det ta tid før situasjonen er under kontroll.",
            "{O2} opplyser at dei vil følgje saka nøye.",
            "Også i {BL} følgjer ein utviklinga.",
            "Tal frå {O1} viser at talet har auka med {M} prosent det siste året.",
            "Det er uklart når det ligg føre ei endeleg avklaring.",
            "{P3} i {O1} seier at dei er førebudde på fleire scenario.",
            "Ekspertar meiner {Kd} kan få betydning langt utanfor {L}.",
            "{P1} har ikkje ønskt å kommentere saka vidare.",
            "Fleire parti krev no at {P2} forklarer seg.",
            "Ifølgje {BO} trengst det ei felles løysing.",
            "{O1} held pressekonferanse om saka seinare i veka.",
            "{P2} kallar situasjonen uhaldbar og krev handling frå {O1}.",
            "Verken {P1} eller {P2} har enno sagt kva som skal skje.",
            "Mange i {L} har følgt saka frå starten.",
        ],
        "free": [
            "Fleire spørsmål står framleis utan svar, og det er lagt opp til ein lengre prosess.",
            "Både politikarar og ekspertar har i løpet av dagen mana til ro.",
            "Ei ny oppdatering er venta seinare i dag, når dei ansvarlege har fått oversikt.",
            "Det er langt frå første gong spørsmålet skaper debatt, og usemja er djup.",
            "Lokalt har mange følgt med frå sidelina og håpar på ei rask avklaring.",
            "Det er framleis uklart kor mange som totalt er råka, og når situasjonen kan bli normal att.",
            "Fleire innbyggjarar har i løpet av dagen uttrykt uro over utviklinga og etterlyser meir informasjon.",
            "Saka er venta å bli diskutert att i løpet av dei komande vekene, når fleire opplysningar har kome fram.",
            "Styresmaktene oppmodar alle til å halde seg oppdaterte og følgje dei offisielle råda.",
            "Det har tidlegare vore reist kritikk mot at avgjerdene blir tekne for seint og utan god nok dialog.",
            "Kva som hende, er framleis ikkje heilt klarlagt, og det kan kome nye opplysningar i saka.",
            "Ifølgje fleire observatørar kan saka få betydning for den politiske dagsordenen dei neste månadene.",
            "Det samla omfanget er enno ikkje kjent, men dei første overslaga peikar mot store kostnader.",
            "Fleire lokale bedrifter fortel om uro og uvisse medan dei ventar på ei avklaring.",
        ],
        "bg": [
            "Også {BO} har reagert på utviklinga i {C}.",
            "Saka blir også følgd tett i {BL} og {BL2}.",
            "Tidlegare i år var det ei liknande sak i {BL2}, der også {BO} var involvert.",
            "{PX}, som er ekspert på feltet, meiner saka kan trekkje ut.",
            "Ifølgje {PX}, som har følgt saka tett, finst det ingen enkle løysingar.",
            "Fleire av dei råka kjem frå {L2} og omegn.",
            "Frå {BL} kjem det kritikk av handteringa.",
            "Det melder {AG}.",
            "Det skriv nyheitsbyrået {AG}.",
            "Også i {L2} har ein merka følgjene av {Kd}.",
            "Situasjonen minner om ei liknande sak i {BL2} for nokre år sidan.",
            "{O1} har tidlegare samarbeidd med styresmaktene i {BL} om liknande saker.",
        ],
        "tails": [
            ", og det er venta å prege den komande tida",
            ", heiter det frå fleire hald",
            ", opplyser kjelder med kjennskap til saka",
            ", sjølv om det har blitt møtt med skepsis",
            ", men det er for tidleg å seie kva det tyder på lengre sikt",
            ", og det har skapt uvisse blant mange av dei råka",
            ", sjølv om det framleis er mange ubesvarte spørsmål",
            ", noko fleire har kritisert dei siste dagane",
            ", og den vurderinga blir delt av fleire andre på feltet",
            ", går det fram av ei pressemelding",
        ],
        "closer": "Saka blir oppdatert.",
        "quote": [
            "– {Q}, seier {S}.",
            "– {Q}, sa {S} {WD}.",
            "– {Q}, seier {S} til {MED}.",
            "– {Q}. Det er viktig for {L}, seier {S}.",
        ],
        "q": [
            "Vi tek ansvar, og vi kjem til å sjå grundig på forløpet",
            "Dette er ikkje akseptabelt, og det skal ikkje skje att",
            "Vi er klare til å setje oss ved forhandlingsbordet",
            "Eg har full tillit til at vi finn ein veg gjennom dette",
            "Vi har heile tida sagt at dette ville skje",
            "Mange har gjort ein enorm innsats i dag",
            "Vi følgjer situasjonen svært nøye og handlar raskt",
            "Dette er ei alvorleg sak, og vi tek henne på største alvor",
            "Vi treng klare svar, og det har vi ikkje fått enno",
            "Eg forstår godt at folk er uroa",
            "Vi har gjort det vi kunne, men det var ikkje nok",
            "Det er for tidleg å seie kva som skjer no",
            "Vi kjem ikkje til å gi opp",
            "Det har vore ein svært vanskeleg dag for alle",
            "No handlar det om å finne ei løysing saman",
            "Eg er skuffa, men ikkje overraska",
        ],
        "qt": [
            "Vi gir ikkje opp",
            "Dette er alvorleg",
            "Vi treng svar",
            "Ein tung dag",
        ],
        "roles": [
            "talsperson",
            "direktør",
            "ordførar",
            "forskar",
            "leiar",
            "sjef",
        ],
    },
    "en": {
        "byline": "Published {d} {mon} {y}",
        "title": [
            "{K} in {L}: {P1s} demands answers from {O1}",
            "{P1s}: '{QT}'",
            "{O1} under pressure after {Kd} in {L}",
            "{L}: {K} – {P1s}",
            "{P1f} on {Kd}: '{QT}'",
            "New details emerge on {Kd} in {L}",
            "{C}: {P1s} and {P2s} to meet after {Kd}",
        ],
        "lead": [
            "{WD} turned into a busy day for {O1} as {Kd} in {L} dominated the agenda, {P1} said.",
            "{P1} was in {L} on {WD}, where {Kd} has dominated the past few days.",
            "It was {P1} who confirmed on {WD} that {Kd} in {L} had wider consequences than first thought.",
            "{P1} said on {WD} in {L} that {Kd} would have consequences for {O1}.",
            "{Kd} in {L} prompted {P1} on {WD} to demand answers from {O1}.",
            "{WD} in {L} was dominated by {Kd}, and {P1} of {O1} followed events closely.",
            "{O1} confirmed on {WD} that {Kd} in {L} affects more than {N} people, {P1} said.",
            "{P1} and {P2} met in {L} on {WD} to discuss {Kd}.",
        ],
        "body": [
            "According to {O1}, staff have been working around the clock since the first reports came in on {WD}.",
            "{P1} stressed that no final decisions have been taken yet and that all options remain open.",
            "Throughout {WD}, new reports kept coming in from {L}, where many have followed events at close range.",
            "{P2} has repeatedly urged {O1} to put all its cards on the table.",
            "Supporters and critics alike have taken to social media since {WD} to make their views known.",
            "According to {P1}, it is crucial to get an overview of the situation before any new decisions are made.",
            "{O1} denies that any mistakes were made but admits that its communication could have been better.",
            "According to the latest figures, {N} people have been directly affected, and the number may rise.",
            "It was not until late on {WD} that {O1} could give a full picture of the situation in {L}.",
            "{P2} said {C} should learn from what happened, however it ends.",
            "{P1} has previously criticised {O1} over its handling of the matter.",
            "According to {O1}, the situation in {L} is serious.",
            "In {L}, {N} people are affected, {O1} said.",
            "{P2} rejected the criticism, saying {O1} had followed the rules.",
            "The matter has sparked debate across {C}.",
            "It is not the first time {L} has been at the centre of such a case.",
            "{P2} did not rule out further measures in the coming days.",
            "According to {P1}, it will take time before the situation is under control.",
            "{O2} said it would follow the matter closely.",
            "Developments are also being watched closely in {BL}.",
            "Figures from {O1} show the number has risen by {M} percent over the past year.",
            "It is unclear when a final decision can be expected.",
            "{P3} of {O1} said they were prepared for several scenarios.",
            "Experts say {Kd} could have an impact far beyond {L}.",
            "{P1} declined to comment further.",
            "Several parties are now demanding an explanation from {P2}.",
            "According to {BO}, a joint solution is needed.",
            "{O1} will hold a press conference on the matter later this week.",
            "{P2} called the situation untenable and demanded action from {O1}.",
            "Neither {P1} nor {P2} has yet said what happens next.",
            "Many in {L} have followed the case from the start.",
        ],
        "free": [
            "Several questions remain unanswered, and a lengthy process appears likely.",
            "Politicians and experts alike have appealed for calm throughout the day.",
            "A further update is expected later today, once those in charge have taken stock.",
            "It is far from the first time the issue has caused controversy, and the divisions run deep.",
            "Locally, many have watched from the sidelines and hope for a swift resolution.",
            "It is still unclear how many people are affected in total and when the situation can return to normal.",
            "Several residents voiced concern about the developments during the day and called for more information.",
            "The matter is expected to be discussed again in the coming weeks, once more details have emerged.",
            "The authorities urged everyone to stay informed and to follow the official guidance.",
            "Critics have previously complained that decisions are taken too late and without enough consultation.",
            "Exactly what happened has still not been fully established, and new details may yet come to light.",
            "Several observers say the case could shape the political agenda in the months ahead.",
            "The full extent is not yet known, but early estimates point to considerable costs.",
            "Several local businesses described worry and uncertainty as they wait for clarity.",
        ],
        "bg": [
            "{BO} has also responded to the developments in {C}.",
            "The case is also being followed closely in {BL} and {BL2}.",
            "Earlier this year there was a similar case in {BL2}, in which {BO} was also involved.",
            "{PX}, an expert in the field, believes the case could drag on.",
            "According to {PX}, who has followed the case closely, there are no easy solutions.",
            "Several of those affected come from {L2} and the surrounding area.",
            "Criticism of the handling has also come from {BL}.",
            "The news agency {AG} reported the details first.",
            "The report was confirmed by {AG}.",
            "The effects of {Kd} have also been felt in {L2}.",
            "The situation recalls a similar case in {BL2} a few years ago.",
            "{O1} has previously worked with the authorities in {BL} on similar cases.",
        ],
        "tails": [
            ", and it is expected to dominate the weeks ahead",
            ", several sources said",
            ", according to people familiar with the matter",
            ", although the move has been met with scepticism",
            ", but it is too early to say what it means in the longer term",
            ", and it has caused uncertainty among many of those affected",
            ", although many questions remain unanswered",
            ", something several people have criticised in recent days",
            ", a view shared by several others in the field",
            ", according to a press release",
        ],
        "closer": "This story will be updated.",
        "quote": [
            "\"{Q},\" {S} said.",
            "\"{Q},\" {S} said on {WD}.",
            "\"{Q},\" {S} told {MED}.",
            "\"{Q}. It matters for {L},\" said {S}.",
        ],
        "q": [
            "We take responsibility, and we will look carefully at what happened",
            "This is not acceptable, and it must not happen again",
            "We are ready to sit down at the negotiating table",
            "I am fully confident that we will find a way through this",
            "We have said all along that this would happen",
            "A great many people have made a huge effort today",
            "We are following the situation very closely and acting fast",
            "This is a serious matter and we are taking it very seriously",
            "We need clear answers, and we have not had them yet",
            "I understand that people are worried",
            "We did what we could, but it was not enough",
            "It is too early to say what happens now",
            "We are not going to give up",
            "It has been a very hard day for everyone",
            "Now it is about finding a solution together",
            "I am disappointed but not surprised",
        ],
        "qt": [
            "We will not give up",
            "This is serious",
            "We need answers",
            "A hard day",
        ],
        "roles": [
            "spokesperson",
            "chief executive",
            "mayor",
            "researcher",
            "chair",
            "director",
        ],
    },
    "de": {
        "byline": "Veröffentlicht: {d:02d}.{m:02d}.{y}",
        "title": [
            "{K} in {L}: {P1s} fordert Antworten von {O1}",
            "{P1s}: „{QT}“",
            "{O1} unter Druck nach {Kdat} in {L}",
            "{L}: {K} – {P1s}",
            "{P1f} zu {Kdat}: „{QT}“",
            "Neue Details zu {Kdat} in {L}",
            "{C}: {P1s} und {P2s} treffen sich nach {Kdat}",
        ],
        "lead": [
            "Der {WD} wurde für {O1} ein arbeitsreicher Tag, als {Kd} in {L} die Tagesordnung bestimmte, berichtete "
            "{P1}.",
            "{P1} war am {WD} in {L}, wo {Kd} die vergangenen Tage geprägt hat.",
            "Es war {P1}, der am {WD} bestätigte, dass {Kd} in {L} größere Folgen hat als zunächst angenommen.",
            "{P1} sagte am {WD} in {L}, {Kd} habe Folgen für {O1}.",
            "Nach {Kdat} in {L} forderte {P1} am {WD} Antworten von {O1}.",
            "Der {WD} in {L} war von {Kdat} geprägt; {P1} von {O1} verfolgte die Entwicklung genau.",
            "{O1} bestätigte am {WD}, dass {Kd} in {L} mehr als {N} Menschen betrifft, teilte {P1} mit.",
            "{P1} und {P2} trafen sich am {WD} in {L}, um über {Kacc} zu beraten.",
        ],
        "body": [
            "Nach Angaben von {O1} wird seit den ersten Meldungen am {WD} rund um die Uhr gearbeitet.",
            "{P1} betonte, dass noch keine endgültigen Entscheidungen gefallen seien und alle Optionen offen blieben.",
            "Im Laufe des {WD}s trafen weitere Meldungen aus {L} ein, wo viele die Entwicklung aus nächster Nähe "
            "verfolgen.",
            "{P2} hat {O1} mehrfach aufgefordert, alle Karten auf den Tisch zu legen.",
            "Befürworter wie Kritiker äußern sich seit {WD} in den sozialen Medien.",
            "Laut {P1} ist es entscheidend, sich einen Überblick zu verschaffen, bevor neue Entscheidungen getroffen "
            "werden.",
            "{O1} weist Fehler zurück, räumt aber ein, dass die Kommunikation besser hätte sein können.",
            "Nach den jüngsten Zahlen waren {N} Menschen direkt betroffen, und die Zahl könnte steigen.",
            "Erst am späten {WD} konnte {O1} ein Gesamtbild der Lage in {L} geben.",
            "{P2} sagte, man solle in {C} aus den Ereignissen lernen, wie auch immer sie ausgehen.",
            "{P1} hat {O1} schon früher für den Umgang mit der Angelegenheit kritisiert.",
            "Nach Angaben von {O1} ist die Lage in {L} ernst.",
            "In {L} sind {N} Menschen betroffen, teilte {O1} mit.",
            "{P2} wies die Kritik zurück und betonte, {O1} habe sich an die Regeln gehalten.",
            "Die Angelegenheit hat in {C} eine Debatte ausgelöst.",
            "Es ist nicht das erste Mal, dass {L} im Mittelpunkt eines solchen Falls steht.",
            "{P2} schloss weitere Maßnahmen in den kommenden Tagen nicht aus.",
            "Laut {P1} wird es dauern, bis die Lage unter Kontrolle ist.",
            "{O2} kündigte an, die Angelegenheit genau zu verfolgen.",
            "Auch in {BL} wird die Entwicklung aufmerksam verfolgt.",
            "Zahlen von {O1} zufolge ist die Zahl im vergangenen Jahr um {M} Prozent gestiegen.",
            "Wann mit einer endgültigen Entscheidung zu rechnen ist, ist unklar.",
            "{P3} von {O1} sagte, man sei auf mehrere Szenarien vorbereitet.",
            "Experten zufolge könnte {Kd} weit über {L} hinaus Folgen haben.",
            "{P1} wollte sich nicht weiter äußern.",
            "Mehrere Parteien fordern nun eine Erklärung von {P2}.",
            "Laut {BO} braucht es eine gemeinsame Lösung.",
            "{O1} will sich im Laufe der Woche auf einer Pressekonferenz äußern.",
            "{P2} nannte die Lage unhaltbar und forderte {O1} zum Handeln auf.",
            "Weder {P1} noch {P2} haben bisher gesagt, wie es weitergeht.",
            "Viele in {L} verfolgen den Fall von Anfang an.",
        ],
        "free": [
            "Viele Fragen sind weiterhin offen, und es zeichnet sich ein längerer Prozess ab.",
            "Politiker wie Fachleute riefen im Laufe des Tages zur Besonnenheit auf.",
            "Eine weitere Aktualisierung wird erwartet, sobald sich die Verantwortlichen einen Überblick verschafft "
            "haben.",
            "Es ist bei weitem nicht das erste Mal, dass die Frage für Streit sorgt, und die Gräben sind tief.",
            "Vor Ort verfolgen viele die Ereignisse vom Rand aus und hoffen auf eine rasche Klärung.",
            "Noch ist unklar, wie viele Menschen insgesamt betroffen sind und wann sich die Lage normalisiert.",
            "Mehrere Anwohner äußerten im Laufe des Tages Sorge über die Entwicklung und forderten mehr Informationen.",
            "Die Angelegenheit soll in den kommenden Wochen erneut beraten werden, sobald weitere Einzelheiten bekannt "
            "sind.",
            "Die Behörden riefen dazu auf, sich auf dem Laufenden zu halten und den offiziellen Hinweisen zu folgen.",
            "Schon früher wurde kritisiert, dass Entscheidungen zu spät und ohne ausreichenden Dialog getroffen "
            "werden.",
            "Was genau geschah, ist noch nicht vollständig geklärt, und es könnten neue Einzelheiten bekannt werden.",
            "Beobachter erwarten, dass der Fall die politische Agenda der kommenden Monate prägen könnte.",
            "Das ganze Ausmaß ist noch nicht bekannt, erste Schätzungen deuten jedoch auf erhebliche Kosten hin.",
            "Mehrere örtliche Betriebe berichten von Sorge und Unsicherheit, während sie auf Klarheit warten.",
        ],
        "bg": [
            "Auch {BO} hat auf die Entwicklung in {C} reagiert.",
            "Der Fall wird auch in {BL} und {BL2} genau verfolgt.",
            "Anfang des Jahres gab es einen ähnlichen Fall in {BL2}, an dem auch {BO} beteiligt war.",
            "{PX}, Experte auf dem Gebiet, rechnet damit, dass sich der Fall hinzieht.",
            "Nach Einschätzung von {PX}, der den Fall genau verfolgt, gibt es keine einfachen Lösungen.",
            "Mehrere Betroffene stammen aus {L2} und Umgebung.",
            "Auch aus {BL} kommt Kritik am Umgang mit der Lage.",
            "Das berichtet die Nachrichtenagentur {AG}.",
            "Das meldete {AG}.",
            "Auch in {L2} sind die Folgen von {Kdat} zu spüren.",
            "Die Lage erinnert an einen ähnlichen Fall in {BL2} vor einigen Jahren.",
            "{O1} hat schon früher mit den Behörden in {BL} bei ähnlichen Fällen zusammengearbeitet.",
        ],
        "tails": [
            ", und das dürfte die kommenden Wochen prägen",
            ", hieß es von mehreren Seiten",
            ", berichten mit der Sache vertraute Personen",
            ", auch wenn dies auf Skepsis gestoßen ist",
            ", doch es ist zu früh, um zu sagen, was das langfristig bedeutet",
            ", was bei vielen Betroffenen für Unsicherheit gesorgt hat",
            ", auch wenn noch viele Fragen offen sind",
            ", was in den vergangenen Tagen mehrfach kritisiert wurde",
            ", eine Einschätzung, die auch andere Fachleute teilen",
            ", hieß es in einer Mitteilung",
        ],
        "closer": "Dieser Artikel wird aktualisiert.",
        "quote": [
            "„{Q}“, sagte {S}.",
            "„{Q}“, sagte {S} am {WD}.",
            "„{Q}“, sagte {S} gegenüber {MED}.",
            "„{Q}. Das ist wichtig für {L}“, sagte {S}.",
        ],
        "q": [
            "Wir übernehmen Verantwortung und werden uns den Ablauf genau ansehen",
            "Das ist nicht akzeptabel und darf nicht wieder passieren",
            "Wir sind bereit, uns an den Verhandlungstisch zu setzen",
            "Ich bin zuversichtlich, dass wir einen Weg finden",
            "Wir haben immer gesagt, dass das passieren würde",
            "Sehr viele Menschen haben heute Großartiges geleistet",
            "Wir verfolgen die Lage sehr genau und handeln schnell",
            "Das ist eine ernste Angelegenheit, und wir nehmen sie sehr ernst",
            "Wir brauchen klare Antworten, und die haben wir noch nicht bekommen",
            "Ich verstehe, dass die Menschen besorgt sind",
            "Wir haben getan, was wir konnten, aber es hat nicht gereicht",
            "Es ist zu früh, um zu sagen, was jetzt passiert",
            "Wir werden nicht aufgeben",
            "Es war ein sehr schwerer Tag für alle",
            "Jetzt geht es darum, gemeinsam eine Lösung zu finden",
            "Ich bin enttäuscht, aber nicht überrascht",
        ],
        "qt": [
            "Wir geben nicht auf",
            "Das ist ernst",
            "Wir brauchen Antworten",
            "Ein schwerer Tag",
        ],
        "roles": [
            "Sprecher",
            "Geschäftsführer",
            "Bürgermeister",
            "Forscher",
            "Vorsitzender",
            "Leiter",
        ],
    },
    "fi": {
        "byline": "Julkaistu {d}.{m}.{y}",
        "title": [
            "{K} – {P1s} vaatii vastauksia",
            "{P1s}: ”{QT}”",
            "{O1} paineen alla – {L}",
            "{L}: {K} – {P1s}",
            "{P1f}: ”{QT}”",
            "Uusia tietoja: {K}, {L}",
            "{C}: {P1s} ja {P2s} tapaavat",
        ],
        "lead": [
            "{L} oli {WD} kiireinen paikka, kun {K} nousi päivän puheenaiheeksi, kertoo {P1}.",
            "{P1} vieraili {WD} paikkakunnalla {L}, jossa {K} on hallinnut viime päiviä.",
            "{P1} vahvisti {WD}, että {Kgen} seuraukset ovat laajemmat kuin aluksi arvioitiin.",
            "{P1} kertoi {WD}, että {K} on vakava isku paikkakunnalle {L}.",
            "{K} sattui {WD} paikkakunnalla {L}, kertoo {P1}.",
            "{O1} vahvisti {WD}, että {K} koskee yli {N} ihmistä, kertoo {P1}.",
            "{P1} ja {P2} tapasivat {WD} paikkakunnalla {L} keskustellakseen tilanteesta.",
            "{P1} sanoi {WD}, että tilanne on vakava ja että {O1} seuraa sitä tarkasti.",
        ],
        "body": [
            "{O1} kertoo työskennelleensä ympäri vuorokauden siitä lähtien, kun ensimmäiset tiedot tulivat {WD}.",
            "{P1} korostaa, ettei lopullisia päätöksiä ole vielä tehty ja että kaikki vaihtoehdot ovat yhä auki.",
            "{L} sai {WD} pitkin päivää uusia tietoja, ja moni on seurannut tilannetta läheltä.",
            "{P2} on useaan otteeseen vaatinut, että {O1} kertoo kaiken avoimesti.",
            "Sekä kannattajat että arvostelijat ovat jo {WD} kertoneet näkemyksiään sosiaalisessa mediassa.",
            "{P1} pitää ratkaisevana, että tilanteesta saadaan kokonaiskuva ennen uusia päätöksiä.",
            "{O1} kiistää tehneensä virheitä mutta myöntää, että viestintä olisi voinut olla parempaa.",
            "Tuoreimpien tietojen mukaan {N} ihmistä on joutunut suoraan kärsimään, ja määrä voi vielä kasvaa.",
            "Vasta myöhään {WD} {O1} pystyi antamaan kokonaiskuvan tilanteesta.",
            "{P2} sanoo, että tapahtumista on otettava opiksi, päättyivät ne miten tahansa.",
            "{P1} on aiemmin arvostellut asian hoitoa.",
            "Tilanne on vakava, arvioi {O1}.",
            "{O1} kertoo, että {N} ihmistä on joutunut kärsimään.",
            "{P2} torjuu kritiikin ja muistuttaa, että sääntöjä on noudatettu.",
            "Asia on herättänyt keskustelua, ja {C} seuraa tilannetta tarkasti.",
            "Ei ole ensimmäinen kerta, kun {L} on vastaavan asian keskipisteessä.",
            "{P2} ei sulje pois lisätoimia lähipäivinä.",
            "{P1} arvioi, että tilanteen saaminen hallintaan vie aikaa.",
            "{O2} ilmoitti seuraavansa asiaa tarkasti.",
            "Myös {BL} seuraa kehitystä tiiviisti.",
            "{O1} kertoo, että määrä on kasvanut {M} prosenttia viime vuodesta.",
            "On epäselvää, milloin lopullinen päätös on odotettavissa.",
            "{P3} sanoo, että {O1} on valmistautunut useisiin skenaarioihin.",
            "Asiantuntijoiden mukaan {Kgen} vaikutukset voivat olla laajat.",
            "{P1} ei halunnut kommentoida asiaa enempää.",
            "Useat puolueet vaativat nyt, että {P2} selittää asian.",
            "{BO} vaatii yhteistä ratkaisua.",
            "{O1} järjestää asiasta tiedotustilaisuuden myöhemmin tällä viikolla.",
            "{P2} kutsuu tilannetta kestämättömäksi ja vaatii toimia.",
            "{P1} tai {P2} ei ole vielä kertonut, mitä seuraavaksi tapahtuu.",
            "{L} on seurannut asiaa alusta asti.",
        ],
        "free": [
            "Moni kysymys on yhä vailla vastausta, ja edessä näyttää olevan pitkä prosessi.",
            "Sekä poliitikot että asiantuntijat ovat päivän mittaan vedonneet malttiin.",
            "Lisätietoja odotetaan myöhemmin tänään, kun vastuuhenkilöt ovat saaneet tilannekuvan.",
            "Kysymys ei suinkaan herätä keskustelua ensimmäistä kertaa, ja erimielisyys on syvä.",
            "Paikallisesti moni on seurannut tapahtumia sivusta ja toivoo nopeaa ratkaisua.",
            "Vielä on epäselvää, kuinka moni on kaikkiaan joutunut kärsimään ja milloin tilanne palaa normaaliksi.",
            "Useat asukkaat ovat päivän aikana ilmaisseet huolensa kehityksestä ja kaipaavat lisää tietoa.",
            "Asiaa on määrä käsitellä uudelleen tulevina viikkoina, kun lisätietoja on saatu.",
            "Viranomaiset kehottavat kaikkia seuraamaan tiedotusta ja noudattamaan virallisia ohjeita.",
            "Aiemmin on arvosteltu sitä, että päätökset tehdään liian myöhään ja ilman riittävää vuoropuhelua.",
            "Tarkkaa tapahtumien kulkua ei ole vielä selvitetty, ja uusia tietoja voi tulla esiin.",
            "Useiden tarkkailijoiden mukaan asia voi vaikuttaa tulevien kuukausien poliittiseen asialistaan.",
            "Kokonaisvaikutuksia ei vielä tunneta, mutta ensimmäiset arviot viittaavat huomattaviin kustannuksiin.",
            "Useat paikalliset yritykset kertovat huolesta ja epävarmuudesta odottaessaan selvyyttä.",
        ],
        "bg": [
            "Myös {BO} on reagoinut tilanteeseen.",
            "Asiaa seurataan tarkasti myös maissa {BL} ja {BL2}.",
            "Vastaava tapaus sattui aiemmin tänä vuonna, kertoo {BO}.",
            "Alan asiantuntija {PX} arvioi, että asia voi venyä.",
            "Asiaa tarkasti seurannut {PX} sanoo, ettei helppoja ratkaisuja ole.",
            "Useat asianosaisista ovat kotoisin seudulta, jonka keskus on {L2}.",
            "Myös {BL} on arvostellut tilanteen hoitoa.",
            "Asiasta kertoi uutistoimisto {AG}.",
            "Tiedon vahvisti {AG}.",
            "Myös {L2} on tuntenut {Kgen} seuraukset.",
            "Tilanne muistuttaa muutaman vuoden takaista tapausta, jonka keskiössä oli {BL2}.",
            "{O1} on aiemmin tehnyt yhteistyötä viranomaisten kanssa vastaavissa tapauksissa, kertoo {BO}.",
        ],
        "tails": [
            ", ja asian odotetaan puhuttavan vielä pitkään",
            ", kerrotaan useasta lähteestä",
            ", kertovat asiaan perehtyneet lähteet",
            ", vaikka ratkaisu on herättänyt epäilyksiä",
            ", mutta on liian aikaista sanoa, mitä se merkitsee pidemmällä aikavälillä",
            ", ja se on aiheuttanut epävarmuutta monien asianosaisten keskuudessa",
            ", vaikka moni kysymys on yhä vailla vastausta",
            ", mitä useat ovat arvostelleet viime päivinä",
            ", ja arvion jakavat monet muutkin alan asiantuntijat",
            ", kerrotaan tiedotteessa",
        ],
        "closer": "Juttua päivitetään.",
        "quote": [
            "– {Q}, {S} sanoo.",
            "– {Q}, {S} sanoi {WD}.",
            "– {Q}, sanoo {S}.",
            "– {Q}. Tämä on tärkeää, {S} sanoo.",
        ],
        "q": [
            "Kannamme vastuumme ja käymme tapahtumat huolellisesti läpi",
            "Tämä ei ole hyväksyttävää, eikä se saa toistua",
            "Olemme valmiita istumaan neuvottelupöytään",
            "Luotan täysin siihen, että löydämme tien tämän läpi",
            "Olemme koko ajan sanoneet, että näin käy",
            "Todella moni on tehnyt tänään valtavan työn",
            "Seuraamme tilannetta tarkasti ja toimimme nopeasti",
            "Tämä on vakava asia, ja suhtaudumme siihen vakavasti",
            "Tarvitsemme selkeitä vastauksia, eikä niitä ole vielä saatu",
            "Ymmärrän hyvin, että ihmiset ovat huolissaan",
            "Teimme voitavamme, mutta se ei riittänyt",
            "On liian aikaista sanoa, mitä nyt tapahtuu",
            "Emme aio luovuttaa",
            "Tämä on ollut hyvin vaikea päivä kaikille",
            "Nyt on löydettävä ratkaisu yhdessä",
            "Olen pettynyt mutta en yllättynyt",
        ],
        "qt": [
            "Emme luovuta",
            "Tilanne on vakava",
            "Tarvitsemme vastauksia",
            "Vaikea päivä",
        ],
        "roles": [
            "tiedottaja",
            "toimitusjohtaja",
            "pormestari",
            "tutkija",
            "puheenjohtaja",
            "johtaja",
        ],
    },
}
# Each article picks its own word for these (the same throughout the article), so that articles of one event
# written from the same templates differ in wording as articles from different outlets do.
SYNONYMS: dict[str, dict[str, list[str]]] = {
    "da": {"endnu": ["endnu", "fortsat"], "alvorlig": ["alvorlig", "kritisk"], "nøje": ["nøje", "tæt"],
           "kommende": ["kommende", "næste"], "oplyser": ["oplyser", "meddeler"],
           "udviklingen": ["udviklingen", "situationen"], "kræver": ["kræver", "forlanger"],
           "sagen": ["sagen", "spørgsmålet"]},
    "sv": {"flera": ["flera", "ett flertal"], "ännu": ["ännu", "fortfarande"], "allvarligt": ["allvarligt", "kritiskt"],
           "noga": ["noga", "nära"], "närmaste": ["närmaste", "kommande"], "uppger": ["uppger", "meddelar"],
           "utvecklingen": ["utvecklingen", "situationen"], "kräver": ["kräver", "begär"],
           "frågan": ["frågan", "saken"]},
    "nb": {"ennå": ["ennå", "fortsatt"], "alvorlig": ["alvorlig", "kritisk"], "nøye": ["nøye", "tett"],
           "nærmeste": ["nærmeste", "kommende"], "opplyser": ["opplyser", "melder"],
           "utviklingen": ["utviklingen", "situasjonen"], "krever": ["krever", "forlanger"],
           "saken": ["saken", "spørsmålet"]},
    "nn": {"enno": ["enno", "framleis"], "alvorleg": ["alvorleg", "kritisk"], "nøye": ["nøye", "tett"],
           "næraste": ["næraste", "komande"], "opplyser": ["opplyser", "melder"],
           "utviklinga": ["utviklinga", "situasjonen"], "krev": ["krev", "forlangar"], "saka": ["saka", "spørsmålet"]},
    "en": {"closely": ["closely", "carefully"], "serious": ["serious", "critical"],
           "several": ["several", "a number of"], "matter": ["matter", "case"],
           "demanded": ["demanded", "called for"], "situation": ["situation", "crisis"]},
    "de": {"genau": ["genau", "aufmerksam"], "Lage": ["Lage", "Situation"], "Angelegenheit": ["Angelegenheit", "Sache"],
           "mehrere": ["mehrere", "einige"], "kommenden": ["kommenden", "nächsten"]},
    "fi": {"tarkasti": ["tarkasti", "tiiviisti"], "vakava": ["vakava", "hankala"], "asiaa": ["asiaa", "tilannetta"],
           "kertoo": ["kertoo", "tiedottaa"], "useat": ["useat", "monet"]},
}
SYNONYM_WORDS = {lang: re.compile(r"\b(" + "|".join(words) + r")\b", re.IGNORECASE) for lang, words in SYNONYMS.items()}
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
QUOTE_COUNTS, QUOTE_WEIGHTS = [0, 1, 2, 3, 4], [40, 22, 16, 13, 9]  # as in the dev corpus: many articles have none
SLOT = re.compile(r"\{(\w+)\}")
# Finnish forms that are not the nominative (the KB lists inflected forms too)
FI_CASE_ENDINGS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lle", "lta", "ltä", "iin", "n", "aa", "ää", "ea", "eä")


# -- names from the knowledge base -----------------------------------------------------------------------------
def _place_name(e: Any, lang: str) -> str:
    """A place's name as written in ``lang`` (Finnish: a nominative form)."""
    if (e.id, lang) in PLACE_NAMES:
        return PLACE_NAMES[e.id, lang]
    forms = e.aliases.get(lang) or (e.aliases.get("nb") if lang == "nn" else None) or []
    if lang == "fi":
        forms = [f for f in forms if not f.endswith(FI_CASE_ENDINGS)]
    if not forms and e.kind == "country":
        forms = e.aliases.get("*", [])
    return min(forms or [e.name], key=lambda f: (f.count(" "), len(f), f))


def _org_name(e: Any, lang: str) -> str:
    """An organisation's name as written in ``lang``: its name in that language, else its abbreviation, else its
    own name (``*`` aliases are mostly the name in the organisation's own language), else the canonical name."""
    forms = e.aliases.get(lang)
    if lang == "fi" and forms:
        forms = [f for f in forms if not f.endswith(FI_CASE_ENDINGS)] or forms
    if forms:
        return forms[0]
    if e.abbrev and len(e.abbrev[0]) <= 6:
        return e.abbrev[0]
    return (e.aliases.get("*") or [e.name])[0]


@lru_cache(maxsize=1)
def _pools() -> dict[str, Any]:
    """Persons, organisations, places and name parts from the knowledge base, grouped by country."""
    from newsmonitor.entities.kb import default_kb

    kb = default_kb()
    ents = sorted(kb.entities.values(), key=lambda e: e.id)
    known: set[str] = set()  # every token of every name the KB knows, so invented surnames stay unknown
    for e in ents:
        for forms in [[e.name], e.surnames, e.abbrev, *e.aliases.values()]:
            for form in forms:
                known.update(t.casefold() for t in re.findall(r"\w+", form))
    given: dict[str, list[str]] = {}
    for resource in ("given_names.tsv", "given_names_ambiguous.tsv", "nonname_capitalized.tsv"):
        text = resources.files("newsmonitor.entities").joinpath("data", resource).read_text(encoding="utf-8")
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            known.add(cols[0].strip().casefold())
            if resource == "given_names.tsv" and len(cols) > 1 and " " not in cols[0]:
                given.setdefault(cols[1].strip(), []).append(cols[0].strip())
    surnames = {}
    for style, (stems, ends) in SURNAME_PARTS.items():
        names = [s + e for s in stems.split() for e in ends.split()]
        surnames[style] = sorted({n for n in names if n.casefold() not in known and len(n) > 3})
    persons: dict[str | None, list[Any]] = {}
    orgs: dict[str | None, list[Any]] = {}
    cities: dict[str | None, list[Any]] = {}
    for e in ents:
        if e.type == "PER" and " " in e.name and e.surnames and not e.house and "," not in e.name:
            persons.setdefault(e.country, []).append(e)
        elif e.type == "ORG" and len(e.name) < 40 and "(" not in _org_name(e, "en") and e.kind != "armed_group":
            orgs.setdefault(e.country, []).append(e)
        elif e.type == "LOC" and e.kind == "city" and e.population and " " not in e.name:
            cities.setdefault(e.country, []).append(e)
    media = {lang: [o for c in homes for o in orgs.get(c, []) if o.kind == "media"]
             for lang, homes in MEDIA_HOME.items()}
    wires = [e for e in ents
             if e.kind == "news_agency" and e.name in ("Reuters", "Agence France-Presse", "Associated Press")]
    agencies = {lang: [e for e in ents if e.kind == "news_agency" and e.country in homes] + wires
                for lang, homes in MEDIA_HOME.items()}
    background_orgs = [o for o in orgs.get(None, []) if o.kind in ("international", "ngo", "research")]
    return {"kb": kb, "given": given, "surnames": surnames, "persons": persons, "orgs": orgs, "cities": cities,
            "media": media, "agencies": agencies, "background_orgs": background_orgs,
            "background_places": [kb.entities[c] for c in BACKGROUND_COUNTRIES if c in kb.entities]}


# -- actors ----------------------------------------------------------------------------------------------------
def _kb_person(e: Any) -> dict[str, Any]:
    surname = next((s for s in e.surnames if s in e.name), e.name.split()[-1])
    return {"key": e.id, "full": e.name, "surname": surname, "role": None}


def _invented_person(country: str, rng: random.Random, pools: dict[str, Any]) -> dict[str, Any]:
    _, _, origin, style = COUNTRIES[country]
    given = pools["given"].get(origin) or pools["given"][GIVEN_ORIGIN_FALLBACK.get(origin, "english")]
    first, last = rng.choice(given), rng.choice(pools["surnames"][style])
    return {"key": f"new:{first} {last}", "full": f"{first} {last}", "surname": last,
            "role": rng.randrange(6) if rng.random() < 0.6 else None}


class _Casting:
    """Chooses story casts so that stories running at the same time rarely share an actor."""

    def __init__(self, rng: random.Random, pools: dict[str, Any]):
        self.rng, self.pools = rng, pools
        self.busy: dict[str, date] = {}  # KB entity id → the day its current story ends (plus a pause)
        every = [p for ps in pools["persons"].values() for p in ps]
        self.famous = rng.sample(every, min(25, len(every)))

    def free(self, candidates: list[Any], day: date) -> list[Any]:
        return [c for c in candidates if self.busy.get(c.id, date.min) < day]

    def person(self, country: str, day: date, until: date) -> dict[str, Any]:
        if self.rng.random() < 0.5:
            free = self.free(self.pools["persons"].get(country, []), day)
            if free:
                e = self.rng.choice(free)
                self.busy[e.id] = until
                return _kb_person(e)
        return _invented_person(country, self.rng, self.pools)

    def org(self, country: str, kind: str, day: date, until: date, exclude: set[str]) -> Any:
        pool = [o for o in self.pools["orgs"].get(country, []) if o.kind != "media" and o.id not in exclude]
        preferred = [o for o in pool if o.kind in KINDS[kind]["orgs"]]
        if kind == "summit" or not pool:
            preferred += [o for o in self.pools["orgs"].get(None, []) if o.kind == "international"]
        candidates = self.free(preferred, day) or self.free(pool, day) or preferred or pool
        e = self.rng.choice(candidates)
        self.busy[e.id] = until
        return e

    def city(self, country: str) -> Any:
        cities = self.pools["cities"].get(country) or self.pools["cities"][None]
        return self.rng.choices(cities, [math.sqrt(c.population) for c in cities])[0]


def _plan(n: int, rng: random.Random, end: date) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Stories and their events, enough for ``n`` articles, spread over the timeline."""
    pools = _pools()
    span = int(365 * max(1.0, n / 10_000))
    start = end - timedelta(days=span)
    casting = _Casting(rng, pools)
    countries, weights = list(COUNTRIES), [c[1] for c in COUNTRIES.values()]
    stories: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    total = 0
    while total < n:
        k = int(rng.paretovariate(1.4))  # events in the story: Zipf-like, most stories have one, a few 10–20
        while k > 20:
            k = int(rng.paretovariate(1.4))
        duration = 0 if k == 1 else min(120, k + int(rng.expovariate(1 / 6) * k))
        stories.append({"n": len(stories), "k": k, "duration": duration,
                        "first": start + timedelta(days=rng.randint(0, max(0, span - duration)))})
        sizes = [min(60, int(rng.paretovariate(1.3))) for _ in range(k)]  # articles per event
        total += sum(sizes)
        stories[-1]["sizes"] = sizes
    # cast the stories in the order they begin, so that busy actors can be avoided
    for story in sorted(stories, key=lambda s: (s["first"], s["n"])):
        first, until = story["first"], story["first"] + timedelta(days=story["duration"] + 14)
        country = rng.choices(countries, weights)[0]
        kind = rng.choice(list(KINDS))
        cast_persons = [casting.person(country, first, until) for _ in range(rng.choice([2, 2, 3]))]
        if rng.random() < 0.08:  # a famous actor who turns up in many stories
            cast_persons.append(_kb_person(rng.choice(casting.famous)))
        orgs: list[Any] = []
        for _ in range(rng.choice([1, 1, 2])):
            orgs.append(casting.org(country, kind, first, until, {o.id for o in orgs}))
        places = [casting.city(country) for _ in range(rng.choice([1, 1, 2]))]
        # background entities are topical: a story's articles mostly mention the same few other countries
        # and international organisations
        background = {"places": rng.sample([p for p in pools["background_places"] if p.id != country], 3),
                      "orgs": rng.sample(pools["background_orgs"], 2)}
        story.update(country=country, kind=kind, persons=cast_persons, orgs=orgs, places=places)
        offsets = sorted(rng.sample(range(1, story["duration"] + 1), story["k"] - 1)) if story["k"] > 1 else []
        for offset, size in zip([0, *offsets], story["sizes"], strict=True):
            day = min(end, first + timedelta(days=offset))
            persons = rng.sample(cast_persons, min(len(cast_persons), rng.choice([1, 2, 2, 2, 3])))
            if rng.random() < 0.3:
                persons.append(casting.person(country, day, day + timedelta(days=7)))
            if len(persons) == 1:  # a happening has at least two persons to mention
                persons.append(_invented_person(country, rng, pools))
            event_orgs = rng.sample(orgs, rng.randint(1, len(orgs)))
            if rng.random() < 0.15:
                event_orgs.append(casting.org(country, kind, day, day, {o.id for o in event_orgs}))
            place = rng.choice(places) if rng.random() < 0.7 else casting.city(country)
            place2 = next((p for p in places if p.id != place.id), None) or casting.city(country)
            if place2.id == place.id:
                place2 = casting.city(country)
            events.append({"n": len(events), "story": story["n"], "day": day, "kind": kind, "country": country,
                           "persons": persons, "orgs": event_orgs, "place": place, "place2": place2, "size": size,
                           "background": background,
                           "N": rng.choice([rng.randint(3, 60), rng.randint(60, 4000)]), "M": rng.randint(2, 40)})
    return stories, events


# -- writing ---------------------------------------------------------------------------------------------------
def _kind_slots(kind: str, lang: str) -> dict[str, str]:
    word, extra = KINDS[kind][lang]
    if lang == "de":
        nom, dat, acc = DE_ARTICLES[extra]
        return {"K": word, "Kd": f"{nom} {word}", "Kdat": f"{dat} {word}", "Kacc": f"{acc} {word}"}
    if lang == "fi":
        return {"K": word, "Kd": word, "Kgen": extra}
    return {"K": word, "Kd": extra}


class _Article:
    """Renders templates for one article: a person's first mention gives the full name, later ones the surname."""

    def __init__(self, event: dict[str, Any], lang: str, rng: random.Random, pools: dict[str, Any]):
        self.lang, self.rng = lang, rng
        self.persons = {f"P{i + 1}": p for i, p in enumerate(event["persons"][:3])}
        self.mentioned: set[str] = set()
        orgs = event["orgs"]
        slots = {"L": _place_name(event["place"], lang), "C": _place_name(pools["kb"].entities[event["country"]], lang),
                 "O1": _org_name(orgs[0], lang), "WD": WEEKDAYS[lang].split()[event["day"].weekday()],
                 "N": str(event["N"]), "M": str(event["M"]), **_kind_slots(event["kind"], lang)}
        if len(orgs) > 1:
            slots["O2"] = _org_name(orgs[1], lang)
        if event["place2"].id != event["place"].id:
            slots["L2"] = _place_name(event["place2"], lang)
        places = [p for p in pools["background_places"] if p.id != event["country"]]
        topical = event["background"]
        bl, bl2 = rng.sample(topical["places"] if rng.random() < 0.8 else places, 2)
        slots["BL"], slots["BL2"] = _place_name(bl, lang), _place_name(bl2, lang)
        bo = rng.choice(topical["orgs"] if rng.random() < 0.8 else pools["background_orgs"])
        slots["BO"] = _org_name(bo, lang)
        slots["AG"] = _org_name(rng.choice(pools["agencies"][lang]), lang)
        if pools["media"].get(lang):
            slots["MED"] = _org_name(rng.choice(pools["media"][lang]), lang)
        slots["QT"] = rng.choice(T[lang]["qt"])
        px = _invented_person(event["country"], rng, pools)  # a one-off expert, named once
        slots["PX"] = px["full"]
        for key, p in self.persons.items():
            slots[key + "s"], slots[key + "f"] = p["surname"], p["full"]
        self.slots = slots
        self.tails = rng.sample(T[lang]["tails"], len(T[lang]["tails"]))  # each used once at most
        self.quotes = rng.sample(T[lang]["q"], len(T[lang]["q"]))
        self.words = {w.casefold(): rng.choice(alts) for w, alts in SYNONYMS[lang].items()}

    def vary(self, text: str) -> str:
        """The text with this article's choice of words."""
        def pick(m: re.Match[str]) -> str:
            word = self.words[m.group(1).casefold()]
            return word[0].upper() + word[1:] if m.group(1)[0].isupper() else word

        return SYNONYM_WORDS[self.lang].sub(pick, text)

    def can(self, template: str) -> bool:
        return all(s in self.slots or s in self.persons or s in ("Q", "S") for s in SLOT.findall(template))

    def choose(self, kinds: str, k: int) -> list[str]:
        options = [t for kind in kinds.split() for t in T[self.lang][kind] if self.can(t)]
        return self.rng.sample(options, min(k, len(options)))

    def render(self, template: str, **extra: str) -> str:
        def fill(m: re.Match[str]) -> str:
            key = m.group(1)
            if key in extra:
                return extra[key]
            if key in self.persons:
                p = self.persons[key]
                if p["key"] in self.mentioned:
                    return p["surname"]
                self.mentioned.add(p["key"])
                if p["role"] is not None and self.rng.random() < 0.7:
                    return f"{T[self.lang]['roles'][p['role']]} {p['full']}"
                return p["full"]
            return self.slots[key]

        text = SLOT.sub(fill, self.vary(template))
        return text[0].upper() + text[1:] if text[:1].isalpha() else text

    def sentence(self, template: str) -> str:
        """A body sentence, sometimes lengthened by a clause without names (each clause once an article)."""
        text = self.render(template)
        if template not in T[self.lang]["body"] or not self.tails or self.rng.random() >= 0.5:
            return text
        return text[:-1] + self.vary(self.tails.pop()) + "."

    def quote(self) -> str:
        speaker = self.rng.choice([k for k in ("P1", "P1", "P2", "P2", "P3") if k in self.persons])
        form = self.rng.choice([t for t in T[self.lang]["quote"] if self.can(t)])
        q = ". ".join(self.quotes.pop() for _ in range(min(len(self.quotes), self.rng.choice([1, 1, 2]))))
        q = self.vary(q)
        return self.render(form.replace("{S}", "{" + speaker + "}"), Q=q)


def _write(event: dict[str, Any], lang: str, day: date, rng: random.Random, pools: dict[str, Any]) -> list[str]:
    """The paragraphs of one article about ``event`` published on ``day``."""
    a = _Article(event, lang, rng, pools)
    t = T[lang]
    months = MONTHS.get(lang, MONTHS["en"]).split()
    title = a.render(a.choose("title", 1)[0])
    a.mentioned.clear()  # the title's names do not count as the text's first mentions
    paras = [title, t["byline"].format(d=day.day, m=day.month, y=day.year, mon=months[day.month - 1]),
             a.render(a.choose("lead", 1)[0])]
    k = rng.randint(7, 19)
    n_free = rng.randint(3, 6)
    n_bg = rng.randint(1, 6)
    chosen = a.choose("free", n_free) + a.choose("bg", n_bg) + a.choose("body", max(1, k - n_free - n_bg))
    rng.shuffle(chosen)
    quotes = rng.choices(QUOTE_COUNTS, QUOTE_WEIGHTS)[0]
    layout: list[list[str] | None] = []  # paragraphs of one to three sentences; None: a quote paragraph
    while chosen:
        take = rng.choice([1, 2, 2, 3])
        layout.append(chosen[:take])
        chosen = chosen[take:]
        if quotes and rng.random() < 0.6:
            layout.append(None)
            quotes -= 1
    layout += [None] * quotes
    # rendered in reading order, so that a person's first mention in the text is the full name
    paras += [a.quote() if p is None else " ".join(a.sentence(s) for s in p) for p in layout]
    if rng.random() < 0.1:
        paras.append(t["closer"])
    return paras


def generate_with_gold(n: int, seed: int = 1, end: date = date(2025, 12, 31)
                       ) -> Iterator[tuple[dict[str, str], dict[str, str]]]:
    """Yield ``n`` pairs (record {id, url, text}, gold {id, event, story}) in arrival (publication) order.

    The timeline ends at ``end`` (in the past, so no date is in the future) and spans a year per
    10,000 articles: about 27 articles and 9 happenings a day.
    """
    rng = random.Random(seed)
    pools = _pools()
    stories, events = _plan(n, rng, end)
    slots = []
    for e in events:
        for j in range(e["size"]):
            slots.append((min(end, e["day"] + timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))), rng.random(), e["n"], j))
    slots.sort()
    if len(slots) > n:  # drop a random surplus, keeping publication order
        keep = sorted(rng.sample(range(len(slots)), n))
        slots = [slots[i] for i in keep]
    copy_p = COPY_SHARE * n / max(1, n - len({s[2] for s in slots}))  # only an event's later articles can be copies
    previous: dict[int, dict[str, Any]] = {}
    for i, (day, _, event_no, _) in enumerate(slots):
        e = events[event_no]
        gold = {"id": f"a{i:07d}", "event": f"e{event_no:06d}", "story": f"s{e['story']:05d}"}
        if event_no in previous and rng.random() < copy_p:  # a wire copy under another URL, one sentence changed
            original = previous[event_no]
            paras = list(original["paras"])
            a = _Article(e, original["lang"], rng, pools)
            a.mentioned.update(p["key"] for p in a.persons.values())
            text = "\n\n".join(paras)
            changed = next((c for c in map(a.render, a.choose("body bg free", 5)) if c not in text), "")
            if len(paras) > 4:
                paras[rng.randrange(4, len(paras))] = changed
            else:
                paras.append(changed)
            yield {"id": gold["id"], "url": f"https://copy{i % 97}.example/{i}", "text": "\n\n".join(paras)}, gold
            continue
        home = COUNTRIES[e["country"]][0]
        lang = rng.choice(home) if home and rng.random() < HOME_SHARE else rng.choices(LANGS, LANG_WEIGHTS)[0]
        paras = _write(e, lang, day, rng, pools)
        previous[event_no] = {"paras": paras, "lang": lang}
        record = {"id": gold["id"], "url": f"https://news{rng.randint(1, 400)}.example/{day:%Y/%m/%d}/{i}",
                  "text": "\n\n".join(paras)}
        yield record, gold


def generate(n: int, seed: int = 1, end: date = date(2025, 12, 31)) -> Iterator[dict[str, str]]:
    """Yield ``n`` article records ({id, url, text}) in arrival (publication) order (no labels)."""
    for record, _ in generate_with_gold(n, seed, end):
        yield record


# -- calibration -----------------------------------------------------------------------------------------------
def measure(path: str | Path) -> dict[str, float]:
    """Chars/article, entity mentions per 1000 chars, distinct entities/article and quotes/article of a JSONL
    file, as the package's default pipeline (extract → entities → quotes) sees them."""
    from newsmonitor.model import Article
    from newsmonitor.pipeline import default_pipeline
    from newsmonitor.readers import ReadOptions, read_inputs

    pipeline = default_pipeline()
    articles = [r for r in pipeline.run(read_inputs([str(path)], None, ReadOptions(use_labels=True)))
                if isinstance(r, Article)]
    n = max(1, len(articles))
    chars = sum(len(a.text) for a in articles)
    return {"articles": len(articles), "chars_per_article": chars / n,
            "mentions_per_1000_chars": 1000 * sum(len(a.mentions) for a in articles) / max(1, chars),
            "distinct_entities_per_article": sum(len({m.id for m in a.mentions}) for a in articles) / n,
            "quotes_per_article": sum(len(a.quotes) for a in articles) / n}


def _print_stats(name: str, stats: dict[str, float]) -> None:
    print(f"{name}: {stats['articles']} articles, {stats['chars_per_article']:,.0f} chars/article, "
          f"{stats['mentions_per_1000_chars']:.1f} mentions/1000 chars, "
          f"{stats['distinct_entities_per_article']:.1f} distinct entities/article, "
          f"{stats['quotes_per_article']:.2f} quotes/article")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, nargs="?", help="number of articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", default="-")
    parser.add_argument("--gold", help="also write gold labels {id, event, story} to this JSONL file")
    parser.add_argument("--stats", type=int, metavar="N", help="generate N articles and print their statistics")
    parser.add_argument("--stats-file", metavar="FILE",
                        help="print the statistics of a JSONL file (e.g. the dev corpus)")
    args = parser.parse_args()
    if args.stats or args.stats_file:
        if args.stats:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "stream.jsonl"
                with path.open("w", encoding="utf-8") as out:
                    for record in generate(args.stats, args.seed):
                        out.write(json.dumps(record, ensure_ascii=False) + "\n")
                _print_stats(f"stream (seed {args.seed})", measure(path))
        if args.stats_file:
            _print_stats(args.stats_file, measure(args.stats_file))
        return
    if args.n is None:
        parser.error("give the number of articles, or --stats N / --stats-file FILE")
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    gold = open(args.gold, "w", encoding="utf-8") if args.gold else None
    with out:
        for record, labels in generate_with_gold(args.n, args.seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if gold:
                gold.write(json.dumps(labels) + "\n")
    if gold:
        gold.close()


if __name__ == "__main__":
    main()
