"""English: a speech verb with a thing for its object says nothing ("Marissa wrote most
of the beta code", "My friend posted a picture of herself", "Graphic design emphasizes
creative storytelling"), nor does a thing that a relative clause makes its subject ("a
credential that confirms that you completed …", "…, which encourages better photography").

Why: the English rules read whatever follows a speech verb as a content clause without
"that" ("said the talks were useful"), so a verb whose object is a noun phrase becomes an
indirect statement with that noun phrase as its words. The dependency parse that
``syntax`` already made of the sentence tells the two apart: a content clause hangs from
the verb as a clause (``ccomp``), a thing as its direct object. A reporting verb keeps
its object as a reported statement ("She announced plans to acquire …"), as the
guideline has it; any other verb's object is no statement. In a relative clause the parse
names the antecedent of "which" or "that": a noun that is no person, body or name says
nothing. Nor does a cue the parse makes a noun ("creating reports", "business demands").
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.analyze.statements import mouths, syntax
from newsgraph.analyze.statements.patterns.quote_frames import MAX_TERM
from newsgraph.analyze.statements.rules import Rules
from newsgraph.analyze.statements.syntax import Cue
from newsgraph.article import Parse, Statement

__all__ = [
    "cue_is_noun",
    "frame_with_object",
    "object_not_clause",
    "reread",
    "thing_relative",
]

_THING_RELATIVES = frozenset(["which", "that"])
_WORD = re.compile(r"\w+")


def object_not_clause(found: Cue, statement: Statement) -> bool:
    """Whether the parse makes the start of the statement's words the direct object of
    its cue verb, with no content clause or infinitive beside it ("asked customers to
    avoid …" is a request)."""
    if found is None:
        return False
    offset, verb = found
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    clauses = {*syntax.settings("en")["clause"], "xcomp"}  # "asked customers to avoid …"
    if not objects or any(c.dep_ in clauses for c in verb.children):
        return False
    return any(offset + c.left_edge.idx == statement.start for c in objects)


def thing_relative(found: Cue, rules: Rules) -> bool:
    """Whether the cue verb heads a relative clause whose subject "which"/"that" stands for
    a thing: a common noun that names no person or body ("a credential that confirms")."""
    if found is None:
        return False
    verb = found[1]
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.lower_ in _THING_RELATIVES for c in verb.children
    ):
        return False
    return _thing(verb.head, rules)


def cue_is_noun(found: Cue) -> bool:
    """Whether the parse makes the cue a noun: "creating reports", "business demands",
    "Trump's vows" look like speech verbs but name a thing. Read from the tagger's
    fine-grained tag (NN…), which every parsed sentence has."""
    return found is not None and str(found[1].tag_).startswith("NN")


def frame_with_object(found: Cue, statement: Statement, rules: Rules) -> bool:
    """Whether reported words before their cue ("…, Dr Mitchell suggested an even broader
    initiative") are no statement: the parse gives the verb a thing for its object or a
    clause of its own after it, so it does not close the words before it ("…, analysts
    say"). Someone told ("…, he told reporters") is an addressee, and quoted words keep
    their frame."""
    if statement.kind == "direct" or statement.cue is None:
        return False
    if statement.end > statement.cue.start or found is None:
        return False
    verb = found[1]
    return any(
        c.i > verb.i and (c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and _thing(c, rules)))
        for c in verb.children
    )


def term_beside_no_verb(found: Cue, statement: Statement, rules: Rules) -> bool:
    """Whether a short quote's cue is no speech verb ("Scientists used “intact forest
    landscapes”", "He compared it to “software 1.0”", "the government requires
    “valuation” cover"): the rules took a word beside a term in quotation marks for its
    frame. Quotes of ``MAX_TERM`` words or more, cues the rules list, and quotes a colon
    after the cue opens ("The mayor put it plainly: Parking “is not the problem”") stay;
    so does a cue outside the parse (``found`` None)."""
    if statement.kind != "direct" or statement.cue is None or found is None:
        return False
    offset, verb = found
    if any(t.text == ":" and offset + t.idx < statement.start for t in verb.doc[verb.i + 1 :]):
        return False
    if len(_WORD.findall(statement.text)) >= MAX_TERM:
        return False
    cue = statement.cue.text.split()
    first = cue[0].lower() if cue else ""
    return first not in rules.verbs and first not in rules.source_before


def _thing(token: Any, rules: Rules) -> bool:
    """A common noun that names no person or body."""
    return (
        syntax.pos(token, rules.language) not in ("PROPN", "PRON")
        and rules.role_of(token.text) is None
        and token.lower_ not in rules.pronouns
    )


def reread(parse: Parse | None, statements: list[Statement], rules: Rules) -> list[Statement]:
    """English indirect statements whose words are the cue verb's object: reported when
    the verb reports ("announced plans to …"), else dropped; statements of a thing's
    relative clause dropped. Other languages unchanged. ``parse``: what ``syntax.find``
    made of the statements' text."""
    if rules.language != "en":
        return statements
    out = []
    for s in statements:
        found = syntax.cue_verb(parse, s)  # None without a cue or a parse of its sentence
        if thing_relative(found, rules) or cue_is_noun(found) or frame_with_object(found, s, rules):
            continue
        if mouths.thing_subject(found, s, rules) or mouths.thing_source(found, s, rules):
            continue
        if mouths.wordless_speaker(parse, found, s, rules) or term_beside_no_verb(found, s, rules):
            continue
        if s.kind == "indirect" and s.cue is not None and object_not_clause(found, s):
            form = rules.verbs.get(s.cue.text.split()[0].lower())
            if form is None or not form.reporting:
                continue
            s.kind = "reported"
        out.append(s)
    return out
