"""Language identification on our own short examples: every supported language, Bokmål vs Nynorsk,
Danish vs Norwegian, noisy pages (header, cookie banner, tweets, mojibake, mixed scripts), texts
without letters, and, when the shared development corpus is present, accuracy on it."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmonitor.extract.language import (
    _markers,
    clean_for_detection,
    detect_language,
    scandinavian_scores,
)
from tests.conftest import DEV

# One plain news sentence per language (written for these tests).
SENTENCES = [
    ("da", "Regeringen vil ikke sige noget om sagen før efter weekenden."),
    ("sv", "Regeringen vill inte säga något om saken förrän efter helgen."),
    ("nb", "Regjeringen vil ikke si noe om saken før etter helgen."),
    ("nn", "Regjeringa vil ikkje seie noko om saka før etter helga."),
    ("en", "The government announced on Tuesday that all remaining restrictions will be lifted next week."),
    ("de", "Die Bundesregierung hat am Dienstag angekündigt, die verbleibenden Beschränkungen aufzuheben."),
    ("fi", "Hallitus ilmoitti tiistaina, että kaikki jäljellä olevat rajoitukset puretaan ensi viikolla."),
    ("nl", "De regering heeft dinsdag aangekondigd dat alle resterende maatregelen volgende week worden opgeheven."),
    ("fr", "Le gouvernement a annoncé mardi que toutes les restrictions restantes seront levées la semaine prochaine."),
    ("es", "El Gobierno anunció el martes que todas las restricciones restantes se levantarán la próxima semana."),
    ("it", "Il governo ha annunciato martedì che tutte le restrizioni rimanenti saranno revocate presto."),
    ("pl", "Rząd ogłosił we wtorek, że wszystkie pozostałe ograniczenia zostaną zniesione w przyszłym tygodniu."),
    ("et", "Valitsus teatas teisipäeval, et kõik ülejäänud piirangud kaotatakse järgmisel nädalal."),
    ("is", "Ríkisstjórnin tilkynnti á þriðjudag að öllum takmörkunum yrði aflétt í næstu viku."),
    ("pt", "O governo anunciou na terça-feira que todas as restrições restantes serão levantadas na próxima semana."),
    ("tr", "Hükümet salı günü kalan tüm kısıtlamaların gelecek hafta kaldırılacağını açıkladı."),
    ("ru", "Правительство объявило во вторник, что все оставшиеся ограничения будут сняты на следующей неделе."),
    ("uk", "Уряд оголосив у вівторок, що всі обмеження, які залишилися, будуть зняті наступного тижня."),
    ("ar", "أعلنت الحكومة يوم الثلاثاء أن جميع القيود المتبقية سترفع الأسبوع المقبل."),
    ("sq", "Qeveria njoftoi të martën se të gjitha kufizimet e mbetura do të hiqen javën e ardhshme."),
]

# Short headlines and one-liners: a few words, often full of names.
HEADLINES = [
    ("en", "Queen dies at Balmoral aged 96"),
    ("de", "Erdbeben in der Türkei: Zahl der Toten steigt weiter"),
    ("fi", "Kuningatar Elisabet on kuollut"),
    ("pl", "Nie żyje królowa Elżbieta"),
    ("is", "Elísabet drottning er látin"),
    ("ru", "Умерла королева Елизавета"),
    ("uk", "Померла королева Єлизавета"),
    ("nb", "Flere døde etter jordskjelvet"),
    ("da", "Flere døde efter jordskælvet"),
    ("nn", "Fleire døde etter jordskjelvet"),
    ("sv", "Flera döda efter jordbävningen"),
    ("nb", "Støre: – Dette er en alvorlig situasjon"),
    ("nn", "Støre: – Dette er ein alvorleg situasjon"),
    ("da", "Frederiksen: – Det er en alvorlig situation"),
    ("sv", "Kristersson: – Det här är ett allvarligt läge"),
    ("nb", "Slik blir været i helgen"),
    ("nn", "Slik blir vêret i helga"),
    ("da", "Sådan bliver vejret i weekenden"),
    ("en", "Copenhagen: Danish Prime Minister Mette Frederiksen calls snap election"),
]

# The same sentence in Bokmål and in Nynorsk.
BOKMAAL_NYNORSK = [
    ("Statsministeren sier at hun er svært fornøyd med resultatet.",
     "Statsministeren seier at ho er svært nøgd med resultatet."),
    ("Det er fortsatt uklart hva som skjedde med skipet.",
     "Det er framleis uklart kva som skjedde med skipet."),
    ("– Vi har aldri sett noe lignende, sier ordføreren.",
     "– Me har aldri sett noko liknande, seier ordføraren."),
    ("Flere hundre mennesker måtte evakueres fra hjemmene sine.",
     "Fleire hundre menneske måtte evakuerast frå heimane sine."),
    ("Jeg tror ikke at dette blir siste gang, sa han.",
     "Eg trur ikkje at dette blir siste gong, sa han."),
    ("Det har vært mye snø i Nord-Norge den siste uken.",
     "Det har vore mykje snø i Nord-Noreg den siste veka."),
    ("Helseministeren mener det er for tidlig å fjerne tiltakene.",
     "Helseministeren meiner det er for tidleg å fjerne tiltaka."),
    ("Hun ble valgt til leder av partiet med stort flertall.",
     "Ho vart vald til leiar av partiet med stort fleirtal."),
    ("Kommunen har bestemt at skolene skal holde stengt resten av uken.",
     "Kommunen har bestemt at skulane skal halde stengt resten av veka."),
    ("Avisen har vært i kontakt med selskapet, som ikke ønsker å kommentere saken.",
     "Avisa har vore i kontakt med selskapet, som ikkje ønskjer å kommentere saka."),
    ("Statsbudsjettet legges fram i neste uke.", "Statsbudsjettet blir lagt fram neste veke."),
]

# The same sentence in Danish and in Bokmål.
DANISH_BOKMAAL = [
    ("Statsministeren siger, at hun er meget tilfreds med resultatet.",
     "Statsministeren sier at hun er veldig fornøyd med resultatet."),
    ("Det er stadig uklart, hvad der skete med skibet.",
     "Det er fortsatt uklart hva som skjedde med skipet."),
    ("– Vi har aldrig set noget lignende, siger borgmesteren.",
     "– Vi har aldri sett noe lignende, sier ordføreren."),
    ("Hun blev valgt som formand for partiet med et stort flertal.",
     "Hun ble valgt som leder av partiet med et stort flertall."),
    ("Elpriserne har aldrig været højere end nu.", "Strømprisene har aldri vært høyere enn nå."),
    ("Bilisten blev standset af politiet natten til lørdag.", "Bilisten ble stanset av politiet natt til lørdag."),
    ("Avisen har været i kontakt med selskabet, som ikke ønsker at kommentere sagen.",
     "Avisen har vært i kontakt med selskapet, som ikke ønsker å kommentere saken."),
    ("Han fortæller, at familien har boet i byen i over tyve år.",
     "Han forteller at familien har bodd i byen i over tjue år."),
]

DANISH_BODY = (
    "Statsministeren har i dag meddelt, at alle restriktioner bliver ophævet fra tirsdag. Det siger hun "
    "på et pressemøde i Statsministeriet. Ifølge regeringen er smitten ikke længere en trussel mod samfundet."
)
COOKIE_BANNER = (
    "We use cookies to give you the best experience on our website. By clicking Accept all you agree to "
    "our use of cookies and our privacy policy."
)


@pytest.mark.parametrize(("lang", "text"), SENTENCES, ids=[lang for lang, _ in SENTENCES])
def test_each_language(lang, text):
    assert detect_language(text) == lang


@pytest.mark.parametrize(("lang", "text"), HEADLINES, ids=[text[:30] for _, text in HEADLINES])
def test_short_headlines(lang, text):
    assert detect_language(text) == lang


@pytest.mark.parametrize(("bokmaal", "nynorsk"), BOKMAAL_NYNORSK, ids=[b[:25] for b, _ in BOKMAAL_NYNORSK])
def test_bokmaal_and_nynorsk_versions_of_one_sentence(bokmaal, nynorsk):
    assert detect_language(bokmaal) == "nb"
    assert detect_language(nynorsk) == "nn"


@pytest.mark.parametrize(("danish", "bokmaal"), DANISH_BOKMAAL, ids=[d[:25] for d, _ in DANISH_BOKMAAL])
def test_danish_and_bokmaal_versions_of_one_sentence(danish, bokmaal):
    assert detect_language(danish) == "da"
    assert detect_language(bokmaal) == "nb"


def test_bokmaal_victory_is_not_nynorsk_says():
    # "seier" is Nynorsk for "says" but Bokmål for "victory"
    assert detect_language("Laget tok en viktig seier på hjemmebane søndag, og treneren var fornøyd.") == "nb"


def test_date_header_is_ignored():
    assert detect_language(" date 2022-03 " + DANISH_BODY) == "da"
    assert detect_language(" date 2022-10-05\nFlere døde efter jordskælvet") == "da"
    assert "date" not in clean_for_detection(" date 2022-03 Tekst")


def test_english_cookie_banner_on_a_danish_article():
    assert detect_language(COOKIE_BANNER + "\n\n" + DANISH_BODY) == "da"
    # even when the banner is longer than a short article body
    short = "Statsministeren siger, at restriktionerne bliver ophævet."
    assert detect_language(COOKIE_BANNER + "\n" + short) == "da"


def test_nynorsk_article_with_bokmaal_page_furniture():
    text = (
        "Les også\nPublisert 12.02.2022\nRegjeringa fjernar no nesten alle koronatiltak. Det seier "
        "statsministeren på ein pressekonferanse laurdag. Avstandskravet blir òg fjerna, og folk kan "
        "igjen samlast som før.\nDel artikkelen\nAnnonse"
    )
    assert detect_language(text) == "nn"


def test_embedded_tweets_and_quotes_in_another_language():
    finnish = (
        "Maanjäristyksen uhrien määrä on noussut yli 5000:een, kertovat viranomaiset. Pelastustyöt "
        "jatkuvat edelleen kylmässä säässä. Hallitus on lähettänyt alueelle apua.\n"
        "@someone: Deprem bölgesinde arama kurtarma çalışmaları devam ediyor #deprem https://t.co/x1"
    )
    assert detect_language(finnish) == "fi"
    english = (
        "The ministry said talks would continue on Monday. Officials declined to comment further on the "
        "negotiations, which have been going on for weeks.\n«Nous ne céderons pas», a écrit le ministre."
    )
    assert detect_language(english) == "en"


def test_mixed_scripts_keep_the_main_one():
    assert detect_language("أعلنت وزارة الخارجية أن السفارة أغلقت أبوابها بعد الهجوم. Home | News | Sport") == "ar"
    english = (
        "Protesters gathered outside the embassy on Thursday, chanting slogans and waving flags. "
        "Police used tear gas to disperse the crowd. One banner read: الموت للسويد"
    )
    assert detect_language(english) == "en"


def test_mojibake_is_repaired():
    assert clean_for_detection("pÃ¥ trÃ¦ner MÃ¥l") == "på træner Mål"
    assert detect_language("Holdet vandt 2-1 pÃ¥ hjemmebane, og trÃ¦neren var meget glad for prÃ¦stationen.") == "da"
    assert detect_language("Laget vant 2-1 pÃ¥ hjemmebane, og treneren var svÃ¦rt fornÃ¸yd med innsatsen.") == "nb"


@pytest.mark.parametrize("text", ["", "   \n\t ", "12 34", "12:30 – 3-1 (2-0) 2022-03-16", " date 2022-03",
                                  "https://example.com/a/b", "#1 @2 3.14"])
def test_no_letters_gives_none(text):
    assert detect_language(text) is None


def test_never_no():
    texts = [t for _, t in SENTENCES + HEADLINES] + [t for pair in BOKMAAL_NYNORSK + DANISH_BOKMAAL for t in pair]
    assert all(detect_language(t) != "no" for t in texts)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_none_or_a_two_letter_code(text):
    lang = detect_language(text)
    assert lang is None or (len(lang) == 2 and lang.islower() and lang != "no")


def test_marker_table_is_well_formed():
    markers = _markers()
    assert len(markers.words) > 200 and markers.endings and markers.sequences
    for table in (markers.words, markers.endings, markers.sequences):
        for key, weights in table.items():
            assert key == key.lower() and key.strip() == key, key
            assert set(weights) <= {"da", "sv", "nb", "nn"}, key
    assert markers.words["ikkje"] == {"nn": 3.0}
    assert markers.ending("situasjonen") == {"nb": 2.0, "nn": 2.0}  # longest ending wins
    assert markers.ending("sjonen") is None  # the word must be longer than its ending


def test_scandinavian_scores_count_words_endings_and_sequences():
    scores = scandinavian_scores("Ikkje frå sikkerheden")
    assert scores["nn"] >= 6 and scores["da"] >= 2 and scores["sv"] == 0
    # endings and letter sequences are not read from capitalised names
    assert scandinavian_scores("Kjærsgaard Sikkerheden") == {"da": 0.0, "sv": 0.0, "nb": 0.0, "nn": 0.0}


def test_fast_enough():
    text = (DANISH_BODY + " ") * 9  # about 2,000 characters
    detect_language(text)  # loads the model
    start = time.perf_counter()
    for _ in range(50):
        detect_language(text)
    assert (time.perf_counter() - start) / 50 < 0.01  # ~1 ms here; generous for slow machines


def test_accuracy_on_dev_corpus():
    if not DEV.exists():
        pytest.skip(f"dev corpus not found at {DEV} (only present on the development machines)")
    rows = [json.loads(line) for line in DEV.open(encoding="utf-8")]
    correct = sum(detect_language(row["text"]) == row["lang"] for row in rows)
    assert correct / len(rows) >= 0.98
