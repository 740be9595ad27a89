"""Lines of a text dump: markdown markers removed, features measured.

html2text writes markdown (``# Title``, ``* item``, ``![alt](src)``,
``**bold**``, ``1\\. escaped``); inscriptis and text browsers write bullets
(``*``, ``+``, ``o``, ``1.``) and indentation. Both become a ``Line`` with
the clean text and the markers as flags, so the classifier sees one shape.
Every pattern here is linear: no nested quantifiers, bounded repeats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# List bullets of html2text ("* ", "- ", "+ "), inscriptis ("* ", "+ ", "o "),
# text browsers ("• ", "1. ") and copy-paste ("· ", "▪ ").
_BULLET = re.compile(r"^(?:[*+•·▪◦‣–-]|o(?= )|\d{1,3}[.)])[ \t]+(?=\S)")
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+")
# The alt text may hold one level of brackets ("Tsentr [Centre] Group").
_MD_IMAGE = re.compile(
    r"!\[((?:[^\[\]\n]|\[[^\[\]\n]{0,200}\]){0,2000})\]"
    r"\([ \t]*([^()\s]{0,3000})(?:[ \t]+[^()\n]{0,5000})?\)"
)
_MD_LINK = re.compile(
    r"\[([^\[\]\n]{0,2000})\]\([ \t]*[^()\s]{0,3000}(?:[ \t]+\"[^\"\n]{0,500}\")?[ \t]*\)"
)
# What is left of an image whose markup html2text broke over two lines.
_MD_IMAGE_REST = re.compile(r"^!?\(?[ \t]*https?://\S+\)?$|^!\[[^\]]{0,2000}$")
# The end of an alt text that html2text broke over lines: "…long-term ](src)".
_MD_IMAGE_TAIL = re.compile(r"\][ \t]*\([ \t]*[^()\s]{1,3000}(?:[ \t][^()\n]{0,3000})?\)[ \t]*$")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_MD_ITALIC = re.compile(r"(?<![\w\\])_(?=\S)|(?<=\S)_(?!\w)")
_QUOTE = re.compile(r"^>[ \t]?")
_WORD = re.compile(r"\w+")
_EMPTY_LINK = re.compile(r"\[\s*\](?:\([ \t]*[^()\s]{0,3000}[ \t]*\))?")

# The first characters of a heading, quote or bullet marker (digits aside).
_MARKER_FIRST = frozenset("#>*+•·▪◦‣–-o")

# A paragraph hard-wrapped at a width: at least this many lines, the longest this long.
_WRAPPED_LINES = 3
_MIN_WRAP, _MAX_WRAP = 50, 120
MAX_LINE = 20_000  # longer lines are cut into pieces so no feature is ever slow


@dataclass(slots=True)
class Line:
    """One non-empty line; ``kind`` is set by the classifier."""

    index: int
    text: str
    indent: int = 0
    blank_before: bool = False
    heading: int = 0
    bullet: bool = False
    quote: bool = False
    image: tuple[str, str] | None = None
    words: int = 0
    stops: int = 0
    kind: str = "short"
    tokens: list[str] = field(default_factory=list)


def parse_lines(content: str) -> list[Line]:
    """The non-empty lines of ``content`` with markers stripped into flags."""
    lines: list[Line] = []
    blank = True
    for raw in _unwrap(_physical_lines(content)):
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        line = _parse(stripped, len(lines), blank)
        line.indent = len(raw) - len(raw.lstrip())
        blank = False
        if line.text or line.image:
            lines.append(line)
    return lines


def _physical_lines(content: str) -> list[str]:
    """Lines, with very long ones cut at spaces into MAX_LINE-sized pieces."""
    out: list[str] = []
    for raw in content.splitlines():
        start = 0
        while len(raw) - start > MAX_LINE:
            cut = raw.rfind(" ", start, start + MAX_LINE)
            cut = cut if cut > start + MAX_LINE // 2 else start + MAX_LINE
            out.append(raw[start:cut])
            start = cut
        out.append(raw[start:] if start else raw)
    return out


def _wrap_width(raw_lines: list[str]) -> int | None:
    """The column a text browser or ``body_width`` wrapped at, or None: most
    long lines end within a few columns of one width and none goes past it."""
    lengths = [len(r.rstrip()) for r in raw_lines]
    long = sorted(n for n in lengths if n >= 40)
    if len(long) < 8:
        return None
    width = long[int(len(long) * 0.9)]
    near = sum(1 for n in long if width - 15 <= n <= width)
    beyond = sum(1 for n in long if n > width + 2)
    if width > 160 or near < 0.6 * len(long) or beyond > 0.05 * len(long):
        return None
    return width


def _unwrap(raw_lines: list[str]) -> list[str]:
    """Join hard-wrapped paragraph lines back into one line each."""
    width = _wrap_width(raw_lines)
    if width is None:
        return _unwrap_paragraphs(raw_lines)
    out: list[str] = []
    joinable = False
    for raw in raw_lines:
        stripped = raw.strip()
        starts_block = not stripped or _BULLET.match(stripped) or stripped[:1] in "#>!|"
        if joinable and not starts_block:
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(raw)
        # A line that reaches the wrap column was cut there: the next one continues it.
        joinable = bool(stripped) and len(raw.rstrip()) >= width - 15
    return out


def _unwrap_paragraphs(raw_lines: list[str]) -> list[str]:
    """Join the lines of paragraphs a page broke with ``<br>`` at a fixed width
    (the rest of the dump is not wrapped, so ``_wrap_width`` finds no width): a
    run of lines between blank lines, all but the last near the run's longest,
    most of them going on in lower case ("…accessories used in a" / "fitness
    facility to help…"). Menus and lists start their lines with capitals."""
    out: list[str] = []
    run: list[str] = []
    for raw in raw_lines:
        stripped = raw.strip()
        if stripped and not _BULLET.match(stripped) and stripped[:1] not in "#>!|":
            run.append(raw)
            continue
        out.extend(_joined(run))
        out.append(raw)
        run = []
    out.extend(_joined(run))
    return out


def _joined(run: list[str]) -> list[str]:
    """``run`` as one line when it is a paragraph hard-wrapped at one width."""
    if len(run) < _WRAPPED_LINES:
        return run
    lengths = [len(r.strip()) for r in run]
    width = max(lengths)
    if not _MIN_WRAP <= width <= _MAX_WRAP or min(lengths[:-1]) < 0.7 * width:
        return run
    lower = sum(1 for r in run[1:] if r.strip()[:1].islower())
    if lower * 2 < len(run) - 1:
        return run
    return [run[0].rstrip() + " " + " ".join(r.strip() for r in run[1:])]


def _parse(text: str, index: int, blank_before: bool) -> Line:
    """One stripped line to a Line: markers to flags, inline markdown removed."""
    line = Line(index, text, blank_before=blank_before)
    for _ in range(3):  # "> ## …", "* # …": markers nest in any order
        if text[:1] not in _MARKER_FIRST and not text[:1].isdigit():
            break
        m = _MD_HEADING.match(text)
        if m:
            line.heading = len(m.group(1))
            text = text[m.end() :].rstrip("# \t")
            continue
        m = _QUOTE.match(text)
        if m:
            line.quote = True
            text = text[m.end() :]
            continue
        m = _BULLET.match(text)
        if m and not line.bullet:
            line.bullet = True
            text = text[m.end() :]
            continue
        break
    if "![" in text:
        images = _MD_IMAGE.findall(text)
        text = _EMPTY_LINK.sub("", _MD_IMAGE.sub(" ", text))
        if images:
            alt, src = images[0]
            line.image = (clean_inline(alt), src)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if _broken_image(text):
        text = ""
    text = clean_inline(text)
    line.text = text
    line.tokens = _WORD.findall(text.lower())
    line.words = len(line.tokens)
    return line


def _broken_image(text: str) -> bool:
    """The head or tail of image markup that html2text broke over lines."""
    if text[:1] == "!" and _MD_IMAGE_REST.match(text):
        return True
    return "](" in text and _MD_IMAGE_TAIL.search(text) is not None


def clean_inline(text: str) -> str:
    """Text without markdown emphasis and escapes, spaces collapsed."""
    if "**" in text:
        text = text.replace("**", "")
    if "__" in text:
        text = text.replace("__", "")
    if "_" in text:
        text = _MD_ITALIC.sub("", text)
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    return " ".join(text.split())
