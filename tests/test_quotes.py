"""Quote stage: quote styles, attribution routes and non-quotes, on short invented sentences.

Most tests call the extractor with hand-made entity mentions, so they test the quote rules alone; a few go
through the whole pipeline (entity stage included).
"""

from __future__ import annotations

import re

import pytest

from newsmonitor.model import Article, Mention
from newsmonitor.pipeline import default_pipeline
from newsmonitor.quotes.extract import QuoteExtractor

EXTRACT = QuoteExtractor()


def mentions(text: str, *names: str | tuple[str, str]) -> list[Mention]:
    """Every occurrence of each name as a mention, like the entity stage gives them: 'Kari Holm' is a PER and a
    later 'Holm' links to her; ('Politiet', 'ORG') is an organisation."""
    entries = [(e, "PER") if isinstance(e, str) else e for e in names]
    found: list[Mention] = []
    for name, kind in sorted(entries, key=lambda e: -len(e[0])):
        full = next((n for n, k in entries if k == kind and n != name and n.endswith(" " + name)), name)
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not any(f.start <= m.start() < f.end for f in found):
                found.append(Mention(m.group(), kind, f"{kind.lower()}:{full.lower().replace(' ', '-')}", full,
                                     m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def quotes(text: str, lang: str, *names: str | tuple[str, str]) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in EXTRACT(text, lang, mentions(text, *names))]


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


# -- quote styles -----------------------------------------------------------------------------------
@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_dash_paragraph(dash):
    text = f"Nato holdt møde i Bruxelles.\n\n{dash} Risikoen for en konflikt er reel, siger Jens Stoltenberg.\n"
    assert quotes(text, "da", "Jens Stoltenberg") == [("Jens Stoltenberg", "Risikoen for en konflikt er reel")]


@pytest.mark.parametrize("quoted", ["„Wir müssen jetzt handeln“", "»Wir müssen jetzt handeln«",
                                    "«Wir müssen jetzt handeln»", "“Wir müssen jetzt handeln”",
                                    "\"Wir müssen jetzt handeln\"", "”Wir müssen jetzt handeln”"])
def test_quotation_mark_styles(quoted):
    text = f"Die Ministerin Anna Weber war in Berlin. {quoted}, sagte Weber am Montag."
    assert quotes(text, "de", "Anna Weber", "Weber") == [("Anna Weber", "Wir müssen jetzt handeln")]


def test_single_curly_quotes_and_french_guillemets():
    text = "Tom Baker spoke in Leeds. ‘We will rebuild the bridge,’ Baker said."
    assert quotes(text, "en", "Tom Baker", "Baker") == [("Tom Baker", "We will rebuild the bridge")]
    text = "Le maire Paul Martin était à Lyon. « Nous allons reconstruire le pont », a dit Paul Martin."
    assert quotes(text, "fr", "Paul Martin") == [("Paul Martin", "Nous allons reconstruire le pont")]


def test_quote_over_several_paragraphs_each_opened_with_the_mark():
    text = ("Mayor Tom Baker opened the bridge on Monday.\n"
            "“We waited three years for this day. The town deserves it.\n"
            "“Now the traffic can flow again,” Baker said.\n")
    assert quotes(text, "en", "Tom Baker", "Baker") == [
        ("Tom Baker", "We waited three years for this day. The town deserves it."),
        ("Tom Baker", "Now the traffic can flow again")]


def test_paragraph_in_single_straight_quotes_takes_the_speaking_paragraph():
    text = ("Udenrigsministeriet skriver i en mail, at personalet er i sikkerhed.\n\n"
            "'Vi følger situationen tæt, og personalet er i sikkerhed.'\n")
    assert quotes(text, "da", ("Udenrigsministeriet", "ORG")) == [
        ("Udenrigsministeriet", "Vi følger situationen tæt, og personalet er i sikkerhed.")]


def test_continuation_paragraph_ending_in_the_attribution():
    text = ("Statsminister Kari Holm gjekk på talestolen.\n\n"
            "– Vi har gjort det beste valet på tjue år.\n\n"
            "Me er eit parti for heile landet, og me skal styre for alle, seier Holm.\n")
    assert quotes(text, "nn", "Kari Holm", "Holm") == [
        ("Kari Holm", "Vi har gjort det beste valet på tjue år."),
        ("Kari Holm", "Me er eit parti for heile landet, og me skal styre for alle")]


def test_quote_cut_off_by_the_end_of_the_excerpt():
    text = ("“We will miss her,” Queen Ingrid wrote. “She was a friend to us all.”\n\n"
            "“Her many years of service to")
    found = quotes(text, "en", "Queen Ingrid")
    assert found[-1] == ("Queen Ingrid", "Her many years of service to")


def test_easy_reading_layout_with_line_breaks_inside_paragraphs():
    text = ("Riksdagen röstade.\n\nPer Lund var glad\nefter omröstningen.\n\n"
            "– Det är stort.\nJag är tacksam\noch ödmjuk,\nsa Per Lund.\n\nSedan gick han hem.\n")
    assert quotes(text, "sv", "Per Lund") == [("Per Lund", "Det är stort.\nJag är tacksam\noch ödmjuk")]


# -- attribution routes -----------------------------------------------------------------------------
def test_name_after_the_verb_with_title():
    text = "– Vi må stå sammen, sier statsminister Kari Holm til NRK.\n"
    assert quotes(text, "nb", "Kari Holm", ("NRK", "ORG")) == [("Kari Holm", "Vi må stå sammen")]


def test_opinion_verb_attributes_only_right_after_the_quote():
    assert quotes("– Det er helt feil, mener Kari Holm.\n", "nb", "Kari Holm") == [("Kari Holm", "Det er helt feil")]
    assert quotes("Kari Holm mener at «dette» er feil.", "nb", "Kari Holm") == []


def test_title_with_the_name_in_apposition():
    text = "– Vi har kontroll, sier pressetalsperson i Politiet, Kari Holm.\n"
    assert quotes(text, "nb", "Kari Holm", ("Politiet", "ORG")) == [("Kari Holm", "Vi har kontroll")]
    text = '"We are in control," the head of the emergency committee, Kari Holm, said.'
    assert quotes(text, "en", "Kari Holm") == [("Kari Holm", "We are in control")]


def test_attribution_in_the_middle_of_the_paragraph():
    text = " date 2022-11 – Eg er svært glad, seier statsminister Kari Holm før ho held tale.\n"
    assert quotes(text, "nn", "Kari Holm") == [("Kari Holm", "Eg er svært glad")]


def test_name_before_the_verb_finnish():
    text = "Kuningas Olav puhui.\n\n– Suremme syvästi äitiämme, Olav sanoo.\n"
    assert quotes(text, "fi", "Olav") == [("Olav", "Suremme syvästi äitiämme")]


def test_pronoun_resolves_to_the_last_person():
    text = "Borgmester Lise Dahl besøgte skolen.\n\n– Det er en god dag for byen, siger hun.\n"
    assert quotes(text, "da", "Lise Dahl") == [("Lise Dahl", "Det er en god dag for byen")]


def test_pronoun_keeps_the_last_speaker_over_a_person_named_in_the_attribution():
    text = ("„Jetzt glaube ich an Wunder“, sagte der Leiter des Teams, Jan Vogt, nachdem sie Lea Kurz "
            "gerettet hatten.\n\n„Man kann sehen, wie die Menschen weinen“, sagte er.\n")
    assert quotes(text, "de", "Jan Vogt", "Lea Kurz") == [
        ("Jan Vogt", "Jetzt glaube ich an Wunder"), ("Jan Vogt", "Man kann sehen, wie die Menschen weinen")]


def test_pronoun_moves_to_a_person_who_speaks_after_the_quote():
    text = ("»Vi er klar,« sagde Lise Dahl. Ole Berg forklarede, at der er styr på det.\n\n"
            "»Vi har få indlagte,« sagde han.\n")
    assert [s for s, _ in quotes(text, "da", "Lise Dahl", "Ole Berg")] == ["Lise Dahl", "Ole Berg"]


def test_role_resolves_to_the_person_given_that_role():
    text = ("Statsminister Kari Holm og helseminister Ola Vik holdt pressekonferanse.\n\n"
            "– Vi åpner landet, sa statsministeren.\n")
    assert quotes(text, "nb", "Kari Holm", "Ola Vik") == [("Kari Holm", "Vi åpner landet")]


def test_unknown_role_noun_resolves_to_the_last_person():
    text = ("Anders Lund mener, at holdet fortjente at ryge ud.\n\n"
            "- Vi skabte ikke nok, siger forsvarsspilleren på DR.\n")
    assert quotes(text, "da", "Anders Lund", ("DR", "ORG")) == [("Anders Lund", "Vi skabte ikke nok")]


def test_organisation_role_resolves_to_the_last_organisation():
    text = ("«Pinlig», skriver Dagbladet Nord.\n\n"
            "– Laget har nådd bunnen, skriver avisen som gir treneren én stjerne.\n")
    assert quotes(text, "nb", ("Dagbladet Nord", "ORG")) == [
        ("Dagbladet Nord", "Pinlig"), ("Dagbladet Nord", "Laget har nådd bunnen")]


def test_colon_before_the_quote():
    text = "Lise Dahl sagde: »Det er en svær dag for byen.«"
    assert quotes(text, "da", "Lise Dahl") == [("Lise Dahl", "Det er en svær dag for byen.")]


def test_label_colon_before_the_quote():
    text = "Die Retter sind nah. Reporter Till Maas: „Seit 100 Stunden liegt sie unter den Trümmern.“"
    assert quotes(text, "de") == [("Till Maas", "Seit 100 Stunden liegt sie unter den Trümmern.")]


def test_run_of_dash_paragraphs_after_a_colon_paragraph():
    text = ("Landstræner Erik Sand sagde efter kampen:\n\n"
            "- Vi var ikke gode nok i dag.\n\n"
            "- Jeg tager det fulde ansvar for resultatet.\n")
    assert quotes(text, "da", "Erik Sand") == [("Erik Sand", "Vi var ikke gode nok i dag."),
                                               ("Erik Sand", "Jeg tager det fulde ansvar for resultatet.")]


def test_run_continues_across_a_crosshead_but_not_after_another_person():
    text = ("– Prisene stiger, og vi må handle, sa Kari Holm.\n\n"
            "Vil ha samarbeid\n\n"
            "– Vi er klare for kompromisser med alle partier.\n\n"
            "Også Per Dahl var til stede på møtet.\n\n"
            "– Dette blir en lang natt for alle sammen.\n")
    found = quotes(text, "nb", "Kari Holm", "Per Dahl")
    assert found[:2] == [("Kari Holm", "Prisene stiger, og vi må handle"),
                         ("Kari Holm", "Vi er klare for kompromisser med alle partier.")]
    assert ("Kari Holm", "Dette blir en lang natt for alle sammen.") not in found


def test_speaking_sentence_before_a_quote_in_the_same_paragraph():
    text = "Parteichef Jan Vogt kritisierte die Regierung scharf. „Das ist viel zu wenig.“ Mehr sagte er nicht."
    assert quotes(text, "de", "Jan Vogt") == [("Jan Vogt", "Das ist viel zu wenig.")]


def test_first_person_quote_after_a_paragraph_about_one_person():
    text = "Laget tapte. Erik Sand ville ikke svare på kritikken.\n\n– Jeg er skuffet, og vi må bli bedre.\n"
    assert quotes(text, "nb", "Erik Sand") == [("Erik Sand", "Jeg er skuffet, og vi må bli bedre.")]
    text = "Politiet pågrep Erik Sand i natt.\n\n– Vi jobber videre med saken og ber om tips.\n"
    assert quotes(text, "nb", "Erik Sand") == []  # he is the object, not the one who speaks


def test_speaking_paragraph_with_a_fronted_adverbial():
    text = ("På frågan om nya mutationer svarar generaldirektör Karin Berg jakande.\n\n"
            "– Vi ser absolut att det kan komma nya varianter.\n")
    assert quotes(text, "sv", "Karin Berg") == [("Karin Berg", "Vi ser absolut att det kan komma nya varianter.")]


def test_speaking_paragraph_before_a_dash_quote():
    text = ("Det oplyser kongehusets kommunikationschef, Lene Bech.\n\n"
            "- Jubilæet markeres fortsat i weekenden, men ikke som planlagt.\n")
    assert quotes(text, "da", "Lene Bech") == [
        ("Lene Bech", "Jubilæet markeres fortsat i weekenden, men ikke som planlagt.")]


def test_attribution_in_the_next_sentence():
    assert quotes("»Vi er klar til at tage over.« Det siger Lise Dahl til DR.", "da", "Lise Dahl") == [
        ("Lise Dahl", "Vi er klar til at tage over.")]
    text = "Ole Berg var også der.\n\n– Vi er klar til at tage over.\n\nDet sier Lise Dahl til NRK.\n"
    assert quotes(text, "nb", "Lise Dahl", "Ole Berg") == [("Lise Dahl", "Vi er klar til at tage over.")]


def test_according_to_cues():
    text = "Forsker Ola Vik har sett på målingene.\n\n– Bølgene stiger fra bunnen, sier han ifølge NTB.\n"
    assert quotes(text, "nb", "Ola Vik", ("NTB", "ORG")) == [("Ola Vik", "Bølgene stiger fra bunnen")]
    text = "– Bølgene stiger fra bunnen og opp til overflaten, ifølge Ola Vik.\n"
    assert quotes(text, "nb", "Ola Vik") == [("Ola Vik", "Bølgene stiger fra bunnen og opp til overflaten")]
    text = "– Det finns spår av sprängämne, enligt Mats Berg.\n"
    assert quotes(text, "sv", "Mats Berg") == [("Mats Berg", "Det finns spår av sprängämne")]


def test_particles_so_and_aldus():
    text = "„Wir haben alles gegeben“, so Trainer Jan Vogt."
    assert quotes(text, "de", "Jan Vogt") == [("Jan Vogt", "Wir haben alles gegeben")]
    text = "'Het was een zware dag', aldus Piet de Vries."
    assert quotes(text, "nl", "Piet de Vries") == []  # straight single quotes are apostrophes too often
    text = "\"Het was een zware dag\", aldus Piet de Vries."
    assert quotes(text, "nl", "Piet de Vries") == [("Piet de Vries", "Het was een zware dag")]


def test_split_verb_with_the_subject_inside():
    text = "- Vi vil lære dem en lektie, har Ali Demir i den forbindelse sagt i en tv-tale.\n"
    assert quotes(text, "da", "Ali Demir") == [("Ali Demir", "Vi vil lære dem en lektie")]


def test_impersonal_verb_with_the_source_named_after_it():
    text = ("– Dronningen døde fredelig i ettermiddag, heter det i uttalelsen fra Slottet Nord.\n\n"
            "Hennes sønn Olav blir konge.\n\n"
            "– Kongen blir værende i kveld, heter det videre i meldingen.\n")
    assert quotes(text, "nb", ("Slottet Nord", "ORG"), "Olav") == [
        ("Slottet Nord", "Dronningen døde fredelig i ettermiddag"),
        ("Slottet Nord", "Kongen blir værende i kveld")]


def test_abbreviated_title_before_the_name():
    text = '"We will rebuild it," said Mr. Tom Baker, who chairs the council. The work starts in May.'
    assert quotes(text, "en", "Tom Baker") == [("Tom Baker", "We will rebuild it")]


def test_name_the_entity_stage_missed():
    text = "– Vi er rett over henne nå, sier Benno Rahl, som deltar i redningen.\n"
    assert quotes(text, "nb") == [("Benno Rahl", "Vi er rett over henne nå")]


def test_verb_before_a_fragment_and_adjacent_verb_wins_over_a_later_source():
    text = "Lene Dahl sa at «de fleste» tiltak kan fjernes."
    assert quotes(text, "nn", "Lene Dahl") == [("Lene Dahl", "de fleste")]
    text = "Regjeringen i Nordland kaller det «rent oppspinn», skriver Avisa Sør."
    assert quotes(text, "nb", ("Regjeringen i Nordland", "ORG"), ("Avisa Sør", "ORG")) == [
        ("Regjeringen i Nordland", "rent oppspinn")]


def test_verb_with_that_before_the_quote_wins_over_the_reporting_source():
    text = "Anna Berg sade i samtalet att ”vi står fullt ut bakom beslutet”, skriver Nyhetsbyrån Nord."
    assert quotes(text, "sv", "Anna Berg", ("Nyhetsbyrån Nord", "ORG")) == [
        ("Anna Berg", "vi står fullt ut bakom beslutet")]


def test_organisation_speaker_and_english_subject_verb():
    text = ("“It was not about politics,” said the football federation (DFL) on Twitter. "
            "“Human rights are not negotiable. That is why this matters to us. "
            "“Denying us the armband is denying us a voice.”")
    found = quotes(text, "en", ("DFL", "ORG"), ("Twitter", "ORG"))
    assert [s for s, _ in found] == ["DFL"] * 3
    assert found[2][1].startswith("Denying us the armband")


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "«Vamos a ganar», dijo Ana López."),
    ("fr", "\"Nous allons gagner\" le 1er mai, a dit Ana López."),
    ("en", "\"We will win,\" Ana López told reporters."),
    ("en", "\"We will win,\" Ana López, the coach, said on Monday."),
    ("nl", "\"We gaan winnen\", zegt Ana López."),
])
def test_other_languages(lang, text):
    assert [s for s, _ in quotes(text, lang, "Ana López")] == ["Ana López"]


