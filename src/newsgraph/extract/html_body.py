"""trafilatura's body tree to our blocks, and the clean-up it does not do.

trafilatura's output is XML (``p``, ``head``, ``list``, ``quote``, ``table``,
and on its fallback paths a plain ``div`` holding them); we walk it into
``(kind, text)`` blocks. Then lines that are not article text move out:
photo captions and credits that leaked into paragraphs, the agency
signature at the end ("(dpa)", "se/sti (afp, rtr)"), a wire story's credit
line ("(Reporting by …; Editing by …)") and editorial notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from newsgraph.article import BlockKind
from newsgraph.extract import agencies as agency_names
from newsgraph.extract.credit_lines import credit_line
from newsgraph.extract.credits import only_credit, split_credit
from newsgraph.extract.dates import find_dates
from newsgraph.lang import merged

_KINDS: dict[str, BlockKind] = {
    "p": "paragraph",
    "head": "heading",
    "quote": "quote",
    "code": "paragraph",
}
_SKIP = ("graphic", "comments", "note", "fw")
_BLOCKISH = frozenset(("p", "head", "list", "item", "quote", "table", "row", "cell", "lb", "div"))
# A signature glued to the last sentence: "… sagte er. (dpa)", "… (afp, rtr)".
_MAX_HEADING = 150
_HEADER_BLOCKS = 3  # where a leaked dateline can stand
_TAIL_SIGNATURE = re.compile(r"(?<=[.!?\"“”»«])\s*(?P<sig>\([^()]{2,60}\))\s*$")

Blocks = list[tuple[BlockKind, str]]


@dataclass
class Cleaned:
    """Blocks after clean-up, with what was moved out of them."""

    blocks: Blocks
    agencies: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    writers: list[str] = field(default_factory=list)  # named by a wire credit line


def body_blocks(body: Any) -> Blocks:
    """``(kind, text)`` blocks of trafilatura's body element, in order."""
    blocks: Blocks = []
    _walk(body, blocks)
    return [(kind, text) for kind, text in blocks if text]


def _walk(el: Any, blocks: Blocks) -> None:
    if el.text and el.text.strip():
        blocks.append(("paragraph", _squash(el.text)))
    for child in el:
        if child.tag in _SKIP:
            pass
        elif child.tag == "list":
            items = [_squash(_text(item)) for item in child.findall("item")]
            blocks.append(("list", "\n".join(i for i in items if i)))
        elif child.tag == "table":
            blocks.extend(("paragraph", row) for row in _rows(child))
        elif child.tag in _KINDS:
            blocks.append((_KINDS[child.tag], _squash(_text(child))))
        elif len(child) and any(c.tag in _KINDS or c.tag in ("list", "table") for c in child):
            _walk(child, blocks)
        else:
            blocks.append(("paragraph", _squash(_text(child))))
        if child.tail and child.tail.strip():
            blocks.append(("paragraph", _squash(child.tail)))


def _rows(table: Any) -> list[str]:
    rows = []
    for row in table.findall("row"):
        cells = [_squash(_text(cell)) for cell in row.findall("cell")]
        line = " | ".join(c for c in cells if c)
        if line:
            rows.append(line)
    return rows


def _text(el: Any) -> str:
    """All text of ``el``; block children (nested paragraphs, items, cells, line
    breaks) are set apart by a space so their words do not run together."""
    parts = [el.text or ""]
    for child in el:
        if child.tag in _SKIP:
            pass
        elif child.tag in _BLOCKISH:
            parts.append(f" {_text(child)} ")
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _squash(text: str) -> str:
    return " ".join(text.split())


# -- clean-up ----------------------------------------------------------------------------------
@cache
def _note_prefixes() -> tuple[str, ...]:
    return tuple(p.lower() for p in merged("html", "note_prefixes"))


def heading_keys(tree: Any) -> set[str]:
    """Keys of the page's subheadings: ``h2``–``h6``, and paragraphs that are
    bold and nothing else (``<p><b>Zwischentitel</b></p>``). trafilatura's plain
    output keeps the text of both but not always what they are."""
    keys: set[str] = set()
    for el in tree.iter("h2", "h3", "h4", "h5", "h6", "p"):
        text = _squash(el.text_content())
        if not text or len(text) > _MAX_HEADING:
            continue
        if el.tag == "p" and not _only_bold(el, text):
            continue
        keys.add(_key(text))
    return keys


def _only_bold(el: Any, text: str) -> bool:
    bold = "".join(_squash(b.text_content()) for b in el if b.tag in ("b", "strong"))
    return bold == text.replace(" ", "") or _squash(bold) == text


def _is_dateline(text: str) -> bool:
    """A short line that is mostly dates ("Mittwoch, 18. Juni 2025 · zuletzt geändert: …")."""
    if len(text) > _MAX_HEADING:
        return False
    dates = find_dates(text)
    return bool(dates) and sum(d.end - d.start for d in dates) * 3 >= len(text)


def clean(blocks: Blocks, captions: list[str], headings: set[str] | None = None) -> Cleaned:
    """Drop leaked captions/credits and datelines, mark subheadings, move notes,
    the agency signature and a wire credit line (its writers kept) out."""
    known = {_key(c) for c in captions if c}
    out = Cleaned([])
    for i, (kind, text) in enumerate(blocks):
        if kind == "paragraph" and _is_caption_line(text, known):
            continue
        if i < _HEADER_BLOCKS and kind == "paragraph" and _is_dateline(text):
            continue  # the dateline under the headline; dates further down are data
        if kind == "paragraph" and headings and _key(text) in headings:
            kind = "heading"
        if kind == "paragraph" and text.lower().startswith(_note_prefixes()):
            out.notes.append(text)
            continue
        credited = credit_line(text) if kind == "paragraph" else None
        if credited is not None:
            out.writers += [w for w in credited[0] if w not in out.writers]
            out.agencies += [a for a in credited[1] if a not in out.agencies]
            continue
        out.blocks.append((kind, text))
    _move_signature(out)
    return out


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _is_caption_line(text: str, known: set[str]) -> bool:
    """A paragraph that is a figure's caption (maybe with its credit), or only a credit."""
    if len(text) > 600:
        return False
    if _key(text) in known:
        return True
    caption, credit = split_credit(text)
    return only_credit(caption, credit) or (credit is not None and _key(caption) in known)


def _move_signature(out: Cleaned) -> None:
    """The agency signature is the last line or the last paragraph's tail."""
    while out.blocks:
        kind, text = out.blocks[-1]
        found = agency_names.signature(text) if len(text) < 80 else None
        if found is None:
            break
        out.agencies += [a for a in found if a not in out.agencies]
        out.blocks.pop()
    if not out.blocks:
        return
    kind, text = out.blocks[-1]
    m = _TAIL_SIGNATURE.search(text)
    if m and kind == "paragraph":
        found = agency_names.signature(m.group("sig"))
        if found:
            out.agencies += [a for a in found if a not in out.agencies]
            out.blocks[-1] = (kind, text[: m.start()].rstrip())
