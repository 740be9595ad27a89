"""A person's gender as the article gives it, for the pronouns that carry one.

Why: "er" and "sie", "he" and "she" mean a man or a woman; binding one to a person of
the other gender puts words in the wrong mouth. News shows the gender by the first name
(``models/first_names.tsv.gz``, built by ``newsgraph.models.first_names``) or by a
feminine role ("Außenministerin", "spokeswoman"), or by a description the article has
already linked to the person ("der 46-Jährige"). An unnamed source shows it by its
article and noun ("ein früherer Vizekanzler" is a man, "eine Sprecherin" a woman; German,
``lang/de/speakers.toml``). A person with none of these stays unknown and agrees with
every pronoun.
"""

from __future__ import annotations

from newsgraph.analyze.entities.first_names import first_names
from newsgraph.analyze.speakers.heads import a_person, words
from newsgraph.analyze.statements.rules import Rules
from newsgraph.article import Entity


def gender(entity: Entity, rules: Rules) -> str | None:
    """ "m", "f" or None for a person entity."""
    if entity.type != "PER":
        return None
    # the first name of its name, else of another full form ("Danni Büchner" is also
    # "Daniela Büchner")
    for name in [entity.name] + [m.text for m in entity.mentions if m.kind == "name"]:
        words = name.split()
        found = first_names().get(words[0].lower()) if len(words) > 1 else None
        if found:
            return found
    for role in entity.roles:
        last = role.split()[-1] if role.split() else ""
        if _feminine(last, rules):
            return "f"
    if entity.key.startswith("anon:"):
        return _described(entity, rules)
    for m in entity.mentions:  # "der 46-Jährige" linked to him before
        found = of_description(m.text, "", rules) if m.kind == "description" else None
        if found:
            return found
    return None


def _described(entity: Entity, rules: Rules) -> str | None:
    """An unnamed person's gender by the article and head noun of its description."""
    role = entity.roles[-1].split()[-1] if entity.roles and entity.roles[-1].split() else ""
    return of_description(entity.name, role, rules)


def of_description(text: str, noun: str, rules: Rules) -> str | None:
    """The gender a description of a person gives: a masculine article before a noun in
    no feminine form ("ein früherer Vizekanzler", "der Sprecher") is a man, a feminine
    one before "-in" or before an adjective made a noun ("eine Sprecherin", "die
    Niederländerin", "die 43-Jährige") a woman; ``noun``: its
    head noun, else the first capitalised word after the article."""
    found = words(rules.language)
    said = text.split()
    if len(said) < 2 or said[0].lower() not in found.masculine | found.feminine:
        return None
    nouns = [w for w in said[1:] if w.rsplit("-", 1)[-1][:1].isupper()]  # "46-Jährige"
    noun = noun or (nouns[0] if nouns else "")
    if not noun:
        return None
    if said[0].lower() in found.feminine:
        # "die Sprecherin"; "die 43-Jährige", "die Vorsitzende": an adjective made a noun
        adjectival = rules.language == "de" and noun.endswith("e")
        return "f" if _feminine(noun, rules) or adjectival else None
    return None if _feminine(noun, rules) else "m"


def agrees(entity: Entity, pronoun: str, rules: Rules) -> bool:
    """Whether a person pronoun ("er", "she") can mean ``entity``."""
    wanted = rules.pronouns.get(pronoun.lower(), ("any", "any"))[0]
    if wanted not in ("m", "f"):
        return True
    found = gender(entity, rules)
    return found is None or found == wanted


def _feminine(role: str, rules: Rules) -> bool:
    """ "Außenministerin", "Sprecherin", "Niederländerin" (German), "spokeswoman"
    (English)."""
    low = role.lower()
    if rules.language == "de":
        return low.endswith("in") and (
            rules.role_of(role[:-2]) == "person" or a_person(role, rules.language)
        )
    return low.endswith(("woman", "women")) or low == "actress"