# -- non-quotes -------------------------------------------------------------------------------------
def test_crossheads_are_not_quotes():
    text = ("– Et stort chok\n\nFolk var rystede over nyheden.\n\n"
            "\"Das Team hat alles gegeben\"\n\nDer Trainer sprach später.\n")
    assert quotes(text, "da") == []


def test_journalists_question_is_not_a_quote():
    text = ("Forsker Ola Vik ved Norsar forklarer målingene.\n\n"
            "– Hvordan kan dere være sikre på det?\n\n"
            "– Det ser man på signalet, sier Vik.\n")
    assert quotes(text, "nb", "Ola Vik", "Vik") == [("Ola Vik", "Det ser man på signalet")]


def test_unattributed_question_in_quotes_is_not_a_quote():
    text = "“We will not resign,” Tom Baker said.\n“Why did you wait so long?” Reuters asked him.\n"
    assert quotes(text, "en", "Tom Baker", ("Reuters", "ORG")) == [("Tom Baker", "We will not resign")]


@pytest.mark.parametrize(("lang", "text"), [
    ("da", "– Jeg har aldrig set noget lignende, siger en mand til TV 2.\n"),
    ("de", "„Es war furchtbar“, sagte ein Anwohner."),
    ("en", "“It was terrible,” a witness said."),
    ("nb", "– Det var forferdelig, sier en lokal innbygger.\n"),
])
def test_unnamed_speakers_are_not_quotes(lang, text):
    assert quotes(text, lang, ("TV 2", "ORG")) == []


