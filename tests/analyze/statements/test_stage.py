"""The statements stage as a whole: in the pipeline, in the JSON record, on the command
line, and the author's own voice left out."""

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
