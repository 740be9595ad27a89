"""English: only a mouth speaks. A cue verb whose subject is a thing ("The market
encourages using local produce", "its name suggests …", "this trend promises to …") makes
no statement, nor does "according to" a thing ("simmer according to your desired
thickness"), nor a frame whose speaker is no noun phrase at all ("Symbolic", "Accurate",
"54" left over from a heading or a figure).

Why: on pages outside the team corpus (guides, trend lists, product pages) most false
statements had the shape of a statement and the subject of a thing: the English speech
verbs "suggest", "promise", "encourage", "demand", "describe" are everyday verbs of
things. The guideline counts only persons and bodies (and texts they wrote) as speakers.
The parse that ``syntax`` made of the sentence tells a common noun from a name; a common
noun speaks when it is a role or a body (``Rules.role_of``), a document (left to
``voices``), a word for people, or ends like a word for someone (``-er``, ``-ist``,
``-ent`` …). Those words are data in ``lang/<language>/voices.toml``.
"""

from __future__ import annotations

from typing import Any

from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.syntax import Cue
from newsgraph.analyze.statements.voices import words
from newsgraph.article import Parse, Statement

__all__ = ["thing_source", "thing_subject", "wordless_speaker"]

# Penn Treebank tags of a word that can head a speaker: nouns, names, pronouns.
_NOMINAL = ("NN", "PRP", "WP", "FW")


def thing_subject(found: Cue, statement: Statement, rules: Rules) -> bool:
    """Whether the parse gives the cue verb a thing for its subject, and the frame reads it
    as the speaker: a lowercase common noun that is no role, body, document or word for
    people ("The market encourages", "its name suggests", "VR workouts promise"). A
    capitalised word may be a name the tagger took for a noun ("Imprivata said")."""
    subject = _subject(found)
    sp = statement.speaker
    if subject is None or sp is None or not _reads(found, subject, sp.start, sp.end):
        return False
    if found is not None and found[1].lower_ in words(rules.language).plain_speech:
        return False  # things seldom say: "the consortium said" is the consortium's
    return _thing(subject, rules)


def thing_source(found: Cue, statement: Statement, rules: Rules) -> bool:
    """Whether a source phrase names a thing: "according to" that means "in keeping with"
    ("simmer according to your desired thickness", "adapts the level according to the
    user's progress"), where the parse's object of "to" is a thing as ``thing_subject``
    has it."""
    sp = statement.speaker
    if found is None or sp is None:
        return False
    cue = found[1]
    objects = [g for c in cue.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if cue.dep_ != "prep" or not objects or not _reads(found, objects[0], sp.start, sp.end):
        return False
    return _thing(objects[0], rules)


def _thing(token: Any, rules: Rules) -> bool:
    """A lowercase common noun that names no one who speaks; a share of a group ("half of
    all respondents", "49% of users") is the group."""
    lists = words(rules.language)
    while token.lower_ in lists.quantities:
        of = [g for c in token.children if c.lower_ == "of" for g in c.children]
        if not of:
            return False
        token = of[0]
    if not str(token.tag_).startswith("NN") or not token.text.islower():
        return False
    if any(_named(c) for c in token.children):
        return False  # "the Strava report", "projections by Gartner": a named body's
    return not _speaks(token.lower_, rules)


def _named(child: Any) -> bool:
    """A name that modifies the noun or owns it, or names its author after "by"/"from"/"of"."""
    if child.dep_ in ("compound", "poss"):
        return child.tag_ in ("NNP", "NNPS")  # "the Strava report", "SwitchUp's rankings"
    if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
        return any(g.tag_ in ("NNP", "NNPS") for g in child.children)
    return False


def _subject(found: Cue) -> Any:
    if found is None:
        return None
    return next((c for c in found[1].children if c.dep_ == "nsubj"), None)


def _reads(found: Cue, subject: Any, start: int, end: int) -> bool:
    """Whether the subject's head word lies in the text span ``start``–``end``."""
    assert found is not None
    at: int = found[0] + subject.idx
    return start <= at < end


def _speaks(word: str, rules: Rules) -> bool:
    """A common noun that can name someone who speaks, or a text someone wrote."""
    lists = words(rules.language)
    if word in lists.people or word in lists.spoken_texts or rules.role_of(word) is not None:
        return True
    if word.endswith("ies") and rules.role_of(word[:-3] + "y") is not None:
        return True  # "companies", "agencies"
    return word.endswith(lists.person_endings)


def wordless_speaker(parse: Parse | None, found: Cue, statement: Statement, rules: Rules) -> bool:
    """Whether the speaker the frame names holds no noun, name or pronoun in the parse
    ("Symbolic", "Accurate", "54"; the "All" of "All of them" is a word for people), and
    the parse gives the cue verb no such subject either (a rule that cut "Former
    Conservative chief whip Mark Harper" to "Former" still has its speaker in the parse):
    the rules read a word left of a heading or a figure as a name. Unknown (False) where
    the speaker lies outside the parsed sentences."""
    sp = statement.speaker
    if parse is None or sp is None or found is None:
        return False
    subject = _subject(found)
    if subject is not None and str(subject.tag_).startswith(_NOMINAL):
        return False
    where = next((i for i, (a, b) in enumerate(parse.sentences) if a <= sp.start < b), None)
    if where is None:
        return False
    offset = parse.sentences[where][0]
    doc = parse.docs[where]
    tokens = [t for t in doc if sp.start <= offset + t.idx < sp.end and not t.is_space]
    people = words(rules.language).people  # "All (of them)", "Many"
    if not tokens or any(str(t.tag_).startswith(_NOMINAL) or t.lower_ in people for t in tokens):
        return False
    after = tokens[-1].i + 1
    # "Former" of "Former Conservative chief whip Mark Harper": a phrase the rules cut short
    return after >= len(doc) or not str(doc[after].tag_).startswith((*_NOMINAL, "JJ"))
