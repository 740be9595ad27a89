"""The statements stage on small texts the team wrote: kinds, speakers, cues, resolution."""

from __future__ import annotations

import newsgraph
from newsgraph.analyze.statements import find
from newsgraph.article import Article, Source
from newsgraph.cli import main

DE = (
    "US-Außenminister Marco Rubio, der an den Gesprächen teilnahm, sagte, der Ball sei nun "
    "im Feld der Russen. „Wenn sie nein sagen, wissen wir Bescheid.“ Die Gegenseite verstehe "
    "das.\n\nKreml-Sprecher Dmitri Peskow sagte, man werde die Erklärung prüfen. Rubio erklärte "
    "später, es gebe „keine Eile“. Er kündigte an, am Freitag zurückzukehren."
)


def by_speaker(text: str, language: str = "de") -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.speaker.name if s.speaker else None, s.text) for s in find(text, language)]


def test_german_indirect_direct_and_continuations() -> None:
    found = by_speaker(DE)
    kinds = [(k, n) for k, n, _ in found]
    assert kinds[:3] == [
        ("indirect", "Marco Rubio"),
        ("direct", "Marco Rubio"),
        ("indirect", "Marco Rubio"),
    ]
    assert found[0][2] == "der Ball sei nun im Feld der Russen"
    assert found[1][2] == "„Wenn sie nein sagen, wissen wir Bescheid.“"
    assert ("indirect", "Dmitri Peskow") in kinds
    assert ("mixed", "Marco Rubio") in kinds  # surname resolved to the full name
    assert kinds[-1] == ("indirect", "Marco Rubio")  # "Er" resolves to Rubio


def test_speaker_name_role_and_cue() -> None:
    s = find(DE, "de")[0]
    assert s.speaker is not None and s.cue is not None
    assert s.speaker.text == "US-Außenminister Marco Rubio"
    assert s.speaker.role == "US-Außenminister"
    assert s.cue.text == "sagte"


def test_reporting_phrases_and_colon_quotes() -> None:
    found = by_speaker(
        "Laut Polizei wurden drei Menschen verletzt. Merz: „Wir schaffen das.“ "
        "Den Angaben zufolge brannte das Haus vollständig ab."
    )
    assert found[0][:2] == ("reported", "Polizei")
    assert found[1][:2] == ("direct", "Merz")
    assert found[2][0] == "reported"


def test_no_statement_from_headings_or_captions() -> None:
    text = "„Der Ball liegt im Feld der Russen“\n\nUS-Präsident Donald Trump: Der Krieg muss enden"
    assert find(text, "de") == []


def test_english_patterns() -> None:
    found = by_speaker(
        '"We are ready," Foreign Secretary David Lammy told reporters. He said the talks '
        "would go on. According to the BBC, the meeting lasted two hours.",
        "en",
    )
    assert found[0][:2] == ("direct", "David Lammy")
    assert found[1][:2] == ("indirect", "David Lammy")
    assert found[2][:2] == ("reported", "BBC")


def test_english_appositions_sources_and_heads() -> None:
    text = (
        "Anna Berg, a spokeswoman for the city, said the bridge would open in May. "
        "According to a technical report published alongside the plan, the bridge cost "
        "40 million euros. Marc Delacroix of the Open Tech Coalition said it was a fair price. "
        "The talks were constructive, according to a statement issued on Tuesday."
    )
    found = find(text, "en")
    got = [(s.kind, s.speaker.text if s.speaker else None, s.text) for s in found]
    assert got[0] == (
        "indirect",
        "Anna Berg, a spokeswoman for the city",
        "the bridge would open in May",
    )
    assert got[1] == (
        "reported",
        "a technical report published alongside the plan",
        "the bridge cost 40 million euros",
    )
    assert found[2].speaker is not None and found[2].speaker.name == "Marc Delacroix"
    assert got[3] == ("reported", "a statement issued on Tuesday", "The talks were constructive")


