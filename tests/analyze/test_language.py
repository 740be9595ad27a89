"""Language detection: plain German or English without py3langid's model, every
other text (and every doubtful one) by py3langid."""

from __future__ import annotations

import subprocess
import sys

from newsgraph.analyze.language import detect

_DE = (
    "Der Stadtrat hat am Montagabend nach langer Debatte den neuen Haushalt beschlossen. Die "
    "Mehrheit stimmte für die Pläne der Verwaltung, die Opposition kritisierte die hohen Kosten. "
    "Bürgermeisterin Anna Weber sagte, man habe einen guten Kompromiss gefunden, und es sei nun "
    "an der Zeit, die Projekte umzusetzen, die seit Jahren auf der Liste der Stadt stehen."
)
_EN = (
    "The city council of Riverton voted on Tuesday evening to close the old harbour bridge to "
    "heavy trucks from next month. Engineers had found cracks in two of its steel girders during "
    "a routine inspection in May. The mayor said that repairs would start in the autumn and that "
    "they would take about a year, and that buses and cars may still use the bridge."
)
_NL = (
    "De gemeenteraad van Amsterdam heeft dinsdagavond besloten om de oude brug over de haven te "
    "sluiten voor zwaar vrachtverkeer. Ingenieurs hadden bij een routine-inspectie in mei scheuren "
    "gevonden in twee van de stalen liggers. De burgemeester zei dat de reparaties in het najaar "
    "zouden beginnen en ongeveer een jaar zouden duren. Bussen en auto's mogen de brug gebruiken."
)


def test_plain_german_and_english_need_no_model() -> None:
    code = (
        "import sys; from newsgraph.analyze.language import detect; "
        f"print(detect({_DE!r})[0], detect({_EN!r})[0], 'py3langid' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["de", "en", "False"]


def test_a_language_close_to_german_goes_to_the_model() -> None:
    assert detect(_NL)[0] == "nl"
