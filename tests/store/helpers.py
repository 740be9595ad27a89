"""Small Articles written for the store's tests, and a way to compare stores."""

from __future__ import annotations

from typing import Any

from newsgraph.article import Article, Entity, Image, Mention, Source, Speaker, Statement
from newsgraph.store import Store

TABLES = (
    "articles", "blocks", "images", "entities", "entity_forms", "entity_roles", "mentions",
    "statements", "problems", "speaker_counts",
)  # fmt: skip

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def make_article(
    n: int,
    *,
    speaker: str = "Anna Berg",
    key: str = "per:berg:an",
    role: str = "Bürgermeisterin",
    body: str = "",
    url: str | None = None,
    updated: str | None = None,
) -> Article:
    """Article ``n``: one paragraph in which ``speaker`` says something, one image."""
    quote = f"Wir bauen die Brücke Nummer {n} bis zum Herbst"
    lead = f"{role} {speaker} sagte am Montag: "
    text = body or (
        f"{lead}\u201e{quote}\u201c. Die Arbeiten in Ort{n} beginnen im Mai und kosten "
        f"{n} Millionen Euro, wie die Stadt mitteilte."
    )
    a = Article(
        source=Source(f"fixture-{n}.txt"),
        format="text",
        url=url or f"https://example.org/{n}",
        language="de",
        headline=f"Brücke {n} kommt",
        published=f"2025-01-{1 + n % 28:02d}",
        updated=updated,
        images=[Image(src=f"/img/{n}.jpg", caption=f"Die Brücke {n}", credit="Foto: Stadt")],
    )
    a.set_blocks([("paragraph", text)])
    start = text.find(speaker)
    if start >= 0:
        end = start + len(speaker)
        qs = text.find(quote)
        a.entities = [
            Entity("e1", "PER", speaker, key, [role], [Mention(start, end, speaker)]),
        ]
        a.statements = [
            Statement(
                "s1", "direct", quote, qs, qs + len(quote),
                speaker=Speaker(speaker, start, end, speaker, role), language="de",
            )
        ]  # fmt: skip
    a.finalize_id()
    return a


def hostile_article() -> Article:
    """An article whose every text carries markup and script."""
    body = f"Eva Stern sagte: \u201e{HOSTILE} ist gefährlich\u201c. {HOSTILE}"
    a = make_article(999, speaker="Eva Stern", key="per:stern:ev", role=HOSTILE, body=body)
    a.headline = f"Angriff {HOSTILE}"
    a.images = [Image(src="javascript:alert(1)", caption=HOSTILE, credit=HOSTILE)]
    return a


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, ordered, without run ids (which differ per run)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table in TABLES:
        rows = store.rows(f"SELECT * FROM {table}")
        for r in rows:
            r.pop("run", None)
        out[table] = sorted(tuple(map(repr, r.values())) for r in rows)
    return out