def test_indefinite_speakers_are_unnamed_but_not_an_indefinite_before_a_name():
    assert quotes("Ein Passant sagte: „Ich habe Angst vor dem Winter.“", "de") == []
    assert quotes("„Ich habe Angst vor dem Winter“, sagte ein älterer Passant.", "de") == []
    text = "- Vi er kede af det, siger en tydeligt frustreret Erik Sand på DR.\n"
    assert quotes(text, "da", "Erik Sand", ("DR", "ORG")) == [("Erik Sand", "Vi er kede af det")]


def test_role_noun_for_an_unnamed_person_is_unnamed():
    text = ("– Vi fikk melding om slagsmål, sier operasjonsleder Tor Dahl.\n\n"
            "Et vitne forteller til avisen at det var mye folk i gaten.\n\n"
            "– Det var helt kaos, sier vitnet.\n")
    assert quotes(text, "nb", "Tor Dahl") == [("Tor Dahl", "Vi fikk melding om slagsmål")]


def test_unnamed_speaker_ends_a_run():
    text = ("– Vi gør alt, hvad vi kan, siger Lise Dahl.\n\n"
            "– Jeg er bange, siger en kvinde.\n\n"
            "– Vi venter stadig på hjælp herude.\n")
    assert quotes(text, "da", "Lise Dahl") == [("Lise Dahl", "Vi gør alt, hvad vi kan")]