def test_english_apposition_gives_name_and_role_and_passive_gives_no_speaker() -> None:
    text = (
        "Jonas Brekke, an analyst at Skagerrak Securities, said the cuts were overdue. "
        "Land managers have been criticised in the past for burning heather."
    )
    found = find(text, "en")
    assert len(found) == 1 and found[0].speaker is not None
    assert (found[0].speaker.name, found[0].speaker.role) == (
        "Jonas Brekke",
        "analyst at Skagerrak Securities",
    )


def test_english_subject_is_after_the_nearest_clause_opener() -> None:
    text = (
        "OSLO, May 20 (Reuters) - Halvorsen Maritime will cut 1,200 jobs, the company said, "
        "sending its shares up as investors welcomed the cost savings."
    )
    speakers = [s.speaker.text if s.speaker else None for s in find(text, "en")]
    assert speakers == ["the company", "investors"]


def test_english_subjects_of_lowercase_plural_nouns() -> None:
    found = find("Ministers met in Geneva while protesters said the deal was unfair.", "en")
    assert [(s.speaker.text if s.speaker else None, s.text) for s in found] == [
        ("protesters", "the deal was unfair")
    ]


def test_a_sentence_adverb_is_no_part_of_the_speaker() -> None:
    (found,) = find("Separately, Scottish Water asked customers to avoid using hosepipes.", "en")
    assert found.speaker is not None and found.speaker.text == "Scottish Water"


def test_a_role_of_several_words_is_no_part_of_the_name() -> None:
    (found,) = find("Secretary of State Marco Rubio said the talks would go on.", "en")
    assert found.speaker is not None
    assert (found.speaker.name, found.speaker.role) == ("Marco Rubio", "Secretary of State")


def test_multi_paragraph_english_quote() -> None:
    text = '"The first part.\n\n"The second part," she said.'
    quotes = [s for s in find(text, "en") if s.kind == "direct"]
    assert quotes and quotes[0].start == 0


def test_stage_in_pipeline_and_json_round_trip() -> None:
    article = newsgraph.process(DE, format="plain", language="de")
    assert article.statements
    for what, start, end, surface in article.spans():
        assert article.text[start:end] == surface, what
    again = Article.from_json(article.to_json())
    assert again.statements == article.statements
    empty = Article(source=Source("x"), format="plain")
    assert Article.from_dict(empty.to_dict()).statements == []


