"""The extraction snapshot tells a changed Article, and a page one side lacks, from equal ones."""

from __future__ import annotations

import json
from pathlib import Path

from bench import extraction_snapshot as snapshot


def _write(path: Path, rows: list[tuple[str, str, dict[str, object]]]) -> Path:
    lines = [json.dumps({"set": s, "page": p, "article": a}) for s, p, a in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_equal_snapshots_pass_and_a_changed_or_missing_page_fails(tmp_path: Path) -> None:
    one = {"text": "A", "authors": ["Nora Whitfield"]}
    other = {"text": "B", "authors": []}
    before = _write(tmp_path / "b.jsonl", [("wcxb", "0001", one), ("wcxb", "0002", other)])
    same = _write(tmp_path / "s.jsonl", [("wcxb", "0002", other), ("wcxb", "0001", one)])
    assert snapshot.compare(before, same) == 0
    changed = _write(tmp_path / "c.jsonl", [("wcxb", "0001", one), ("wcxb", "0002", one)])
    assert snapshot.compare(before, changed) == 1
    missing = _write(tmp_path / "m.jsonl", [("wcxb", "0001", one)])
    assert snapshot.compare(before, missing) == 1