def test_scare_quotes_titles_and_compounds_are_not_quotes():
    text = ("Medierne kalder det «Magda-effekten». Kirken sang \"Fader vår\" til sidst.\n\n"
            "Kaptajnen bar „One Love“-bindet, sagde Lise Dahl.")
    assert quotes(text, "da", "Lise Dahl") == []


def test_embedded_tweet_is_not_a_quote():
    text = ("– Vi står sammen, sier Kari Holm.\n\n"
            "\"Congratulations to the whole team\" — Ola Vik (@olavik) November 2, 2022\n")
    assert quotes(text, "nb", "Kari Holm", "Ola Vik") == [("Kari Holm", "Vi står sammen")]


def test_list_after_a_colon_paragraph_is_not_a_run():
    text = ("– Vi gjør alt vi kan, sier Kari Holm.\n\nDette endres fra mandag:\n\n- Skolene åpner igjen.\n\n"
            "- Butikkene kan holde åpent til klokken 22 hver dag.\n")
    assert quotes(text, "nb", "Kari Holm") == [("Kari Holm", "Vi gjør alt vi kan")]


def test_titles_in_quotes_are_not_quotes_even_near_a_speech_verb():
    assert quotes('Hun sang "Let It Be" på konserten, sa Kari Holm.', "nb", "Kari Holm") == []
    assert quotes("Statsminister Kari Holm kalte forslaget «uansvarlig».", "nb", "Kari Holm") == [
        ("Kari Holm", "uansvarlig")]


