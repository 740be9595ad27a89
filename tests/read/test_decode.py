from __future__ import annotations

import codecs

from newsgraph.read.decode import declared_charset, decode, looks_binary

GERMAN = "Die Bürgermeisterin äußerte sich über Straßenbäume und Öffnungszeiten."


def test_utf8_bom_is_removed() -> None:
    assert decode(codecs.BOM_UTF8 + GERMAN.encode()) == GERMAN


def test_utf16_bom() -> None:
    assert decode(codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le")) == GERMAN


def test_declared_latin1_is_decoded_without_mojibake() -> None:
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{GERMAN}</p>'
    assert GERMAN in decode(page.encode("latin-1"))


def test_http_equiv_declaration() -> None:
    page = (
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        f"<p>{GERMAN} „Zitat“</p>"
    )
    assert declared_charset(page.encode("cp1252")) == "cp1252"
    assert "„Zitat“" in decode(page.encode("cp1252"))


def test_undeclared_latin1_german_is_guessed_right() -> None:
    page = f"<html><body><p>{GERMAN} {GERMAN}</p></body></html>"
    assert GERMAN in decode(page.encode("latin-1"))


def test_wrong_declaration_falls_back() -> None:
    page = f'<meta charset="utf-8"><p>{GERMAN}</p>'.encode("latin-1")
    assert GERMAN in decode(page)


def test_http_hint_wins_over_guessing() -> None:
    assert decode(GERMAN.encode("latin-1"), hint="ISO-8859-1") == GERMAN


def test_binary_detection() -> None:
    assert looks_binary(bytes(range(256)) * 40)
    assert not looks_binary(GERMAN.encode())
    assert not looks_binary(codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"))