def test_quotes_command(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text(DE, encoding="utf-8")
    assert main(["quotes", "-f", "plain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Marco Rubio" in out and "US-Außenminister" in out and "indirect" in out


def test_german_frames_added_for_quotes_de() -> None:
    found = find(
        "Jetzt gab der Leiter der Kriminaldienststelle, Andreas Huber, bekannt, dass das "
        "Handy eingeloggt war. Nach Angaben der Polizei wurden drei Menschen verletzt. "
        "Teamchef Jean Todt stellt sich vor seinen Fahrer: „Er ist immer noch der Meister.“ "
        "Das Schiff „Graf Zeppelin“ wurde gefunden.",
        "de",
    )
    kinds = [(s.kind, s.speaker.name if s.speaker else None) for s in found]
    assert kinds == [
        ("indirect", "Andreas Huber"),  # "gab … bekannt" shares "gab" with "gab … an"
        ("reported", "Polizei"),
        ("direct", "Jean Todt"),  # a frame clause and a colon
    ]  # a quoted name is no statement
    assert found[0].speaker is not None
    assert found[0].speaker.role == "Leiter der Kriminaldienststelle"
    assert found[1].speaker is not None and found[1].speaker.text == "Angaben der Polizei"


def test_free_indirect_speech_runs_on_as_one_statement() -> None:
    found = find(
        "Der Iran streitet dies ab. Sein Programm diene der Forschung. Es gebe keine Waffen.",
        "de",
    )
    assert len(found) == 1 and found[0].speaker is not None
    assert found[0].speaker.name == "Iran"
    assert found[0].text == "Sein Programm diene der Forschung. Es gebe keine Waffen."


def test_german_subjects_frames_and_speakerless_quotes() -> None:
    found = find(
        "Das Komitee sagte, das Dekret sei ein Bruch des Rechts. "
        "Die Zeitung meldet, der Minister habe gelogen. "
        "„Das Milieu reicht bis in die Büros“, so Guttenberg wörtlich. "
        "Reflexartig wurde der Plan als „Angriff auf die Freiheit der Presse“ abgetan. "
        "Er verständigte die Polizei und teilte mit, dass er bewaffnet sei.",
        "de",
    )
    got = [(s.kind, s.speaker.text if s.speaker else None) for s in found]
    assert got == [
        ("indirect", "Das Komitee"),  # "das" opening a subject is an article here
        ("indirect", "Die Zeitung"),
        ("direct", "Guttenberg"),  # an adverb after the "so" frame
        ("direct", None),  # a quote in a sentence: kept, but a sentence adverb is no speaker
        ("indirect", "Er"),  # the subject of the first of two coordinated verbs
    ]


def test_german_object_first_and_subject_appositions() -> None:
    found = find(
        "Den Unmut der Partei brachte die Sprecherin der Fraktion, Anna Weber, zum Ausdruck: "
        "„Es gibt keinen Grund, Positionen aufzugeben.“ "
        "Lars Schauer, Manager von Energie Cottbus, bezeichnete die Entscheidung als mutig. "
        "Der Vorsitzende, Hans Bauer, warf der SPD eine Fehlentwicklung vor.",
        "de",
    )
    got = [(s.kind, s.speaker.text if s.speaker else None) for s in found]
    assert got[0] == ("direct", "die Sprecherin der Fraktion, Anna Weber")  # "Den …": an object
    assert got[1] == ("reported", "Lars Schauer, Manager von Energie Cottbus")  # no content
    assert got[2] == ("reported", "Der Vorsitzende, Hans Bauer")  # "der SPD": not the subject


def test_german_frames_inside_and_around_the_content() -> None:
    found = find(
        "Die Chemikalie stand unter Druck, wie Burt Rutan, Chef der Firma Scaled, mitteilte. "
        "Doch sei es, so der Schriftsteller Musa Okwanga in einem Blog, ein Fehler gewesen. "
        "„Wir sind überzeugt, dass es richtig war“ heißt es dazu in einer Mitteilung des "
        "Vereins. Das Beben hat 65 Menschen getötet. Dies bestätigte der Premierminister John "
        "Key. Demnach seien viele Häuser zerstört.",
        "de",
    )
    got = [(s.speaker.text if s.speaker else None, s.text) for s in found]
    assert got[0] == ("Burt Rutan, Chef der Firma Scaled", "Die Chemikalie stand unter Druck")
    assert got[1][0] == "der Schriftsteller Musa Okwanga"
    assert found[1].spans and found[1].spans[1].text == "ein Fehler gewesen"
    assert got[2] == ("einer Mitteilung des Vereins", "„Wir sind überzeugt, dass es richtig war“")
    assert got[3] == ("der Premierminister John Key", "Das Beben hat 65 Menschen getötet. Dies")
    assert found[4].speaker is not None and found[4].speaker.text == "Demnach"
    assert found[4].speaker.name == "John Key"  # the word stands for the source just named


def test_glued_sentences_of_a_text_dump_are_split() -> None:
    found = find(
        "„Wir gehen jetzt nach Hause und ruhen uns aus“, sagte der Papst.Der Bruder des Papstes "
        "war eingeweiht.",
        "de",
    )
    assert [(s.kind, s.speaker.text if s.speaker else None) for s in found] == [
        ("direct", "der Papst")
    ]


def spans(text: str) -> list[tuple[str, str | None]]:
    """(kind, speaker span as written) for each statement."""
    return [(s.kind, s.speaker.text if s.speaker else None) for s in find(text, "de")]


def test_a_source_phrase_beats_a_bare_reporting_verb() -> None:
    # "verurteilt" reads as reporting speech, but the sentence is what the source says
    found = find("Laut der Menschenrechtsgruppe wurden zwei Journalisten verurteilt.", "de")
    assert [(s.kind, s.speaker.text if s.speaker else None) for s in found] == [
        ("reported", "der Menschenrechtsgruppe")
    ]


def test_colon_frames_after_a_subordinate_clause_and_in_the_konjunktiv() -> None:
    text = (
        "Weil die Lage sich zuspitzt, mahnte der Sprecher der Stadtwerke, Jan Hoff, die "
        "Kunden: „Sparen Sie Wasser.“"
    )
    assert spans(text) == [("direct", "der Sprecher der Stadtwerke, Jan Hoff")]
    # a colon frame in the Konjunktiv I goes on with the last speaker, not its own subject
    text = (
        "Die Ministerin Eva Lang sagte, die Region habe Hilfe geschickt. Die Nachbarn seien "
        "dafür dankbar: „Sie haben uns nicht vergessen.“"
    )
    found = find(text, "de")
    assert len(found) == 2
    assert found[1].speaker is not None and found[1].speaker.name == "Eva Lang"


def test_a_preposition_after_the_subject_is_no_verb() -> None:
    text = (
        "Die Delegationsleiterin Ute Kern sagte: „Wir sind zufrieden.“ Ziel der Delegation "
        "bei den Gesprächen sei es gewesen, „Vertrauen aufzubauen“."
    )
    found = find(text, "de")
    assert found[-1].speaker is not None and found[-1].speaker.name == "Ute Kern"


def test_a_relative_clause_in_the_content_keeps_its_verb() -> None:
    text = "Ein Sturm, der über dem Meer lag, habe die Küste erreicht, meldet der Wetterdienst."
    assert spans(text) == [("indirect", "der Wetterdienst")]


def test_quotes_in_passive_clauses_and_after_a_prepositional_field() -> None:
    assert spans("Die Gefahr wird vom Wetterdienst als „sehr hoch“ eingestuft.") == [
        ("direct", "Wetterdienst")
    ]
    text = "In seiner Rede befand der Bürgermeister Max Roth den Plan für „mutig und richtig“."
    assert spans(text) == [("direct", "der Bürgermeister Max Roth")]
    # but "laut …" first is a source, no subject after the verb
    text = "Laut der Zeitung befand der Bürgermeister den Plan für „mutig und richtig“."
    assert ("direct", "der Bürgermeister") not in spans(text)


def test_the_verb_before_a_source_phrase_is_no_part_of_it() -> None:
    found = find("Sie stammen Medienberichten zufolge aus einer kleinen Stadt.", "de")
    assert found[0].speaker is not None and found[0].speaker.text == "Medienberichten"


def test_a_relative_pronoun_names_the_speaker_of_its_clause() -> None:
    text = "Die Polizei befragte zwei Zeugen, die berichteten, der Mann sei bewaffnet gewesen."
    found = find(text, "de")
    assert found[0].speaker is not None and found[0].speaker.text == "die"
    text = (
        "In der Sendung trat ein Bischof aus Köln auf, der die Gläubigen aufforderte, "
        "Geduld zu haben."
    )
    s = find(text, "de")[0]
    assert s.speaker is not None and s.speaker.text == "der" and s.speaker.role == "Bischof"
    # an apposition is no relative clause; a thing is no speaker
    text = "Anna Roth, die Sprecherin der Stadt teilte mit, dass die Brücke gesperrt sei."
    assert spans(text) == [("indirect", "Anna Roth, die Sprecherin der Stadt")]
    text = "Der Verband verbreitete eine Darstellung, die der Regierung widerspricht."
    assert all(sp != "die" for _, sp in spans(text))


def test_an_adjective_before_its_noun_is_no_cue() -> None:
    text = "Der Spieler, der wegen wiederholten Fouls vom Platz musste, nannte das „unfair“."
    assert all(s.cue is None or s.cue.text != "wiederholten" for s in find(text, "de"))


def test_a_sentence_adverb_before_the_verb_is_no_speaker() -> None:
    assert spans("Unmissverständlich sagt das Gericht, die Klage sei unbegründet.") == [
        ("indirect", "das Gericht")
    ]
    assert spans("Aktuell lässt sie erklären: „Ich trete nicht zurück.“") == [("direct", "sie")]
    assert spans("Tatsächlich erklärte der Trainer, er sei zufrieden.") == [
        ("indirect", "der Trainer")
    ]


def test_an_amount_is_no_number_in_a_name() -> None:
    found = find("Dabei wurden nach Behördenangaben 7.000 Menschen in Sicherheit gebracht.", "de")
    assert found[0].speaker is not None and found[0].speaker.text == "Behördenangaben"


def test_the_subject_of_a_passive_quoting_verb_speaks() -> None:
    text = "Die Trainerin wird auf der Website wie folgt zitiert: „Wir geben nicht auf.“"
    assert spans(text) == [("direct", "Die Trainerin")]
    assert spans("Der Minister wird mit den Worten zitiert, er sei zufrieden.") == [
        ("indirect", "Der Minister")
    ]


def test_a_function_word_in_a_name_makes_no_one_seen() -> None:
    # "der" in "Amt der Republik" must not make "Teil der Ladung" someone already named
    text = (
        "Das Auswärtige Amt der Republik meldete, der erste Hilfsflug sei gelandet. Teil der "
        "Ladung waren Zelte und Decken, die dringend benötigt würden. Weitere Flüge seien "
        "unterwegs."
    )
    found = find(text, "de")
    assert all(s.speaker is None or s.speaker.text != "Teil der Ladung" for s in found)


def test_a_nominative_or_an_amount_after_a_source_is_no_part_of_it() -> None:
    # "der überwiegende Teil" cannot be a genitive: the source ends before it
    text = "Im Lager ist nach Auskunft der Behörde der überwiegende Teil verbrannt."
    found = find(text, "de")
    assert [s.speaker.text for s in found if s.speaker] == ["Auskunft der Behörde"]
    text = "Laut der Zeitung 40 Menschen seien verletzt worden."
    assert spans(text)[0][1] == "der Zeitung"
    # a number in a name still is: "Bündnis 90/Die Grünen"
    text = "Die Sprecherin von Bündnis 90/Die Grünen, Eva Roth, sagte, man sei zufrieden."
    assert spans(text) == [("indirect", "Die Sprecherin von Bündnis 90/Die Grünen, Eva Roth")]


def test_a_demonstrative_before_its_verb_is_the_speaker() -> None:
    # "baten" ends like an adjective but is the verb: the speaker is "Diese" alone
    text = (
        "Ein Passant wurde von zwei Männern angesprochen. Diese baten ihn um Geld und "
        "drohten ihm an, ihn zu durchsuchen."
    )
    assert ("indirect", "Diese") in spans(text)
    text = "Der Fahrer wurde befragt. Dieser behauptete, sein Chef sei bewaffnet gewesen."
    assert ("indirect", "Dieser") in spans(text)


def test_a_time_before_the_verb_is_no_speaker() -> None:
    assert spans("Vergangene Woche sagte die Ministerin, sie sei zufrieden.") == [
        ("indirect", "die Ministerin")
    ]
    assert spans("Letztes Jahr hatte die Regierung erklärt, die Steuern würden sinken.") == [
        ("indirect", "die Regierung")
    ]


def test_a_name_inside_an_attribute_before_the_head_is_not_the_speakers_name() -> None:
    text = (
        "In einer am Donnerstagmorgen verbreiteten Mitteilung heißt es, die Brücke "
        "bleibe bis Ende Mai gesperrt."
    )
    (statement,) = find(text, "de")
    assert statement.speaker is not None and statement.speaker.name
    assert "Mitteilung" in statement.speaker.name
    assert "Donnerstagmorgen" not in statement.speaker.name


def test_two_people_joined_after_a_comma_are_both_speakers_and_then_they() -> None:
    text = (
        "Landtagspräsidentin Helga Brandt, und Bürgermeister Jonas Wirth betonten, "
        "der Ausbau habe Vorrang. Sie sprachen von einem „guten Tag für die Stadt“."
    )
    found = find(text, "de")
    names = [s.speaker.name for s in found if s.speaker]
    assert names[0] == "Helga Brandt und Jonas Wirth"
    assert names[-1] == "Helga Brandt und Jonas Wirth"  # "Sie" are the two of them


def _speakers(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    article = newsgraph.process(text, format="plain", language=language)
    return [(s.speaker.text, s.speaker.name) for s in article.statements if s.speaker]


def test_he_and_she_mean_a_person_the_entity_stage_found_not_a_report() -> None:
    text = (
        "Mayor Ana Ruiz said the new bridge would open on Monday. According to the 2025 "
        "Transport Index, traffic across the river fell by a third last year. "
        "\u201cWe kept our promise to this city,\u201d she said."
    )
    assert _speakers(text)[-1] == ("she", "Ana Ruiz")


def test_he_is_not_the_company_after_a_title() -> None:
    text = (
        "\u201cPrices will fall before the summer,\u201d said Tom Baker, president, Harbor "
        "Freight Supply. \u201cWe expect a good year for the whole region,\u201d he added."
    )
    assert _speakers(text)[-1] == ("he", "Tom Baker")


def test_english_inverted_frame_takes_the_whole_title_and_no_content_after_it() -> None:
    text = (
        "\u201cMost cities do not need a new stadium,\u201d said Harlow University urban planning "
        "professor Denise Okafor, director of the Centre for Transit Studies."
    )
    (statement,) = find(text, "en")
    assert statement.kind == "direct" and statement.speaker is not None
    assert statement.speaker.name == "Denise Okafor"


def test_a_statement_is_never_its_own_speaker() -> None:
    text = (
        "Funding matters. \u201cThe results surprised everyone on the team,\u201d said Dr. Priya "
        "Raman, PhD \u201919, a marine biologist at the institute. \u201cNobody expected it.\u201d"
    )
    found = find(text, "en")
    assert all(s.speaker is None or s.text != s.speaker.text for s in found)
    assert [s.kind for s in found] == ["direct", "direct"]


def test_an_english_scene_setting_phrase_is_no_content_and_the_subject_follows_it() -> None:
    text = (
        "On the strength of the survey, the city council urged landlords to fit heat pumps. "
        "Despite the high costs, tenants said that the change was overdue."
    )
    found = [(s.text, s.speaker.name if s.speaker else None) for s in find(text, "en")]
    assert found == [
        ("landlords to fit heat pumps", "city council"),
        ("that the change was overdue", "tenants"),
    ]


def test_english_words_in_quotes_and_openers_are_no_statements_or_speakers() -> None:
    # a word in quotes with no one saying it; a sentence adverb; a subordinator
    text = (
        "Lately we have seen some truly odd sites \u201cpowered\u201d by AI. Basically, we "
        "rejected any plan that doubled the travel time. You can choose \u201cAnywhere at "
        "all\u201d as your destination."
    )
    found = [(s.kind, s.speaker.text if s.speaker else None) for s in find(text, "en")]
    assert ("direct", None) not in found and all(
        who not in ("Basically", "You") for _, who in found
    )


def test_english_brand_names_stay_whole() -> None:
    found = find(
        "Tripadvisor said it would end its booking features. DeepSeek said its prices "
        "would stay low.",
        "en",
    )
    assert [s.speaker.name for s in found if s.speaker] == ["Tripadvisor", "DeepSeek"]


def test_the_authors_own_voice_is_no_statement() -> None:
    """A first-person frame outside quotation marks is the article's own claim; quoted
    first-person words keep the speaker their frame names."""
    en = (
        "I told the council last week that the plan would fail. "
        "We warned then that the bridge was unsafe."
    )
    assert find(en, "en") == []
    de = "Wie wir berichteten, sei die Brücke gesperrt. Ich sage, dass das falsch ist."
    assert find(de, "de") == []
    quoted = find(
        "„Ich bleibe im Amt, bis die Brücke fertig ist“, sagte Bürgermeisterin Anna Roth.", "de"
    )
    assert [s.speaker.name if s.speaker else None for s in quoted] == ["Anna Roth"]


def test_german_person_nouns_by_their_feminine_form() -> None:
    """A noun whose feminine form is a noun names a person, also as a compound's last part
    ("Landwirt": "Wirtin"); nouns without one are no role."""
    from newsgraph.analyze.statements.rules import rules

    de = rules("de")
    for word in ("Läufer", "Landwirt", "Interimscoach", "Expertin", "Juristen", "Kollegin"):
        assert de.role_of(word) == "person", word
    for word in ("Papier", "Technik", "Duell", "Medizin", "Benzin", "Warnung"):
        assert de.role_of(word) is None, word