def test_seat_of_power_speaks_for_its_institution():
    text = 'A statement from Windsor Palace this morning said that "the king is resting and in good spirits."'
    found = EXTRACT(text, "en", [Mention("Windsor Palace", "LOC", "loc:windsor-palace", "Windsor Palace", 17, 31)])
    assert [(q.speaker, q.text) for q in found] == [("Windsor Palace", "the king is resting and in good spirits.")]


def test_short_third_person_dash_lines_after_a_quote_are_not_a_run():
    text = ("– Vi er klare for å starte, sier Kari Holm.\n\nRegjeringen foreslår blant annet\n\n"
            "- Gratis SFO for alle barn.\n\n- Lavere moms på mat.\n")
    assert quotes(text, "nb", "Kari Holm") == [("Kari Holm", "Vi er klare for å starte")]


def test_fact_box_list_is_not_a_run():
    text = ("– Jag är glad, säger Per Lund.\n\nFAKTA: Så går omröstningen till\n\n"
            "– Talmannen föreslår en kandidat.\n\n– Om fler än 175 röstar nej faller förslaget.\n")
    assert quotes(text, "sv", "Per Lund") == [("Per Lund", "Jag är glad")]


def test_person_named_inside_a_quote_is_no_antecedent():
    text = 'Fans chanted "We want Ola Vik" at the gate.\n\nHe said it was a "historic day" for the town.'
    assert quotes(text, "en", "Ola Vik") == []


