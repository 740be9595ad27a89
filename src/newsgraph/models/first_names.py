"""Build ``first_names.tsv.gz``: first names with the gender they are given to.

Why: "er" and "sie" mean a man or a woman, and a pronoun bound to a person of the other
gender puts the words in the wrong mouth. News gives a person's gender through the first
name more often than through anything else. The names come from the person providers of
Faker (MIT; the version pinned in the ``model`` extra), every locale written in Latin
letters: a name is "m" or "f" when the lists give it to one gender at least three times
as often as to the other ("Andrea" is f: 23 lists against 2), and is left out otherwise
("Kim").

    python -m newsgraph.models.first_names
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import pkgutil
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "first_names.tsv.gz"
SKEW = 3  # one gender at least this many times as often as the other


def counts() -> tuple[Counter[str], Counter[str]]:
    """How many of Faker's locales list each (lower-case) first name as male, as female."""
    import faker.providers.person as providers

    male: Counter[str] = Counter()
    female: Counter[str] = Counter()
    for module in sorted(m.name for m in pkgutil.iter_modules(providers.__path__)):
        provider = importlib.import_module(f"faker.providers.person.{module}").Provider
        for attr, bag in (("first_names_male", male), ("first_names_female", female)):
            names = getattr(provider, attr, ())
            for name in set(names):
                if name[:1].isupper() and all(ord(c) < 0x250 or c in "-'’" for c in name):
                    bag[name.lower()] += 1
    return male, female


def genders(male: Counter[str], female: Counter[str]) -> dict[str, str]:
    out = {}
    for name in sorted(set(male) | set(female)):
        m, f = male[name], female[name]
        if m >= SKEW * f:
            out[name] = "m"
        elif f >= SKEW * m:
            out[name] = "f"
    return out


def write(found: dict[str, str], path: Path = OUT) -> None:
    """A byte-identical file for the same names: sorted, no time stamp in the gzip header."""
    body = "".join(f"{name}\t{g}\n" for name, g in sorted(found.items()))
    packed = gzip.compress(body.encode(), mtime=0)  # no file name, no time stamp
    path.write_bytes(packed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    found = genders(*counts())
    write(found, args.out)
    print(f"{len(found)} first names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
