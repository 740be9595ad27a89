"""Bytes to text: BOM, declared charset, then UTF-8, then a guess.

German pages served as Latin-1 without a declaration are common; decoding
them as UTF-8 with replacement would turn every umlaut into mojibake, so an
undeclared page that is not valid UTF-8 is decoded by guessing, with
Windows-1252 (a superset of Latin-1) as the fallback.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)
_XML_DECL = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""")
# Characters that never occur in text: NUL and most C0 controls.
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    # Browsers decode "latin-1"/"iso-8859-1" as windows-1252 (WHATWG).
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def looks_binary(data: bytes) -> bool:
    """True when a sample of ``data`` is mostly not text."""
    sample = data[:8192]
    if not sample:
        return False
    if any(sample.startswith(bom) for bom, _ in _BOMS[1:]):
        return False  # UTF-16/32 text has NUL bytes
    return len(_BINARY.findall(sample)) > max(2, len(sample) // 100)


def declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    for pattern in (_META_CHARSET, _XML_DECL):
        m = pattern.search(head)
        if m:
            return _codec(m.group(1).decode("ascii", "ignore"))
    return None


def decode(data: bytes, hint: str | None = None, *, html: bool = True) -> str:
    """Decode ``data``: BOM, then ``hint`` (an HTTP charset), then a declared
    charset (HTML only), then UTF-8, then a guess."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace")
    for codec in (_codec(hint), declared_charset(data) if html else None):
        if codec:
            try:
                return data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                pass  # a wrong declaration: fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:65536]).best()
    codec = _codec(best.encoding) if best is not None else None
    # Guessing single-byte charsets from short German text is unreliable;
    # prefer cp1252 when it decodes and the guess is another single-byte table.
    if codec is None or (codec.startswith(("cp125", "iso8859", "mac")) and codec != "cp1251"):
        codec = "cp1252"
    return data.decode(codec, errors="replace")