def test_unnamed_social_media_user_after_a_channel():
    text = "Auf Twitter schrieb ein Nutzer: „Was für ein Spiel!“"
    assert quotes(text, "de", ("Twitter", "ORG")) == []


def test_identical_quote_is_listed_once():
    text = ("Kari Holm: ‘We want a broad government.’ Photograph: Agency\n"
            "“We want a broad government,” the prime minister said.\n")
    assert quotes(text, "en", "Kari Holm") == [("Kari Holm", "We want a broad government.")]
    text = ("Kari Holm: ‘We want a broad government with parties on both …’ Photograph: Agency\n"
            "“We want a broad government with parties on both sides,” the prime minister said.\n"
            "“A broad government is what we want. We want it now,” she said.\n")
    assert [t for _, t in quotes(text, "en", "Kari Holm")] == [
        "We want a broad government with parties on both …",
        "A broad government is what we want. We want it now"]


# -- through the pipeline ---------------------------------------------------------------------------
def test_pipeline_danish_and_swedish_seed_style(pipeline):
    da = Article(id="da", text="Nato holdt møde.\n\n– Risikoen er reel, siger Jens Stoltenberg.\n\n"
                                "– Vi står sammen, siger han.\n")
    sv = Article(id="sv", text="Natos generalsekreterare Jens Stoltenberg talade.\n"
                                "– Risken för en konflikt är verklig, sade Stoltenberg.\n")
    for article in (da, sv):
        result = pipeline.process(article)
        assert result.quotes and {q.speaker for q in result.quotes} == {"Jens Stoltenberg"}
        assert all(q.speaker_id == result.quotes[0].speaker_id for q in result.quotes)
        assert all(article.text[q.start:q.start + len(q.text)] == q.text for q in result.quotes)


def test_speed():
    import time

    paragraph = ("– Vi må stå sammen i denne krisen, og vi skal klare det, sier statsminister Kari Holm til NRK.\n\n"
                 "Regjeringen «vurderer» nye tiltak, skriver Avisa Sør.\n\n")
    text = paragraph * 12
    found = mentions(text, "Kari Holm", ("NRK", "ORG"), ("Avisa Sør", "ORG"))
    EXTRACT(text, "nb", found)
    start = time.perf_counter()
    for _ in range(20):
        EXTRACT(text, "nb", found)
    assert (time.perf_counter() - start) / 20 < 0.02
